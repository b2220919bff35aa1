-- 000 line 2: Person createMany
INSERT INTO "Person" ("id", "name", "city", "age", "vip") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- 001 line 4: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" = ? AND "t0"."age" = ?) ORDER BY "t0"."id" ASC;

-- 002 line 6: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" = ? AND "t0"."age" > ?) ORDER BY "t0"."id" ASC;

-- 003 line 7: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" = ? AND "t0"."age" < ?) ORDER BY "t0"."id" ASC;

-- 004 line 8: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."vip" = ? ORDER BY "t0"."id" ASC;

-- 005 line 9: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 006 line 11: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" = ? OR "t0"."age" > ?) ORDER BY "t0"."id" ASC;

-- 007 line 12: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."name" = ? ORDER BY "t0"."id" ASC;

-- 008 line 13: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC;

-- 009 line 14: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."vip" = ? AND ("t0"."city" = ? OR "t0"."city" IS NULL)) ORDER BY "t0"."id" ASC;

-- 010 line 16: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."city" = ? ORDER BY "t0"."id" ASC;

-- 011 line 18: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT "t0"."city" = ?) ORDER BY "t0"."id" ASC;

-- 012 line 19: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ((NOT "t0"."city" = ?) AND (NOT "t0"."age" = ?)) ORDER BY "t0"."id" ASC;

-- 013 line 20: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 014 line 21: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT "t0"."vip" = ?) ORDER BY "t0"."id" ASC;

-- 015 line 23: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT ("t0"."city" = ? AND "t0"."age" = ?)) ORDER BY "t0"."id" ASC;

-- 016 line 25: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (("t0"."city" = ? AND "t0"."vip" = ?) OR ("t0"."city" IS NULL AND "t0"."vip" = ?)) ORDER BY "t0"."id" ASC;

-- 017 line 26: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT ("t0"."city" = ? OR "t0"."city" = ?)) ORDER BY "t0"."id" ASC;

-- 018 line 27: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (("t0"."age" = ? OR "t0"."age" = ?) AND (NOT "t0"."name" = ?)) ORDER BY "t0"."id" ASC;

-- 019 line 28: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT (NOT "t0"."city" = ?)) ORDER BY "t0"."id" ASC;

-- 020 line 29: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ((NOT "t0"."age" IS NULL) OR "t0"."name" = ?) ORDER BY "t0"."id" ASC;

-- 021 line 30: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."name" LIKE (? || '%') ORDER BY "t0"."id" ASC;

-- 022 line 32: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."vip" = ? ORDER BY "t0"."id" ASC;

-- 023 line 33: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."name" = ? ORDER BY "t0"."id" ASC;

-- 024 line 35: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 025 line 37: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."city" IS NULL ORDER BY "t0"."id" ASC;

-- 026 line 38: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."city" IS NULL ORDER BY "t0"."id" ASC;

-- 027 line 39: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."city" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 028 line 40: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."city" <> ? ORDER BY "t0"."id" ASC;

-- 029 line 41: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT "t0"."city" = ?) ORDER BY "t0"."id" ASC;

-- 030 line 42: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."age" <> ? ORDER BY "t0"."id" ASC;

-- 031 line 43: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT "t0"."age" = ?) ORDER BY "t0"."id" ASC;

-- 032 line 44: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."age" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 033 line 45: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT "t0"."age" IN (?,…)) ORDER BY "t0"."id" ASC;

-- 034 line 46: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."age" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 035 line 48: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC;

-- 036 line 49: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."name" IS NULL ORDER BY "t0"."id" ASC;

-- 037 line 50: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."name" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 038 line 52: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" IS NULL OR "t0"."age" IS NULL) ORDER BY "t0"."id" ASC;

-- 039 line 53: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE (NOT ("t0"."city" IS NULL OR "t0"."age" IS NULL)) ORDER BY "t0"."id" ASC;

-- 040 line 54: Person findMany
SELECT "t0"."id" FROM "Person" AS "t0" WHERE ("t0"."city" IS NOT NULL AND "t0"."age" IS NOT NULL) ORDER BY "t0"."id" ASC;

