-- 000 line 1: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 002 line 3: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "j"."A" FROM "public"."Club" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 003 line 4: Passport deleteOne
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1 RETURNING "id", "number", "authorId";

-- 004 line 5: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id", "t4"."authorId" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 005 line 6: Club updateMany
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."name" = $2;

-- 006 line 7: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 8: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."text", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 008 line 9: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Card" SET "authorId" = NULL WHERE ("Card"."id" IN ($1,…) AND EXISTS(SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE ("t2"."id" = $2 AND ("t2"."id") = ("Card"."authorId") AND "t2"."id" IS NOT NULL)));
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 009 line 10: Card upsertOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Card"."id" = $4 RETURNING "id", "code", "authorId";

-- 010 line 11: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 011 line 12: Author createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE (("Book"."id" = $2 AND 1=1) OR ("Book"."id" = $3 AND 1=1));
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 012 line 13: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 013 line 14: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" IN ($2,…) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 014 line 15: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 015 line 16: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 016 line 17: Card createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 017 line 18: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 018 line 19: Passport updateMany
UPDATE "public"."Passport" SET "number" = $1 WHERE 1=1;

-- 019 line 20: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 020 line 21: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 021 line 22: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."name" = $1;

-- 022 line 23: Book updateOne
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 023 line 24: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE "Note"."id" = $3 RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 024 line 25: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."A" FROM "public"."Club" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 025 line 26: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 026 line 27: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 027 line 28: Author updateOne
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 028 line 29: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 029 line 30: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 030 line 31: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 031 line 32: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 032 line 33: Club updateMany
UPDATE "public"."Club" SET "name" = $1 WHERE 1=1;

-- 033 line 34: Book deleteMany
DELETE FROM "public"."Book" WHERE "Book"."title" = $1;

-- 034 line 35: Book updateMany
UPDATE "public"."Book" SET "title" = $1 WHERE 1=1;

-- 035 line 36: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."number" = $1;

-- 036 line 37: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 037 line 38: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 038 line 39: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 039 line 40: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE "t3"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 040 line 41: Club deleteOne
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Author" AS "t1" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."id" ASC;
DELETE FROM "public"."Club" WHERE "Club"."id" = $1;

-- 041 line 42: Card deleteOne
DELETE FROM "public"."Card" WHERE "Card"."id" = $1 RETURNING "id", "code", "authorId";

-- 042 line 43: Author deleteOne
DELETE FROM "public"."Author" WHERE "Author"."id" = $1 RETURNING "id", "name", "mentorId";

-- 043 line 44: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1;

-- 044 line 45: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 045 line 46: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 046 line 47: Card deleteOne
DELETE FROM "public"."Card" WHERE "Card"."id" = $1 RETURNING "id", "code", "authorId";

-- 047 line 48: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t1" WHERE "t1"."A" = "t0"."id" AND "t1"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 048 line 49: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 049 line 50: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 050 line 51: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 051 line 52: Club deleteMany
DELETE FROM "public"."Club" WHERE "Club"."name" = $1;

-- 052 line 53: Club upsertOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "name" = $3 WHERE "Club"."name" = $4 RETURNING "id", "name";

-- 053 line 54: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE "Book"."id" = $3 RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 054 line 55: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 055 line 56: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 056 line 57: Book updateMany
UPDATE "public"."Book" SET "title" = $1 WHERE 1=1;

-- 057 line 58: Passport updateOne
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 058 line 59: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 059 line 60: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 060 line 61: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);

