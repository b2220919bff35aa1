-- 000 line 2: Author createMany
INSERT INTO "Author" ("id", "name", "mentorId") VALUES (?, ?, NULL), (?, ?, NULL), (?, ?, ?);

-- 001 line 3: Book createMany
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, NULL);

-- 002 line 4: Note createMany
INSERT INTO "Note" ("id", "text", "authorId") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 003 line 5: Passport createOne
INSERT INTO "Passport" ("id", "number", "authorId") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Card createMany
INSERT INTO "Card" ("id", "code", "authorId") VALUES (?, ?, ?), (?, ?, NULL);

-- 005 line 7: Club createOne
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Club" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 006 line 8: Club createMany
INSERT INTO "Club" ("id", "name") VALUES (?, ?), (?, ?);

-- 007 line 10: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Book" ("id", "title", "authorId") VALUES (?, ?, ?);
UPDATE "Book" SET "authorId" = ? WHERE ("Book"."id" = ?);
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 008 line 12: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "authorId" = NULL WHERE ("Book"."id" IN (?,…) AND ("Book"."id" = ?));
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 009 line 13: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE ((("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1)) AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "authorId" = NULL WHERE ("Book"."id" IN (?,…) AND (("Book"."id" = ? AND 1=1) OR ("Book"."id" = ? AND 1=1)));
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 010 line 14: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."authorId" IN (?,…);
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Book" AS "t2" WHERE (("t2"."id" = ? AND 1=1) OR ("t2"."id" = ? AND 1=1));
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 011 line 15: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."authorId" IN (?,…);
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Book" AS "t2" WHERE 1=0;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 012 line 17: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE ("t1"."id" = ? AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 013 line 18: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE ("t1"."title" LIKE (? || '%') AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "title" = ? WHERE "Book"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 014 line 19: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE ("t1"."id" = ? AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Book" AS "t2" WHERE ("t2"."id" = ? AND "t2"."authorId" IN (?,…));
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Book" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 015 line 21: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."authorId" IN (?,…));
DELETE FROM "Book" WHERE ("Book"."id" IN (?,…) AND ("Book"."id" = ?));
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 016 line 22: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "Note" AS "t1" WHERE ("t1"."text" = ? AND "t1"."authorId" IN (?,…));
DELETE FROM "Note" WHERE "Note"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Note" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 017 line 23: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."authorId" IN (?,…);
DELETE FROM "Book" WHERE "Book"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 018 line 25: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE ("t1"."id" = ? AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "title" = ? WHERE ("Book"."id" IN (?,…) AND "Book"."id" = ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 019 line 26: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."authorId" IN (?,…));
DELETE FROM "Book" WHERE ("Book"."id" IN (?,…) AND ("Book"."id" = ?));
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 020 line 27: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Book" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."authorId" IN (?,…));
UPDATE "Book" SET "authorId" = NULL WHERE ("Book"."id" IN (?,…) AND ("Book"."id" = ?));
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 021 line 29: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 022 line 30: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Note" SET "authorId" = ? WHERE ("Note"."id" = ?);
SELECT "t1"."id" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."authorId" FROM "Note" AS "t2" WHERE "t2"."authorId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 023 line 32: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."name", "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 024 line 33: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" = ? RETURNING "id", "title", "authorId";
SELECT "t1"."authorId" FROM "Book" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 025 line 34: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Book" SET "authorId" = NULL WHERE "Book"."id" IN (?,…);
SELECT "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 026 line 35: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 027 line 37: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 028 line 38: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" IN (?,…);
SELECT "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 029 line 39: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "name" = ? WHERE "Author"."id" IN (?,…) RETURNING "id", "name", "mentorId";
INSERT INTO "Author" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "mentorId";
UPDATE "Book" SET "authorId" = ? WHERE "Book"."id" IN (?,…);
SELECT "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name" FROM "Author" AS "t3" WHERE "t3"."id" IN (?,…);

-- 030 line 40: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Book" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
DELETE FROM "Author" WHERE "Author"."id" IN (?,…);
SELECT "t2"."authorId" FROM "Book" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 031 line 42: Author updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "Card" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "Card" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
UPDATE "Card" SET "authorId" = ? WHERE "Card"."id" IN (?,…);
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."authorId" FROM "Card" AS "t5" WHERE "t5"."authorId" IN (?,…);

-- 032 line 43: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 033 line 44: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "authorId" = NULL WHERE "Card"."id" IN (?,…);
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 034 line 45: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 035 line 46: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Card" SET "code" = ? WHERE "Card"."id" IN (?,…) RETURNING "id", "code", "authorId";
INSERT INTO "Card" ("authorId", "id", "code") VALUES (?, ?, ?) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 036 line 47: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "Card" AS "t1" WHERE "t1"."authorId" IN (?,…);
DELETE FROM "Card" WHERE "Card"."id" IN (?,…);
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "Card" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 037 line 49: Author updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "Passport" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "Passport" AS "t2" WHERE "t2"."authorId" IN (?,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
UPDATE "Passport" SET "authorId" = ? WHERE "Passport"."id" IN (?,…);
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."authorId" FROM "Passport" AS "t5" WHERE "t5"."authorId" IN (?,…);

-- 038 line 50: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 039 line 51: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 040 line 52: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "authorId" = NULL WHERE "Passport"."id" IN (?,…);
INSERT INTO "Passport" ("authorId", "id", "number") VALUES (?, ?, ?) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "Passport" AS "t3" WHERE "t3"."authorId" IN (?,…);

-- 041 line 54: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "Passport" AS "t1" WHERE "t1"."authorId" IN (?,…);
UPDATE "Passport" SET "number" = ? WHERE "Passport"."id" IN (?,…) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 042 line 56: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ? AND 1=1) OR ("t1"."name" = ? AND 1=1));
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."A" FROM "Club" AS "t3" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."id" ASC;

-- 043 line 57: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 044 line 58: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE ("t3"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Author" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "j"."A" FROM "Club" AS "t5" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN (?,…) ORDER BY "t5"."id" ASC;

-- 045 line 59: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE "t1"."name" = ? LIMIT ?;
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."A" FROM "Club" AS "t3" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."id" ASC;

-- 046 line 60: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t3"."id", "t3"."name" FROM "Club" AS "t3" WHERE ("t3"."name" LIKE (? || '%') AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t4" WHERE "t4"."B" = "t3"."id" AND "t4"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE "Club"."id" IN (?,…);
SELECT "t5"."id" FROM "Author" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."id", "t6"."name", "j"."A" FROM "Club" AS "t6" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN (?,…) ORDER BY "t6"."id" ASC;

-- 047 line 61: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
INSERT INTO "Club" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 048 line 62: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "Club" WHERE ("Club"."id" IN (?,…) AND ("Club"."id" = ?));
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 049 line 63: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."name" LIKE ('%' || ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "Club" WHERE "Club"."id" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 050 line 65: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "_AuthorToClub" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."A" FROM "Club" AS "t4" INNER JOIN "_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN (?,…) ORDER BY "t4"."id" ASC;

-- 051 line 66: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_AuthorToClub" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 052 line 67: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Club" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
UPDATE "Club" SET "name" = ? WHERE ("Club"."id" IN (?,…) AND "Club"."id" = ?) RETURNING "id", "name";
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 053 line 69: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."mentorId" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "Author" AS "t2" WHERE (("t2"."id" = ? AND 1=1) OR ("t2"."id" = ? AND 1=1));
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" IN (?,…);
UPDATE "Author" SET "mentorId" = NULL WHERE "Author"."id" IN (?,…);
SELECT "t3"."id" FROM "Author" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 054 line 70: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Author" SET "mentorId" = NULL WHERE "Author"."id" IN (?,…);
SELECT "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 055 line 71: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
UPDATE "Author" SET "mentorId" = ? WHERE "Author"."id" = ? RETURNING "id", "name", "mentorId";
SELECT "t1"."mentorId" FROM "Author" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."mentorId" FROM "Author" AS "t2" WHERE "t2"."id" IN (?,…);

-- 056 line 73: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "Author" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Book" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "Author" AS "t1" WHERE ("t1"."id" = ? AND "t1"."mentorId" IN (?,…));
INSERT INTO "Note" ("authorId", "id", "text") VALUES (?, ?, ?) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "Author" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."authorId" FROM "Book" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."mentorId" FROM "Author" AS "t4" WHERE "t4"."mentorId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "Note" AS "t5" WHERE "t5"."authorId" IN (?,…) ORDER BY "t5"."id" ASC;

