-- 000 line 1: Doc createOne
INSERT INTO "public"."Doc" ("id", "label", "data") VALUES ($1, $2, $3) RETURNING "id", "label", "data";
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Kid createOne
INSERT INTO "public"."Kid" ("id", "docId") VALUES ($1, $2) RETURNING "id", "docId";
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Doc" SET "data" = $1 WHERE "Doc"."id" IN ($2,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."data", "t3"."id" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 003 line 5: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Doc" SET "data" = $1 WHERE "Doc"."id" IN ($2,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."data", "t3"."id" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 004 line 6: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Doc" SET "data" = $1, "label" = $2 WHERE "Doc"."id" IN ($3,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."label", "t3"."data" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 005 line 8: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Doc" SET "label" = $1 WHERE "Doc"."id" IN ($2,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."label", "t3"."id" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 006 line 9: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Doc" SET "data" = $1 WHERE "Doc"."id" IN ($2,…) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."data", "t3"."id" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 007 line 10: Kid updateOne
SELECT "t0"."id", "t0"."docId" FROM "public"."Kid" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."label", "t1"."data" FROM "public"."Doc" AS "t1" WHERE ("t1"."label" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Doc" SET "label" = $1 WHERE ("Doc"."id" IN ($2,…) AND "Doc"."label" = $3) RETURNING "id", "label", "data";
SELECT "t2"."docId" FROM "public"."Kid" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."label", "t3"."id" FROM "public"."Doc" AS "t3" WHERE "t3"."id" IN ($1,…);

