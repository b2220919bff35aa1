-- 000 line 2: Person createMany
INSERT INTO "public"."Person" ("id", "name", "alt", "code") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12), ($13, $14, $15, $16), ($17, $18, $19, $20), ($21, $22, $23, $24), ($25, $26, $27, $28);

-- 001 line 3: Pet createMany
INSERT INTO "public"."Pet" ("id", "name", "ownerId") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9);

-- 002 line 5: Person updateOne
UPDATE "public"."Person" SET "tags" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "alt", "code", "tags";

-- 003 line 6: Person updateOne
UPDATE "public"."Person" SET "tags" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "alt", "code", "tags";

-- 004 line 7: Person updateOne
UPDATE "public"."Person" SET "tags" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "alt", "code", "tags";

-- 005 line 8: Person updateOne
UPDATE "public"."Person" SET "tags" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "alt", "code", "tags";

-- 006 line 9: Person updateOne
UPDATE "public"."Person" SET "tags" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "alt", "code", "tags";

-- 007 line 11: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" = $1 ORDER BY "t0"."id" ASC;

-- 008 line 13: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 009 line 15: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 010 line 17: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 011 line 18: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 012 line 19: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 013 line 21: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 014 line 23: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" NOT ILIKE $1 ORDER BY "t0"."id" ASC;

-- 015 line 24: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" NOT ILIKE $1 ORDER BY "t0"."id" ASC;

-- 016 line 26: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."alt" IS NULL ORDER BY "t0"."id" ASC;

-- 017 line 27: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."alt" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 018 line 29: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."alt" NOT ILIKE $1 ORDER BY "t0"."id" ASC;

-- 019 line 31: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 020 line 32: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 021 line 33: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") NOT IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 022 line 34: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC;

-- 023 line 35: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") NOT IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 024 line 37: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") < LOWER($1) ORDER BY "t0"."id" ASC;

-- 025 line 38: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE (LOWER("t0"."name") >= LOWER($1) AND LOWER("t0"."name") <= LOWER($2)) ORDER BY "t0"."id" ASC;

-- 026 line 39: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") > LOWER($1) ORDER BY "t0"."id" ASC;

-- 027 line 40: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") >= LOWER($1) ORDER BY "t0"."id" ASC;

-- 028 line 42: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 029 line 43: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 030 line 44: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 031 line 46: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 032 line 48: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" NOT ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 033 line 49: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE ("t0"."name" NOT ILIKE ($1 || '%') AND "t0"."name" NOT ILIKE ('%' || $2)) ORDER BY "t0"."id" ASC;

-- 034 line 51: Person findMany
error: Unknown where field `mode` on `Person`

-- 035 line 53: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE ("t0"."name" ILIKE ($1 || '%') AND "t0"."name" ILIKE ('%' || $2 || '%') AND "t0"."name" ILIKE ('%' || $3)) ORDER BY "t0"."id" ASC;

-- 036 line 55: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" = $1 ORDER BY "t0"."id" ASC;

-- 037 line 57: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE "t0"."alt" ORDER BY "t0"."id" ASC;

-- 038 line 58: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" NOT ILIKE "t0"."alt" ORDER BY "t0"."id" ASC;

-- 039 line 59: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."alt" ILIKE ($1 || "t0"."name" || $2) ORDER BY "t0"."id" ASC;

-- 040 line 60: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."alt" ILIKE ("t0"."name" || $1) ORDER BY "t0"."id" ASC;

-- 041 line 61: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."name") > LOWER("t0"."alt") ORDER BY "t0"."id" ASC;

-- 042 line 63: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ANY("t0"."tags") ORDER BY "t0"."id" ASC;

-- 043 line 64: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" NOT ILIKE ALL("t0"."tags") ORDER BY "t0"."id" ASC;

-- 044 line 66: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE (NOT "t0"."name" ILIKE ('%' || $1 || '%')) ORDER BY "t0"."id" ASC;

-- 045 line 67: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE ("t0"."name" ILIKE ($1 || '%') OR "t0"."alt" ILIKE $2) ORDER BY "t0"."id" ASC;

-- 046 line 69: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE EXISTS(SELECT "t1"."ownerId" FROM "public"."Pet" AS "t1" WHERE ("t1"."name" ILIKE ($1 || '%') AND ("t1"."ownerId") = ("t0"."id") AND "t1"."ownerId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 047 line 70: Pet findMany
SELECT "t0"."id" FROM "public"."Pet" AS "t0" LEFT JOIN "public"."Person" AS "j0" ON ("j0"."id") = ("t0"."ownerId") WHERE ("j0"."name" ILIKE $1 AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 048 line 72: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."code" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 049 line 74: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE LOWER("t0"."code") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 050 line 76: Person groupBy
SELECT "t0"."name", COUNT(*) AS "_count$_all" FROM "public"."Person" AS "t0" WHERE 1=1 GROUP BY "t0"."name" HAVING "t0"."name" ILIKE ($1 || '%') ORDER BY "t0"."name" ASC;

-- 051 line 78: Person aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."name" ILIKE ('%' || $1 || '%')) AS "sub";

-- 052 line 79: Pet updateMany
UPDATE "public"."Pet" SET "name" = $1 WHERE "Pet"."name" ILIKE ($2 || '%');

-- 053 line 80: Pet deleteMany
DELETE FROM "public"."Pet" WHERE "Pet"."name" ILIKE $1;

