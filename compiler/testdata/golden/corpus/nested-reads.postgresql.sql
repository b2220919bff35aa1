-- 000 line 2: Member createMany
INSERT INTO "public"."Member" ("id", "handle") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 001 line 3: Forum createOne
INSERT INTO "public"."Forum" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."handle" FROM "public"."Member" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_ForumToMember" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Thread" ("id", "title", "pinned", "forumId") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);
SELECT "t1"."id" FROM "public"."Forum" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 002 line 4: Forum createOne
INSERT INTO "public"."Forum" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."handle" FROM "public"."Member" AS "t0" WHERE ("t0"."handle" = $1);
INSERT INTO "public"."_ForumToMember" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Thread" ("forumId", "id", "title", "pinned") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "pinned", "forumId";
SELECT "t1"."id" FROM "public"."Forum" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 003 line 5: Forum createOne
INSERT INTO "public"."Forum" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Forum" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Reply createMany
INSERT INTO "public"."Reply" ("id", "body", "likes", "threadId", "authorId", "parentId") VALUES ($1, $2, $3, $4, $5, DEFAULT), ($6, $7, $8, $9, $10, $11), ($12, $13, $14, $15, $16, $17), ($18, $19, $20, $21, $22, $23), ($24, $25, $26, $27, $28, DEFAULT), ($29, $30, $31, $32, $33, DEFAULT), ($34, $35, $36, $37, $38, DEFAULT);

-- 005 line 8: Forum findMany
SELECT "t0"."id" FROM "public"."Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."title", "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."pinned" = $1 AND "t1"."forumId" IN ($2,…) ORDER BY "t1"."title" DESC;

-- 006 line 10: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) ORDER BY "t1"."likes" DESC;

-- 007 line 11: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 008 line 12: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 009 line 13: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE "t0"."id" IN ($1,…) ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."likes", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) ORDER BY "t1"."likes" ASC, "t1"."id" ASC;

-- 010 line 15: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "public"."Reply" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" ASC;

