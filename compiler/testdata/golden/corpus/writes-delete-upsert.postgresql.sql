-- 000 line 2: Item createMany
INSERT INTO "public"."Item" ("sku", "name", "qty", "shelf", "row") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, DEFAULT, DEFAULT), ($14, $15, $16, $17, $18), ($19, $20, $21, DEFAULT, DEFAULT), ($22, $23, $24, DEFAULT, DEFAULT);

-- 001 line 3: Label createMany
INSERT INTO "public"."Label" ("id", "text", "itemId") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9);

-- 002 line 4: Review createOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE ("t0"."sku" = $1) LIMIT $2;
INSERT INTO "public"."Review" ("itemId", "id", "stars") VALUES ($1, $2, $3) RETURNING "id", "stars", "itemId";
SELECT "t1"."id", "t1"."stars", "t1"."itemId" FROM "public"."Review" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 003 line 6: Item deleteOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."itemId" FROM "public"."Label" AS "t1" WHERE "t1"."itemId" IN ($1,…);
DELETE FROM "public"."Item" WHERE "Item"."id" = $1;

-- 004 line 8: Item deleteOne
DELETE FROM "public"."Item" WHERE ("Item"."sku" = $1 AND "Item"."qty" > $2) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 005 line 9: Item deleteOne
DELETE FROM "public"."Item" WHERE ("Item"."sku" = $1 AND "Item"."qty" > $2) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 006 line 11: Item deleteOne
DELETE FROM "public"."Item" WHERE "Item"."id" = $1 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 007 line 12: Item deleteOne
DELETE FROM "public"."Item" WHERE ("Item"."shelf" = $1 AND "Item"."row" = $2) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 008 line 14: Item deleteOne
DELETE FROM "public"."Item" WHERE "Item"."id" = $1 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 009 line 16: Item deleteOne
DELETE FROM "public"."Item" WHERE "Item"."id" = $1 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 010 line 18: Label deleteMany
DELETE FROM "public"."Label" WHERE "Label"."itemId" IS NULL;

-- 011 line 19: Item deleteMany
DELETE FROM "public"."Item" WHERE "Item"."qty" > $1;

-- 012 line 20: Item createMany
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9);

-- 013 line 21: Item deleteMany
DELETE FROM "public"."Item" WHERE ("Item"."id") IN (SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."qty" = $1 LIMIT $2);

-- 014 line 23: Item deleteMany
error: Input error. Provided limit (-1) must be a positive integer.

-- 015 line 24: Item deleteMany
DELETE FROM "public"."Item" WHERE "Item"."name"::text LIKE ($1 || '%');

-- 016 line 26: Item upsertOne
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) ON CONFLICT ("sku") DO UPDATE SET "qty" = ("Item"."qty" + $4) WHERE "Item"."sku" = $5 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 017 line 27: Item upsertOne
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) ON CONFLICT ("sku") DO UPDATE SET "qty" = ("Item"."qty" + $4) WHERE "Item"."sku" = $5 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 018 line 29: Item upsertOne
INSERT INTO "public"."Item" ("id", "sku", "name", "qty") VALUES ($1, $2, $3, $4) ON CONFLICT ("id") DO UPDATE SET "name" = $5 WHERE "Item"."id" = $6 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 019 line 31: Item upsertOne
INSERT INTO "public"."Item" ("sku", "name", "shelf", "row", "qty") VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("shelf", "row") DO UPDATE SET "qty" = $6 WHERE ("Item"."shelf" = $7 AND "Item"."row" = $8) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 020 line 32: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE ("t0"."shelf" = $1 AND "t0"."row" = $2);
UPDATE "public"."Item" SET "qty" = ("Item"."qty" - $1) WHERE ("Item"."id" IN ($2,…) AND ("Item"."shelf" = $3 AND "Item"."row" = $4)) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."qty" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 021 line 33: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE ("t0"."sku" = $1 AND "t0"."qty" > $2);
UPDATE "public"."Item" SET "name" = $1 WHERE ("Item"."id" IN ($2,…) AND ("Item"."sku" = $3 AND "Item"."qty" > $4)) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."name" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 022 line 34: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
UPDATE "public"."Item" SET "name" = $1 WHERE ("Item"."id" IN ($2,…) AND "Item"."sku" = $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "public"."Label" ("itemId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "itemId";
SELECT "t1"."sku", "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."text", "t2"."itemId" FROM "public"."Label" AS "t2" WHERE "t2"."itemId" IN ($1,…);

-- 023 line 35: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
INSERT INTO "public"."Label" ("itemId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "itemId";
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."itemId" FROM "public"."Label" AS "t2" WHERE "t2"."itemId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 024 line 37: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
INSERT INTO "public"."Item" ("sku", "name", "shelf", "row", "qty") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 025 line 38: Item upsertOne
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) ON CONFLICT ("sku") DO UPDATE SET "sku" = $4 WHERE "Item"."sku" = $5 RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 026 line 40: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
INSERT INTO "public"."Item" ("qty") VALUES ($1) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 027 line 41: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 028 line 42: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."name" = $1;
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 029 line 44: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "public"."Item" AS "t0" WHERE "t0"."sku" = $1;
INSERT INTO "public"."Item" ("sku", "name", "qty") VALUES ($1, $2, $3) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."qty" FROM "public"."Item" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

