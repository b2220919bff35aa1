-- 000 line 2: Author createMany
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, DEFAULT), ($3, $4, DEFAULT), ($5, $6, $7);

-- 001 line 3: Book createMany
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, DEFAULT);

-- 002 line 4: Note createMany
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9);

-- 003 line 5: Passport createOne
INSERT INTO "public"."Passport" ("id", "number", "authorId") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Card createMany
INSERT INTO "public"."Card" ("id", "code", "authorId") VALUES ($1, $2, $3), ($4, $5, DEFAULT);

-- 005 line 7: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 006 line 8: Club createMany
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4);

-- 007 line 10: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3);
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 008 line 12: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "authorId" = NULL WHERE ("Book"."id" IN ($1,…) AND ("Book"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 009 line 13: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE ((("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1)) AND "t1"."authorId" IN ($3,…));
UPDATE "public"."Book" SET "authorId" = NULL WHERE ("Book"."id" IN ($1,…) AND (("Book"."id" = $2 AND 1=1) OR ("Book"."id" = $3 AND 1=1)));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 010 line 14: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."id" = $2 AND 1=1));
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 011 line 15: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE 1=0;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 012 line 17: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 013 line 18: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE ("t1"."title"::text LIKE ($1 || '%') AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 014 line 19: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE ("t2"."id" = $1 AND "t2"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Book" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 015 line 21: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."authorId" IN ($2,…));
DELETE FROM "public"."Book" WHERE ("Book"."id" IN ($1,…) AND ("Book"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 016 line 22: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE ("t1"."text" = $1 AND "t1"."authorId" IN ($2,…));
DELETE FROM "public"."Note" WHERE "Note"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 017 line 23: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."Book" WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 018 line 25: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 019 line 26: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."authorId" IN ($2,…));
DELETE FROM "public"."Book" WHERE ("Book"."id" IN ($1,…) AND ("Book"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 020 line 27: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Book" SET "authorId" = NULL WHERE ("Book"."id" IN ($1,…) AND ("Book"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 021 line 29: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 022 line 30: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 023 line 32: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 024 line 33: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 025 line 34: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 026 line 35: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 027 line 37: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 028 line 38: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
SELECT "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 029 line 39: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
SELECT "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 030 line 40: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 031 line 42: Author updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."authorId" IN ($1,…);

-- 032 line 43: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 033 line 44: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 034 line 45: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 035 line 46: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 036 line 47: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."Card" WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 037 line 49: Author updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);

-- 038 line 50: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 039 line 51: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 040 line 52: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 041 line 54: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" IN ($2,…) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 042 line 56: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1 AND 1=1) OR ("t1"."name" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."A" FROM "public"."Club" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 043 line 57: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 044 line 58: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($1,…));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."A" FROM "public"."Club" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 045 line 59: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE "t1"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."A" FROM "public"."Club" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 046 line 60: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."name"::text LIKE ($1 || '%') AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t4" WHERE "t4"."B" = "t3"."id" AND "t4"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" IN ($2,…);
SELECT "t5"."id" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id", "t6"."name", "j"."A" FROM "public"."Club" AS "t6" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 047 line 61: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 048 line 62: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."Club" WHERE ("Club"."id" IN ($1,…) AND ("Club"."id" = $2));
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 049 line 63: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."name"::text LIKE ('%' || $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."Club" WHERE "Club"."id" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 050 line 65: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 051 line 66: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 052 line 67: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 053 line 69: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."mentorId" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."id" = $2 AND 1=1));
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" IN ($2,…);
UPDATE "public"."Author" SET "mentorId" = NULL WHERE "Author"."id" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 054 line 70: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "mentorId" = NULL WHERE "Author"."id" IN ($1,…);
SELECT "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 055 line 71: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 056 line 73: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."mentorId" IN ($2,…));
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…) ORDER BY "t5"."id" ASC;

