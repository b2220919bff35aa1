-- 000 line 1: Box createOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "small", "price";
SELECT "t0"."id", "t0"."code" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Box createOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "small", "price";
SELECT "t0"."id" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 3: Box updateOne
UPDATE "public"."Box" SET "code" = $1 WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 003 line 4: Box updateMany
UPDATE "public"."Box" SET "code" = $1 WHERE 1=1;

-- 004 line 5: Box upsertOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Box"."id" = $4 RETURNING "id", "code", "small", "price";

-- 005 line 6: Box upsertOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Box"."id" = $4 RETURNING "id", "code", "small", "price";

-- 006 line 7: Box createOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "small", "price";
INSERT INTO "public"."Item" ("id", "label", "boxId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 8: Box createOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "small", "price";
INSERT INTO "public"."Item" ("boxId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "boxId";
SELECT "t0"."id" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 008 line 9: Box updateOne
SELECT "t0"."id", "t0"."code", "t0"."small", "t0"."price" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Item" ("boxId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "boxId";
SELECT "t1"."id" FROM "public"."Box" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 009 line 10: Box createMany
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2), ($3, $4);

-- 010 line 11: Item createOne
INSERT INTO "public"."Box" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "small", "price";
INSERT INTO "public"."Item" ("boxId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "boxId";
SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 011 line 12: Box createOne
INSERT INTO "public"."Box" ("id", "code", "small") VALUES ($1, $2, $3) RETURNING "id", "code", "small", "price";
SELECT "t0"."id" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 012 line 13: Box updateOne
UPDATE "public"."Box" SET "small" = $1 WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 013 line 14: Box updateOne
UPDATE "public"."Box" SET "small" = ("Box"."small" + $1) WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 014 line 15: Box updateOne
UPDATE "public"."Box" SET "small" = ("Box"."small" * $1) WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 015 line 16: Box updateOne
UPDATE "public"."Box" SET "price" = $1 WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 016 line 17: Box updateOne
UPDATE "public"."Box" SET "price" = $1 WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 017 line 18: Box updateOne
UPDATE "public"."Box" SET "price" = ("Box"."price" * $1) WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 018 line 19: Box updateOne
UPDATE "public"."Box" SET "price" = ("Box"."price" + $1) WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 019 line 20: Item createOne
INSERT INTO "public"."Item" ("id", "label", "boxId") VALUES ($1, $2, $3) RETURNING "id", "label", "boxId";
SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 020 line 21: Item createOne
INSERT INTO "public"."Item" ("id", "label", "boxId") VALUES ($1, $2, $3) RETURNING "id", "label", "boxId";
SELECT "t0"."id", "t0"."boxId" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 021 line 22: Box updateOne
UPDATE "public"."Box" SET "id" = $1 WHERE "Box"."id" = $2 RETURNING "id", "code", "small", "price";

-- 022 line 23: Item updateOne
UPDATE "public"."Item" SET "boxId" = $1 WHERE "Item"."id" = $2 RETURNING "id", "label", "boxId";

-- 023 line 24: Box deleteOne
DELETE FROM "public"."Box" WHERE "Box"."id" = $1 RETURNING "id", "code", "small", "price";

-- 024 line 25: Item findMany
SELECT "t0"."id", "t0"."boxId" FROM "public"."Item" AS "t0" WHERE 1=1;

-- 025 line 26: Box findMany
SELECT "t0"."id", "t0"."code", "t0"."small", "t0"."price" FROM "public"."Box" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."label", "t1"."boxId" FROM "public"."Item" AS "t1" WHERE "t1"."boxId" IN ($1,…);

