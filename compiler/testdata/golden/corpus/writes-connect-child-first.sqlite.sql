-- 000 line 1: ModelB createMany
INSERT INTO "ModelB" ("id") VALUES (?), (?), (?), (?);

-- 001 line 2: ModelA createMany
INSERT INTO "ModelA" ("id", "b_id") VALUES (?, ?), (?, NULL), (?, ?);

-- 002 line 4: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."b_id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t4"."id", "t4"."b_id" FROM "ModelA" AS "t4" WHERE "t4"."b_id" IN (?,…);
SELECT "t5"."id", "t5"."b_id" FROM "ModelA" AS "t5" WHERE "t5"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t6"."id" FROM "ModelB" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "t7"."b_id" FROM "ModelA" AS "t7" WHERE "t7"."b_id" IN (?,…);

-- 003 line 6: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."b_id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id", "t4"."b_id" FROM "ModelA" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."b_id" FROM "ModelA" AS "t5" WHERE "t5"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t6"."id" FROM "ModelB" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "t7"."b_id" FROM "ModelA" AS "t7" WHERE "t7"."b_id" IN (?,…);

-- 004 line 8: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id" FROM "ModelB" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."b_id" FROM "ModelA" AS "t5" WHERE "t5"."b_id" IN (?,…);

-- 005 line 10: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id" FROM "ModelB" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 006 line 11: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id" FROM "ModelB" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 007 line 12: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id" FROM "ModelB" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 008 line 14: ModelA updateOne
SELECT "t0"."id" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."b_id" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "ModelB" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
SELECT "t4"."id", "t4"."b_id" FROM "ModelA" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 009 line 16: ModelB upsertOne
SELECT "t0"."id" FROM "ModelB" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."b_id" FROM "ModelA" AS "t1" WHERE ("t1"."b_id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."b_id" FROM "ModelA" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."b_id" FROM "ModelA" AS "t3" WHERE "t3"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t4"."id", "t4"."b_id" FROM "ModelA" AS "t4" WHERE "t4"."b_id" IN (?,…);
SELECT "t5"."id", "t5"."b_id" FROM "ModelA" AS "t5" WHERE "t5"."b_id" IN (?,…);
UPDATE "ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN (?,…);
UPDATE "ModelA" SET "b_id" = ? WHERE "ModelA"."id" IN (?,…);
INSERT INTO "ModelB" ("id") VALUES (?) RETURNING "id";
SELECT "t6"."id" FROM "ModelB" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "t7"."b_id" FROM "ModelA" AS "t7" WHERE "t7"."b_id" IN (?,…);

