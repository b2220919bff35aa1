-- 000 line 2: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Comment" ("id", "text", "postId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."postId" FROM "Comment" AS "t2" WHERE "t2"."postId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 001 line 4: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…);

-- 002 line 5: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 003 line 7: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 9: Post createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."authorId" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."email" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);

-- 005 line 10: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."email" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 006 line 11: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."email", "t2"."id" FROM "User" AS "t2" WHERE "t2"."id" IN (?,…);

-- 007 line 12: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE "t0"."email" = ? LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."email" FROM "User" AS "t2" WHERE "t2"."id" IN (?,…);

-- 008 line 14: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Post" SET "authorId" = ? WHERE ("Post"."id" = ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…);

-- 009 line 15: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Post" SET "authorId" = ? WHERE (("Post"."id" = ? AND 1=1) OR ("Post"."title" = ? AND 1=1));
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 010 line 16: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Post" SET "authorId" = ? WHERE "Post"."id" = ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id", "t1"."title", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."title" = ? LIMIT ?;
UPDATE "Post" SET "authorId" = ? WHERE "Post"."title" = ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t2"."id" FROM "User" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."title", "t3"."authorId" FROM "Post" AS "t3" WHERE "t3"."authorId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 011 line 18: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
UPDATE "Post" SET "authorId" = ? WHERE ("Post"."id" = ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 012 line 20: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Profile" ("userId", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "userId";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "Profile" AS "t1" WHERE "t1"."userId" IN (?,…);

-- 013 line 21: Profile createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Profile" ("userId", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "userId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);

-- 014 line 23: Profile createOne
INSERT INTO "Profile" ("id", "bio") VALUES (?, ?) RETURNING "id", "bio", "userId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 015 line 24: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."id" IN (?,…);
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."userId" FROM "Profile" AS "t2" WHERE "t2"."userId" IN (?,…);

-- 016 line 25: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."id" IN (?,…);
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."userId" FROM "Profile" AS "t2" WHERE "t2"."userId" IN (?,…);

-- 017 line 27: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."id" IN (?,…);
INSERT INTO "Profile" ("userId", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "userId";
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "Profile" AS "t2" WHERE "t2"."userId" IN (?,…);

-- 018 line 28: Profile createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE "t0"."email" = ? LIMIT ?;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "Profile" AS "t1" WHERE "t1"."userId" IN (?,…);
UPDATE "Profile" SET "userId" = NULL WHERE "Profile"."id" IN (?,…);
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Profile" ("userId", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "userId";
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "Profile" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 019 line 30: Profile createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "Profile" AS "t1" WHERE "t1"."userId" IN (?,…);
UPDATE "Profile" SET "userId" = NULL WHERE "Profile"."id" IN (?,…);
INSERT INTO "Profile" ("userId", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "userId";
SELECT "t2"."id", "t2"."bio", "t2"."userId" FROM "Profile" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 020 line 32: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "Tag" ("id", "name") VALUES (?, ?), (?, ?) RETURNING "id", "name";
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "j"."A" FROM "Tag" AS "t2" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN (?,…) ORDER BY "t2"."id" ASC;

-- 021 line 33: Post createOne
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "Tag" AS "t0" WHERE ("t0"."name" = ?);
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."name" FROM "Tag" AS "t1" WHERE "t1"."name" = ? LIMIT ?;
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Tag" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Post" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."name", "j"."A" FROM "Tag" AS "t3" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."name" ASC;

-- 022 line 34: Tag createOne
INSERT INTO "Tag" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Post" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_PostToTag" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
INSERT INTO "_PostToTag" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Tag" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "j"."B" FROM "Post" AS "t2" INNER JOIN "_PostToTag" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."id" ASC;

-- 023 line 35: Group createOne
INSERT INTO "Group" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."email" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."email", "t1"."managerId", "t1"."buddyId" FROM "User" AS "t1" WHERE "t1"."email" = ? LIMIT ?;
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."name", "t2"."id" FROM "Group" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."A" FROM "User" AS "t3" INNER JOIN "_GroupToUser" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."id" ASC;

-- 024 line 36: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Group" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."name" FROM "Group" AS "t0" WHERE ("t0"."name" = ?);
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."name", "j"."B" FROM "Group" AS "t2" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."id" ASC;

-- 025 line 38: Tag createOne
error: createMany is not available on many-to-many relations

-- 026 line 40: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "User" ("id", "email", "managerId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."managerId" FROM "User" AS "t1" WHERE "t1"."managerId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 027 line 41: User createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "User" ("managerId", "id", "email") VALUES (?, ?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t1"."id", "t1"."managerId" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", (SELECT COUNT(*) FROM "User" AS "t3" WHERE "t3"."managerId" = "t2"."id") FROM "User" AS "t2" WHERE "t2"."id" IN (?,…);

-- 028 line 43: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "User" ("buddyId", "id", "email") VALUES (?, ?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."buddyId" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."buddyId" FROM "User" AS "t2" WHERE "t2"."buddyId" IN (?,…);

-- 029 line 44: User createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "User" SET "buddyId" = ? WHERE "User"."id" IN (?,…);
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."buddyId" FROM "User" AS "t2" WHERE "t2"."buddyId" IN (?,…);

-- 030 line 46: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 031 line 47: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Post" SET "authorId" = ? WHERE (("Post"."id" = ? AND 1=1) OR ("Post"."id" = ? AND 1=1));
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 032 line 48: Post createOne
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id", "t0"."name" FROM "Tag" AS "t0" WHERE ("t0"."name" = ?);
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 033 line 49: User createOne
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "Profile" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."id" IN (?,…);
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 034 line 51: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
INSERT INTO "Post" ("id", "title", "authorId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 035 line 53: Post createOne
INSERT INTO "Post" ("id", "title") VALUES (?, ?) RETURNING "id", "title", "authorId";
SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 036 line 54: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 037 line 55: Post createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 038 line 57: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."managerId", "t0"."buddyId" FROM "User" AS "t0" WHERE ("t0"."managerId" = ?) LIMIT ?;
INSERT INTO "Post" ("authorId", "id", "title") VALUES (?, ?, ?) RETURNING "id", "title", "authorId";
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 039 line 58: User createOne
error: Unknown field `articles` in create data of `User`

-- 040 line 60: User createOne
INSERT INTO "User" ("id", "email") VALUES (?, ?) RETURNING "id", "email", "managerId", "buddyId";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?,…);
SELECT "t2"."id", "j"."B" FROM "Group" AS "t2" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…);

