-- 000 line 2: Author createOne
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Author createOne
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Author createOne
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: Author createOne
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Book createOne
INSERT INTO "Book" ("id", "title", "pages", "authorId") VALUES (?, ?, ?, ?) RETURNING "id", "title", "pages", "authorId";
SELECT "t0"."id", "t0"."title", "t0"."pages", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 005 line 11: Author findMany
SELECT "t0"."id", "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), ?) ASC, "t0"."id" DESC;

-- 006 line 12: Author findMany
SELECT "t0"."id", "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), ?) DESC, "t0"."id" ASC;

-- 007 line 13: Author findMany
SELECT "t0"."id" FROM "Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "Book" AS "t2" WHERE "t2"."authorId" = "t1"."id") FROM "Author" AS "t1" WHERE "t1"."id" = "t0"."mentorId"), ?) ASC, "t0"."id" ASC LIMIT ?;

-- 008 line 16: Author findMany
SELECT "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "Book" AS "t3" WHERE "t3"."authorId" = "t2"."id") FROM "Author" AS "t2" WHERE "t2"."id" = "t0"."mentorId"), ?) ASC, "t0"."id" DESC;
SELECT "t1"."mentorId", "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

