-- 000 line 2: Author createOne
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Author createOne
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Author createOne
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Author createOne
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Book createOne
INSERT INTO "public"."Book" ("id", "title", "pages", "authorId") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "pages", "authorId";
SELECT "t0"."id", "t0"."title", "t0"."pages", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 11: Author findMany
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "public"."Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), $1) ASC, "t0"."id" DESC;

-- 006 line 12: Author findMany
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "public"."Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), $1) DESC, "t0"."id" ASC;

-- 007 line 13: Author findMany
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "public"."Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), $1) ASC, "t0"."id" ASC LIMIT $2;

-- 008 line 16: Author findMany
SELECT "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."Book" AS "t3" WHERE "t3"."authorId" = "t2"."id") FROM "public"."Author" AS "t2" WHERE "t2"."id" = "t0"."mentorId"), $1) ASC, "t0"."id" DESC;
SELECT "t1"."mentorId", "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

