-- 000 line 2: UniqueTypes createOne
INSERT INTO "public"."UniqueTypes" ("id", "bInt", "bytes", "dt", "decimal", "enum", "float") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "bInt", "bytes", "dt", "decimal", "enum", "float";
SELECT "t0"."float" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: UniqueTypes createOne
INSERT INTO "public"."UniqueTypes" ("id", "bInt", "bytes", "dt", "decimal", "enum", "float") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "bInt", "bytes", "dt", "decimal", "enum", "float";
SELECT "t0"."id", "t0"."bInt", "t0"."bytes" FROM "public"."UniqueTypes" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 6: UniqueTypes findMany
SELECT "t0"."dt" FROM "public"."UniqueTypes" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 003 line 9: Parent createOne
INSERT INTO "public"."Parent" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 10: Child createOne
INSERT INTO "public"."Child" ("id", "parentId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Kind")) RETURNING "id", "parentId", "oneId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 11: Child createOne
INSERT INTO "public"."Child" ("id", "parentId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS "public"."Kind")) RETURNING "id", "parentId", "oneId", "string", "int", "bInt", "float", "decimal", "bytes", "bool", "dt", "enum";
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 14: Parent findMany
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."parentId" FROM "public"."Child" AS "t1" WHERE "t1"."parentId" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 007 line 17: Child findMany
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 008 line 18: Child findFirst
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 009 line 21: Child findMany
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 010 line 24: Child findFirst
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

