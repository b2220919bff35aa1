-- 000 line 1: Author updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1, "mentorId" = $2 WHERE ("Author"."id" IN ($3,…) AND "Author"."id" = $4) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE (("t3"."id" = $1 AND 1=1) OR ("t3"."id" = $2 AND 1=1));
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" IN ($2,…);
UPDATE "public"."Author" SET "mentorId" = NULL WHERE "Author"."id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "j"."A" FROM "public"."Club" AS "t7" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 001 line 2: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 3: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 003 line 4: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 5: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 005 line 6: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 006 line 7: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 007 line 8: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 008 line 9: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."name" FROM "public"."Club" AS "t4" WHERE "t4"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."mentorId" FROM "public"."Author" AS "t7" WHERE "t7"."mentorId" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 009 line 10: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 010 line 11: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 011 line 12: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 012 line 13: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE (("Author"."id" = $2 AND 1=1) OR ("Author"."id" = $3 AND 1=1));
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 013 line 14: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 014 line 15: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 015 line 16: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Note" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 016 line 17: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 017 line 18: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE (("t3"."id" = $1 AND 1=1) OR ("t3"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE ("t4"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t5" WHERE "t5"."A" = "t4"."id" AND "t5"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t6"."id" FROM "public"."Club" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "j"."B" FROM "public"."Author" AS "t7" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 018 line 19: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 019 line 20: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."name" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE ("t4"."id" = $1 AND "t4"."mentorId" IN ($2,…));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t6"."id", "t6"."mentorId" FROM "public"."Author" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id" FROM "public"."Author" AS "t7" WHERE "t7"."id" IN ($1,…);

-- 020 line 21: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);

-- 021 line 22: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE (("t0"."name" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 022 line 23: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 023 line 24: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 024 line 25: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;
SELECT "t8"."id" FROM "public"."Author" AS "t8" WHERE "t8"."id" IN ($1,…);

-- 025 line 26: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 026 line 27: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t5"."id" FROM "public"."Club" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id", "j"."B" FROM "public"."Author" AS "t6" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 027 line 28: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 028 line 29: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 029 line 30: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Club" WHERE "Club"."id" IN ($1,…);

-- 030 line 31: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 031 line 32: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1, "authorId" = $2 WHERE ("Passport"."id" IN ($3,…) AND "Passport"."id" = $4) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 032 line 33: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."name" = $1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);

-- 033 line 34: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 034 line 35: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 035 line 36: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1, "authorId" = $2 WHERE ("Passport"."id" IN ($3,…) AND "Passport"."id" = $4) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 036 line 37: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 037 line 38: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 038 line 39: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 039 line 40: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 040 line 41: Card createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 041 line 42: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Book" WHERE "Book"."id" IN ($1,…);

-- 042 line 43: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."name" = $1;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);

-- 043 line 44: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 044 line 45: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE 1=1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 045 line 46: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 046 line 47: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."number" = $1;
DELETE FROM "public"."Passport" WHERE "Passport"."id" IN ($1,…);

-- 047 line 48: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Card" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 048 line 49: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 049 line 50: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 050 line 51: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 051 line 52: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 052 line 53: Note updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 053 line 54: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."name" = $1 RETURNING "id", "name";