-- 061 line 62: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 062 line 63: Author updateOne
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."mentorId" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE 1=0;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" IN ($2,…);
UPDATE "public"."Author" SET "mentorId" = NULL WHERE "Author"."id" IN ($1,…);
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 063 line 64: Author updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."B" = "t2"."id" AND "t3"."A" IN ($1,…));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t4"."id", "t4"."name" FROM "public"."Club" AS "t4" WHERE ("t4"."name" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."id", "t5"."name" FROM "public"."Club" AS "t5" WHERE ("t5"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t6" WHERE "t6"."B" = "t5"."id" AND "t6"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
SELECT "t7"."id", "t7"."number", "t7"."authorId" FROM "public"."Passport" AS "t7" WHERE "t7"."authorId" IN ($1,…);
SELECT "t8"."id", "t8"."number", "t8"."authorId" FROM "public"."Passport" AS "t8" WHERE "t8"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t9"."id" FROM "public"."Author" AS "t9" WHERE "t9"."id" = $1 LIMIT $2;
SELECT "t10"."id", "t10"."authorId" FROM "public"."Passport" AS "t10" WHERE "t10"."authorId" IN ($1,…);

-- 064 line 65: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 065 line 66: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 066 line 67: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 067 line 68: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 068 line 69: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 069 line 70: Note updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE "Note"."id" = $3 RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 070 line 71: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 071 line 72: Author updateMany
UPDATE "public"."Author" SET "name" = $1 WHERE 1=1;

-- 072 line 73: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 073 line 74: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 074 line 75: Book updateOne
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 075 line 76: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE (("t0"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t1" WHERE "t1"."A" = "t0"."id" AND "t1"."B" IN ($2,…)));
DELETE FROM "public"."Author" WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 076 line 77: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 077 line 78: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 078 line 79: Note updateMany
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."text" = $2;

-- 079 line 80: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE (("Note"."id" = $2 AND 1=1) OR ("Note"."id" = $3 AND 1=1));
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Note" AS "t5" WHERE "t5"."authorId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 080 line 81: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 081 line 82: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 082 line 83: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 083 line 84: Author createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 084 line 85: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 085 line 86: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 086 line 87: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 087 line 88: Author createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 088 line 89: Author updateMany
UPDATE "public"."Author" SET "name" = $1 WHERE 1=1;

-- 089 line 90: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 090 line 91: Card updateMany
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."code" = $2;

-- 091 line 92: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 092 line 93: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 093 line 94: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 094 line 95: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE (("Book"."id" = $2 AND 1=1) OR ("Book"."id" = $3 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 095 line 96: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 096 line 97: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 097 line 98: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 098 line 99: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 099 line 100: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 100 line 101: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 101 line 102: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."Author" WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE ("t3"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t5"."id" FROM "public"."Club" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 102 line 103: Note updateOne
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3);
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 103 line 104: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Author" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 104 line 105: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 105 line 106: Passport deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1;

-- 106 line 107: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 107 line 108: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 108 line 109: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 109 line 110: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 110 line 111: Book deleteMany
DELETE FROM "public"."Book" WHERE "Book"."id" = $1;

-- 111 line 112: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."text", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Card" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 112 line 113: Card deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Card" WHERE "Card"."id" = $1;

-- 113 line 114: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 114 line 115: Book createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 115 line 116: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 116 line 117: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 117 line 118: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 118 line 119: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 119 line 120: Author deleteOne
SELECT "t0"."id", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "j"."A" FROM "public"."Club" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 120 line 121: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."text", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);
SELECT "t6"."id", "t6"."authorId" FROM "public"."Card" AS "t6" WHERE "t6"."authorId" IN ($1,…);
SELECT "t7"."id", "j"."A" FROM "public"."Club" AS "t7" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "t8"."mentorId" FROM "public"."Author" AS "t8" WHERE "t8"."mentorId" IN ($1,…) ORDER BY "t8"."id" ASC;

-- 121 line 122: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t3"."id" FROM "public"."Note" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 122 line 123: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1;

-- 123 line 124: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 124 line 125: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 125 line 126: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 126 line 127: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 127 line 128: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 128 line 129: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 129 line 130: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 130 line 131: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 131 line 132: Card upsertOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Card"."id" = $4 RETURNING "id", "code", "authorId";

-- 132 line 133: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 133 line 134: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 134 line 135: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 135 line 136: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 136 line 137: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "j"."A" FROM "public"."Club" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 137 line 138: Card deleteOne
DELETE FROM "public"."Card" WHERE "Card"."id" = $1 RETURNING "id", "code", "authorId";

-- 138 line 139: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 139 line 140: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."text", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 140 line 141: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 141 line 142: Book upsertOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "title" = $3 WHERE "Book"."id" = $4 RETURNING "id", "title", "authorId";

-- 142 line 143: Passport updateMany
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."number" = $2;

-- 143 line 144: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 144 line 145: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 145 line 146: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 146 line 147: Note updateMany
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."text" = $2;

-- 147 line 148: Book deleteMany
DELETE FROM "public"."Book" WHERE "Book"."id" = $1;

-- 148 line 149: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id", "t3"."name" FROM "public"."Club" AS "t3" WHERE ("t3"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t4" WHERE "t4"."B" = "t3"."id" AND "t4"."A" IN ($2,…)));
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."id", "t6"."authorId" FROM "public"."Book" AS "t6" WHERE "t6"."authorId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "t7"."authorId" FROM "public"."Note" AS "t7" WHERE "t7"."authorId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "public"."Club" AS "t8" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id" FROM "public"."Author" AS "t9" WHERE "t9"."id" IN ($1,…);

-- 149 line 150: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 150 line 151: Card createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 151 line 152: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."id" = $1 RETURNING "id", "name";

-- 152 line 153: Club deleteOne
DELETE FROM "public"."Club" WHERE "Club"."id" = $1 RETURNING "id", "name";

-- 153 line 154: Passport createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 154 line 155: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 155 line 156: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t1" WHERE "t1"."A" = "t0"."id" AND "t1"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Author" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 156 line 157: Note deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" = $1;

-- 157 line 158: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 158 line 159: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
SELECT "t2"."id", "t2"."text", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE ("t2"."id" = $1 AND "t2"."authorId" IN ($2,…));
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 159 line 160: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 160 line 161: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 161 line 162: Passport deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Passport" WHERE "Passport"."id" = $1;

-- 162 line 163: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."number" = $1;

-- 163 line 164: Book deleteMany
DELETE FROM "public"."Book" WHERE "Book"."id" = $1;

-- 164 line 165: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 165 line 166: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 166 line 167: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 167 line 168: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 168 line 169: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 169 line 170: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 170 line 171: Club updateMany
UPDATE "public"."Club" SET "name" = $1 WHERE 1=1;

-- 171 line 172: Author createOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);

