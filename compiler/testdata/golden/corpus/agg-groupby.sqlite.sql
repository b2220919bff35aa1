-- 000 line 2: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region";

-- 001 line 4: Sale createMany
INSERT INTO "Sale" ("id", "region", "city", "kind", "units", "price", "amount", "big", "at", "promo") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 002 line 6: Sale groupBy
SELECT "t0"."region", COUNT("t0"."city") AS "_count$city", COUNT(*) AS "_count$_all", AVG("t0"."units") AS "_avg$units", AVG("t0"."price") AS "_avg$price", AVG("t0"."amount") AS "_avg$amount", AVG("t0"."big") AS "_avg$big", SUM("t0"."units") AS "_sum$units", SUM("t0"."price") AS "_sum$price", SUM("t0"."amount") AS "_sum$amount", SUM("t0"."big") AS "_sum$big", MIN("t0"."units") AS "_min$units", MIN("t0"."city") AS "_min$city", MIN("t0"."at") AS "_min$at", MIN("t0"."kind") AS "_min$kind", MAX("t0"."units") AS "_max$units", MAX("t0"."city") AS "_max$city", MAX("t0"."at") AS "_max$at", MAX("t0"."kind") AS "_max$kind" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" ASC;

-- 003 line 8: Sale groupBy
SELECT "t0"."city", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."city" ORDER BY "t0"."city" ASC;

-- 004 line 9: Sale groupBy
SELECT "t0"."city", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."city" ORDER BY "t0"."city" DESC NULLS LAST;

-- 005 line 11: Sale groupBy
SELECT "t0"."kind", COUNT(*) AS "_count$_all", AVG("t0"."price") AS "_avg$price" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind" ORDER BY "t0"."kind" DESC;

-- 006 line 12: Sale groupBy
SELECT "t0"."promo", SUM("t0"."units") AS "_sum$units", SUM("t0"."amount") AS "_sum$amount" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."promo" ORDER BY "t0"."promo" ASC;

-- 007 line 13: Sale groupBy
SELECT "t0"."at", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."at" ORDER BY "t0"."at" ASC;

-- 008 line 15: Sale groupBy
SELECT "t0"."region", "t0"."kind", COUNT(*) AS "_count$_all", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region", "t0"."kind" ORDER BY "t0"."region" ASC, "t0"."kind" ASC;

-- 009 line 16: Sale groupBy
SELECT "t0"."kind", "t0"."promo", MAX("t0"."price") AS "_max$price" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind", "t0"."promo" ORDER BY "t0"."kind" ASC, "t0"."promo" DESC;

-- 010 line 18: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" DESC;

-- 011 line 20: Sale groupBy
SELECT SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" ASC;

-- 012 line 21: Sale groupBy
SELECT "t0"."kind" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region", "t0"."kind" ORDER BY "t0"."region" ASC, "t0"."kind" ASC;

-- 013 line 22: Sale groupBy
SELECT COUNT(*) AS "_count$_all", "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" ASC;

-- 014 line 24: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE "t0"."promo" = ? GROUP BY "t0"."region" ORDER BY "t0"."region" ASC;

-- 015 line 25: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE "t0"."units" > ? GROUP BY "t0"."region";

-- 016 line 27: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING "t0"."region" IN (?,…) ORDER BY "t0"."region" ASC;

-- 017 line 29: Sale groupBy
SELECT "t0"."region", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING SUM("t0"."units") > ? ORDER BY "t0"."region" ASC;

-- 018 line 30: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING COUNT("t0"."id") >= ? ORDER BY "t0"."region" ASC;

-- 019 line 31: Sale groupBy
SELECT "t0"."region", AVG("t0"."price") AS "_avg$price" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING AVG("t0"."price") < ? ORDER BY "t0"."region" ASC;

-- 020 line 32: Sale groupBy
SELECT "t0"."kind", MIN("t0"."at") AS "_min$at" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind" HAVING MIN("t0"."at") >= ? ORDER BY "t0"."kind" ASC;

