-- 000 line 2: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "name", "big", "at", "n", "kind", "updated") VALUES ($1, $2, $3, $4, $5, $6, CAST($7::text AS "public"."Kind"), $8) ON CONFLICT ("email") DO UPDATE SET "n" = ("User"."n" + $9), "updated" = $10 WHERE "User"."email" = $11 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 001 line 3: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "name", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."Kind"), $6, $7, $8) ON CONFLICT ("email") DO UPDATE SET "n" = ("User"."n" + $9), "name" = $10, "updated" = $11 WHERE "User"."email" = $12 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 002 line 5: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1;
UPDATE "public"."User" SET "name" = $1, "updated" = $2 WHERE ("User"."id" IN ($3,…) AND "User"."email" = $4) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "public"."User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 003 line 7: User upsertOne
INSERT INTO "public"."User" ("id", "email", "tag", "n", "big", "at", "kind", "updated") VALUES ($1, $2, $3, $4, $5, $6, CAST($7::text AS "public"."Kind"), $8) ON CONFLICT ("id") DO UPDATE SET "name" = $9, "updated" = $10 WHERE "User"."id" = $11 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 004 line 8: User upsertOne
INSERT INTO "public"."User" ("id", "email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."Kind"), $6, $7, $8) ON CONFLICT ("id") DO UPDATE SET "name" = $9, "kind" = CAST($10::text AS "public"."Kind"), "updated" = $11 WHERE "User"."id" = $12 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 005 line 9: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."User" SET "name" = $1, "updated" = $2 WHERE ("User"."id" IN ($3,…) AND "User"."id" = $4) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "public"."User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 006 line 11: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "n", "big", "at", "kind", "updated") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."Kind"), $7) ON CONFLICT ("tag", "n") DO UPDATE SET "name" = $8, "updated" = $9 WHERE ("User"."tag" = $10 AND "User"."n" = $11) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 007 line 12: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, CAST($4::text AS "public"."Kind"), $5, $6, $7) ON CONFLICT ("tag", "n") DO UPDATE SET "email" = $8, "updated" = $9 WHERE ("User"."tag" = $10 AND "User"."n" = $11) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 008 line 14: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1;
INSERT INTO "public"."User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, CAST($4::text AS "public"."Kind"), $5, $6, $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 009 line 15: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, CAST($4::text AS "public"."Kind"), $5, $6, $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…);

-- 010 line 16: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1;
UPDATE "public"."User" SET "name" = $1, "updated" = $2 WHERE ("User"."id" IN ($3,…) AND "User"."email" = $4) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "public"."User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, CAST($4::text AS "public"."Kind"), $5, $6, $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."name" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…);

-- 011 line 18: User upsertOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND "t0"."name" = $2);
UPDATE "public"."User" SET "name" = $1, "updated" = $2 WHERE ("User"."id" IN ($3,…) AND ("User"."email" = $4 AND "User"."name" = $5)) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
INSERT INTO "public"."User" ("email", "tag", "n", "kind", "big", "at", "updated") VALUES ($1, $2, $3, CAST($4::text AS "public"."Kind"), $5, $6, $7) RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";
SELECT "t1"."id", "t1"."email", "t1"."name", "t1"."n", "t1"."tag", "t1"."kind" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 012 line 20: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "big", "n", "kind", "at", "updated") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."Kind"), $6, $7) ON CONFLICT ("big") DO UPDATE SET "n" = ("User"."n" * $8), "updated" = $9 WHERE "User"."big" = $10 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 013 line 21: User upsertOne
INSERT INTO "public"."User" ("email", "tag", "at", "n", "kind", "big", "updated") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."Kind"), $6, $7) ON CONFLICT ("at") DO UPDATE SET "n" = ("User"."n" - $8), "updated" = $9 WHERE "User"."at" = $10 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 014 line 23: User updateOne
SELECT "t0"."id", "t0"."email", "t0"."name", "t0"."n", "t0"."tag", "t0"."kind", "t0"."big", "t0"."at", "t0"."updated" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."authorId" IN ($2,…));
UPDATE "public"."Post" SET "title" = $1 WHERE ("Post"."id" IN ($2,…) AND "Post"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE ("t2"."id" = $1 AND "t2"."authorId" IN ($2,…));
UPDATE "public"."Post" SET "title" = $1 WHERE ("Post"."id" IN ($2,…) AND "Post"."id" = $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."title", "t4"."authorId" FROM "public"."Post" AS "t4" WHERE "t4"."authorId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 032 line 50: User updateOne
UPDATE "public"."User" SET "email" = $1, "updated" = $2 WHERE "User"."id" = $3 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

-- 036 line 55: User deleteOne
DELETE FROM "public"."User" WHERE "User"."email" = $1 RETURNING "id", "email", "name", "n", "tag", "kind", "big", "at", "updated";

