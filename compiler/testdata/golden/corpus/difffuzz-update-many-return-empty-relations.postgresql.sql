-- 000 line 1: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Book createOne
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 7: Book updateManyAndReturn
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."name" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 003 line 10: Book updateManyAndReturn
UPDATE "public"."Book" SET "title" = $1 WHERE 1=1 RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);