-- 054 line 55: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 055 line 56: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 056 line 57: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 057 line 58: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 058 line 59: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 059 line 60: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE (("t2"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."B" = "t2"."id" AND "t3"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t4"."id", "t4"."name" FROM "public"."Club" AS "t4" WHERE ("t4"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t5" WHERE "t5"."B" = "t4"."id" AND "t5"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "j"."A" FROM "public"."Club" AS "t7" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 060 line 61: Note deleteOne
DELETE FROM "public"."Note" WHERE "Note"."id" = $1 RETURNING "id", "text", "authorId";

-- 061 line 62: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 062 line 63: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 063 line 64: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 064 line 65: Note createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 065 line 66: Book createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 066 line 67: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 067 line 68: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE ("Book"."id" IN ($3,…) AND "Book"."id" = $4) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 068 line 69: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 069 line 70: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 070 line 71: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE (("Author"."id" = $2 AND 1=1) OR ("Author"."id" = $3 AND 1=1));
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 071 line 72: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 072 line 73: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."title" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" IN ($2,…);

-- 073 line 74: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1, "mentorId" = $2 WHERE ("Author"."id" IN ($3,…) AND "Author"."id" = $4) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);

-- 074 line 75: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."title" = $1;
DELETE FROM "public"."Book" WHERE "Book"."id" IN ($1,…);

-- 075 line 76: Passport deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1;

-- 076 line 77: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 077 line 78: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Card" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 078 line 79: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 079 line 80: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 080 line 81: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1, "authorId" = $2 WHERE ("Passport"."id" IN ($3,…) AND "Passport"."id" = $4) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 081 line 82: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1, "authorId" = $2 WHERE ("Passport"."id" IN ($3,…) AND "Passport"."id" = $4) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 082 line 83: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 083 line 84: Card createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 084 line 85: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."title" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" IN ($2,…);

-- 085 line 86: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 086 line 87: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 087 line 88: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1, "authorId" = $2 WHERE ("Card"."id" IN ($3,…) AND "Card"."id" = $4) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 088 line 89: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "j"."A" FROM "public"."Club" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 089 line 90: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 090 line 91: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 091 line 92: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 092 line 93: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Card" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 093 line 94: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 094 line 95: Book createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 095 line 96: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."mentorId" IN ($2,…));
UPDATE "public"."Author" SET "mentorId" = NULL WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 096 line 97: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 097 line 98: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 098 line 99: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t8"."id" FROM "public"."Club" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;
SELECT "t9"."id", "j"."B" FROM "public"."Author" AS "t9" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 099 line 100: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Author" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 100 line 101: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 101 line 102: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 102 line 103: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
DELETE FROM "public"."Club" WHERE "Club"."id" IN ($1,…);

-- 103 line 104: Card deleteOne
DELETE FROM "public"."Card" WHERE "Card"."id" = $1 RETURNING "id", "code", "authorId";

-- 104 line 105: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 105 line 106: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE 1=1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 106 line 107: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Card" AS "t4" WHERE "t4"."authorId" IN ($1,…);

-- 107 line 108: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 108 line 109: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."name" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t4" WHERE "t4"."B" = "t3"."id" AND "t4"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id", "t6"."authorId" FROM "public"."Note" AS "t6" WHERE "t6"."authorId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
SELECT "t8"."id" FROM "public"."Author" AS "t8" WHERE "t8"."id" IN ($1,…);

-- 109 line 110: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);

-- 110 line 111: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 111 line 112: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 112 line 113: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 113 line 114: Book createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 114 line 115: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 115 line 116: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 116 line 117: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 117 line 118: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 118 line 119: Author updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1, "mentorId" = $2 WHERE ("Author"."id" IN ($3,…) AND "Author"."id" = $4) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 119 line 120: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."code" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…);

-- 120 line 121: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 121 line 122: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 122 line 123: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t8"."id" FROM "public"."Club" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;

-- 123 line 124: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."name" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 124 line 125: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 125 line 126: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 126 line 127: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 127 line 128: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 128 line 129: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 129 line 130: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 130 line 131: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 131 line 132: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."text" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);

-- 132 line 133: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE (("Note"."id" = $2 AND 1=1) OR ("Note"."id" = $3 AND 1=1));
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 133 line 134: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."id" = $1 RETURNING "id", "name";

-- 134 line 135: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Passport" WHERE "Passport"."id" IN ($1,…);

-- 135 line 136: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 136 line 137: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 137 line 138: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 138 line 139: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Author" AS "t1" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 139 line 140: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 140 line 141: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE ("t2"."name" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "j"."A" FROM "public"."Club" AS "t6" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 141 line 142: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);

-- 142 line 143: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 143 line 144: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 144 line 145: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 145 line 146: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 146 line 147: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 147 line 148: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 148 line 149: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 149 line 150: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 150 line 151: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 151 line 152: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 152 line 153: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 153 line 154: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t5"."id" FROM "public"."Passport" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 154 line 155: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t8"."id" FROM "public"."Club" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;

-- 155 line 156: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
DELETE FROM "public"."Club" WHERE "Club"."id" IN ($1,…);

