-- 000 line 2: Word createOne
INSERT INTO "public"."Word" ("id", "str", "optStr") VALUES ($1, $2, $3) RETURNING "id", "str", "optStr", "parentId";
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Word createOne
INSERT INTO "public"."Word" ("id", "str") VALUES ($1, $2) RETURNING "id", "str", "optStr", "parentId";
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Word createOne
INSERT INTO "public"."Word" ("id", "str") VALUES ($1, $2) RETURNING "id", "str", "optStr", "parentId";
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Word createOne
INSERT INTO "public"."Word" ("id", "str", "optStr") VALUES ($1, $2, $3) RETURNING "id", "str", "optStr", "parentId";
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Word createOne
INSERT INTO "public"."Word" ("id", "str") VALUES ($1, $2) RETURNING "id", "str", "optStr", "parentId";
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 7: Word createOne
SELECT "t0"."id", "t0"."str", "t0"."optStr", "t0"."parentId" FROM "public"."Word" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Word" ("parentId", "id", "str") VALUES ($1, $2, $3) RETURNING "id", "str", "optStr", "parentId";
SELECT "t1"."id" FROM "public"."Word" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 006 line 8: Word createOne
SELECT "t0"."id", "t0"."str", "t0"."optStr", "t0"."parentId" FROM "public"."Word" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Word" ("parentId", "id", "str", "optStr") VALUES ($1, $2, $3, $4) RETURNING "id", "str", "optStr", "parentId";
SELECT "t1"."id" FROM "public"."Word" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 007 line 9: Word createOne
SELECT "t0"."id", "t0"."str", "t0"."optStr", "t0"."parentId" FROM "public"."Word" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Word" ("parentId", "id", "str") VALUES ($1, $2, $3) RETURNING "id", "str", "optStr", "parentId";
SELECT "t1"."id" FROM "public"."Word" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 008 line 10: Word createOne
SELECT "t0"."id", "t0"."str", "t0"."optStr", "t0"."parentId" FROM "public"."Word" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Word" ("parentId", "id", "str") VALUES ($1, $2, $3) RETURNING "id", "str", "optStr", "parentId";
SELECT "t1"."id" FROM "public"."Word" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 009 line 11: Word createOne
SELECT "t0"."id", "t0"."str", "t0"."optStr", "t0"."parentId" FROM "public"."Word" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Word" ("parentId", "id", "str", "optStr") VALUES ($1, $2, $3, $4) RETURNING "id", "str", "optStr", "parentId";
SELECT "t1"."id" FROM "public"."Word" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 010 line 12: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 011 line 13: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 012 line 14: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 013 line 15: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 014 line 16: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 015 line 17: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 016 line 18: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") NOT IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 017 line 19: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") > LOWER($1) ORDER BY "t0"."id" ASC;

-- 018 line 20: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") >= LOWER($1) ORDER BY "t0"."id" ASC;

-- 019 line 21: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") < LOWER($1) ORDER BY "t0"."id" ASC;

-- 020 line 22: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."str") <= LOWER($1) ORDER BY "t0"."id" ASC;

-- 021 line 23: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 022 line 24: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 023 line 25: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 024 line 26: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 025 line 27: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 026 line 28: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" <> $1 ORDER BY "t0"."id" ASC;

-- 027 line 29: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" NOT ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 028 line 30: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" NOT ILIKE $1 ORDER BY "t0"."id" ASC;

-- 029 line 31: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."optStr" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 030 line 32: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."optStr" <> $1 ORDER BY "t0"."id" ASC;

-- 031 line 33: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."optStr") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 032 line 34: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE (NOT "t0"."str" ILIKE ($1 || '%')) ORDER BY "t0"."id" ASC;

-- 033 line 35: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" LEFT JOIN "public"."Word" AS "j0" ON ("j0"."id") = ("t0"."parentId") WHERE ("j0"."str" ILIKE $1 AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 034 line 36: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE EXISTS(SELECT "t1"."parentId" FROM "public"."Word" AS "t1" WHERE ("t1"."str" ILIKE ('%' || $1 || '%') AND ("t1"."parentId") = ("t0"."id") AND "t1"."parentId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 035 line 37: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE "t0"."str" ILIKE "t0"."optStr" ORDER BY "t0"."id" ASC;

-- 036 line 38: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE ("t0"."str" ILIKE ('%' || $1 || '%') AND "t0"."str" ILIKE ($2 || '%')) ORDER BY "t0"."id" ASC;

-- 037 line 39: Word findMany
SELECT "t0"."str" FROM "public"."Word" AS "t0" WHERE 1=1 ORDER BY "t0"."str" ASC;

