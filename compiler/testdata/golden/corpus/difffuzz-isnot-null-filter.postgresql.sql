-- 000 line 2: Address upsertOne
SELECT "t0"."id", "t0"."city", "t0"."authorId" FROM "public"."Address" AS "t0" WHERE "t0"."authorId" = $1;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."city", "t3"."authorId" FROM "public"."Address" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Address" SET "authorId" = NULL WHERE "Address"."id" IN ($1,…);
UPDATE "public"."Address" SET "authorId" = $1 WHERE "Address"."id" IN ($2,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Address" ("authorId", "id", "city") VALUES ($1, $2, $3) RETURNING "id", "city", "authorId";
SELECT "t4"."id", "t4"."city", "t4"."authorId" FROM "public"."Address" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 001 line 5: Address deleteMany
DELETE FROM "public"."Address" WHERE (NOT EXISTS(SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE ("t0"."mentorId" < $1 AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)));

-- 002 line 9: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Address" ("authorId", "id", "city") VALUES ($1, $2, $3) RETURNING "id", "city", "authorId";
INSERT INTO "public"."Book" ("authorId", "id", "title", "pages") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "pages", "authorId";
INSERT INTO "public"."Tag" ("id", "label") VALUES ($1, $2) RETURNING "id", "label";
INSERT INTO "public"."_BookToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 10: Author createOne
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Address" ("authorId", "id", "city") VALUES ($1, $2, $3) RETURNING "id", "city", "authorId";
INSERT INTO "public"."Book" ("authorId", "id", "title", "pages") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "pages", "authorId";
INSERT INTO "public"."Tag" ("id", "label") VALUES ($1, $2) RETURNING "id", "label";
INSERT INTO "public"."_BookToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 11: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Address" ("authorId", "id", "city") VALUES ($1, $2, $3) RETURNING "id", "city", "authorId";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 12: Book createOne
INSERT INTO "public"."Book" ("id", "title", "pages") VALUES ($1, $2, $3) RETURNING "id", "title", "pages", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 15: Address findMany
SELECT "t0"."id", "t0"."authorId" FROM "public"."Address" AS "t0" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < $1 AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 007 line 16: Address findMany
SELECT "t0"."id" FROM "public"."Address" AS "t0" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < $1 AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 008 line 17: Book findMany
SELECT "t0"."id" FROM "public"."Book" AS "t0" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < $1 AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 009 line 18: Author findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Book" AS "t2" WHERE "t2"."authorId" = "t0"."id" AND (NOT NULLIF(COALESCE((SELECT CASE WHEN "t3"."mentorId" < $1 THEN 1 WHEN NOT "t3"."mentorId" < $2 THEN 0 ELSE 2 END FROM "public"."Author" AS "t3" WHERE ("t3"."id") = ("t2"."authorId")), 0), 2) = 1)) FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t1"."authorId") WHERE (NOT ("j0"."mentorId" < $1 AND ("j0"."id" IS NOT NULL))) AND "t1"."authorId" IN ($2,…);

-- 010 line 19: Address aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Address" AS "t0" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (NOT ("j0"."mentorId" < $1 AND ("j0"."id" IS NOT NULL)))) AS "sub";

-- 011 line 22: Tag deleteMany
DELETE FROM "public"."Tag" WHERE EXISTS(SELECT "t0"."B" FROM "public"."_BookToTag" AS "t0" INNER JOIN "public"."Book" AS "j0" ON ("j0"."id") = ("t0"."A") LEFT JOIN "public"."Author" AS "j1" ON ("j1"."id") = ("j0"."authorId") WHERE ((NOT ("j1"."mentorId" < $1 AND ("j1"."id" IS NOT NULL))) AND ("Tag"."id") = ("t0"."B") AND "t0"."B" IS NOT NULL));

-- 012 line 25: Address updateMany
UPDATE "public"."Address" SET "city" = $1 WHERE (NOT EXISTS(SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE ("t0"."mentorId" < $2 AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)));

-- 013 line 26: Book updateMany
UPDATE "public"."Book" SET "pages" = $1 WHERE ("Book"."id") IN (SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE (NOT EXISTS(SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE ("t1"."mentorId" < $2 AND ("t1"."id") = ("t0"."authorId") AND "t1"."id" IS NOT NULL))) LIMIT $3);

-- 014 line 30: Address updateOne
UPDATE "public"."Address" SET "city" = $1 WHERE ("Address"."id" = $2 AND (NOT EXISTS(SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE ("t0"."mentorId" < $3 AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)))) RETURNING "id", "city", "authorId";

-- 015 line 31: Address deleteOne
DELETE FROM "public"."Address" WHERE ("Address"."id" = $1 AND (NOT EXISTS(SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE ("t0"."mentorId" < $2 AND ("t0"."id") = ("Address"."authorId") AND "t0"."id" IS NOT NULL)))) RETURNING "id", "city", "authorId";

