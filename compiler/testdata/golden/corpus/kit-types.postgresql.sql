-- 000 line 2: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "bInt", "decimal", "bytes") VALUES ($1, $2, $3, $4) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "bInt", "decimal", "bytes") VALUES ($1, $2, $3, $4) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: TestModel createOne
INSERT INTO "public"."TestModel" ("id") VALUES ($1) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 6: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = $1 ORDER BY "t0"."id" ASC;

-- 004 line 7: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = $1 ORDER BY "t0"."id" ASC;

-- 005 line 8: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" IS NULL ORDER BY "t0"."id" ASC;

-- 006 line 9: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" IS NULL ORDER BY "t0"."id" ASC;

-- 007 line 10: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" <> $1 ORDER BY "t0"."id" ASC;

-- 008 line 11: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 009 line 12: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 010 line 13: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 011 line 14: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 012 line 15: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" < $1 ORDER BY "t0"."id" ASC;

-- 013 line 16: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" <= $1 ORDER BY "t0"."id" ASC;

-- 014 line 17: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" > $1 ORDER BY "t0"."id" ASC;

-- 015 line 18: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" >= $1 ORDER BY "t0"."id" ASC;

-- 016 line 19: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" <= $1 ORDER BY "t0"."id" ASC;

-- 017 line 20: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = $1 ORDER BY "t0"."id" ASC;

-- 018 line 21: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" > $1 ORDER BY "t0"."id" ASC;

-- 019 line 23: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 020 line 24: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 021 line 25: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 022 line 26: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 023 line 27: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" IS NULL ORDER BY "t0"."id" ASC;

-- 024 line 28: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" <> $1 ORDER BY "t0"."id" ASC;

-- 025 line 29: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 026 line 30: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 027 line 31: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 028 line 32: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" < $1 ORDER BY "t0"."id" ASC;

-- 029 line 33: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" <= $1 ORDER BY "t0"."id" ASC;

-- 030 line 34: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" > $1 ORDER BY "t0"."id" ASC;

-- 031 line 35: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" >= $1 ORDER BY "t0"."id" ASC;

-- 032 line 36: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" > $1 ORDER BY "t0"."id" ASC;

-- 033 line 37: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 034 line 39: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" = $1 ORDER BY "t0"."id" ASC;

-- 035 line 40: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" = $1 ORDER BY "t0"."id" ASC;

-- 036 line 41: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" IS NULL ORDER BY "t0"."id" ASC;

-- 037 line 42: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" <> $1 ORDER BY "t0"."id" ASC;

-- 038 line 43: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 039 line 44: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 040 line 45: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 041 line 46: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 042 line 47: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bytes" = $1 ORDER BY "t0"."id" ASC;

-- 043 line 49: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind")) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 044 line 50: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind")) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 045 line 51: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Kind")) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 046 line 52: TestModel createOne
INSERT INTO "public"."TestModel" ("id", "string", "int", "bInt", "float", "decimal", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8::text AS "public"."Kind")) RETURNING "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 047 line 53: TestModel findMany
SELECT "t0"."id", "t0"."string", "t0"."int", "t0"."bInt", "t0"."float", "t0"."decimal", "t0"."bytes", "t0"."bool", "t0"."dt", "t0"."enum" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 048 line 54: TestModel findUnique
SELECT "t0"."id", "t0"."string", "t0"."int", "t0"."bInt", "t0"."float", "t0"."decimal", "t0"."bytes", "t0"."bool", "t0"."dt", "t0"."enum" FROM "public"."TestModel" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 049 line 55: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 050 line 56: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" = $1 ORDER BY "t0"."id" ASC;

-- 051 line 57: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" > $1 ORDER BY "t0"."id" ASC;

-- 052 line 58: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."int" <= $1 ORDER BY "t0"."id" ASC;

-- 053 line 59: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 054 line 60: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" = $1 ORDER BY "t0"."id" ASC;

-- 055 line 61: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" > $1 ORDER BY "t0"."id" ASC;

-- 056 line 62: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" <= $1 ORDER BY "t0"."id" ASC;

-- 057 line 63: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 058 line 64: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" = $1 ORDER BY "t0"."id" ASC;

