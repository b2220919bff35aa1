-- 000 line 2: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum", "json", "single", "num") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind"[]), $11, $12, $13) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum"::text[], "json", "single", "num";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum", "json", "single", "num") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind"[]), $11, $12, $13) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum"::text[], "json", "single", "num";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum", "json") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind"[]), $11) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum"::text[], "json", "single", "num";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int") VALUES ($1, $2, $3) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum"::text[], "json", "single", "num";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: TestModel findMany
SELECT "t0"."id", "t0"."string", "t0"."int", "t0"."bInt", "t0"."float", "t0"."decimal", "t0"."bytes", "t0"."bool", "t0"."dt", "t0"."enum"::text[], "t0"."json", "t0"."single", "t0"."num" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 005 line 7: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" @> $1 ORDER BY "t0"."id" ASC;

-- 006 line 8: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" && $1 ORDER BY "t0"."id" ASC;

-- 007 line 9: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" @> $1 ORDER BY "t0"."id" ASC;

-- 008 line 10: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" = '{}' ORDER BY "t0"."id" ASC;

-- 009 line 11: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" <> '{}' ORDER BY "t0"."id" ASC;

-- 010 line 12: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" = $1 ORDER BY "t0"."id" ASC;

-- 011 line 13: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" && $1 ORDER BY "t0"."id" ASC;

-- 012 line 14: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" @> $1 ORDER BY "t0"."id" ASC;

-- 013 line 15: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" @> $1 ORDER BY "t0"."id" ASC;

-- 014 line 16: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" && $1 ORDER BY "t0"."id" ASC;

-- 015 line 17: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" @> $1 ORDER BY "t0"."id" ASC;

-- 016 line 18: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" = '{}' ORDER BY "t0"."id" ASC;

-- 017 line 19: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" <> '{}' ORDER BY "t0"."id" ASC;

-- 018 line 20: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" = $1 ORDER BY "t0"."id" ASC;

-- 019 line 21: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" && $1 ORDER BY "t0"."id" ASC;

-- 020 line 22: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" @> $1 ORDER BY "t0"."id" ASC;

-- 021 line 23: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" @> $1 ORDER BY "t0"."id" ASC;

-- 022 line 24: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" && $1 ORDER BY "t0"."id" ASC;

-- 023 line 25: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" @> $1 ORDER BY "t0"."id" ASC;

-- 024 line 26: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = '{}' ORDER BY "t0"."id" ASC;

-- 025 line 27: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" <> '{}' ORDER BY "t0"."id" ASC;

-- 026 line 28: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = $1 ORDER BY "t0"."id" ASC;

-- 027 line 29: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" && $1 ORDER BY "t0"."id" ASC;

-- 028 line 30: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" @> $1 ORDER BY "t0"."id" ASC;

-- 029 line 31: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" @> $1 ORDER BY "t0"."id" ASC;

-- 030 line 32: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" && $1 ORDER BY "t0"."id" ASC;

-- 031 line 33: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" @> $1 ORDER BY "t0"."id" ASC;

-- 032 line 34: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" = '{}' ORDER BY "t0"."id" ASC;

-- 033 line 35: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" <> '{}' ORDER BY "t0"."id" ASC;

-- 034 line 36: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" = $1 ORDER BY "t0"."id" ASC;

-- 035 line 37: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" && $1 ORDER BY "t0"."id" ASC;

-- 036 line 38: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" @> $1 ORDER BY "t0"."id" ASC;

-- 037 line 39: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" @> $1 ORDER BY "t0"."id" ASC;

-- 038 line 40: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" && $1 ORDER BY "t0"."id" ASC;

-- 039 line 41: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" @> $1 ORDER BY "t0"."id" ASC;

-- 040 line 42: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = '{}' ORDER BY "t0"."id" ASC;

-- 041 line 43: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" <> '{}' ORDER BY "t0"."id" ASC;

-- 042 line 44: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 043 line 45: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" && $1 ORDER BY "t0"."id" ASC;

-- 044 line 46: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" @> $1 ORDER BY "t0"."id" ASC;

-- 045 line 47: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" @> $1 ORDER BY "t0"."id" ASC;

