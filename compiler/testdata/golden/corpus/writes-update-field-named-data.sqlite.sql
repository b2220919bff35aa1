-- 000 line 1: Doc createOne
INSERT INTO "Doc" ("id", "label", "data") VALUES (?, ?, ?) RETURNING "id", "label", "data";
SELECT "t0"."id" FROM "Doc" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 2: Kid createOne
INSERT INTO "Kid" ("id", "docId") VALUES (?, ?) RETURNING "id", "docId";
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Doc" SET "data" = ? WHERE "Doc"."id" IN (?,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."data", "t3"."id" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

-- 003 line 5: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Doc" SET "data" = ? WHERE "Doc"."id" IN (?,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."data", "t3"."id" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

-- 004 line 6: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Doc" SET "data" = ?, "label" = ? WHERE "Doc"."id" IN (?,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."label", "t3"."data" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

-- 005 line 8: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Doc" SET "label" = ? WHERE "Doc"."id" IN (?,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."label", "t3"."id" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

-- 006 line 9: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Doc" SET "data" = ? WHERE "Doc"."id" IN (?,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."data", "t3"."id" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

-- 007 line 10: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "Kid" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "Doc" AS "t1" WHERE ("t1"."label" = ? AND "t1"."id" IN (?,…));
UPDATE "Doc" SET "label" = ? WHERE ("Doc"."id" IN (?,…) AND "Doc"."label" = ?) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "Kid" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."label", "t3"."id" FROM "Doc" AS "t3" WHERE "t3"."id" IN (?,…);

