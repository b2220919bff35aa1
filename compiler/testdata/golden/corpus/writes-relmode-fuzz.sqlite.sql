-- 000 line 1: Author updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ?, "mentorId" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE (("t3"."id" = ? AND 1=1) OR ("t3"."id" = ? AND 1=1));
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" IN (?,…);
UPDATE "Author" SET "mentorId" = NULL WHERE "Author"."id" IN (?,…);
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "j"."A" FROM "Club" AS "t7" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN (?,…) ORDER BY "t7"."id" ASC;

-- 001 line 2: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 3: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 003 line 4: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 5: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 005 line 6: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 006 line 7: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 007 line 8: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 008 line 9: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE ("t3"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."name" FROM "Club" AS "t4" WHERE "t4"."name" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t5"."id", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id" FROM "Author" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."mentorId" FROM "Author" AS "t7" WHERE "t7"."mentorId" IN (?,…) ORDER BY "t7"."id" ASC;

-- 009 line 10: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 010 line 11: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?);
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 011 line 12: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 012 line 13: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
UPDATE "Author" SET "mentorId" = ? WHERE (("Author"."id" = ? AND 1=1) OR ("Author"."id" = ? AND 1=1));
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 013 line 14: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Club" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 014 line 15: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?);
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 015 line 16: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Note" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 016 line 17: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 017 line 18: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
DELETE FROM "_AuthorToClub" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE (("t3"."id" = ? AND 1=1) OR ("t3"."id" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE ("t4"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t5" WHERE "t5"."A" = "t4"."id" AND "t5"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t6"."id" FROM "Club" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "j"."B" FROM "Author" AS "t7" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN (?,…) ORDER BY "t7"."id" ASC;

-- 018 line 19: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 019 line 20: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE ("t3"."name" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE ("t4"."id" = ? AND "t4"."mentorId" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t6"."id", "t6"."mentorId" FROM "Author" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id" FROM "Author" AS "t7" WHERE "t7"."id" IN (?,…);

-- 020 line 21: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."mentorId" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);

-- 021 line 22: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE (("t0"."name" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 022 line 23: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 023 line 24: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 024 line 25: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."id" = ? LIMIT ?;
SELECT "t8"."id" FROM "Author" AS "t8" WHERE "t8"."id" IN (?,…);

-- 025 line 26: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 026 line 27: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE ("t3"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t5"."id" FROM "Club" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id", "j"."B" FROM "Author" AS "t6" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN (?,…) ORDER BY "t6"."id" ASC;

-- 027 line 28: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 028 line 29: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 029 line 30: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Club" WHERE "Club"."id" IN (?,…);

-- 030 line 31: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 031 line 32: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ?, "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 032 line 33: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."name" = ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."mentorId" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);

-- 033 line 34: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 034 line 35: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 035 line 36: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ?, "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 036 line 37: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 037 line 38: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 038 line 39: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 039 line 40: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Card" SET "authorId" = NULL WHERE ("Card"."id" IN (?,…) AND EXISTS(SELECT "t2"."id" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 040 line 41: Card createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 041 line 42: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Book" WHERE "Book"."id" IN (?,…);

-- 042 line 43: Author deleteMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."name" = ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."mentorId" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);

-- 043 line 44: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 044 line 45: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE 1=1;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 045 line 46: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 046 line 47: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."number" = ?;
DELETE FROM "Passport" WHERE "Passport"."id" IN (?,…);

-- 047 line 48: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Card" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 048 line 49: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t1"."id", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."authorId" IN (?,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."authorId" IN (?,…);
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 049 line 50: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 050 line 51: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 051 line 52: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 052 line 53: Note updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 053 line 54: Club deleteOne
DELETE FROM "Club" WHERE "Club"."name" = ? RETURNING "id", "name";

-- 054 line 55: Book deleteOne
DELETE FROM "Book" WHERE "Book"."id" = ? RETURNING "id", "title", "authorId";

-- 055 line 56: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 056 line 57: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 057 line 58: Note createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 058 line 59: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 059 line 60: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE (("t2"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t3" WHERE "t3"."B" = "t2"."id" AND "t3"."A" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t4"."id", "t4"."name" FROM "Club" AS "t4" WHERE ("t4"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t5" WHERE "t5"."B" = "t4"."id" AND "t5"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);
SELECT "t6"."id" FROM "Author" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "j"."A" FROM "Club" AS "t7" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN (?,…) ORDER BY "t7"."id" ASC;

-- 060 line 61: Note deleteOne
DELETE FROM "Note" WHERE "Note"."id" = ? RETURNING "id", "text", "authorId";

-- 061 line 62: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 062 line 63: Note updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 063 line 64: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Card" SET "authorId" = NULL WHERE ("Card"."id" IN (?,…) AND EXISTS(SELECT "t2"."id" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 064 line 65: Note createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 065 line 66: Book createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 066 line 67: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Card" SET "authorId" = NULL WHERE ("Card"."id" IN (?,…) AND EXISTS(SELECT "t2"."id" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 067 line 68: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "title" = ?, "authorId" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 068 line 69: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 069 line 70: Book deleteOne
DELETE FROM "Book" WHERE "Book"."id" = ? RETURNING "id", "title", "authorId";

-- 070 line 71: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?);
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
UPDATE "Author" SET "mentorId" = ? WHERE (("Author"."id" = ? AND 1=1) OR ("Author"."id" = ? AND 1=1));
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 071 line 72: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 072 line 73: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."title" = ?;
UPDATE "Book" SET "title" = ? WHERE "Book"."id" IN (?,…);

-- 073 line 74: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" = ?);
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ?, "mentorId" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);

-- 074 line 75: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."title" = ?;
DELETE FROM "Book" WHERE "Book"."id" IN (?,…);

-- 075 line 76: Passport deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
DELETE FROM "Passport" WHERE "Passport"."id" = ?;

-- 076 line 77: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 077 line 78: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Card" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 078 line 79: Book deleteOne
DELETE FROM "Book" WHERE "Book"."id" = ? RETURNING "id", "title", "authorId";

-- 079 line 80: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 080 line 81: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ?, "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 081 line 82: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE ("t0"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ?, "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 082 line 83: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 083 line 84: Card createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 084 line 85: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."title" = ?;
UPDATE "Book" SET "title" = ? WHERE "Book"."id" IN (?,…);

-- 085 line 86: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 086 line 87: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 087 line 88: Card updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ?, "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 088 line 89: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "j"."A" FROM "Club" AS "t3" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."id" ASC;

-- 089 line 90: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 090 line 91: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 091 line 92: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 092 line 93: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Card" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 093 line 94: Passport createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 094 line 95: Book createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 095 line 96: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."mentorId" IN (?,…));
UPDATE "Author" SET "mentorId" = NULL WHERE ("Author"."id" IN (?,…) AND ("Author"."id" = ?));
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 096 line 97: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 097 line 98: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 098 line 99: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t8"."id" FROM "Club" AS "t8" WHERE "t8"."id" = ? LIMIT ?;
SELECT "t9"."id", "j"."B" FROM "Author" AS "t9" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;

-- 099 line 100: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."B" FROM "Author" AS "t3" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…) ORDER BY "t3"."id" ASC;

-- 100 line 101: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t4"."id" FROM "Card" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 101 line 102: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 102 line 103: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
DELETE FROM "Club" WHERE "Club"."id" IN (?,…);

-- 103 line 104: Card deleteOne
DELETE FROM "Card" WHERE "Card"."id" = ? RETURNING "id", "code", "authorId";

-- 104 line 105: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 105 line 106: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE 1=1;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 106 line 107: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "Card" AS "t4" WHERE "t4"."authorId" IN (?,…);

-- 107 line 108: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" IN (?,…);
SELECT "t3"."id" FROM "Book" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 108 line 109: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE (("t2"."id" = ? AND 1=1) OR ("t2"."name" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE ("t3"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t4" WHERE "t4"."B" = "t3"."id" AND "t4"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id", "t6"."authorId" FROM "Note" AS "t6" WHERE "t6"."authorId" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
SELECT "t8"."id" FROM "Author" AS "t8" WHERE "t8"."id" IN (?,…);

-- 109 line 110: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);

-- 110 line 111: Card updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t3"."id", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 111 line 112: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 112 line 113: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 113 line 114: Book createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 114 line 115: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Card" SET "authorId" = NULL WHERE ("Card"."id" IN (?,…) AND EXISTS(SELECT "t2"."id" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 115 line 116: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 116 line 117: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 117 line 118: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 118 line 119: Author updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ?, "mentorId" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 119 line 120: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."code" = ?;
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…);

-- 120 line 121: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 121 line 122: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 122 line 123: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE ("Author"."id" IN (?,…) AND ("Author"."id" = ?));
SELECT "t8"."id" FROM "Club" AS "t8" WHERE "t8"."id" = ? LIMIT ?;

-- 123 line 124: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."name" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 124 line 125: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 125 line 126: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 126 line 127: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 127 line 128: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 128 line 129: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 129 line 130: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 130 line 131: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 131 line 132: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."text" = ?;
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);

-- 132 line 133: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE (("Note"."id" = ? AND 1=1) OR ("Note"."id" = ? AND 1=1));
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 133 line 134: Club deleteOne
DELETE FROM "Club" WHERE "Club"."id" = ? RETURNING "id", "name";

-- 134 line 135: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Passport" WHERE "Passport"."id" IN (?,…);

-- 135 line 136: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 136 line 137: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 137 line 138: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" = ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 138 line 139: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "j"."B" FROM "Author" AS "t1" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."id" ASC;

-- 139 line 140: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 140 line 141: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE ("t2"."name" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."authorId" FROM "Card" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "j"."A" FROM "Club" AS "t6" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN (?,…) ORDER BY "t6"."id" ASC;

-- 141 line 142: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "Card" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id" FROM "Author" AS "t6" WHERE "t6"."id" IN (?,…);

-- 142 line 143: Note createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 143 line 144: Note updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 144 line 145: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 145 line 146: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 146 line 147: Note createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 147 line 148: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 148 line 149: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 149 line 150: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 150 line 151: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 151 line 152: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 152 line 153: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 153 line 154: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t5"."id" FROM "Passport" AS "t5" WHERE "t5"."id" = ? LIMIT ?;

-- 154 line 155: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t8"."id" FROM "Club" AS "t8" WHERE "t8"."id" = ? LIMIT ?;

-- 155 line 156: Club deleteMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
DELETE FROM "Club" WHERE "Club"."id" IN (?,…);

-- 156 line 157: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 157 line 158: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t3"."id", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 158 line 159: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" = ?);
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE (("t2"."name" = ? AND 1=1) OR ("t2"."name" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t4"."id" FROM "Passport" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 159 line 160: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 160 line 161: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 161 line 162: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 162 line 163: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "Club" WHERE ("Club"."id" IN (?,…) AND ("Club"."id" = ?));
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "j"."A" FROM "Club" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."mentorId" FROM "Author" AS "t6" WHERE "t6"."mentorId" IN (?,…) ORDER BY "t6"."id" ASC;

-- 163 line 164: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 164 line 165: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 165 line 166: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t4"."id" FROM "Note" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 166 line 167: Club deleteOne
DELETE FROM "Club" WHERE "Club"."id" = ? RETURNING "id", "name";

-- 167 line 168: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 168 line 169: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Passport" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 169 line 170: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."number" = ?;
DELETE FROM "Passport" WHERE "Passport"."id" IN (?,…);

-- 170 line 171: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 171 line 172: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 172 line 173: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 173 line 174: Author deleteOne
SELECT "t0"."id" FROM "Author" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…);
SELECT "t5"."id", "t5"."title", "t5"."authorId" FROM "Book" AS "t5" WHERE "t5"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t6"."id", "t6"."text", "t6"."authorId" FROM "Note" AS "t6" WHERE "t6"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "Passport" AS "t7" WHERE "t7"."authorId" IN (?,…);
SELECT "t8"."id", "t8"."code", "t8"."authorId" FROM "Card" AS "t8" WHERE "t8"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" = ?;

-- 174 line 175: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE 1=1;
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…);

-- 175 line 176: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 176 line 177: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."text" = ?;
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);

-- 177 line 178: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 178 line 179: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 179 line 180: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 180 line 181: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 181 line 182: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 182 line 183: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 183 line 184: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 184 line 185: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 185 line 186: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 186 line 187: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t4"."id", "t4"."authorId" FROM "Passport" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id" FROM "Author" AS "t5" WHERE "t5"."id" IN (?,…);

-- 187 line 188: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE 1=1;
UPDATE "Book" SET "title" = ? WHERE "Book"."id" IN (?,…);

-- 188 line 189: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
UPDATE "Author" SET "mentorId" = ? WHERE (("Author"."id" = ? AND 1=1) OR ("Author"."id" = ? AND 1=1));
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 189 line 190: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 190 line 191: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 191 line 192: Club deleteOne
DELETE FROM "Club" WHERE "Club"."id" = ? RETURNING "id", "name";

-- 192 line 193: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 193 line 194: Passport createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 194 line 195: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE ("Author"."id" IN (?,…) AND ("Author"."id" = ?));
SELECT "t8"."id", "t8"."name", "t8"."mentorId" FROM "Author" AS "t8" WHERE ("t8"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t9" WHERE "t9"."A" = "t8"."id" AND "t9"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t10"."id", "t10"."title", "t10"."authorId" FROM "Book" AS "t10" WHERE "t10"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t11"."id" FROM "Club" AS "t11" WHERE "t11"."id" = ? LIMIT ?;

-- 195 line 196: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 196 line 197: Note updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 197 line 198: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 198 line 199: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 199 line 200: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t4"."id" FROM "Club" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "j"."B" FROM "Author" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN (?,…) ORDER BY "t5"."id" ASC;

-- 200 line 201: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 201 line 202: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?), (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 202 line 203: Note createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE "t1"."name" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 203 line 204: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?);
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."authorId" IN (?,…);
SELECT "t4"."id", "t4"."authorId" FROM "Card" AS "t4" WHERE "t4"."authorId" IN (?,…);
SELECT "t5"."id", "j"."A" FROM "Club" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."mentorId" FROM "Author" AS "t6" WHERE "t6"."mentorId" IN (?,…) ORDER BY "t6"."id" ASC;

-- 204 line 205: Card deleteMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Card" WHERE "Card"."id" IN (?,…);

-- 205 line 206: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "Passport" AS "t7" WHERE "t7"."authorId" IN (?,…);
DELETE FROM "Passport" WHERE "Passport"."id" IN (?,…);
SELECT "t8"."id" FROM "Author" AS "t8" WHERE "t8"."id" = ? LIMIT ?;
SELECT "t9"."id", "j"."A" FROM "Club" AS "t9" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 206 line 207: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t4"."id" FROM "Card" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 207 line 208: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);
SELECT "t4"."id", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id", "t6"."name", "t6"."mentorId" FROM "Author" AS "t6" WHERE "t6"."mentorId" IN (?,…);
SELECT "t7"."id", "t7"."title", "t7"."authorId" FROM "Book" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t8"."id", "t8"."text", "t8"."authorId" FROM "Note" AS "t8" WHERE "t8"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t9"."id", "t9"."number", "t9"."authorId" FROM "Passport" AS "t9" WHERE "t9"."authorId" IN (?,…);
SELECT "t10"."id", "t10"."code", "t10"."authorId" FROM "Card" AS "t10" WHERE "t10"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" = ?;

-- 208 line 209: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 209 line 210: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Author" SET "mentorId" = ? WHERE (("Author"."id" = ? AND 1=1) OR ("Author"."id" = ? AND 1=1));
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" IN (?,…);
SELECT "t3"."id" FROM "Note" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 210 line 211: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 211 line 212: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 212 line 213: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."text" = ?;
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);

-- 213 line 214: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "j"."A" FROM "Club" AS "t6" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id" FROM "Author" AS "t7" WHERE "t7"."id" IN (?,…);

-- 214 line 215: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 215 line 216: Card updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?);
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Author" SET "mentorId" = ? WHERE ("Author"."id" = ?);
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 216 line 217: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 217 line 218: Author createOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" = ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Passport" AS "t4" WHERE "t4"."authorId" IN (?,…);
SELECT "t5"."id", "t5"."authorId" FROM "Card" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id" FROM "Author" AS "t6" WHERE "t6"."id" IN (?,…);

-- 218 line 219: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE (("t2"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Club" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 219 line 220: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 220 line 221: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE 1=1;
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);

-- 221 line 222: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 222 line 223: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 223 line 224: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."text" = ?;
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);

-- 224 line 225: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 225 line 226: Card updateMany
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."code" = ?;
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…);

-- 226 line 227: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "Passport" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t6"."id" FROM "Passport" AS "t6" WHERE "t6"."id" = ? LIMIT ?;

-- 227 line 228: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "Passport" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."name", "t5"."mentorId" FROM "Author" AS "t5" WHERE "t5"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t6"."id", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id" FROM "Author" AS "t7" WHERE "t7"."id" IN (?,…);

-- 228 line 229: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 229 line 230: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 230 line 231: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t5"."id", "t5"."authorId" FROM "Card" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id" FROM "Author" AS "t6" WHERE "t6"."id" IN (?,…);

-- 231 line 232: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 232 line 233: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 233 line 234: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 234 line 235: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE "t1"."name" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Author" SET "mentorId" = ? WHERE ("Author"."id" = ?);
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 235 line 236: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 236 line 237: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" = ?);
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 237 line 238: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."mentorId" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 238 line 239: Card updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?);
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t3"."id" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 239 line 240: Note updateOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" IN (?,…);
SELECT "t4"."id" FROM "Note" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 240 line 241: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."authorId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 241 line 242: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" = ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ?, "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t3"."id", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 242 line 243: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t4"."id" FROM "Passport" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 243 line 244: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 244 line 245: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 245 line 246: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."title" = ?;
DELETE FROM "Book" WHERE "Book"."id" IN (?,…);

-- 246 line 247: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 247 line 248: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE ("t1"."text" = ? AND "t1"."authorId" IN (?,…));
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 248 line 249: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "j"."B" FROM "Author" AS "t1" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."id" ASC;

-- 249 line 250: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t4"."id" FROM "Note" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 250 line 251: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 251 line 252: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Club" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "j"."B" FROM "Author" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN (?,…) ORDER BY "t5"."id" ASC;

-- 252 line 253: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 253 line 254: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 254 line 255: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 255 line 256: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 256 line 257: Author createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" = ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 257 line 258: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND "t2"."mentorId" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);

-- 258 line 259: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 259 line 260: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."text", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE "Note"."id" = ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t4"."id", "t4"."code", "t4"."authorId" FROM "Card" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id" FROM "Club" AS "t5" WHERE "t5"."id" = ? LIMIT ?;

-- 260 line 261: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 261 line 262: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 262 line 263: Card createOne
INSERT INTO "Card" ("id", "code") VALUES (?, ?) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 263 line 264: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Author" SET "mentorId" = ? WHERE ("Author"."id" = ?);
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 264 line 265: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…);
SELECT "t5"."id", "t5"."title", "t5"."authorId" FROM "Book" AS "t5" WHERE "t5"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t6"."id", "t6"."text", "t6"."authorId" FROM "Note" AS "t6" WHERE "t6"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "Passport" AS "t7" WHERE "t7"."authorId" IN (?,…);
SELECT "t8"."id", "t8"."code", "t8"."authorId" FROM "Card" AS "t8" WHERE "t8"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" = ?;

-- 265 line 266: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 266 line 267: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Note" SET "text" = ?, "authorId" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 267 line 268: Note deleteMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."text" = ?;
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);

-- 268 line 269: Author createOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "Club" AS "t2" WHERE ("t2"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
UPDATE "Author" SET "mentorId" = ? WHERE ("Author"."id" = ?);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 269 line 270: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "j"."B" FROM "Author" AS "t2" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."id" ASC;

-- 270 line 271: Note deleteOne
DELETE FROM "Note" WHERE "Note"."id" = ? RETURNING "id", "text", "authorId";

-- 271 line 272: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 272 line 273: Author updateMany
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE 1=1;
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);

-- 273 line 274: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Passport" SET "number" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Passport" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 274 line 275: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."name" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "j"."B" FROM "Author" AS "t2" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."id" ASC;

-- 275 line 276: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Author" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."id" ASC;

-- 276 line 277: Book createOne
INSERT INTO "Book" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);

-- 277 line 278: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Club" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 278 line 279: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE 1=1;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 279 line 280: Passport createOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t0"."id" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 280 line 281: Book deleteMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ?;
DELETE FROM "Book" WHERE "Book"."id" IN (?,…);

-- 281 line 282: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 282 line 283: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Club" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 283 line 284: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."name" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t8"."id" FROM "Club" AS "t8" WHERE "t8"."id" = ? LIMIT ?;

-- 284 line 285: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."mentorId" IN (?,…);
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t4"."id", "t4"."text", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t5"."id", "t5"."number", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);
SELECT "t6"."id", "t6"."code", "t6"."authorId" FROM "Card" AS "t6" WHERE "t6"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t7"."id" FROM "Card" AS "t7" WHERE "t7"."id" = ? LIMIT ?;

-- 285 line 286: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Card" SET "authorId" = NULL WHERE ("Card"."id" IN (?,…) AND EXISTS(SELECT "t2"."id" FROM "Author" AS "t2" WHERE ("t2"."id" = ? AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" IN (?,…);

-- 286 line 287: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Club" ("id", "name") VALUES (?, ?), (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "Note" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "j"."A" FROM "Club" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN (?,…) ORDER BY "t5"."id" ASC;

-- 287 line 288: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 288 line 289: Note updateMany
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE 1=1;
UPDATE "Note" SET "text" = ? WHERE "Note"."id" IN (?,…);

-- 289 line 290: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE "t3"."mentorId" IN (?,…);
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t5"."id", "t5"."text", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…);
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t6"."id", "t6"."number", "t6"."authorId" FROM "Passport" AS "t6" WHERE "t6"."authorId" IN (?,…);
SELECT "t7"."id", "t7"."code", "t7"."authorId" FROM "Card" AS "t7" WHERE "t7"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
DELETE FROM "Author" WHERE ("Author"."id" IN (?,…) AND ("Author"."id" = ?));
SELECT "t8"."id" FROM "Club" AS "t8" WHERE "t8"."id" = ? LIMIT ?;
SELECT "t9"."id", "j"."B" FROM "Author" AS "t9" INNER JOIN "_AuthorToClub" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;

-- 290 line 291: Book deleteOne
DELETE FROM "Book" WHERE "Book"."id" = ? RETURNING "id", "title", "authorId";

-- 291 line 292: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "Note" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Note" SET "text" = ? WHERE ("Note"."id" IN (?,…) AND "Note"."id" = ?) RETURNING "id", "text", "authorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" = ?);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "Note" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 292 line 293: Card updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Card" SET "code" = ?, "authorId" = ? WHERE ("Card"."id" IN (?,…) AND "Card"."id" = ?) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Card" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 293 line 294: Passport updateOne
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Author" SET "mentorId" = ? WHERE (("Author"."id" = ? AND 1=1) OR ("Author"."id" = ? AND 1=1));
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Passport" SET "authorId" = ? WHERE ("Passport"."id" IN (?,…) AND "Passport"."id" = ?) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t2"."id", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 294 line 295: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "Note" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 295 line 296: Passport deleteMany
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."number" = ?;
DELETE FROM "Passport" WHERE "Passport"."id" IN (?,…);

-- 296 line 297: Passport deleteOne
DELETE FROM "Passport" WHERE "Passport"."id" = ? RETURNING "id", "number", "authorId";

-- 297 line 298: Club updateMany
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."name" = ?;
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);

-- 298 line 299: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "Club" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Author" SET "name" = ? WHERE ("Author"."id" IN (?,…) AND "Author"."id" = ?) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "Author" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
SELECT "t4"."id", "t4"."number", "t4"."authorId" FROM "Passport" AS "t4" WHERE ("t4"."id" = ?) LIMIT ?;
INSERT INTO "Author" ("mentorId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "mentorId";
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id" FROM "Club" AS "t5" WHERE "t5"."id" = ? LIMIT ?;

-- 299 line 300: Book updateMany
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE 1=1;
UPDATE "Book" SET "title" = ? WHERE "Book"."id" IN (?,…);

