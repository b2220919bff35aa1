-- 000 line 2: Sale createOne
INSERT INTO "public"."Sale" ("id", "units") VALUES ($1, $2) RETURNING "id", "units";
SELECT "t0"."id", "t0"."units" FROM "public"."Sale" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Sale createOne
INSERT INTO "public"."Sale" ("id", "units") VALUES ($1, $2) RETURNING "id", "units";
SELECT "t0"."id", "t0"."units" FROM "public"."Sale" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 6: Sale upsertOne
SELECT "t0"."id", "t0"."units" FROM "public"."Sale" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Sale" SET "id" = ("Sale"."id" / $1) WHERE ("Sale"."id" IN ($2,…) AND "Sale"."id" = $3) RETURNING "id", "units";
INSERT INTO "public"."Sale" ("id", "units") VALUES ($1, $2) RETURNING "id", "units";
SELECT "t1"."id", "t1"."units" FROM "public"."Sale" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 003 line 7: Sale updateOne
UPDATE "public"."Sale" SET "id" = ("Sale"."id" / $1) WHERE "Sale"."id" = $2 RETURNING "id", "units";

-- 004 line 10: Sale upsertOne
SELECT "t0"."id", "t0"."units" FROM "public"."Sale" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Sale" SET "id" = ("Sale"."id" + $1) WHERE ("Sale"."id" IN ($2,…) AND "Sale"."id" = $3) RETURNING "id", "units";
INSERT INTO "public"."Sale" ("id", "units") VALUES ($1, $2) RETURNING "id", "units";
SELECT "t1"."id", "t1"."units" FROM "public"."Sale" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 005 line 11: Sale updateOne
UPDATE "public"."Sale" SET "id" = ("Sale"."id" * $1) WHERE "Sale"."id" = $2 RETURNING "id", "units";

-- 006 line 12: Sale upsertOne
SELECT "t0"."id", "t0"."units" FROM "public"."Sale" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Sale" SET "id" = ("Sale"."id" / $1), "units" = ("Sale"."units" + $2) WHERE ("Sale"."id" IN ($3,…) AND "Sale"."id" = $4) RETURNING "id", "units";
INSERT INTO "public"."Sale" ("id", "units") VALUES ($1, $2) RETURNING "id", "units";
SELECT "t1"."id", "t1"."units" FROM "public"."Sale" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