-- 156 line 157: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 157 line 158: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 158 line 159: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE (("t2"."name" = $1 AND 1=1) OR ("t2"."name" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t4"."id" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 159 line 160: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 160 line 161: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 161 line 162: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 162 line 163: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."Club" WHERE ("Club"."id" IN ($1,…) AND ("Club"."id" = $2));
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "j"."A" FROM "public"."Club" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."mentorId" FROM "public"."Author" AS "t6" WHERE "t6"."mentorId" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 163 line 164: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 164 line 165: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 165 line 166: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t4"."id" FROM "public"."Note" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 166 line 167: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."id" = $1 RETURNING "id", "name";

-- 167 line 168: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 168 line 169: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Passport" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 169 line 170: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."number" = $1;
DELETE FROM "public"."Passport" WHERE "Passport"."id" IN ($1,…);

-- 170 line 171: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 171 line 172: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 172 line 173: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 173 line 174: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…);
SELECT "t5"."id", "t5"."title", "t5"."authorId" FROM "public"."Book" AS "t5" WHERE "t5"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t6"."id", "t6"."text", "t6"."authorId" FROM "public"."Note" AS "t6" WHERE "t6"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "public"."Passport" AS "t7" WHERE "t7"."authorId" IN ($1,…);
SELECT "t8"."id", "t8"."code", "t8"."authorId" FROM "public"."Card" AS "t8" WHERE "t8"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 174 line 175: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE 1=1;
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…);

-- 175 line 176: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 176 line 177: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."text" = $1;
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);

-- 177 line 178: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 178 line 179: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 179 line 180: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 180 line 181: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 181 line 182: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 182 line 183: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 183 line 184: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 184 line 185: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 185 line 186: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 186 line 187: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 187 line 188: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE 1=1;
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" IN ($2,…);

-- 188 line 189: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
UPDATE "public"."Author" SET "mentorId" = $1 WHERE (("Author"."id" = $2 AND 1=1) OR ("Author"."id" = $3 AND 1=1));
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 189 line 190: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 190 line 191: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 191 line 192: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."id" = $1 RETURNING "id", "name";

-- 192 line 193: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 193 line 194: Passport createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 194 line 195: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t8"."id", "t8"."name", "t8"."mentorId" FROM "public"."Author" AS "t8" WHERE ("t8"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t9" WHERE "t9"."A" = "t8"."id" AND "t9"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t10"."id", "t10"."title", "t10"."authorId" FROM "public"."Book" AS "t10" WHERE "t10"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t11"."id" FROM "public"."Club" AS "t11" WHERE "t11"."id" = $1 LIMIT $2;

-- 195 line 196: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 196 line 197: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 197 line 198: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 198 line 199: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 199 line 200: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."B" FROM "public"."Author" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 200 line 201: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 201 line 202: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 202 line 203: Note createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE "t1"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 203 line 204: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id", "t4"."authorId" FROM "public"."Card" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id", "j"."A" FROM "public"."Club" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."mentorId" FROM "public"."Author" AS "t6" WHERE "t6"."mentorId" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 204 line 205: Card deleteMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Card" WHERE "Card"."id" IN ($1,…);

-- 205 line 206: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "public"."Passport" AS "t7" WHERE "t7"."authorId" IN ($1,…);
DELETE FROM "public"."Passport" WHERE "Passport"."id" IN ($1,…);
SELECT "t8"."id" FROM "public"."Author" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;
SELECT "t9"."id", "j"."A" FROM "public"."Club" AS "t9" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 206 line 207: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 207 line 208: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id", "t6"."name", "t6"."mentorId" FROM "public"."Author" AS "t6" WHERE "t6"."mentorId" IN ($1,…);
SELECT "t7"."id", "t7"."title", "t7"."authorId" FROM "public"."Book" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t8"."id", "t8"."text", "t8"."authorId" FROM "public"."Note" AS "t8" WHERE "t8"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t9"."id", "t9"."number", "t9"."authorId" FROM "public"."Passport" AS "t9" WHERE "t9"."authorId" IN ($1,…);
SELECT "t10"."id", "t10"."code", "t10"."authorId" FROM "public"."Card" AS "t10" WHERE "t10"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 208 line 209: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 209 line 210: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE (("Author"."id" = $2 AND 1=1) OR ("Author"."id" = $3 AND 1=1));
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Note" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 210 line 211: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 211 line 212: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 212 line 213: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."text" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);

-- 213 line 214: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "j"."A" FROM "public"."Club" AS "t6" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id" FROM "public"."Author" AS "t7" WHERE "t7"."id" IN ($1,…);

-- 214 line 215: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 215 line 216: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 216 line 217: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 217 line 218: Author createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);

-- 218 line 219: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE (("t2"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 219 line 220: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 220 line 221: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE 1=1;
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);

-- 221 line 222: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 222 line 223: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 223 line 224: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."text" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);

-- 224 line 225: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 225 line 226: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."code" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…);

