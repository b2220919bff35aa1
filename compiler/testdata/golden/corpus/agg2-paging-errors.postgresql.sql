-- 000 line 2: Owner createMany
INSERT INTO "public"."Owner" ("id", "name") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 001 line 3: Entry createMany
INSERT INTO "public"."Entry" ("id", "code", "shop", "seq", "city", "qty", "ownerId") VALUES ($1, $2, $3, $4, $5, $6, $7), ($8, $9, $10, $11, $12, $13, $14), ($15, $16, $17, $18, $19, $20, $21), ($22, $23, $24, $25, $26, $27, $28), ($29, $30, $31, $32, $33, $34, $35), ($36, $37, $38, $39, $40, $41, $42);

-- 002 line 5: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty", MIN("code") AS "_min$code", MAX("code") AS "_max$code" FROM (SELECT "t0"."id", "t0"."qty", "t0"."code" FROM "public"."Entry" AS "t0" WHERE "t0"."code" >= (SELECT "t0"."code" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."code" ASC LIMIT $2) AS "sub";

-- 003 line 7: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE (("t0"."shop" = (SELECT "t0"."shop" FROM "public"."Entry" AS "t0" WHERE "t0"."code" = $1) AND "t0"."seq" >= (SELECT "t0"."seq" FROM "public"."Entry" AS "t0" WHERE "t0"."code" = $2)) OR ("t0"."shop" > (SELECT "t0"."shop" FROM "public"."Entry" AS "t0" WHERE "t0"."code" = $3))) ORDER BY "t0"."shop" ASC, "t0"."seq" ASC) AS "sub";

-- 004 line 9: Entry aggregate
SELECT COUNT(*) AS "_count$_all", AVG("qty") AS "_avg$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE (("t0"."qty" = (SELECT "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."shop" = $1 AND "t0"."seq" = $2) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."shop" = $3 AND "t0"."seq" = $4)) OR ("t0"."qty" < (SELECT "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."shop" = $5 AND "t0"."seq" = $6))) ORDER BY "t0"."qty" DESC, "t0"."id" ASC) AS "sub";

-- 005 line 11: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."id" >= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" ASC) AS "sub";

-- 006 line 13: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."id" <= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" DESC LIMIT $2) AS "sub";

-- 007 line 14: Entry aggregate
SELECT COUNT(*) AS "_count$_all", MIN("code") AS "_min$code", MAX("code") AS "_max$code" FROM (SELECT "t0"."id", "t0"."code" FROM "public"."Entry" AS "t0" WHERE "t0"."code" >= (SELECT "t0"."code" FROM "public"."Entry" AS "t0" WHERE "t0"."code" = $1) ORDER BY "t0"."code" ASC LIMIT $2 OFFSET $3) AS "sub";

-- 008 line 16: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."id" >= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" ASC LIMIT $2 OFFSET $3) AS "sub";

-- 009 line 18: Entry aggregate
SELECT COUNT(*) AS "_count$_all", AVG("qty") AS "_avg$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."id" >= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" ASC) AS "sub";

-- 010 line 20: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE ("t0"."shop" <> $1 AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."Entry" AS "t0" WHERE "t0"."id" = $2)) ORDER BY "t0"."id" ASC LIMIT $3) AS "sub";

-- 011 line 22: Entry aggregate
error: Input error. Unable to process combination of query arguments for aggregation query. Please note that it is not possible at the moment to have a null-cursor, or a cursor and orderBy combination that not stable (unique).

-- 012 line 23: Entry aggregate
error: Input error. Unable to process combination of query arguments for aggregation query. Please note that it is not possible at the moment to have a null-cursor, or a cursor and orderBy combination that not stable (unique).

-- 013 line 24: Entry aggregate
error: Input error. Unable to process combination of query arguments for aggregation query. Please note that it is not possible at the moment to have a null-cursor, or a cursor and orderBy combination that not stable (unique).

-- 014 line 26: Entry aggregate
SELECT MAX("code") AS "_max$code", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."code", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1) AS "sub";

-- 015 line 27: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC OFFSET $1) AS "sub";

