-- 000 line 2: Thing createMany
INSERT INTO "Thing" ("id", "qty", "optQty", "price", "optRate", "active", "flag", "size", "optSize") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 001 line 3: Thing createOne
INSERT INTO "Thing" ("id", "qty", "optQty", "price", "optRate", "active", "flag", "size", "optSize") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "qty", "optQty", "price", "optRate", "active", "flag", "size", "optSize";
SELECT "t0"."id", "t0"."qty", "t0"."optQty", "t0"."price", "t0"."optRate", "t0"."active", "t0"."flag", "t0"."size", "t0"."optSize" FROM "Thing" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 5: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" = ? ORDER BY "t0"."id" ASC;

-- 003 line 6: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" = ? ORDER BY "t0"."id" ASC;

-- 004 line 7: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" <> ? ORDER BY "t0"."id" ASC;

-- 005 line 8: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" IN (?,…) ORDER BY "t0"."id" ASC;

-- 006 line 9: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 007 line 10: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" < ? ORDER BY "t0"."id" ASC;

-- 008 line 11: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" <= ? ORDER BY "t0"."id" ASC;

-- 009 line 12: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" > ? ORDER BY "t0"."id" ASC;

-- 010 line 13: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE ("t0"."qty" >= ? AND "t0"."qty" < ?) ORDER BY "t0"."id" ASC;

-- 011 line 14: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" <= ? ORDER BY "t0"."id" ASC;

-- 012 line 16: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" < ? ORDER BY "t0"."id" ASC;

-- 013 line 17: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" <> ? ORDER BY "t0"."id" ASC;

-- 014 line 18: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" IS NULL ORDER BY "t0"."id" ASC;

-- 015 line 19: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" IS NULL ORDER BY "t0"."id" ASC;

-- 016 line 20: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 017 line 21: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 018 line 22: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optQty" IN (?,…) ORDER BY "t0"."id" ASC;

-- 019 line 24: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" = ? ORDER BY "t0"."id" ASC;

-- 020 line 25: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" > ? ORDER BY "t0"."id" ASC;

-- 021 line 26: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" <= ? ORDER BY "t0"."id" ASC;

-- 022 line 27: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" IN (?,…) ORDER BY "t0"."id" ASC;

-- 023 line 28: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" >= ? ORDER BY "t0"."id" ASC;

-- 024 line 29: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optRate" < ? ORDER BY "t0"."id" ASC;

-- 025 line 30: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optRate" = ? ORDER BY "t0"."id" ASC;

-- 026 line 31: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optRate" <> ? ORDER BY "t0"."id" ASC;

-- 027 line 33: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."qty" = ? ORDER BY "t0"."id" ASC;

-- 028 line 34: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."price" = ? ORDER BY "t0"."id" ASC;

-- 029 line 36: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."active" = ? ORDER BY "t0"."id" ASC;

-- 030 line 37: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."active" = ? ORDER BY "t0"."id" ASC;

-- 031 line 38: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."active" <> ? ORDER BY "t0"."id" ASC;

-- 032 line 39: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."flag" <> ? ORDER BY "t0"."id" ASC;

-- 033 line 40: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."flag" IS NULL ORDER BY "t0"."id" ASC;

-- 034 line 41: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."flag" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 035 line 43: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."active" = ? ORDER BY "t0"."id" ASC;

-- 036 line 45: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" = ? ORDER BY "t0"."id" ASC;

-- 037 line 46: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" = ? ORDER BY "t0"."id" ASC;

-- 038 line 47: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" <> ? ORDER BY "t0"."id" ASC;

-- 039 line 48: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" IN (?,…) ORDER BY "t0"."id" ASC;

-- 040 line 49: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 041 line 50: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optSize" <> ? ORDER BY "t0"."id" ASC;

-- 042 line 51: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optSize" IS NULL ORDER BY "t0"."id" ASC;

-- 043 line 52: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."optSize" IN (?,…) ORDER BY "t0"."id" ASC;

-- 044 line 54: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" = ? ORDER BY "t0"."id" ASC;

-- 045 line 55: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" IN (?,…) ORDER BY "t0"."id" ASC;

-- 046 line 57: Thing findMany
SELECT "t0"."id" FROM "Thing" AS "t0" WHERE "t0"."size" > ? ORDER BY "t0"."id" ASC;

-- 047 line 59: Thing findMany
SELECT "t0"."id", "t0"."size", "t0"."optSize", "t0"."flag" FROM "Thing" AS "t0" WHERE "t0"."optSize" IS NOT NULL ORDER BY "t0"."id" DESC;