-- 226 line 227: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t6"."id" FROM "public"."Passport" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;

-- 227 line 228: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t6"."id", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id" FROM "public"."Author" AS "t7" WHERE "t7"."id" IN ($1,…);

-- 228 line 229: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 229 line 230: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 230 line 231: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);

-- 231 line 232: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 232 line 233: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 233 line 234: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 234 line 235: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE "t1"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 235 line 236: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 236 line 237: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 237 line 238: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."mentorId" IN ($2,…));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 238 line 239: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3);
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 239 line 240: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Note" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 240 line 241: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 241 line 242: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1, "authorId" = $2 WHERE ("Passport"."id" IN ($3,…) AND "Passport"."id" = $4) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 242 line 243: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 243 line 244: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 244 line 245: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 245 line 246: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."title" = $1;
DELETE FROM "public"."Book" WHERE "Book"."id" IN ($1,…);

-- 246 line 247: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 247 line 248: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE ("t1"."text" = $1 AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 248 line 249: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Author" AS "t1" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 249 line 250: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t4"."id" FROM "public"."Note" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 250 line 251: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 251 line 252: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."B" FROM "public"."Author" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 252 line 253: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 253 line 254: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 254 line 255: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 255 line 256: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 256 line 257: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 257 line 258: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $1 AND "t2"."mentorId" IN ($2,…));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);

-- 258 line 259: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 259 line 260: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id", "t4"."code", "t4"."authorId" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id" FROM "public"."Club" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 260 line 261: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 261 line 262: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 262 line 263: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 263 line 264: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 264 line 265: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…);
SELECT "t5"."id", "t5"."title", "t5"."authorId" FROM "public"."Book" AS "t5" WHERE "t5"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t6"."id", "t6"."text", "t6"."authorId" FROM "public"."Note" AS "t6" WHERE "t6"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "public"."Passport" AS "t7" WHERE "t7"."authorId" IN ($1,…);
SELECT "t8"."id", "t8"."code", "t8"."authorId" FROM "public"."Card" AS "t8" WHERE "t8"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 265 line 266: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 266 line 267: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE ("Note"."id" IN ($3,…) AND "Note"."id" = $4) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 267 line 268: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."text" = $1;
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);

-- 268 line 269: Author createOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE ("t2"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 269 line 270: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."B" FROM "public"."Author" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 270 line 271: Note deleteOne
DELETE FROM "public"."Note" WHERE "Note"."id" = $1 RETURNING "id", "text", "authorId";

-- 271 line 272: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 272 line 273: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE 1=1;
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);

-- 273 line 274: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Passport" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 274 line 275: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."B" FROM "public"."Author" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 275 line 276: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Author" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 276 line 277: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 277 line 278: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 278 line 279: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE 1=1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 279 line 280: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 280 line 281: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
DELETE FROM "public"."Book" WHERE "Book"."id" IN ($1,…);

-- 281 line 282: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 282 line 283: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 283 line 284: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t8"."id" FROM "public"."Club" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;

-- 284 line 285: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t7"."id" FROM "public"."Card" AS "t7" WHERE "t7"."id" = $1 LIMIT $2;

-- 285 line 286: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 286 line 287: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "j"."A" FROM "public"."Club" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 287 line 288: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 288 line 289: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE 1=1;
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" IN ($2,…);

-- 289 line 290: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "public"."Passport" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "public"."Card" AS "t7" WHERE "t7"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t8"."id" FROM "public"."Club" AS "t8" WHERE "t8"."id" = $1 LIMIT $2;
SELECT "t9"."id", "j"."B" FROM "public"."Author" AS "t9" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 290 line 291: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 291 line 292: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 292 line 293: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "code" = $1, "authorId" = $2 WHERE ("Card"."id" IN ($3,…) AND "Card"."id" = $4) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 293 line 294: Passport updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Author" SET "mentorId" = $1 WHERE (("Author"."id" = $2 AND 1=1) OR ("Author"."id" = $3 AND 1=1));
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 294 line 295: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 295 line 296: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."number" = $1;
DELETE FROM "public"."Passport" WHERE "Passport"."id" IN ($1,…);

-- 296 line 297: Passport deleteOne
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1 RETURNING "id", "number", "authorId";

-- 297 line 298: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);

-- 298 line 299: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE ("t4"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id" FROM "public"."Club" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 299 line 300: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE 1=1;
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" IN ($2,…);

