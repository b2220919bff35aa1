-- 000 line 2: Member createMany
INSERT INTO "Member" ("id", "handle") VALUES (?, ?), (?, ?), (?, ?);

-- 001 line 3: Forum createOne
INSERT INTO "Forum" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."handle" FROM "Member" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_ForumToMember" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Thread" ("id", "title", "pinned", "forumId") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);
SELECT "t1"."id" FROM "Forum" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 002 line 4: Forum createOne
INSERT INTO "Forum" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."handle" FROM "Member" AS "t0" WHERE ("t0"."handle" = ?);
INSERT INTO "_ForumToMember" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Thread" ("forumId", "id", "title", "pinned") VALUES (?, ?, ?, ?) RETURNING "id", "title", "pinned", "forumId";
SELECT "t1"."id" FROM "Forum" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 003 line 5: Forum createOne
INSERT INTO "Forum" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Forum" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Reply createMany
INSERT INTO "Reply" ("id", "body", "likes", "threadId", "authorId", "parentId") VALUES (?, ?, ?, ?, ?, NULL), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, NULL), (?, ?, ?, ?, ?, NULL), (?, ?, ?, ?, ?, NULL);

-- 005 line 8: Forum findMany
SELECT "t0"."id" FROM "Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."title", "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."pinned" = ? AND "t1"."forumId" IN (?,…) ORDER BY "t1"."title" DESC;

-- 006 line 10: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) ORDER BY "t1"."likes" DESC;

-- 007 line 11: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 008 line 12: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) ORDER BY "t1"."id" DESC;

-- 009 line 13: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE "t0"."id" IN (?,…) ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."likes", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) ORDER BY "t1"."likes" ASC, "t1"."id" ASC;

-- 010 line 15: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "Reply" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."id" ASC;

