-- 000 line 2: Gen createMany
INSERT INTO "public"."Gen" ("id", "code", "tag", "n") VALUES ($1, $2, $3, DEFAULT), ($4, DEFAULT, $5, DEFAULT), ($6, $7, $8, $9), ($10, DEFAULT, $11, $12);

-- 001 line 4: Gen createMany
INSERT INTO "public"."Gen" ("tag") VALUES ($1), ($2);

-- 002 line 5: Gen createManyAndReturn
INSERT INTO "public"."Gen" ("tag") VALUES ($1), ($2), ($3) RETURNING "id", "code", "tag", "n", "parentId";

-- 003 line 7: Gen createManyAndReturn
INSERT INTO "public"."Gen" ("tag", "n") VALUES ($1, $2), ($3, $4) RETURNING "id", "code", "tag", "n", "parentId";

-- 004 line 8: Gen createManyAndReturn
INSERT INTO "public"."Gen" ("id", "code", "tag", "n") VALUES ($1, $2, $3, DEFAULT), ($4, $5, $6, $7) RETURNING "id", "code", "tag", "n", "parentId";

-- 005 line 10: Gen createMany
INSERT INTO "public"."Gen" ("id", "code", "tag") VALUES ($1, DEFAULT, $2), ($3, $4, $5), ($6, DEFAULT, $7), ($8, $9, $10);

-- 006 line 12: Parent createOne
INSERT INTO "public"."Parent" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."Gen" ("id", "code", "tag", "n", "parentId") VALUES ($1, $2, $3, DEFAULT, $4), ($5, DEFAULT, $6, DEFAULT, $7), ($8, DEFAULT, $9, $10, $11);
SELECT "t0"."id" FROM "public"."Parent" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."tag", "t1"."n", "t1"."parentId" FROM "public"."Gen" AS "t1" WHERE "t1"."parentId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 007 line 14: Gen createMany
INSERT INTO "public"."Gen" ("id", "code", "tag") VALUES ($1, DEFAULT, $2), ($3, $4, $5), ($6, $7, $8);

