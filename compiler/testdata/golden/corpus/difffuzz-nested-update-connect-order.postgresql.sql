-- 000 line 3: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 001 line 6: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 7: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 8: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 004 line 11: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 005 line 14: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 006 line 17: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 007 line 20: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

