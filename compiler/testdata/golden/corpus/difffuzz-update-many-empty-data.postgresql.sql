-- 000 line 2: Pair createOne
INSERT INTO "public"."Pair" ("a", "b", "v") VALUES ($1, $2, $3) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "public"."Pair" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 001 line 3: Pair createOne
INSERT INTO "public"."Pair" ("a", "b", "v") VALUES ($1, $2, $3) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "public"."Pair" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 002 line 4: Pair createOne
INSERT INTO "public"."Pair" ("a", "b", "v") VALUES ($1, $2, $3) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "public"."Pair" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 003 line 5: Item createOne
INSERT INTO "public"."Item" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 8: Pair updateMany
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "public"."Pair" AS "t0" WHERE "t0"."b" = $1;

-- 005 line 9: Item updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE 1=1;

-- 008 line 17: Pair updateMany
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "public"."Pair" AS "t0" WHERE ("t0"."a", "t0"."b") IN (SELECT "t1"."a", "t1"."b" FROM "public"."Pair" AS "t1" WHERE "t1"."b" = $1 LIMIT $2);

-- 009 line 18: Pair updateManyAndReturn
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "public"."Pair" AS "t0" WHERE ("t0"."a", "t0"."b") IN (SELECT "t1"."a", "t1"."b" FROM "public"."Pair" AS "t1" WHERE "t1"."b" = $1 LIMIT $2);

-- 010 line 21: Pair updateManyAndReturn
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "public"."Pair" AS "t0" WHERE "t0"."b" = $1;

