-- 000 line 2: User upsertOne
INSERT INTO "User" ("email", "tag", "name", "big", "at", "n", "kind", "updated") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("email") DO UPDATE SET "n" = ("User"."n" + ?), "updated" = ? WHERE "User"."email" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 001 line 3: User upsertOne
INSERT INTO "User" ("email", "tag", "name", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("email") DO UPDATE SET "n" = ("User"."n" + ?), "name" = ?, "updated" = ? WHERE "User"."email" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 002 line 5: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."email" = ?;
UPDATE "User" SET "name" = ?, "updated" = ? WHERE ("User"."id" IN (?,…) AND "User"."email" = ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 003 line 7: User upsertOne
INSERT INTO "User" ("id", "email", "tag", "n", "big", "at", "kind", "updated") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = ?, "updated" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 004 line 8: User upsertOne
INSERT INTO "User" ("id", "email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = ?, "kind" = ?, "updated" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 005 line 9: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."id" = ?;
UPDATE "User" SET "name" = ?, "updated" = ? WHERE ("User"."id" IN (?,…) AND "User"."id" = ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 006 line 11: User upsertOne
INSERT INTO "User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("tag", "n") DO UPDATE SET "name" = ?, "updated" = ? WHERE ("User"."tag" = ? AND "User"."n" = ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 007 line 12: User upsertOne
INSERT INTO "User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("tag", "n") DO UPDATE SET "email" = ?, "updated" = ? WHERE ("User"."tag" = ? AND "User"."n" = ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 008 line 14: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."email" = ?;
INSERT INTO "User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 009 line 15: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."email" = ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Post" AS "t2" WHERE "t2"."authorId" IN (?,…);

-- 010 line 16: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."email" = ?;
UPDATE "User" SET "name" = ?, "updated" = ? WHERE ("User"."id" IN (?,…) AND "User"."email" = ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."name" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."authorId" FROM "Post" AS "t2" WHERE "t2"."authorId" IN (?,…);

-- 011 line 18: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE ("t0"."email" = ? AND "t0"."name" = ?);
UPDATE "User" SET "name" = ?, "updated" = ? WHERE ("User"."id" IN (?,…) AND ("User"."email" = ? AND "User"."name" = ?)) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 012 line 20: User upsertOne
INSERT INTO "User" ("email", "tag", "big", "n", "kind", "at", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("big") DO UPDATE SET "n" = ("User"."n" * ?), "updated" = ? WHERE "User"."big" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 013 line 21: User upsertOne
INSERT INTO "User" ("email", "tag", "at", "n", "kind", "big", "updated") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("at") DO UPDATE SET "n" = ("User"."n" - ?), "updated" = ? WHERE "User"."at" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 014 line 23: User updateOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "User" AS "t0" WHERE "t0"."email" = ? LIMIT ?;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Post" AS "t1" WHERE ("t1"."id" = ? AND "t1"."authorId" IN (?,…));
UPDATE "Post" SET "title" = ? WHERE ("Post"."id" IN (?,…) AND "Post"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "Post" AS "t2" WHERE ("t2"."id" = ? AND "t2"."authorId" IN (?,…));
UPDATE "Post" SET "title" = ? WHERE ("Post"."id" IN (?,…) AND "Post"."id" = ?) RETURNING "id", "title", "authorId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t3"."id" FROM "User" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "Post" AS "t4" WHERE "t4"."authorId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 032 line 50: User updateOne
UPDATE "User" SET "email" = ?, "updated" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 036 line 55: User deleteOne
DELETE FROM "User" WHERE "User"."email" = ? RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