-- 011 line 16: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) AND ("t1"."id" <= (SELECT "t1"."id" FROM "Reply" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."id" DESC;

-- 012 line 18: Thread findMany
SELECT "t0"."id" FROM "Thread" AS "t0" WHERE "t0"."id" <= ? ORDER BY "t0"."id" ASC;
SELECT "t1"."likes", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."threadId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 013 line 19: Forum findMany
SELECT "t0"."id" FROM "Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."forumId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."authorId", "t2"."threadId" FROM "Reply" AS "t2" WHERE "t2"."threadId" IN (?,…) ORDER BY "t2"."authorId" ASC;

-- 014 line 21: Forum findMany
SELECT "t0"."name", "t0"."id" FROM "Forum" AS "t0" WHERE EXISTS(SELECT "t4"."forumId" FROM "Thread" AS "t4" WHERE (1=1 AND ("t4"."forumId") = ("t0"."id") AND "t4"."forumId" IS NOT NULL)) ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."id", "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."forumId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."body", "t2"."authorId", "t2"."threadId" FROM "Reply" AS "t2" WHERE "t2"."likes" >= ? AND "t2"."threadId" IN (?,…) ORDER BY "t2"."likes" DESC;
SELECT "t3"."handle", "t3"."id" FROM "Member" AS "t3" WHERE "t3"."id" IN (?,…);

-- 015 line 23: Reply findMany
SELECT "t0"."id", "t0"."body", "t0"."likes", "t0"."threadId", "t0"."authorId", "t0"."parentId" FROM "Reply" AS "t0" WHERE "t0"."parentId" IS NULL ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."forumId", "t1"."id" FROM "Thread" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."name", "t2"."id" FROM "Forum" AS "t2" WHERE "t2"."id" IN (?,…);

-- 016 line 25: Reply findMany
SELECT "t0"."id", "t0"."parentId" FROM "Reply" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id" FROM "Reply" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentId" FROM "Reply" AS "t2" WHERE "t2"."parentId" IN (?,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."body", "t3"."parentId" FROM "Reply" AS "t3" WHERE "t3"."parentId" IN (?,…);

-- 017 line 26: Reply findMany
SELECT "t0"."id", "t0"."parentId" FROM "Reply" AS "t0" WHERE "t0"."parentId" IS NOT NULL ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."parentId" FROM "Reply" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "Reply" AS "t2" WHERE "t2"."id" IN (?,…);

-- 018 line 28: Forum findMany
SELECT "t0"."name", "t0"."id" FROM "Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."handle", "j"."A" FROM "Member" AS "t1" INNER JOIN "_ForumToMember" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…) ORDER BY "t1"."handle" DESC;

-- 019 line 29: Member findMany
SELECT "t0"."handle", "t0"."id" FROM "Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."B" FROM "Forum" AS "t1" INNER JOIN "_ForumToMember" AS "j" ON "j"."A" = "t1"."id" WHERE "t1"."name" <> ? AND "j"."B" IN (?,…);

-- 020 line 30: Member findMany
SELECT "t0"."handle", "t0"."id" FROM "Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."B" FROM "Forum" AS "t1" INNER JOIN "_ForumToMember" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."id" DESC;

-- 021 line 32: Forum findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Thread" AS "t1" WHERE "t1"."forumId" = "t0"."id"), (SELECT COUNT(*) FROM "_ForumToMember" AS "t3" INNER JOIN "Member" AS "t2" ON "t3"."B" = "t2"."id" WHERE "t3"."A" = "t0"."id") FROM "Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 022 line 33: Thread findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Reply" AS "t1" WHERE "t1"."threadId" = "t0"."id" AND "t1"."likes" > ?) FROM "Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 023 line 34: Reply findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Reply" AS "t1" WHERE "t1"."parentId" = "t0"."id") FROM "Reply" AS "t0" WHERE "t0"."id" IN (?,…) ORDER BY "t0"."id" ASC;

-- 024 line 35: Member findMany
SELECT "t0"."handle", (SELECT COUNT(*) FROM "Reply" AS "t1" WHERE "t1"."authorId" = "t0"."id" AND NULLIF(COALESCE((SELECT CASE WHEN "t2"."forumId" = ? THEN 1 WHEN NOT "t2"."forumId" = ? THEN 0 ELSE 2 END FROM "Thread" AS "t2" WHERE ("t2"."id") = ("t1"."threadId")), 0), 2) = 1), (SELECT COUNT(*) FROM "_ForumToMember" AS "t4" INNER JOIN "Forum" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id") FROM "Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 025 line 36: Forum findMany
SELECT "t0"."id" FROM "Forum" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", (SELECT COUNT(*) FROM "Reply" AS "t2" WHERE "t2"."threadId" = "t1"."id"), "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."forumId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 026 line 38: Thread findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Reply" AS "t2" WHERE "t2"."threadId" = "t0"."id") FROM "Thread" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."threadId" FROM "Reply" AS "t1" WHERE "t1"."likes" > ? AND "t1"."threadId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 027 line 40: Member findUnique
SELECT "t0"."handle", "t0"."id" FROM "Member" AS "t0" WHERE ("t0"."handle" = ? AND 1=1) LIMIT ?;
SELECT "t1"."body", "t1"."threadId", "t1"."authorId" FROM "Reply" AS "t1" WHERE "t1"."authorId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."title", "t2"."id" FROM "Thread" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."name", "j"."B" FROM "Forum" AS "t3" INNER JOIN "_ForumToMember" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…);

-- 028 line 42: Reply findMany
SELECT "t0"."id", "t0"."authorId" FROM "Reply" AS "t0" WHERE 1=1;
SELECT "t1"."id" FROM "Member" AS "t1" WHERE "t1"."id" = ? AND "t1"."id" IN (?,…);

-- 029 line 43: Forum findMany
SELECT "t0"."id" FROM "Forum" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."forumId" IN (?,…);

-- 030 line 45: Forum findUnique
SELECT "t0"."name", "t0"."id", (SELECT COUNT(*) FROM "Thread" AS "t3" WHERE "t3"."forumId" = "t0"."id") FROM "Forum" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."id", "t1"."forumId" FROM "Thread" AS "t1" WHERE "t1"."forumId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."handle", "j"."A" FROM "Member" AS "t2" INNER JOIN "_ForumToMember" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN (?,…);