-- 038 line 40: Word findMany
SELECT "t0"."str", "t0"."optStr" FROM "public"."Word" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 039 line 41: Word findMany
SELECT "t0"."str", "t0"."id" FROM "public"."Word" AS "t0" WHERE EXISTS(SELECT "t2"."parentId" FROM "public"."Word" AS "t2" WHERE (1=1 AND ("t2"."parentId") = ("t0"."id") AND "t2"."parentId" IS NOT NULL)) ORDER BY "t0"."id" ASC;
SELECT "t1"."str", "t1"."parentId" FROM "public"."Word" AS "t1" WHERE "t1"."str" ILIKE ('%' || $1 || '%') AND "t1"."parentId" IN ($2,…);

-- 040 line 43: U createOne
INSERT INTO "public"."U" ("id", "name") VALUES ($1, $2) RETURNING "id", "ref", "name";
SELECT "t0"."id", "t0"."ref" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 041 line 44: U createOne
INSERT INTO "public"."U" ("id", "name", "ref") VALUES ($1, $2, $3) RETURNING "id", "ref", "name";
SELECT "t0"."id", "t0"."ref" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 042 line 45: U createOne
INSERT INTO "public"."U" ("id", "name", "ref") VALUES ($1, $2, $3) RETURNING "id", "ref", "name";
SELECT "t0"."id", "t0"."ref" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 043 line 46: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1;

-- 044 line 47: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" IN ($1,…) ORDER BY "t0"."id" DESC;

-- 045 line 48: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" > $1 ORDER BY "t0"."id" ASC;

-- 046 line 49: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."ref" <> $1;

-- 047 line 50: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."ref" IS NULL;

-- 048 line 51: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" = "t0"."ref";

-- 049 line 52: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1;

-- 050 line 53: U findMany
SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id"::text LIKE ('%' || $1 || '%');

-- 051 line 54: U findUnique
SELECT "t0"."name" FROM "public"."U" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 052 line 55: U findMany
SELECT "t0"."name" FROM "public"."U" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."U" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2;

-- 053 line 57: Native createOne
INSERT INTO "public"."Native" ("id", "small", "vc", "ch", "dec", "money", "real", "date", "time", "tstz", "xml", "inet", "bits", "jsonb", "json", "oid") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING "id", "small", "vc", "ch", "dec", "money", "real", "date", "time", "tstz", "xml", "inet", "bits", "jsonb", "json", "oid";
SELECT "t0"."id", "t0"."small", "t0"."vc", "t0"."ch", "t0"."dec", "t0"."money", "t0"."real", "t0"."date", "t0"."time", "t0"."tstz", "t0"."xml", "t0"."inet", "t0"."bits", "t0"."jsonb", "t0"."json", "t0"."oid" FROM "public"."Native" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 054 line 58: Native createOne
INSERT INTO "public"."Native" ("id", "small", "vc", "ch", "dec", "money", "real", "date", "time", "tstz", "xml", "inet", "bits", "jsonb", "json", "oid") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING "id", "small", "vc", "ch", "dec", "money", "real", "date", "time", "tstz", "xml", "inet", "bits", "jsonb", "json", "oid";
SELECT "t0"."id", "t0"."small", "t0"."vc", "t0"."ch", "t0"."dec", "t0"."money", "t0"."real", "t0"."date", "t0"."time", "t0"."tstz", "t0"."xml", "t0"."inet", "t0"."bits", "t0"."jsonb", "t0"."json", "t0"."oid" FROM "public"."Native" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 055 line 59: Native findMany
SELECT "t0"."id", "t0"."small", "t0"."vc", "t0"."ch", "t0"."dec", "t0"."money", "t0"."real", "t0"."date", "t0"."time", "t0"."tstz", "t0"."xml", "t0"."inet", "t0"."bits", "t0"."jsonb", "t0"."json", "t0"."oid" FROM "public"."Native" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 056 line 60: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE "t0"."ch" = $1;

-- 057 line 61: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE "t0"."ch" = $1;

-- 058 line 62: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE "t0"."date" >= $1;

-- 059 line 63: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE "t0"."time" > $1;

-- 060 line 64: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE ("t0"."dec" < $1 AND "t0"."money" < $2);

-- 061 line 65: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE "t0"."real" = $1;

-- 062 line 66: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE 1=1 ORDER BY "t0"."tstz" ASC;

-- 063 line 67: Native findMany
SELECT "t0"."id" FROM "public"."Native" AS "t0" WHERE 1=1 ORDER BY "t0"."inet" DESC;

