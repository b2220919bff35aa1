-- 000 line 2: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 6: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "big", "dec", "bin", "optDec", "f") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 8: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "big", "dec", "bin", "f") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 10: Sample findMany
SELECT "t0"."id", "t0"."at", "t0"."optAt", "t0"."big", "t0"."optBig", "t0"."dec", "t0"."optDec", "t0"."bin", "t0"."optBin", "t0"."f" FROM "public"."Sample" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 006 line 12: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" = $1 ORDER BY "t0"."id" ASC;

-- 007 line 13: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" = $1 ORDER BY "t0"."id" ASC;

-- 008 line 14: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" > $1 ORDER BY "t0"."id" ASC;

-- 009 line 15: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" <= $1 ORDER BY "t0"."id" ASC;

-- 010 line 16: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 011 line 17: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" <> $1 ORDER BY "t0"."id" ASC;

-- 012 line 18: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optAt" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 013 line 19: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE ("t0"."optAt" >= $1 AND "t0"."optAt" < $2) ORDER BY "t0"."id" ASC;

-- 014 line 21: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."at" > $1 ORDER BY "t0"."id" ASC;

-- 015 line 23: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" = $1 ORDER BY "t0"."id" ASC;

-- 016 line 24: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" = $1 ORDER BY "t0"."id" ASC;

-- 017 line 25: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" < $1 ORDER BY "t0"."id" ASC;

-- 018 line 26: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" >= $1 ORDER BY "t0"."id" ASC;

-- 019 line 27: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optBig" <= $1 ORDER BY "t0"."id" ASC;

-- 020 line 28: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 021 line 29: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" > $1 ORDER BY "t0"."id" ASC;

-- 022 line 30: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."big" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 023 line 32: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."dec" = $1 ORDER BY "t0"."id" ASC;

-- 024 line 33: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."dec" > $1 ORDER BY "t0"."id" ASC;

-- 025 line 34: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."dec" < $1 ORDER BY "t0"."id" ASC;

-- 026 line 35: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."dec" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 027 line 36: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optDec" >= $1 ORDER BY "t0"."id" ASC;

-- 028 line 37: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optDec" <> $1 ORDER BY "t0"."id" ASC;

-- 029 line 38: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."dec" = $1 ORDER BY "t0"."id" ASC;

-- 030 line 40: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" = $1 ORDER BY "t0"."id" ASC;

-- 031 line 41: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" = $1 ORDER BY "t0"."id" ASC;

-- 032 line 42: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optBin" = $1 ORDER BY "t0"."id" ASC;

-- 033 line 43: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 034 line 44: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" <> $1 ORDER BY "t0"."id" ASC;

-- 035 line 45: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."optBin" IS NULL ORDER BY "t0"."id" ASC;

-- 036 line 46: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 037 line 48: Sample findMany
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."bin" > $1 ORDER BY "t0"."id" ASC;

-- 038 line 50: Sample findMany
SELECT "t0"."id", "t0"."f" FROM "public"."Sample" AS "t0" WHERE ("t0"."f" < $1 AND "t0"."f" > $2) ORDER BY "t0"."id" ASC;

-- 039 line 52: Sample findMany
SELECT "t0"."id", "t0"."big" FROM "public"."Sample" AS "t0" WHERE 1=1 ORDER BY "t0"."big" DESC;

-- 040 line 53: Sample findMany
SELECT "t0"."id", "t0"."dec" FROM "public"."Sample" AS "t0" WHERE 1=1 ORDER BY "t0"."dec" ASC;

-- 041 line 54: Sample findMany
SELECT "t0"."id", "t0"."at" FROM "public"."Sample" AS "t0" WHERE 1=1 ORDER BY "t0"."at" DESC;

-- 042 line 55: Sample findMany
SELECT "t0"."id", "t0"."optAt" FROM "public"."Sample" AS "t0" WHERE 1=1 ORDER BY "t0"."optAt" ASC NULLS LAST, "t0"."id" ASC;

-- 043 line 57: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "big", "dec", "bin", "f") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 044 line 58: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "big", "dec", "bin", "f") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 045 line 59: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "big", "dec", "bin", "f") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."id" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 046 line 61: Sample createOne
INSERT INTO "public"."Sample" ("id", "at", "optAt", "big", "dec", "bin", "f") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id", "at", "optAt", "big", "optBig", "dec", "optDec", "bin", "optBin", "f";
SELECT "t0"."at", "t0"."optAt" FROM "public"."Sample" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 047 line 62: Sample findMany
SELECT "t0"."id", "t0"."at" FROM "public"."Sample" AS "t0" WHERE "t0"."at" = $1;

