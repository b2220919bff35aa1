-- 000 line 2: Bag createOne
INSERT INTO "public"."Bag" ("id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Flag"[])) RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];
SELECT "t0"."id", "t0"."strs", "t0"."ints", "t0"."floats", "t0"."bigs", "t0"."decs", "t0"."dts", "t0"."bools", "t0"."bins", "t0"."jsons", "t0"."flags"::text[] FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Bag createOne
INSERT INTO "public"."Bag" ("id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Flag"[])) RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];
SELECT "t0"."id", "t0"."strs", "t0"."ints", "t0"."floats", "t0"."bigs", "t0"."decs", "t0"."dts", "t0"."bools", "t0"."bins", "t0"."jsons", "t0"."flags"::text[] FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 5: Bag createOne
INSERT INTO "public"."Bag" ("id", "strs", "ints") VALUES ($1, $2, $3) RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];
SELECT "t0"."id", "t0"."strs", "t0"."ints", "t0"."flags"::text[] FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 7: Bag createOne
INSERT INTO "public"."Bag" ("id", "ints") VALUES ($1, $2) RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 9: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" = $1 ORDER BY "t0"."id" ASC;

-- 005 line 10: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" = $1 ORDER BY "t0"."id" ASC;

-- 006 line 11: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."flags" = CAST($1::text AS "public"."Flag"[]) ORDER BY "t0"."id" ASC;

-- 007 line 12: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" = $1 ORDER BY "t0"."id" ASC;

-- 008 line 14: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" @> $1 ORDER BY "t0"."id" ASC;

-- 009 line 15: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" @> $1 ORDER BY "t0"."id" ASC;

-- 010 line 16: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."bigs" @> $1 ORDER BY "t0"."id" ASC;

-- 011 line 17: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."decs" @> $1 ORDER BY "t0"."id" ASC;

-- 012 line 18: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."dts" @> $1 ORDER BY "t0"."id" ASC;

-- 013 line 19: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."bins" @> $1 ORDER BY "t0"."id" ASC;

-- 014 line 20: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."flags" @> $1 ORDER BY "t0"."id" ASC;

-- 015 line 21: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."jsons" @> $1 ORDER BY "t0"."id" ASC;

-- 016 line 22: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" && $1 ORDER BY "t0"."id" ASC;

-- 017 line 23: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" && $1 ORDER BY "t0"."id" ASC;

-- 018 line 24: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" @> $1 ORDER BY "t0"."id" ASC;

-- 019 line 25: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" @> $1 ORDER BY "t0"."id" ASC;

-- 020 line 26: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" @> $1 ORDER BY "t0"."id" ASC;

-- 021 line 27: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" = '{}' ORDER BY "t0"."id" ASC;

-- 022 line 28: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."ints" <> '{}' ORDER BY "t0"."id" ASC;

-- 023 line 29: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."bools" @> $1 ORDER BY "t0"."id" ASC;

-- 024 line 31: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."strs" @> $1 ORDER BY "t0"."id" ASC;

-- 025 line 33: Bag updateOne
UPDATE "public"."Bag" SET "strs" = $1 WHERE "Bag"."id" = $2 RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];

-- 026 line 34: Bag updateOne
UPDATE "public"."Bag" SET "strs" = ("Bag"."strs" || $1), "ints" = ("Bag"."ints" || $2) WHERE "Bag"."id" = $3 RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];

-- 027 line 35: Bag updateOne
UPDATE "public"."Bag" SET "flags" = CAST($1::text AS "public"."Flag"[]), "ints" = $2 WHERE "Bag"."id" = $3 RETURNING "id", "strs", "ints", "floats", "bigs", "decs", "dts", "bools", "bins", "jsons", "flags"::text[];

-- 028 line 36: Bag updateMany
UPDATE "public"."Bag" SET "ints" = ("Bag"."ints" || $1) WHERE "Bag"."ints" = '{}';

-- 029 line 38: Bag findMany
SELECT "t0"."id", "t0"."ints" FROM "public"."Bag" AS "t0" WHERE 1=1 ORDER BY "t0"."ints" DESC, "t0"."id" ASC;

