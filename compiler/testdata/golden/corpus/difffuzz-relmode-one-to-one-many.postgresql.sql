-- 000 line 2: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Card createOne
INSERT INTO "public"."Card" ("id", "code", "authorId") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Card createOne
INSERT INTO "public"."Card" ("id", "code", "authorId") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 15: Author deleteMany
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE "t0"."id" >= $1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);

-- 008 line 16: Author updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Author" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = ("Card"."authorId" + $1) WHERE "Card"."id" IN ($2,…);
UPDATE "public"."Author" SET "id" = ("Author"."id" + $1) WHERE "Author"."id" IN ($2,…);

