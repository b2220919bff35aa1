-- 000 line 2: Item createMany
INSERT INTO "Item" ("sku", "name", "qty", "shelf", "row") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, NULL, NULL), (?, ?, ?, ?, ?), (?, ?, ?, NULL, NULL), (?, ?, ?, NULL, NULL);

-- 001 line 3: Label createMany
INSERT INTO "Label" ("id", "text", "itemId") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 002 line 4: Review createOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE ("t0"."sku" = ?) LIMIT ?;
INSERT INTO "Review" ("itemId", "id", "stars") VALUES (?, ?, ?) RETURNING "id", "stars", "itemId";
SELECT "t1"."id", "t1"."stars", "t1"."itemId" FROM "Review" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 003 line 6: Item deleteOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id", "t1"."itemId" FROM "Label" AS "t1" WHERE "t1"."itemId" IN (?,…);
DELETE FROM "Item" WHERE "Item"."id" = ?;

-- 004 line 8: Item deleteOne
DELETE FROM "Item" WHERE ("Item"."sku" = ? AND "Item"."qty" > ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 005 line 9: Item deleteOne
DELETE FROM "Item" WHERE ("Item"."sku" = ? AND "Item"."qty" > ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 006 line 11: Item deleteOne
DELETE FROM "Item" WHERE "Item"."id" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 007 line 12: Item deleteOne
DELETE FROM "Item" WHERE ("Item"."shelf" = ? AND "Item"."row" = ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 008 line 14: Item deleteOne
DELETE FROM "Item" WHERE "Item"."id" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 009 line 16: Item deleteOne
DELETE FROM "Item" WHERE "Item"."id" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 010 line 18: Label deleteMany
DELETE FROM "Label" WHERE "Label"."itemId" IS NULL;

-- 011 line 19: Item deleteMany
DELETE FROM "Item" WHERE "Item"."qty" > ?;

-- 012 line 20: Item createMany
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 013 line 21: Item deleteMany
DELETE FROM "Item" WHERE ("Item"."id") IN (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."qty" = ? LIMIT ?);

-- 014 line 23: Item deleteMany
error: Input error. Provided limit (-1) must be a positive integer.

-- 015 line 24: Item deleteMany
DELETE FROM "Item" WHERE "Item"."name" LIKE (? || '%');

-- 016 line 26: Item upsertOne
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) ON CONFLICT ("sku") DO UPDATE SET "qty" = ("Item"."qty" + ?) WHERE "Item"."sku" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 017 line 27: Item upsertOne
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) ON CONFLICT ("sku") DO UPDATE SET "qty" = ("Item"."qty" + ?) WHERE "Item"."sku" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 018 line 29: Item upsertOne
INSERT INTO "Item" ("id", "sku", "name", "qty") VALUES (?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = ? WHERE "Item"."id" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 019 line 31: Item upsertOne
INSERT INTO "Item" ("sku", "name", "shelf", "row", "qty") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("shelf", "row") DO UPDATE SET "qty" = ? WHERE ("Item"."shelf" = ? AND "Item"."row" = ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 020 line 32: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE ("t0"."shelf" = ? AND "t0"."row" = ?);
UPDATE "Item" SET "qty" = ("Item"."qty" - ?) WHERE ("Item"."id" IN (?,…) AND ("Item"."shelf" = ? AND "Item"."row" = ?)) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."qty" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 021 line 33: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE ("t0"."sku" = ? AND "t0"."qty" > ?);
UPDATE "Item" SET "name" = ? WHERE ("Item"."id" IN (?,…) AND ("Item"."sku" = ? AND "Item"."qty" > ?)) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."name" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 022 line 34: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
UPDATE "Item" SET "name" = ? WHERE ("Item"."id" IN (?,…) AND "Item"."sku" = ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
INSERT INTO "Label" ("itemId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "itemId";
SELECT "t1"."sku", "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."text", "t2"."itemId" FROM "Label" AS "t2" WHERE "t2"."itemId" IN (?,…);

-- 023 line 35: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
INSERT INTO "Label" ("itemId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "itemId";
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."itemId" FROM "Label" AS "t2" WHERE "t2"."itemId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 024 line 37: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
INSERT INTO "Item" ("sku", "name", "shelf", "row", "qty") VALUES (?, ?, ?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 025 line 38: Item upsertOne
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) ON CONFLICT ("sku") DO UPDATE SET "sku" = ? WHERE "Item"."sku" = ? RETURNING "id", "sku", "name", "qty", "shelf", "row";

-- 026 line 40: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
INSERT INTO "Item" ("qty") VALUES (?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 027 line 41: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 028 line 42: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."name" = ?;
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 029 line 44: Item upsertOne
SELECT "t0"."id", "t0"."sku", "t0"."name", "t0"."qty", "t0"."shelf", "t0"."row" FROM "Item" AS "t0" WHERE "t0"."sku" = ?;
INSERT INTO "Item" ("sku", "name", "qty") VALUES (?, ?, ?) RETURNING "id", "sku", "name", "qty", "shelf", "row";
SELECT "t1"."sku", "t1"."qty" FROM "Item" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