-- 046 line 48: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" = '{}' ORDER BY "t0"."id" ASC;

-- 047 line 49: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" <> '{}' ORDER BY "t0"."id" ASC;

-- 048 line 50: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" = $1 ORDER BY "t0"."id" ASC;

-- 049 line 51: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" && $1 ORDER BY "t0"."id" ASC;

-- 050 line 52: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" @> $1 ORDER BY "t0"."id" ASC;

-- 051 line 53: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" @> $1 ORDER BY "t0"."id" ASC;

-- 052 line 54: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" && $1 ORDER BY "t0"."id" ASC;

-- 053 line 55: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" @> $1 ORDER BY "t0"."id" ASC;

-- 054 line 56: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" = '{}' ORDER BY "t0"."id" ASC;

-- 055 line 57: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" <> '{}' ORDER BY "t0"."id" ASC;

-- 056 line 58: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" = $1 ORDER BY "t0"."id" ASC;

-- 057 line 59: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" && $1 ORDER BY "t0"."id" ASC;

-- 058 line 60: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" @> $1 ORDER BY "t0"."id" ASC;

-- 059 line 61: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" @> $1 ORDER BY "t0"."id" ASC;

-- 060 line 62: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" && $1 ORDER BY "t0"."id" ASC;

-- 061 line 63: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" @> $1 ORDER BY "t0"."id" ASC;

-- 062 line 64: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" = '{}' ORDER BY "t0"."id" ASC;

-- 063 line 65: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" <> '{}' ORDER BY "t0"."id" ASC;

-- 064 line 66: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" = $1 ORDER BY "t0"."id" ASC;

-- 065 line 67: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" && $1 ORDER BY "t0"."id" ASC;

-- 066 line 68: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" @> $1 ORDER BY "t0"."id" ASC;

-- 067 line 69: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" @> $1 ORDER BY "t0"."id" ASC;

-- 068 line 70: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" && $1 ORDER BY "t0"."id" ASC;

-- 069 line 71: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" @> $1 ORDER BY "t0"."id" ASC;

-- 070 line 72: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" = '{}' ORDER BY "t0"."id" ASC;

-- 071 line 73: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" <> '{}' ORDER BY "t0"."id" ASC;

-- 072 line 74: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" = CAST($1::text AS "public"."Kind"[]) ORDER BY "t0"."id" ASC;

-- 073 line 75: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" && $1 ORDER BY "t0"."id" ASC;

-- 074 line 76: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" @> $1 ORDER BY "t0"."id" ASC;

-- 075 line 77: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."json" @> $1 ORDER BY "t0"."id" ASC;

-- 076 line 78: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."json" = '{}' ORDER BY "t0"."id" ASC;

-- 077 line 79: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" IS NULL ORDER BY "t0"."id" ASC;

-- 078 line 80: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" @> $1 ORDER BY "t0"."id" ASC;

-- 079 line 81: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE ("t0"."string" @> $1 AND "t0"."string" @> $2 AND "t0"."string" <> '{}') ORDER BY "t0"."id" ASC;

-- 080 line 82: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE (NOT "t0"."string" @> $1) ORDER BY "t0"."id" ASC;

-- 081 line 83: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE ("t0"."int" @> $1 OR "t0"."enum" = '{}') ORDER BY "t0"."id" ASC;

-- 082 line 85: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."single" = ANY("t0"."string") ORDER BY "t0"."id" ASC;

-- 083 line 86: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."num" = ANY("t0"."int") ORDER BY "t0"."id" ASC;

-- 084 line 87: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."single" = ANY("t0"."string") ORDER BY "t0"."id" ASC;

-- 085 line 88: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE NOT "t0"."single" = ANY("t0"."string") ORDER BY "t0"."id" ASC;

-- 086 line 89: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."num" = ANY("t0"."int") ORDER BY "t0"."id" ASC;

-- 087 line 90: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" && "t0"."string" ORDER BY "t0"."id" ASC;

-- 088 line 91: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" @> "t0"."string" ORDER BY "t0"."id" ASC;

-- 089 line 92: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" = "t0"."string" ORDER BY "t0"."id" ASC;

-- 090 line 93: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" = ANY("t0"."string") ORDER BY "t0"."id" ASC;

