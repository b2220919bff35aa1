-- 000 line 2: Address upsertOne
SELECT "t0"."id", "t0"."city", "t0"."authorId" FROM "Address" AS "t0" WHERE "t0"."authorId" = ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."city", "t3"."authorId" FROM "Address" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Address" SET "authorId" = NULL WHERE "Address"."id" IN (?,…);
UPDATE "Address" SET "authorId" = ? WHERE "Address"."id" IN (?,…);
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Address" ("authorId", "id", "city") VALUES (?, ?, ?) RETURNING "id", "city", "authorId";
SELECT "t4"."id", "t4"."city", "t4"."authorId" FROM "Address" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 001 line 5: Address deleteMany
DELETE FROM "Address" WHERE (NOT EXISTS(SELECT "t0"."id" FROM "Author" AS "t0" WHERE ("t0"."mentorId" < ? AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)));

-- 002 line 9: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Address" ("authorId", "id", "city") VALUES (?, ?, ?) RETURNING "id", "city", "authorId";
INSERT INTO "Book" ("authorId", "id", "title", "pages") VALUES (?, ?, ?, ?) RETURNING "id", "title", "pages", "authorId";
INSERT INTO "Tag" ("id", "label") VALUES (?, ?) RETURNING "id", "label";
INSERT INTO "_BookToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 10: Author createOne
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Address" ("authorId", "id", "city") VALUES (?, ?, ?) RETURNING "id", "city", "authorId";
INSERT INTO "Book" ("authorId", "id", "title", "pages") VALUES (?, ?, ?, ?) RETURNING "id", "title", "pages", "authorId";
INSERT INTO "Tag" ("id", "label") VALUES (?, ?) RETURNING "id", "label";
INSERT INTO "_BookToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 11: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Address" ("authorId", "id", "city") VALUES (?, ?, ?) RETURNING "id", "city", "authorId";
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 005 line 12: Book createOne
INSERT INTO "Book" ("id", "title", "pages") VALUES (?, ?, ?) RETURNING "id", "title", "pages", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 006 line 15: Address findMany
SELECT "t0"."id", "t0"."authorId" FROM "Address" AS "t0" LEFT JOIN "Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < ? AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 007 line 16: Address findMany
SELECT "t0"."id" FROM "Address" AS "t0" LEFT JOIN "Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < ? AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 008 line 17: Book findMany
SELECT "t0"."id" FROM "Book" AS "t0" LEFT JOIN "Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < ? AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 009 line 18: Author findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Book" AS "t2" WHERE "t2"."authorId" = "t0"."id" AND (NOT NULLIF(COALESCE((SELECT CASE WHEN "t3"."mentorId" < ? THEN 1 WHEN NOT "t3"."mentorId" < ? THEN 0 ELSE 2 END FROM "Author" AS "t3" WHERE ("t3"."id") = ("t2"."authorId")), 0), 2) = 1)) FROM "Author" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "Book" AS "t1" LEFT JOIN "Author" AS "j0" ON ("j0"."id") = ("t1"."authorId") WHERE (NOT ("j0"."mentorId" < ? AND ("j0"."id" IS NOT NULL))) AND "t1"."authorId" IN (?,…);

-- 010 line 19: Address aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "Address" AS "t0" LEFT JOIN "Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < ? AND ("j0"."id" IS NOT NULL)))) AS "sub";

-- 011 line 22: Tag deleteMany
DELETE FROM "Tag" WHERE EXISTS(SELECT "t0"."B" FROM "_BookToTag" AS "t0" INNER JOIN "Book" AS "j0" ON ("j0"."id") = ("t0"."A") LEFT JOIN "Author" AS "j1" ON ("j1"."id") = ("j0"."authorId") WHERE ((NOT ("j1"."mentorId" < ? AND ("j1"."id" IS NOT NULL))) AND ("Tag"."id") = ("t0"."B") AND "t0"."B" IS NOT NULL));

-- 012 line 25: Address updateMany
UPDATE "Address" SET "city" = ? WHERE (NOT EXISTS(SELECT "t0"."id" FROM "Author" AS "t0" WHERE ("t0"."mentorId" < ? AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)));

-- 013 line 26: Book updateMany
UPDATE "Book" SET "pages" = ? WHERE ("Book"."id") IN (SELECT "t0"."id" FROM "Book" AS "t0" WHERE (NOT EXISTS(SELECT "t1"."id" FROM "Author" AS "t1" WHERE ("t1"."mentorId" < ? AND ("t1"."id") = ("t0"."authorId") AND "t1"."id" IS NOT NULL))) LIMIT ?);

-- 014 line 30: Address updateOne
UPDATE "Address" SET "city" = ? WHERE ("Address"."id" = ? AND (NOT EXISTS(SELECT "t0"."id" FROM "Author" AS "t0" WHERE ("t0"."mentorId" < ? AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)))) RETURNING "id", "city", "authorId";

-- 015 line 31: Address deleteOne
DELETE FROM "Address" WHERE ("Address"."id" = ? AND (NOT EXISTS(SELECT "t0"."id" FROM "Author" AS "t0" WHERE ("t0"."mentorId" < ? AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)))) RETURNING "id", "city", "authorId";

