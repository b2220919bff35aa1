-- 000 line 2: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Comment" ("id", "text", "postId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 001 line 4: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);

-- 002 line 5: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 003 line 7: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 9: Post createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."email" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 005 line 10: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 006 line 11: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."email", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 007 line 12: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1 LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."email" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 008 line 14: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Post" SET "authorId" = $1 WHERE ("Post"."id" = $2);
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);

-- 009 line 15: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Post" SET "authorId" = $1 WHERE (("Post"."id" = $2 AND 1=1) OR ("Post"."title" = $3 AND 1=1));
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 010 line 16: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Post" SET "authorId" = $1 WHERE "Post"."id" = $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."title" = $1 LIMIT $2;
UPDATE "public"."Post" SET "authorId" = $1 WHERE "Post"."title" = $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "public"."Post" AS "t3" WHERE "t3"."authorId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 011 line 18: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
UPDATE "public"."Post" SET "authorId" = $1 WHERE ("Post"."id" = $2);
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 012 line 20: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);

-- 013 line 21: Profile createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 014 line 23: Profile createOne
INSERT INTO "public"."Profile" ("id", "bio") VALUES ($1, $2) RETURNING "id", "bio", "userId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 015 line 24: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Profile" SET "userId" = $1 WHERE "Profile"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."userId" FROM "public"."Profile" AS "t2" WHERE "t2"."userId" IN ($1,…);

-- 016 line 25: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Profile" SET "userId" = $1 WHERE "Profile"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."userId" FROM "public"."Profile" AS "t2" WHERE "t2"."userId" IN ($1,…);

-- 017 line 27: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Profile" SET "userId" = $1 WHERE "Profile"."id" IN ($2,…);
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "public"."Profile" AS "t2" WHERE "t2"."userId" IN ($1,…);

-- 018 line 28: Profile createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE "t0"."email" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);
UPDATE "public"."Profile" SET "userId" = NULL WHERE "Profile"."id" IN ($1,…);
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "public"."Profile" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 019 line 30: Profile createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);
UPDATE "public"."Profile" SET "userId" = NULL WHERE "Profile"."id" IN ($1,…);
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "public"."Profile" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 020 line 32: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "j"."A" FROM "public"."Tag" AS "t2" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 021 line 33: Post createOne
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Tag" AS "t0" WHERE ("t0"."name" = $1);
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name" FROM "public"."Tag" AS "t1" WHERE "t1"."name" = $1 LIMIT $2;
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Post" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "j"."A" FROM "public"."Tag" AS "t3" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."name" ASC;

-- 022 line 34: Tag createOne
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_PostToTag" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
INSERT INTO "public"."_PostToTag" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Tag" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."B" FROM "public"."Post" AS "t2" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 023 line 35: Group createOne
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."email" = $2 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."email", "t1"."managerId", "t1"."buddyId" FROM "public"."User" AS "t1" WHERE "t1"."email" = $1 LIMIT $2;
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."name", "t2"."id" FROM "public"."Group" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."A" FROM "public"."User" AS "t3" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 024 line 36: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."name" FROM "public"."Group" AS "t0" WHERE ("t0"."name" = $1);
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."name", "j"."B" FROM "public"."Group" AS "t2" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 025 line 38: Tag createOne
error: createMany is not available on many-to-many relations

-- 026 line 40: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."User" ("id", "email", "managerId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."managerId" FROM "public"."User" AS "t1" WHERE "t1"."managerId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 027 line 41: User createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."User" ("managerId", "id", "email") VALUES ($1, $2, $3) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t1"."id", "t1"."managerId" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", (SELECT COUNT(*) FROM "public"."User" AS "t3" WHERE "t3"."managerId" = "t2"."id") FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 028 line 43: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."User" ("buddyId", "id", "email") VALUES ($1, $2, $3) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."buddyId" FROM "public"."User" AS "t2" WHERE "t2"."buddyId" IN ($1,…);

-- 029 line 44: User createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."User" SET "buddyId" = $1 WHERE "User"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."buddyId" FROM "public"."User" AS "t2" WHERE "t2"."buddyId" IN ($1,…);

-- 030 line 46: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 031 line 47: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Post" SET "authorId" = $1 WHERE (("Post"."id" = $2 AND 1=1) OR ("Post"."id" = $3 AND 1=1));
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 032 line 48: Post createOne
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "public"."Tag" AS "t0" WHERE ("t0"."name" = $1);
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 033 line 49: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "public"."Profile" SET "userId" = $1 WHERE "Profile"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 034 line 51: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "public"."Post" ("id", "title", "authorId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 035 line 53: Post createOne
INSERT INTO "public"."Post" ("id", "title") VALUES ($1, $2) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 036 line 54: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 037 line 55: Post createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 038 line 57: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "public"."User" AS "t0" WHERE ("t0"."managerId" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title") VALUES ($1, $2, $3) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 039 line 58: User createOne
error: Unknown field `articles` in create data of `User`

-- 040 line 60: User createOne
INSERT INTO "public"."User" ("id", "email") VALUES ($1, $2) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."id", "j"."B" FROM "public"."Group" AS "t2" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…);