-- 059 line 65: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" > $1 ORDER BY "t0"."id" ASC;

-- 060 line 66: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" <= $1 ORDER BY "t0"."id" ASC;

-- 061 line 67: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 062 line 68: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" = $1 ORDER BY "t0"."id" ASC;

-- 063 line 69: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 064 line 70: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" = CAST($1::text AS "public"."Kind") ORDER BY "t0"."id" ASC;

-- 065 line 71: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 066 line 72: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" = $1 ORDER BY "t0"."id" ASC;

-- 067 line 73: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" > $1 ORDER BY "t0"."id" ASC;

-- 068 line 74: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" <= $1 ORDER BY "t0"."id" ASC;

-- 069 line 75: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 070 line 76: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" = $1 ORDER BY "t0"."id" ASC;

-- 071 line 77: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" > $1 ORDER BY "t0"."id" ASC;

-- 072 line 78: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bInt" <= $1 ORDER BY "t0"."id" ASC;

-- 073 line 79: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 074 line 80: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" = $1 ORDER BY "t0"."id" ASC;

-- 075 line 81: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" > $1 ORDER BY "t0"."id" ASC;

-- 076 line 82: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."decimal" <= $1 ORDER BY "t0"."id" ASC;

-- 077 line 83: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE ("t0"."dt" >= $1 AND "t0"."dt" < $2) ORDER BY "t0"."id" ASC;

-- 078 line 84: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."dt" > $1 ORDER BY "t0"."id" ASC;

-- 079 line 85: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE ("t0"."enum" IN ($1,…) AND (NOT "t0"."enum" = CAST($2::text AS "public"."Kind"))) ORDER BY "t0"."id" ASC;

-- 080 line 86: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 081 line 87: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."enum" > CAST($1::text AS "public"."Kind") ORDER BY "t0"."id" ASC;

-- 082 line 88: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."bool" <> $1 ORDER BY "t0"."id" ASC;

-- 083 line 89: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."string" >= $1 ORDER BY "t0"."id" ASC;

-- 084 line 90: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE "t0"."float" < $1 ORDER BY "t0"."id" ASC;

-- 085 line 92: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."string" DESC, "t0"."id" ASC;

-- 086 line 93: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."int" DESC, "t0"."id" ASC;

-- 087 line 94: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."bInt" DESC, "t0"."id" ASC;

-- 088 line 95: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."float" DESC, "t0"."id" ASC;

-- 089 line 96: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."decimal" DESC, "t0"."id" ASC;

-- 090 line 97: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."bytes" DESC, "t0"."id" ASC;

-- 091 line 98: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."bool" DESC, "t0"."id" ASC;

-- 092 line 99: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."dt" DESC, "t0"."id" ASC;

-- 093 line 100: TestModel findMany
SELECT "t0"."id" FROM "public"."TestModel" AS "t0" WHERE 1=1 ORDER BY "t0"."enum" DESC, "t0"."id" ASC;

