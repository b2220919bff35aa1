-- 000 line 2: D createOne
INSERT INTO "public"."D" ("id", "data") VALUES ($1, $2) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "public"."D" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: D createOne
INSERT INTO "public"."D" ("id", "data", "opt") VALUES ($1, $2, $3) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "public"."D" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 5: D createOne
INSERT INTO "public"."D" ("id", "data") VALUES ($1, $2) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "public"."D" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 6: D createMany
INSERT INTO "public"."D" ("id", "data", "opt") VALUES ($1, $2, DEFAULT), ($3, $4, $5);

-- 004 line 8: D updateOne
UPDATE "public"."D" SET "data" = $1, "opt" = $2 WHERE "D"."id" = $3 RETURNING "id", "data", "opt";

-- 005 line 9: D updateMany
UPDATE "public"."D" SET "opt" = $1 WHERE "D"."id" > $2;

-- 006 line 10: D upsertOne
INSERT INTO "public"."D" ("id", "data") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "data" = $3 WHERE "D"."id" = $4 RETURNING "id", "data", "opt";

-- 007 line 11: D upsertOne
INSERT INTO "public"."D" ("id", "data") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "data" = $3 WHERE "D"."id" = $4 RETURNING "id", "data", "opt";

-- 008 line 13: D findMany
SELECT "t0"."id" FROM "public"."D" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 009 line 14: D findMany
SELECT "t0"."id" FROM "public"."D" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 010 line 15: D findMany
SELECT "t0"."id" FROM "public"."D" AS "t0" WHERE "t0"."data"::jsonb <> $1 ORDER BY "t0"."id" ASC;

-- 011 line 16: D findMany
SELECT "t0"."id" FROM "public"."D" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

