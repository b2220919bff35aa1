-- 000 line 1: Bag createOne
INSERT INTO "public"."Bag" ("id") VALUES ($1) RETURNING "id", "ints", "jsons";
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Bag createOne
INSERT INTO "public"."Bag" ("id", "jsons") VALUES ($1, $2) RETURNING "id", "ints", "jsons";
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 5: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 003 line 8: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 004 line 11: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 005 line 14: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 006 line 17: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 007 line 20: Bag updateOne
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

-- 008 line 23: Bag updateMany
UPDATE "public"."Bag" SET "jsons" = ("Bag"."jsons" || $1), "ints" = ("Bag"."ints" || $2) WHERE 1=1;

-- 009 line 26: Bag updateOne
UPDATE "public"."Bag" SET "ints" = ("Bag"."ints" || $1) WHERE "Bag"."id" = $2 RETURNING "id", "ints", "jsons";