-- 011 line 16: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) AND ("t1"."id" <= (SELECT "t1"."id" FROM "public"."Reply" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" DESC;

-- 012 line 18: Thread findMany
SELECT "t0"."id" FROM "public"."Thread" AS "t0" WHERE "t0"."id" <= $1 ORDER BY "t0"."id" ASC;
SELECT "t1"."likes", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 013 line 19: Forum findMany
SELECT "t0"."id" FROM "public"."Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."authorId", "t2"."threadId" FROM "public"."Reply" AS "t2" WHERE "t2"."threadId" IN ($1,…) ORDER BY "t2"."authorId" ASC;

-- 014 line 21: Forum findMany
SELECT "t0"."name", "t0"."id" FROM "public"."Forum" AS "t0" WHERE EXISTS(SELECT "t4"."forumId" FROM "public"."Thread" AS "t4" WHERE (1=1 AND ("t4"."forumId") = ("t0"."id") AND "t4"."forumId" IS NOT NULL)) ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."id", "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."body", "t2"."authorId", "t2"."threadId" FROM "public"."Reply" AS "t2" WHERE "t2"."likes" >= $1 AND "t2"."threadId" IN ($2,…) ORDER BY "t2"."likes" DESC;
SELECT "t3"."handle", "t3"."id" FROM "public"."Member" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 015 line 23: Reply findMany
SELECT "t0"."id", "t0"."body", "t0"."likes", "t0"."threadId", "t0"."authorId", "t0"."parentId" FROM "public"."Reply" AS "t0" WHERE "t0"."parentId" IS NULL ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."forumId", "t1"."id" FROM "public"."Thread" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."name", "t2"."id" FROM "public"."Forum" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 016 line 25: Reply findMany
SELECT "t0"."id", "t0"."parentId" FROM "public"."Reply" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id" FROM "public"."Reply" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentId" FROM "public"."Reply" AS "t2" WHERE "t2"."parentId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."body", "t3"."parentId" FROM "public"."Reply" AS "t3" WHERE "t3"."parentId" IN ($1,…);

-- 017 line 26: Reply findMany
SELECT "t0"."id", "t0"."parentId" FROM "public"."Reply" AS "t0" WHERE "t0"."parentId" IS NOT NULL ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."parentId" FROM "public"."Reply" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Reply" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 018 line 28: Forum findMany
SELECT "t0"."name", "t0"."id" FROM "public"."Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."handle", "j"."A" FROM "public"."Member" AS "t1" INNER JOIN "public"."_ForumToMember" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t1"."handle" DESC;

-- 019 line 29: Member findMany
SELECT "t0"."handle", "t0"."id" FROM "public"."Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."B" FROM "public"."Forum" AS "t1" INNER JOIN "public"."_ForumToMember" AS "j" ON "j"."A" = "t1"."id" WHERE "t1"."name" <> $1 AND "j"."B" IN ($2,…);

-- 020 line 30: Member findMany
SELECT "t0"."handle", "t0"."id" FROM "public"."Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."B" FROM "public"."Forum" AS "t1" INNER JOIN "public"."_ForumToMember" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 021 line 32: Forum findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_ForumToMember" AS "t3" INNER JOIN "public"."Member" AS "t2" ON "t3"."B" = "t2"."id" WHERE "t3"."A" = "t0"."id") FROM "public"."Forum" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 022 line 33: Thread findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Reply" AS "t1" WHERE "t1"."threadId" = "t0"."id" AND "t1"."likes" > $1) FROM "public"."Thread" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 023 line 34: Reply findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Reply" AS "t1" WHERE "t1"."parentId" = "t0"."id") FROM "public"."Reply" AS "t0" WHERE "t0"."id" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 024 line 35: Member findMany
SELECT "t0"."handle", (SELECT COUNT(*) FROM "public"."Reply" AS "t1" WHERE "t1"."authorId" = "t0"."id" AND NULLIF(COALESCE((SELECT CASE WHEN "t2"."forumId" = $1 THEN 1 WHEN NOT "t2"."forumId" = $2 THEN 0 ELSE 2 END FROM "public"."Thread" AS "t2" WHERE ("t2"."id") = ("t1"."threadId")), 0), 2) = 1), (SELECT COUNT(*) FROM "public"."_ForumToMember" AS "t4" INNER JOIN "public"."Forum" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id") FROM "public"."Member" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 025 line 36: Forum findMany
SELECT "t0"."id" FROM "public"."Forum" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", (SELECT COUNT(*) FROM "public"."Reply" AS "t2" WHERE "t2"."threadId" = "t1"."id"), "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 026 line 38: Thread findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Reply" AS "t2" WHERE "t2"."threadId" = "t0"."id") FROM "public"."Thread" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."threadId" FROM "public"."Reply" AS "t1" WHERE "t1"."likes" > $1 AND "t1"."threadId" IN ($2,…) ORDER BY "t1"."id" ASC;

-- 027 line 40: Member findUnique
SELECT "t0"."handle", "t0"."id" FROM "public"."Member" AS "t0" WHERE ("t0"."handle" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."body", "t1"."threadId", "t1"."authorId" FROM "public"."Reply" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."title", "t2"."id" FROM "public"."Thread" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."name", "j"."B" FROM "public"."Forum" AS "t3" INNER JOIN "public"."_ForumToMember" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…);

-- 028 line 42: Reply findMany
SELECT "t0"."id", "t0"."authorId" FROM "public"."Reply" AS "t0" WHERE 1=1;
SELECT "t1"."id" FROM "public"."Member" AS "t1" WHERE "t1"."id" = $1 AND "t1"."id" IN ($2,…);

-- 029 line 43: Forum findMany
SELECT "t0"."id" FROM "public"."Forum" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" IN ($1,…);

-- 030 line 45: Forum findUnique
SELECT "t0"."name", "t0"."id", (SELECT COUNT(*) FROM "public"."Thread" AS "t3" WHERE "t3"."forumId" = "t0"."id") FROM "public"."Forum" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."forumId" FROM "public"."Thread" AS "t1" WHERE "t1"."forumId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."handle", "j"."A" FROM "public"."Member" AS "t2" INNER JOIN "public"."_ForumToMember" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…);

