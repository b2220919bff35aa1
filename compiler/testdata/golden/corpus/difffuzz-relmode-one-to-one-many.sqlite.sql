-- 000 line 2: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: Card createOne
INSERT INTO "Card" ("id", "code", "authorId") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Card createOne
INSERT INTO "Card" ("id", "code", "authorId") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 007 line 15: Author deleteMany
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE "t0"."id" >= ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);

-- 008 line 16: Author updateMany
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = ("Card"."authorId" + ?) WHERE "Card"."id" IN (?,…);
UPDATE "Author" SET "id" = ("Author"."id" + ?) WHERE "Author"."id" IN (?,…);