-- 021 line 33: Sale groupBy
SELECT "t0"."kind", MAX("t0"."amount") AS "_max$amount" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind" HAVING MAX("t0"."amount") > ? ORDER BY "t0"."kind" ASC;

-- 022 line 34: Sale groupBy
SELECT "t0"."region", COUNT("t0"."city") AS "_count$city" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING COUNT("t0"."city") = ? ORDER BY "t0"."region" ASC;

-- 023 line 36: Sale groupBy
SELECT "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING SUM("t0"."big") > ? ORDER BY "t0"."region" ASC;

-- 024 line 37: Sale groupBy
SELECT "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING (MIN("t0"."units") >= ? AND MAX("t0"."units") <= ?) ORDER BY "t0"."region" ASC;

-- 025 line 39: Sale groupBy
SELECT "t0"."region", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING (SUM("t0"."units") > ? OR "t0"."region" = ?) ORDER BY "t0"."region" ASC;

-- 026 line 40: Sale groupBy
SELECT "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING (AVG("t0"."units") > ? AND MAX("t0"."price") < ?) ORDER BY "t0"."region" ASC;

-- 027 line 41: Sale groupBy
SELECT "t0"."region", COUNT("t0"."units") AS "_count$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" HAVING (NOT COUNT("t0"."units") < ?) ORDER BY "t0"."region" ASC;

-- 028 line 42: Sale groupBy
SELECT "t0"."region", "t0"."kind" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region", "t0"."kind" HAVING ("t0"."kind" = ? AND (NOT "t0"."region" = ?)) ORDER BY "t0"."region" ASC;

-- 029 line 44: Sale groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: units

-- 030 line 46: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY COUNT("t0"."region") DESC, "t0"."region" ASC;

-- 031 line 47: Sale groupBy
SELECT "t0"."region", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY SUM("t0"."units") ASC;

-- 032 line 48: Sale groupBy
SELECT "t0"."kind", AVG("t0"."price") AS "_avg$price" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind" ORDER BY AVG("t0"."price") DESC;

-- 033 line 49: Sale groupBy
SELECT "t0"."region", MIN("t0"."at") AS "_min$at" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY MIN("t0"."at") DESC, "t0"."region" DESC;

-- 034 line 50: Sale groupBy
SELECT "t0"."region", MAX("t0"."city") AS "_max$city" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY MAX("t0"."city") ASC;

-- 035 line 51: Sale groupBy
SELECT "t0"."kind", "t0"."promo", COUNT("t0"."kind") AS "_count$kind", SUM("t0"."units") AS "_sum$units" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."kind", "t0"."promo" ORDER BY COUNT("t0"."kind") ASC, SUM("t0"."units") DESC, "t0"."kind" ASC, "t0"."promo" ASC;

-- 036 line 53: Sale groupBy
SELECT "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY SUM("t0"."amount") DESC;

-- 037 line 55: Sale groupBy
SELECT "t0"."region", COUNT(*) AS "_count$_all" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" ASC LIMIT ? OFFSET ?;

-- 038 line 56: Sale groupBy
SELECT "t0"."region" FROM "Sale" AS "t0" WHERE 1=1 GROUP BY "t0"."region" ORDER BY "t0"."region" DESC LIMIT ?;

-- 039 line 57: Sale groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: id

-- 040 line 58: Sale groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: id

-- 041 line 60: Sale groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: city

-- 042 line 61: Sale groupBy
error: Input error. Every selected scalar field that is not part of an aggregation must be included in the by-arguments of the query. Missing fields: city

-- 043 line 62: Sale groupBy
error: Input error. At least one selection is required for the `by` argument.

-- 044 line 63: Sale groupBy
error: Invalid argument value. `nope` is not a valid `SaleScalarFieldEnum`

-- 045 line 64: Sale groupBy
error: `by`: A value is required but not set

-- 046 line 65: Sale groupBy
error: Expected a minimum of 1 field to be present, got 0

-- 047 line 66: Sale groupBy
error: Argument does not exist in enclosing type

-- 048 line 68: Sale groupBy
error: Argument does not exist in enclosing type