-- 016 line 29: Entry aggregate
SELECT COUNT("city") AS "_count$city", COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty", MIN("code") AS "_min$code" FROM (SELECT "t0"."city", "t0"."qty", "t0"."code" FROM "public"."Entry" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC OFFSET $1) AS "sub";

-- 017 line 30: Entry aggregate
SELECT COUNT(*) AS "_count$_all", AVG("qty") AS "_avg$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE 1=1 ORDER BY "t0"."qty" DESC LIMIT $1) AS "sub";

-- 018 line 32: Entry aggregate
SELECT COUNT(*) AS "_count$_all", SUM("qty") AS "_sum$qty" FROM (SELECT "t0"."id", "t0"."qty" FROM "public"."Entry" AS "t0" WHERE "t0"."ownerId" IS NOT NULL ORDER BY (SELECT "t1"."name" FROM "public"."Owner" AS "t1" WHERE "t1"."id" = "t0"."ownerId") DESC, "t0"."id" ASC LIMIT $1) AS "sub";

-- 019 line 34: Owner aggregate
SELECT COUNT(*) AS "_count$_all", MIN("name") AS "_min$name", MAX("name") AS "_max$name" FROM (SELECT "t0"."id", "t0"."name" FROM "public"."Owner" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "public"."Entry" AS "t1" WHERE "t1"."ownerId" = "t0"."id") DESC, "t0"."id" ASC LIMIT $1) AS "sub";

-- 020 line 36: Entry aggregate
SELECT COUNT("city") AS "_count$city", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."city" FROM "public"."Entry" AS "t0" WHERE ("t0"."city" IS NULL OR "t0"."qty" >= $1) ORDER BY "t0"."qty" DESC LIMIT $2) AS "sub";

-- 021 line 38: Entry aggregate
error: AssertionError("Invalid value for skip argument: Value can only be positive, found: -2")

-- 022 line 39: Entry groupBy
error: AssertionError("Invalid value for skip argument: Value can only be positive, found: -1")

-- 023 line 41: Entry groupBy
SELECT "t0"."id", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."id" ORDER BY "t0"."id" ASC LIMIT $1;

-- 024 line 42: Entry groupBy
SELECT "t0"."shop", COUNT(*) AS "_count$_all" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING "t0"."shop" <> $1;

-- 025 line 44: Entry groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: id

-- 026 line 46: Entry groupBy
SELECT "t0"."shop", COUNT(*) AS "_count$_all" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."shop", "t0"."shop" ORDER BY "t0"."shop" DESC;

-- 027 line 48: Entry groupBy
error: Input error. Every selected scalar field that is not part of an aggregation must be included in the by-arguments of the query. Missing fields: code, city

-- 028 line 50: Entry groupBy
error: Input error. Every selected scalar field that is not part of an aggregation must be included in the by-arguments of the query. Missing fields: city

-- 029 line 52: Entry groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: city, qty

-- 030 line 54: Entry groupBy
SELECT "t0"."shop", MAX("t0"."city") AS "_max$city" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY MAX("t0"."city") ASC, "t0"."shop" ASC;

-- 031 line 56: Entry groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: qty

-- 032 line 58: Entry groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: qty, qty

-- 033 line 60: Entry groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: city

-- 034 line 62: Entry groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: seq

-- 035 line 63: Entry groupBy
SELECT "t0"."qty", "t0"."seq" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."qty", "t0"."seq" HAVING "t0"."qty" > "t0"."seq" ORDER BY "t0"."qty" ASC, "t0"."seq" ASC;

-- 036 line 65: Entry groupBy
SELECT COUNT(*) AS "_count$_all" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING (SUM("t0"."qty") >= $1 AND COUNT("t0"."city") >= $2) ORDER BY "t0"."shop" ASC;

-- 037 line 67: Entry groupBy
error: Unknown where field `_sum` on `Entry`

-- 038 line 68: Entry groupBy
SELECT "t0"."shop" FROM "public"."Entry" AS "t0" WHERE 1=1 GROUP BY "t0"."shop", "t0"."seq" ORDER BY "t0"."shop" ASC;

-- 039 line 69: Entry groupBy
error: Invalid argument value. `owner` is not a valid `EntryScalarFieldEnum`

