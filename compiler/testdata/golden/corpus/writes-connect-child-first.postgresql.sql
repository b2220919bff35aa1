-- 000 line 1: ModelB createMany
INSERT INTO "public"."ModelB" ("id") VALUES ($1), ($2), ($3), ($4);

-- 001 line 2: ModelA createMany
INSERT INTO "public"."ModelA" ("id", "b_id") VALUES ($1, $2), ($3, DEFAULT), ($4, $5);

-- 002 line 4: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."b_id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
INSERT INTO "public"."ModelA" ("b_id", "id") VALUES ($1, $2) RETURNING "id", "b_id";
SELECT "t4"."id", "t4"."b_id" FROM "public"."ModelA" AS "t4" WHERE "t4"."b_id" IN ($1,…);
SELECT "t5"."id", "t5"."b_id" FROM "public"."ModelA" AS "t5" WHERE "t5"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t6"."id" FROM "public"."ModelB" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "t7"."b_id" FROM "public"."ModelA" AS "t7" WHERE "t7"."b_id" IN ($1,…);

-- 003 line 6: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."b_id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."b_id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id", "t4"."b_id" FROM "public"."ModelA" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."b_id" FROM "public"."ModelA" AS "t5" WHERE "t5"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
INSERT INTO "public"."ModelA" ("b_id", "id") VALUES ($1, $2) RETURNING "id", "b_id";
SELECT "t6"."id" FROM "public"."ModelB" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "t7"."b_id" FROM "public"."ModelA" AS "t7" WHERE "t7"."b_id" IN ($1,…);

-- 004 line 8: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."b_id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."ModelB" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."b_id" FROM "public"."ModelA" AS "t5" WHERE "t5"."b_id" IN ($1,…);

-- 005 line 10: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."b_id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."ModelB" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 006 line 11: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."b_id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."ModelB" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 007 line 12: ModelB updateOne
SELECT "t0"."id", "t0"."b_id" FROM "public"."ModelA" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id" FROM "public"."ModelB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."b_id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."ModelB" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 008 line 14: ModelA updateOne
SELECT "t0"."id" FROM "public"."ModelB" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."b_id" FROM "public"."ModelA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."ModelB" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
SELECT "t4"."id", "t4"."b_id" FROM "public"."ModelA" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 009 line 16: ModelB upsertOne
SELECT "t0"."id" FROM "public"."ModelB" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."b_id" FROM "public"."ModelA" AS "t1" WHERE ("t1"."b_id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."b_id" FROM "public"."ModelA" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."b_id" FROM "public"."ModelA" AS "t3" WHERE "t3"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
INSERT INTO "public"."ModelA" ("b_id", "id") VALUES ($1, $2) RETURNING "id", "b_id";
SELECT "t4"."id", "t4"."b_id" FROM "public"."ModelA" AS "t4" WHERE "t4"."b_id" IN ($1,…);
SELECT "t5"."id", "t5"."b_id" FROM "public"."ModelA" AS "t5" WHERE "t5"."b_id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = NULL WHERE "ModelA"."id" IN ($1,…);
UPDATE "public"."ModelA" SET "b_id" = $1 WHERE "ModelA"."id" IN ($2,…);
INSERT INTO "public"."ModelB" ("id") VALUES ($1) RETURNING "id";
SELECT "t6"."id" FROM "public"."ModelB" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "t7"."b_id" FROM "public"."ModelA" AS "t7" WHERE "t7"."b_id" IN ($1,…);

