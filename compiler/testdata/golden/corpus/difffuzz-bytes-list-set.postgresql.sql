-- 000 line 2: TestModel createMany
INSERT INTO "public"."TestModel" ("id", "bytes") VALUES ($1, $2);

-- 001 line 5: TestModel createMany
INSERT INTO "public"."TestModel" ("id", "bytes") VALUES ($1, $2);

-- 002 line 8: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "bytes") VALUES ($1, $2) RETURNING "id", "bytes", "single";
SELECT "t0"."id", "t0"."bytes" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 11: TestModel updateOne
UPDATE "public"."TestModel" SET "bytes" = $1 WHERE "TestModel"."id" = $2 RETURNING "id", "bytes", "single";

-- 004 line 14: TestModel updateMany
UPDATE "public"."TestModel" SET "single" = $1, "bytes" = $2 WHERE "TestModel"."id" = $3;

-- 005 line 17: TestModel updateOne
UPDATE "public"."TestModel" SET "bytes" = ("TestModel"."bytes" || $1) WHERE "TestModel"."id" = $2 RETURNING "id", "bytes", "single";

-- 006 line 20: TestModel findMany
SELECT "t0"."id", "t0"."bytes" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

