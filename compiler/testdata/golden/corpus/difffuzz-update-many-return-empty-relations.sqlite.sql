-- 000 line 1: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 2: Book createOne
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 7: Book updateManyAndReturn
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."name" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 003 line 10: Book updateManyAndReturn
UPDATE "Book" SET "title" = ? WHERE 1=1 RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "Author" AS "t0" WHERE "t0"."id" IN (?,…);