-- 094 line 102: Parent createOne
INSERT INTO "public"."Parent" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."Child" ("id", "parentId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Kind")), ($12, $13, $14, $15, $16, $17, $18, $19, $20, $21, CAST($22::text AS "public"."Kind"));
INSERT INTO "public"."Child" ("oneId", "id", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Kind")) RETURNING "id", "parentId", "oneId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 095 line 103: Parent findMany
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."parentId", "t1"."oneId", "t1"."string", "t1"."int", "t1"."bInt", "t1"."float", "t1"."decimal", "t1"."bytes", "t1"."bool", "t1"."dt", "t1"."enum" FROM "public"."Child" AS "t1" WHERE "t1"."parentId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."parentId", "t2"."oneId", "t2"."string", "t2"."int", "t2"."bInt", "t2"."float", "t2"."decimal", "t2"."bytes", "t2"."bool", "t2"."dt", "t2"."enum" FROM "public"."Child" AS "t2" WHERE "t2"."oneId" IN ($1,…);

-- 096 line 104: Parent findMany
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."bInt", "t1"."decimal", "t1"."bytes", "t1"."dt", "t1"."enum", "t1"."parentId" FROM "public"."Child" AS "t1" WHERE ("t1"."bInt" > $1 AND "t1"."decimal" < $2 AND "t1"."bytes" <> $3 AND "t1"."dt" > $4 AND "t1"."enum" IN ($5,…)) AND "t1"."parentId" IN ($6,…);

-- 097 line 105: Parent findMany
SELECT "t0"."id" FROM "public"."Parent" AS "t0" LEFT JOIN "public"."Child" AS "j0" ON ("j0"."oneId") = ("t0"."id") WHERE (EXISTS(SELECT "t1"."parentId" FROM "public"."Child" AS "t1" WHERE ("t1"."bytes" = $1 AND ("t1"."parentId") = ("t0"."id") AND "t1"."parentId" IS NOT NULL)) AND ("j0"."decimal" = $2 AND ("j0"."id" IS NOT NULL)));

-- 098 line 106: Parent findMany
SELECT "t0"."id" FROM "public"."Parent" AS "t0" LEFT JOIN "public"."Child" AS "j0" ON ("j0"."oneId") = ("t0"."id") WHERE (NOT EXISTS(SELECT "t1"."parentId" FROM "public"."Child" AS "t1" WHERE ((NOT "t1"."float" > $1) AND ("t1"."parentId") = ("t0"."id") AND "t1"."parentId" IS NOT NULL)) AND ("j0"."bInt" >= $2 AND ("j0"."id" IS NOT NULL)));

-- 099 line 107: Child findMany
SELECT "t0"."id", "t0"."parentId", "t0"."oneId" FROM "public"."Child" AS "t0" LEFT JOIN "public"."Parent" AS "j0" ON ("j0"."id") = ("t0"."parentId") WHERE ((EXISTS(SELECT "t3"."parentId" FROM "public"."Child" AS "t3" WHERE ("t3"."enum" = CAST($1::text AS "public"."Kind") AND ("t3"."parentId") = ("j0"."id") AND "t3"."parentId" IS NOT NULL)) AND ("j0"."id" IS NOT NULL)) OR (NOT ("t0"."oneId" IS NULL))) ORDER BY "t0"."dt" ASC;
SELECT "t1"."id" FROM "public"."Parent" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Parent" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 100 line 109: UniqueTypes createOne
INSERT INTO "public"."UniqueTypes" ("id", "bInt", "bytes", "dt", "decimal", "enum", "float") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "bInt", "bytes", "dt", "decimal", "enum", "float";
SELECT "t0"."id", "t0"."bInt", "t0"."bytes", "t0"."dt", "t0"."decimal", "t0"."enum", "t0"."float" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 101 line 110: UniqueTypes createOne
INSERT INTO "public"."UniqueTypes" ("id", "bInt", "bytes", "dt", "decimal", "enum", "float") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "bInt", "bytes", "dt", "decimal", "enum", "float";
SELECT "t0"."id", "t0"."bInt", "t0"."bytes", "t0"."dt", "t0"."decimal", "t0"."enum", "t0"."float" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 102 line 111: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."bInt" = $1 AND 1=1) LIMIT $2;

-- 103 line 112: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."bInt" = $1 AND 1=1) LIMIT $2;

-- 104 line 113: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."bytes" = $1 AND 1=1) LIMIT $2;

-- 105 line 114: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."dt" = $1 AND 1=1) LIMIT $2;

-- 106 line 115: UniqueTypes findUnique
SELECT "t0"."dt" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."dt" = $1 AND 1=1) LIMIT $2;

-- 107 line 116: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."dt" = $1 AND 1=1) LIMIT $2;

-- 108 line 117: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."decimal" = $1 AND 1=1) LIMIT $2;

-- 109 line 118: UniqueTypes findUnique
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE (("t0"."enum" = CAST($1::text AS "public"."Kind") AND "t0"."float" = $2) AND 1=1) LIMIT $3;

-- 110 line 119: UniqueTypes findMany
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."bytes" = $1)) ORDER BY "t0"."id" ASC;

-- 111 line 120: UniqueTypes findMany
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."dt" <= (SELECT "t0"."dt" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."dt" = $1)) ORDER BY "t0"."dt" DESC LIMIT $2;

-- 112 line 121: UniqueTypes findMany
SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."enum" = $1 AND "t0"."float" = $2)) ORDER BY "t0"."id" ASC LIMIT $3;