-- 172 line 173: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 173 line 174: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 174 line 175: Note updateMany
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."text" = $2;

-- 175 line 176: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 176 line 177: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 177 line 178: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."number" = $1;

-- 178 line 179: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE "Book"."id" = $3 RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 179 line 180: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 180 line 181: Card upsertOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Card" SET "code" = $1 WHERE ("Card"."id" IN ($2,…) AND "Card"."id" = $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 181 line 182: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Author" AS "t1" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 182 line 183: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 183 line 184: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE (("t0"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t1" WHERE "t1"."A" = "t0"."id" AND "t1"."B" IN ($2,…)));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Author" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 184 line 185: Club updateOne
UPDATE "public"."Club" SET "name" = $1 WHERE "Club"."id" = $2 RETURNING "id", "name";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 185 line 186: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 186 line 187: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 187 line 188: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE (("Book"."id" = $2 AND 1=1) OR ("Book"."id" = $3 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 188 line 189: Author createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."A" FROM "public"."Club" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id" FROM "public"."Author" AS "t6" WHERE "t6"."id" IN ($1,…);

-- 189 line 190: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."number" = $1;

-- 190 line 191: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 191 line 192: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 192 line 193: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."A" FROM "public"."Club" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."mentorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 193 line 194: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 194 line 195: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 195 line 196: Passport createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 196 line 197: Passport deleteMany
DELETE FROM "public"."Passport" WHERE "Passport"."number" = $1;

-- 197 line 198: Card updateMany
UPDATE "public"."Card" SET "code" = $1 WHERE 1=1;

-- 198 line 199: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."mentorId" IN ($2,…));
UPDATE "public"."Author" SET "mentorId" = NULL WHERE ("Author"."id" IN ($1,…) AND ("Author"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);

-- 199 line 200: Author createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Book" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."authorId" IN ($1,…);
SELECT "t4"."id", "j"."A" FROM "public"."Club" AS "t4" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."mentorId" FROM "public"."Author" AS "t5" WHERE "t5"."mentorId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 200 line 201: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Note" SET "text" = $1, "authorId" = $2 WHERE "Note"."id" = $3 RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 201 line 202: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 202 line 203: Note deleteMany
DELETE FROM "public"."Note" WHERE "Note"."id" = $1;

-- 203 line 204: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 204 line 205: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 205 line 206: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE "Book"."id" = $3 RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 206 line 207: Book upsertOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Book" SET "title" = $1 WHERE ("Book"."id" IN ($2,…) AND "Book"."id" = $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 207 line 208: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE ("Note"."id" = $2);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 208 line 209: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE "Book"."id" = $3 RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 209 line 210: Author updateOne
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE (("t0"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t1" WHERE "t1"."B" = "t0"."id" AND "t1"."A" IN ($2,…)));
DELETE FROM "public"."Club" WHERE ("Club"."id" IN ($1,…) AND ("Club"."id" = $2));
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Note" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."authorId" FROM "public"."Passport" AS "t5" WHERE "t5"."authorId" IN ($1,…);

-- 210 line 211: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 211 line 212: Card updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2;
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Card" SET "code" = $1, "authorId" = $2 WHERE "Card"."id" = $3 RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 212 line 213: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 213 line 214: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t3"."id" FROM "public"."Book" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 214 line 215: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."code", "t3"."authorId" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."mentorId" FROM "public"."Author" AS "t4" WHERE "t4"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t5"."id" FROM "public"."Card" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 215 line 216: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 216 line 217: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 217 line 218: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 218 line 219: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."name" FROM "public"."Club" AS "t2" WHERE ("t2"."name" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 219 line 220: Passport updateMany
UPDATE "public"."Passport" SET "number" = $1 WHERE 1=1;

-- 220 line 221: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Club" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Author" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 221 line 222: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."name" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 222 line 223: Note deleteMany
DELETE FROM "public"."Note" WHERE "Note"."text" = $1;

-- 223 line 224: Note deleteMany
DELETE FROM "public"."Note" WHERE "Note"."text" = $1;

-- 224 line 225: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Book" SET "authorId" = $1 WHERE (("Book"."id" = $2 AND 1=1) OR ("Book"."id" = $3 AND 1=1));
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 225 line 226: Card createOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "authorId";
SELECT "t0"."id" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 226 line 227: Note updateMany
UPDATE "public"."Note" SET "text" = $1 WHERE "Note"."text" = $2;

-- 227 line 228: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 228 line 229: Card updateMany
UPDATE "public"."Card" SET "code" = $1 WHERE 1=1;

-- 229 line 230: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 230 line 231: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Book" SET "authorId" = NULL WHERE "Book"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 231 line 232: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 232 line 233: Note updateMany
UPDATE "public"."Note" SET "text" = $1 WHERE 1=1;

-- 233 line 234: Book updateMany
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."title" = $2;

-- 234 line 235: Author updateOne
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "mentorId" = NULL WHERE "Author"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 235 line 236: Passport updateOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 236 line 237: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Book" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Book" SET "authorId" = $1 WHERE ("Book"."id" = $2);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 237 line 238: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."B" FROM "public"."Author" AS "t2" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 238 line 239: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 239 line 240: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 240 line 241: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 241 line 242: Note updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Note" SET "authorId" = $1 WHERE "Note"."id" = $2 RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 242 line 243: Book updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2 RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Book" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 243 line 244: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Author" SET "mentorId" = $1 WHERE ("Author"."id" = $2);
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 244 line 245: Book deleteMany
DELETE FROM "public"."Book" WHERE "Book"."title" = $1;

-- 245 line 246: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 246 line 247: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 247 line 248: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 248 line 249: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 249 line 250: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Author" SET "mentorId" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE "t3"."mentorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 250 line 251: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."name" = $1;

-- 251 line 252: Club upsertOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Club" SET "name" = $1 WHERE ("Club"."id" IN ($2,…) AND "Club"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t1"."id" FROM "public"."Club" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 252 line 253: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 253 line 254: Author updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."text", "t1"."authorId" FROM "public"."Note" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."authorId" IN ($2,…));
DELETE FROM "public"."Note" WHERE ("Note"."id" IN ($1,…) AND ("Note"."id" = $2));
SELECT "t2"."id", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 254 line 255: Club deleteMany
DELETE FROM "public"."Club" WHERE "Club"."name" = $1;

-- 255 line 256: Club updateMany
UPDATE "public"."Club" SET "name" = $1 WHERE 1=1;

-- 256 line 257: Card upsertOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Card"."id" = $4 RETURNING "id", "code", "authorId";

-- 257 line 258: Passport updateOne
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 258 line 259: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 259 line 260: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
SELECT "t3"."id" FROM "public"."Club" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 260 line 261: Author deleteMany
DELETE FROM "public"."Author" WHERE "Author"."name" = $1;

-- 261 line 262: Book updateMany
UPDATE "public"."Book" SET "title" = $1 WHERE 1=1;

-- 262 line 263: Note createOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 263 line 264: Book updateMany
UPDATE "public"."Book" SET "title" = $1 WHERE "Book"."title" = $2;

-- 264 line 265: Card upsertOne
INSERT INTO "public"."Card" ("id", "code") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "code" = $3 WHERE "Card"."id" = $4 RETURNING "id", "code", "authorId";

-- 265 line 266: Card deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Card" WHERE "Card"."id" = $1;

-- 266 line 267: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Book" SET "authorId" = $1 WHERE "Book"."id" = $2;
INSERT INTO "public"."Book" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id" FROM "public"."Note" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 267 line 268: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 268 line 269: Note upsertOne
SELECT "t0"."id", "t0"."text", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Note" SET "text" = $1 WHERE ("Note"."id" IN ($2,…) AND "Note"."id" = $3) RETURNING "id", "text", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Note" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 269 line 270: Passport updateOne
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 270 line 271: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."name" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE ("t2"."name" = $1 AND EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t3" WHERE "t3"."A" = "t2"."id" AND "t3"."B" IN ($2,…)));
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."B" FROM "public"."Author" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 271 line 272: Passport updateOne
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("mentorId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 272 line 273: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 273 line 274: Passport updateOne
UPDATE "public"."Passport" SET "number" = $1 WHERE "Passport"."id" = $2 RETURNING "id", "number", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t1"."id" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 274 line 275: Club createOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 275 line 276: Note createOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Note" ("authorId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "authorId";
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 276 line 277: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."code", "t1"."authorId" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 277 line 278: Card updateOne
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Author" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 278 line 279: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."mentorId" IN ($1,…) ORDER BY "t1"."id" ASC;
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 279 line 280: Card updateOne
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" IN ($2,…) RETURNING "id", "name", "mentorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 280 line 281: Book updateOne
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Author" ("id", "name", "mentorId") VALUES ($1, $2, $3);
UPDATE "public"."Book" SET "title" = $1, "authorId" = $2 WHERE "Book"."id" = $3 RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 281 line 282: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 282 line 283: Card updateMany
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."code" = $2;

-- 283 line 284: Book deleteOne
DELETE FROM "public"."Book" WHERE "Book"."id" = $1 RETURNING "id", "title", "authorId";

-- 284 line 285: Card updateMany
UPDATE "public"."Card" SET "code" = $1 WHERE 1=1;

-- 285 line 286: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Note" ("id", "text", "authorId") VALUES ($1, $2, $3);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 286 line 287: Book updateOne
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Author" WHERE "Author"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Book" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 287 line 288: Club upsertOne
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "name" = $3 WHERE "Club"."id" = $4 RETURNING "id", "name";

-- 288 line 289: Passport updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."number", "t3"."authorId" FROM "public"."Passport" AS "t3" WHERE "t3"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Author" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 289 line 290: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."name" FROM "public"."Club" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Club" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_AuthorToClub" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Note" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Passport" AS "t4" WHERE "t4"."authorId" IN ($1,…);
SELECT "t5"."id", "t5"."authorId" FROM "public"."Card" AS "t5" WHERE "t5"."authorId" IN ($1,…);

-- 290 line 291: Author deleteOne
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."id", "t2"."mentorId" FROM "public"."Author" AS "t2" WHERE "t2"."mentorId" IN ($1,…) ORDER BY "t2"."id" ASC;
DELETE FROM "public"."Author" WHERE "Author"."id" = $1;

-- 291 line 292: Book createOne
INSERT INTO "public"."Book" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Book" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 292 line 293: Passport upsertOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Passport" SET "number" = $1 WHERE ("Passport"."id" IN ($2,…) AND "Passport"."id" = $3) RETURNING "id", "number", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."number", "t2"."authorId" FROM "public"."Passport" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t3"."id" FROM "public"."Passport" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 293 line 294: Author upsertOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Author" SET "name" = $1 WHERE ("Author"."id" IN ($2,…) AND "Author"."id" = $3) RETURNING "id", "name", "mentorId";
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."A" FROM "public"."Club" AS "t3" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 294 line 295: Club updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_AuthorToClub" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
DELETE FROM "public"."_AuthorToClub" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."name", "t3"."mentorId" FROM "public"."Author" AS "t3" WHERE (("t3"."id" = $1 AND 1=1) OR ("t3"."id" = $2 AND 1=1));
INSERT INTO "public"."_AuthorToClub" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Club" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."B" FROM "public"."Author" AS "t5" INNER JOIN "public"."_AuthorToClub" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 295 line 296: Author updateOne
UPDATE "public"."Author" SET "name" = $1 WHERE "Author"."id" = $2 RETURNING "id", "name", "mentorId";
SELECT "t0"."id", "t0"."code", "t0"."authorId" FROM "public"."Card" AS "t0" WHERE "t0"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" IN ($2,…) RETURNING "id", "code", "authorId";
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."number", "t1"."authorId" FROM "public"."Passport" AS "t1" WHERE "t1"."authorId" IN ($1,…);
UPDATE "public"."Passport" SET "authorId" = NULL WHERE "Passport"."id" IN ($1,…);
INSERT INTO "public"."Passport" ("authorId", "id", "number") VALUES ($1, $2, $3) RETURNING "id", "number", "authorId";
SELECT "t2"."id" FROM "public"."Author" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."authorId" FROM "public"."Book" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."authorId" FROM "public"."Card" AS "t4" WHERE "t4"."authorId" IN ($1,…);

-- 296 line 297: Note deleteOne
SELECT "t0"."id", "t0"."authorId" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."Note" WHERE "Note"."id" = $1;

-- 297 line 298: Card createOne
SELECT "t0"."id", "t0"."number", "t0"."authorId" FROM "public"."Passport" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "mentorId";
UPDATE "public"."Passport" SET "authorId" = $1 WHERE "Passport"."id" IN ($2,…);
INSERT INTO "public"."Card" ("authorId", "id", "code") VALUES ($1, $2, $3) RETURNING "id", "code", "authorId";
SELECT "t1"."id" FROM "public"."Card" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 298 line 299: Card updateOne
SELECT "t0"."id", "t0"."name", "t0"."mentorId" FROM "public"."Author" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Card" SET "code" = $1 WHERE "Card"."id" = $2 RETURNING "id", "code", "authorId";
SELECT "t1"."id", "t1"."name", "t1"."mentorId" FROM "public"."Author" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."code", "t2"."authorId" FROM "public"."Card" AS "t2" WHERE "t2"."authorId" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = NULL WHERE "Card"."id" IN ($1,…);
UPDATE "public"."Card" SET "authorId" = $1 WHERE "Card"."id" IN ($2,…);
SELECT "t3"."id" FROM "public"."Card" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 299 line 300: Club updateMany
UPDATE "public"."Club" SET "name" = $1 WHERE 1=1;

