-- 000 line 2: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
INSERT INTO "public"."Post" ("authorId", "id", "title", "content") VALUES ($1, $2, $3, $4) RETURNING "id", "authorId", "title", "content", "score";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t0"."id", "t0"."authorId", "t0"."title", "t0"."content", "t0"."score" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("authorId", "postId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 002 line 5: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE 1=1;

-- 003 line 6: User findFirst
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."login" = $2 LIMIT $3;

-- 004 line 7: User findFirstOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."login" = $2 LIMIT $3;

-- 005 line 8: User findUnique
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 006 line 9: User findUniqueOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 007 line 10: User findUniqueOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 008 line 12: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 009 line 13: User findFirst
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."login" = $1 LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 010 line 14: User findFirstOrThrow
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."login" = $1 LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 011 line 15: User findUnique
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."login" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 012 line 16: User findUniqueOrThrow
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."login" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 013 line 17: User findUniqueOrThrow
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."login" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."authorId", "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);
SELECT "t3"."login", "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 014 line 19: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE 1=1;

-- 015 line 20: User findFirst
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."login" = $2 LIMIT $3;

-- 016 line 21: User findFirstOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."login" = $2 LIMIT $3;

-- 017 line 22: User findUnique
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 018 line 23: User findUniqueOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 019 line 24: User findUniqueOrThrow
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."login" AS "c0" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."login" = $2 AND 1=1) LIMIT $3;

-- 020 line 26: User findMany
SELECT "t0"."id", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."id" AS "c0" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE 1=1;

-- 021 line 27: User aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1) AS "sub";

-- 022 line 28: User groupBy
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 GROUP BY "t0"."id";

-- 023 line 29: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1;

-- 024 line 31: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Post" ("authorId", "id", "title", "content", "score") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "authorId", "title", "content", "score";
INSERT INTO "public"."Cat" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_CatToPost" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Post" ("authorId", "id", "title", "content", "score") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "authorId", "title", "content", "score";
SELECT "t1"."id", "t1"."name" FROM "public"."Cat" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_CatToPost" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Post" ("authorId", "id", "title", "content", "score") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "authorId", "title", "content", "score";
SELECT "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 025 line 32: Comment createOne
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."authorId", "t1"."title", "t1"."content", "t1"."score" FROM "public"."Post" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("postId", "authorId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t2"."id" FROM "public"."Comment" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 026 line 33: Comment createOne
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."authorId", "t1"."title", "t1"."content", "t1"."score" FROM "public"."Post" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("postId", "authorId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t2"."id" FROM "public"."Comment" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 027 line 34: Comment createOne
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."authorId", "t1"."title", "t1"."content", "t1"."score" FROM "public"."Post" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("postId", "authorId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t2"."id" FROM "public"."Comment" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 028 line 35: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 029 line 37: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."title" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."title" DESC LIMIT $1) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 030 line 38: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."title" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" DESC LIMIT $1 OFFSET $2) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 031 line 39: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" ASC;

-- 032 line 40: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."id" AS "c0", "t1"."score" AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" AND EXISTS(SELECT "t2"."postId" FROM "public"."Comment" AS "t2" WHERE (1=1 AND ("t2"."postId") = ("t1"."id") AND "t2"."postId" IS NOT NULL)) ORDER BY "t1"."score" ASC NULLS LAST) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 033 line 41: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."id" AS "c0", "t1"."authorId" AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" DESC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 034 line 42: User findMany
SELECT "t0"."login", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t4" INNER JOIN "public"."User" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t6" INNER JOIN "public"."User" AS "t5" ON "t6"."B" = "t5"."id" WHERE "t6"."A" = "t0"."id"), (SELECT json_agg(json_build_array("s"."c0", "s"."c1", "s"."c2")) FROM (SELECT "t7"."id" AS "c0", (SELECT COUNT(*) FROM "public"."Comment" AS "t8" WHERE "t8"."postId" = "t7"."id") AS "c1", (SELECT COUNT(*) FROM "public"."_CatToPost" AS "t10" INNER JOIN "public"."Cat" AS "t9" ON "t10"."A" = "t9"."id" WHERE "t10"."B" = "t7"."id") AS "c2" FROM "public"."Post" AS "t7" WHERE "t7"."authorId" = "t0"."id" ORDER BY "t7"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 035 line 43: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."login" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."login" AS "c0" FROM "public"."_friends" AS "t3" INNER JOIN "public"."User" AS "t2" ON "t2"."id" = "t3"."B" WHERE "t3"."A" = "t1"."id" ORDER BY "t2"."id" DESC) AS "s") AS "c1" FROM "public"."_friends" AS "t4" INNER JOIN "public"."User" AS "t1" ON "t1"."id" = "t4"."A" WHERE "t4"."B" = "t0"."id" ORDER BY "t1"."login" ASC) AS "s"), (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t5"."id" AS "c0" FROM "public"."_friends" AS "t6" INNER JOIN "public"."User" AS "t5" ON "t5"."id" = "t6"."B" WHERE "t6"."A" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 036 line 44: Cat findMany
SELECT "t0"."name", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_build_array("s"."c0", "s"."c1") FROM (SELECT "t2"."login" AS "c0", (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."bio" AS "c0" FROM "public"."Profile" AS "t3" WHERE "t3"."userId" = "t2"."id" LIMIT $1) AS "s") AS "c1" FROM "public"."User" AS "t2" WHERE "t2"."id" = "t1"."authorId" LIMIT $2) AS "s") AS "c1" FROM "public"."_CatToPost" AS "t4" INNER JOIN "public"."Post" AS "t1" ON "t1"."id" = "t4"."B" WHERE "t4"."A" = "t0"."id" ORDER BY "t1"."id" ASC) AS "s") FROM "public"."Cat" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 037 line 45: Profile findMany
SELECT "t0"."bio", (SELECT json_build_array("s"."c0", "s"."c1") FROM (SELECT "t1"."login" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."title" AS "c0" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t1"."id" AND "t2"."score" > $1) AS "s") AS "c1" FROM "public"."User" AS "t1" WHERE "t1"."id" = "t0"."userId" LIMIT $2) AS "s") FROM "public"."Profile" AS "t0" WHERE 1=1;

-- 038 line 46: Comment findMany
SELECT "t0"."body", (SELECT json_build_array("s"."c0", "s"."c1", "s"."c2") FROM (SELECT "t1"."title" AS "c0", (SELECT json_build_array("s"."c0") FROM (SELECT "t2"."login" AS "c0" FROM "public"."User" AS "t2" WHERE "t2"."id" = "t1"."authorId" LIMIT $1) AS "s") AS "c1", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t3"."name" AS "c0" FROM "public"."_CatToPost" AS "t4" INNER JOIN "public"."Cat" AS "t3" ON "t3"."id" = "t4"."A" WHERE "t4"."B" = "t1"."id" ORDER BY "t3"."name" DESC LIMIT $2) AS "s") AS "c2" FROM "public"."Post" AS "t1" WHERE "t1"."id" = "t0"."postId" LIMIT $3) AS "s"), (SELECT json_build_array("s"."c0") FROM (SELECT "t5"."login" AS "c0" FROM "public"."User" AS "t5" WHERE "t5"."id" = "t0"."authorId" LIMIT $4) AS "s") FROM "public"."Comment" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 039 line 47: User findMany
SELECT "t0"."id", "t0"."login", (SELECT json_build_array("s"."c0", "s"."c1", "s"."c2") FROM (SELECT "t1"."id" AS "c0", "t1"."bio" AS "c1", "t1"."userId" AS "c2" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" = "t0"."id" LIMIT $1) AS "s"), (SELECT json_agg(json_build_array("s"."c0", "s"."c1", "s"."c2", "s"."c3", "s"."c4")) FROM (SELECT "t2"."id" AS "c0", "t2"."authorId" AS "c1", "t2"."title" AS "c2", "t2"."content" AS "c3", "t2"."score" AS "c4" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t0"."id" AND NOT EXISTS(SELECT "t3"."B" FROM "public"."_CatToPost" AS "t3" INNER JOIN "public"."Cat" AS "j0" ON ("j0"."id") = ("t3"."A") WHERE (1=1 AND ("t2"."id") = ("t3"."B") AND "t3"."B" IS NOT NULL)) ORDER BY "t2"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $2;

-- 040 line 48: User findMany
SELECT "t0"."id", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") DESC, "t1"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE EXISTS(SELECT "t3"."authorId" FROM "public"."Post" AS "t3" WHERE (1=1 AND ("t3"."authorId") = ("t0"."id") AND "t3"."authorId" IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "t4" WHERE "t4"."authorId" = "t0"."id") DESC;

-- 041 line 49: Post findMany
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY (SELECT "t3"."login" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId") ASC, "t2"."id" DESC;

-- 042 line 50: Post findFirst
SELECT "t0"."title", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."body" AS "c0" FROM "public"."Comment" AS "t1" WHERE "t1"."postId" = "t0"."id" AND "t1"."body"::text LIKE ($1 || '%') ORDER BY "t1"."id" ASC) AS "s") FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."score" DESC LIMIT $2;

-- 043 line 51: User findUnique
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."login" AS "c0" FROM "public"."_friends" AS "t3" INNER JOIN "public"."User" AS "t1" ON "t1"."id" = "t3"."A" WHERE "t3"."B" = "t0"."id" AND EXISTS(SELECT "t2"."authorId" FROM "public"."Post" AS "t2" WHERE ("t2"."title" = $1 AND ("t2"."authorId") = ("t1"."id") AND "t2"."authorId" IS NOT NULL))) AS "s"), (SELECT json_build_array("s"."c0") FROM (SELECT "t4"."bio" AS "c0" FROM "public"."Profile" AS "t4" WHERE "t4"."userId" = "t0"."id" LIMIT $2) AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."id" = $3 AND 1=1) LIMIT $4;

-- 044 line 52: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" ASC LIMIT $1) AS "s"), (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."id" AS "c0" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t0"."id" ORDER BY "t2"."id" ASC OFFSET $2) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 045 line 54: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."title" DESC;

-- 046 line 55: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 047 line 56: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" ASC;

-- 048 line 57: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."score", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE EXISTS(SELECT "t2"."postId" FROM "public"."Comment" AS "t2" WHERE (1=1 AND ("t2"."postId") = ("t1"."id") AND "t2"."postId" IS NOT NULL)) AND "t1"."authorId" IN ($1,…) ORDER BY "t1"."score" ASC NULLS LAST;

-- 049 line 58: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 050 line 59: User findMany
SELECT "t0"."login", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t4" INNER JOIN "public"."User" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t6" INNER JOIN "public"."User" AS "t5" ON "t6"."B" = "t5"."id" WHERE "t6"."A" = "t0"."id"), "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t7"."id", (SELECT COUNT(*) FROM "public"."Comment" AS "t8" WHERE "t8"."postId" = "t7"."id"), (SELECT COUNT(*) FROM "public"."_CatToPost" AS "t10" INNER JOIN "public"."Cat" AS "t9" ON "t10"."A" = "t9"."id" WHERE "t10"."B" = "t7"."id"), "t7"."authorId" FROM "public"."Post" AS "t7" WHERE "t7"."authorId" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 051 line 60: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."login", "t1"."id", "j"."B" FROM "public"."User" AS "t1" INNER JOIN "public"."_friends" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."login" ASC;
SELECT "t2"."login", "j"."A" FROM "public"."User" AS "t2" INNER JOIN "public"."_friends" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" DESC;
SELECT "t3"."id", "j"."A" FROM "public"."User" AS "t3" INNER JOIN "public"."_friends" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…);

-- 052 line 61: Cat findMany
SELECT "t0"."name", "t0"."id" FROM "public"."Cat" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."authorId", "j"."A" FROM "public"."Post" AS "t1" INNER JOIN "public"."_CatToPost" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."login", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."bio", "t3"."userId" FROM "public"."Profile" AS "t3" WHERE "t3"."userId" IN ($1,…);

-- 053 line 62: Profile findMany
SELECT "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE 1=1;
SELECT "t1"."login", "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."title", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."score" > $1 AND "t2"."authorId" IN ($2,…);

-- 054 line 63: Comment findMany
SELECT "t0"."body", "t0"."postId", "t0"."authorId" FROM "public"."Comment" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."authorId", "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."login", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."name", "j"."B" FROM "public"."Cat" AS "t3" INNER JOIN "public"."_CatToPost" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."name" DESC;
SELECT "t4"."login", "t4"."id" FROM "public"."User" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 055 line 64: User findMany
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);
SELECT "t2"."id", "t2"."authorId", "t2"."title", "t2"."content", "t2"."score" FROM "public"."Post" AS "t2" WHERE NOT EXISTS(SELECT "t3"."B" FROM "public"."_CatToPost" AS "t3" INNER JOIN "public"."Cat" AS "j0" ON ("j0"."id") = ("t3"."A") WHERE (1=1 AND ("t2"."id") = ("t3"."B") AND "t3"."B" IS NOT NULL)) AND "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 056 line 65: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE EXISTS(SELECT "t3"."authorId" FROM "public"."Post" AS "t3" WHERE (1=1 AND ("t3"."authorId") = ("t0"."id") AND "t3"."authorId" IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "t4" WHERE "t4"."authorId" = "t0"."id") DESC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") DESC, "t1"."id" ASC;

-- 057 line 66: Post findMany
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY (SELECT "t3"."login" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId") ASC, "t2"."id" DESC;

-- 058 line 67: Post findFirst
SELECT "t0"."title", "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."score" DESC LIMIT $1;
SELECT "t1"."body", "t1"."postId" FROM "public"."Comment" AS "t1" WHERE "t1"."body"::text LIKE ($1 || '%') AND "t1"."postId" IN ($2,…) ORDER BY "t1"."id" ASC;

-- 059 line 68: User findUnique
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."login", "j"."B" FROM "public"."User" AS "t1" INNER JOIN "public"."_friends" AS "j" ON "j"."A" = "t1"."id" WHERE EXISTS(SELECT "t2"."authorId" FROM "public"."Post" AS "t2" WHERE ("t2"."title" = $1 AND ("t2"."authorId") = ("t1"."id") AND "t2"."authorId" IS NOT NULL)) AND "j"."B" IN ($2,…);
SELECT "t3"."bio", "t3"."userId" FROM "public"."Profile" AS "t3" WHERE "t3"."userId" IN ($1,…);

-- 060 line 69: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."authorId" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 061 line 71: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."title" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."title" DESC LIMIT $1) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 062 line 72: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."title" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" DESC LIMIT $1 OFFSET $2) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 063 line 73: User findMany
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" ASC;

-- 064 line 74: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."id" AS "c0", "t1"."score" AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" AND EXISTS(SELECT "t2"."postId" FROM "public"."Comment" AS "t2" WHERE (1=1 AND ("t2"."postId") = ("t1"."id") AND "t2"."postId" IS NOT NULL)) ORDER BY "t1"."score" ASC NULLS LAST) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 065 line 75: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."id" AS "c0", "t1"."authorId" AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" DESC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 066 line 76: User findMany
SELECT "t0"."login", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t4" INNER JOIN "public"."User" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_friends" AS "t6" INNER JOIN "public"."User" AS "t5" ON "t6"."B" = "t5"."id" WHERE "t6"."A" = "t0"."id"), (SELECT json_agg(json_build_array("s"."c0", "s"."c1", "s"."c2")) FROM (SELECT "t7"."id" AS "c0", (SELECT COUNT(*) FROM "public"."Comment" AS "t8" WHERE "t8"."postId" = "t7"."id") AS "c1", (SELECT COUNT(*) FROM "public"."_CatToPost" AS "t10" INNER JOIN "public"."Cat" AS "t9" ON "t10"."A" = "t9"."id" WHERE "t10"."B" = "t7"."id") AS "c2" FROM "public"."Post" AS "t7" WHERE "t7"."authorId" = "t0"."id" ORDER BY "t7"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 067 line 77: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."login" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."login" AS "c0" FROM "public"."_friends" AS "t3" INNER JOIN "public"."User" AS "t2" ON "t2"."id" = "t3"."B" WHERE "t3"."A" = "t1"."id" ORDER BY "t2"."id" DESC) AS "s") AS "c1" FROM "public"."_friends" AS "t4" INNER JOIN "public"."User" AS "t1" ON "t1"."id" = "t4"."A" WHERE "t4"."B" = "t0"."id" ORDER BY "t1"."login" ASC) AS "s"), (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t5"."id" AS "c0" FROM "public"."_friends" AS "t6" INNER JOIN "public"."User" AS "t5" ON "t5"."id" = "t6"."B" WHERE "t6"."A" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 068 line 78: Cat findMany
SELECT "t0"."name", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_build_array("s"."c0", "s"."c1") FROM (SELECT "t2"."login" AS "c0", (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."bio" AS "c0" FROM "public"."Profile" AS "t3" WHERE "t3"."userId" = "t2"."id" LIMIT $1) AS "s") AS "c1" FROM "public"."User" AS "t2" WHERE "t2"."id" = "t1"."authorId" LIMIT $2) AS "s") AS "c1" FROM "public"."_CatToPost" AS "t4" INNER JOIN "public"."Post" AS "t1" ON "t1"."id" = "t4"."B" WHERE "t4"."A" = "t0"."id" ORDER BY "t1"."id" ASC) AS "s") FROM "public"."Cat" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 069 line 79: Profile findMany
SELECT "t0"."bio", (SELECT json_build_array("s"."c0", "s"."c1") FROM (SELECT "t1"."login" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."title" AS "c0" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t1"."id" AND "t2"."score" > $1) AS "s") AS "c1" FROM "public"."User" AS "t1" WHERE "t1"."id" = "t0"."userId" LIMIT $2) AS "s") FROM "public"."Profile" AS "t0" WHERE 1=1;

-- 070 line 80: Comment findMany
SELECT "t0"."body", (SELECT json_build_array("s"."c0", "s"."c1", "s"."c2") FROM (SELECT "t1"."title" AS "c0", (SELECT json_build_array("s"."c0") FROM (SELECT "t2"."login" AS "c0" FROM "public"."User" AS "t2" WHERE "t2"."id" = "t1"."authorId" LIMIT $1) AS "s") AS "c1", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t3"."name" AS "c0" FROM "public"."_CatToPost" AS "t4" INNER JOIN "public"."Cat" AS "t3" ON "t3"."id" = "t4"."A" WHERE "t4"."B" = "t1"."id" ORDER BY "t3"."name" DESC LIMIT $2) AS "s") AS "c2" FROM "public"."Post" AS "t1" WHERE "t1"."id" = "t0"."postId" LIMIT $3) AS "s"), (SELECT json_build_array("s"."c0") FROM (SELECT "t5"."login" AS "c0" FROM "public"."User" AS "t5" WHERE "t5"."id" = "t0"."authorId" LIMIT $4) AS "s") FROM "public"."Comment" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 071 line 81: User findMany
SELECT "t0"."id", "t0"."login", (SELECT json_build_array("s"."c0", "s"."c1", "s"."c2") FROM (SELECT "t1"."id" AS "c0", "t1"."bio" AS "c1", "t1"."userId" AS "c2" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" = "t0"."id" LIMIT $1) AS "s"), (SELECT json_agg(json_build_array("s"."c0", "s"."c1", "s"."c2", "s"."c3", "s"."c4")) FROM (SELECT "t2"."id" AS "c0", "t2"."authorId" AS "c1", "t2"."title" AS "c2", "t2"."content" AS "c3", "t2"."score" AS "c4" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t0"."id" AND NOT EXISTS(SELECT "t3"."B" FROM "public"."_CatToPost" AS "t3" INNER JOIN "public"."Cat" AS "j0" ON ("j0"."id") = ("t3"."A") WHERE (1=1 AND ("t2"."id") = ("t3"."B") AND "t3"."B" IS NOT NULL)) ORDER BY "t2"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $2;

-- 072 line 82: User findMany
SELECT "t0"."id", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY (SELECT COUNT(*) FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") DESC, "t1"."id" ASC) AS "s") FROM "public"."User" AS "t0" WHERE EXISTS(SELECT "t3"."authorId" FROM "public"."Post" AS "t3" WHERE (1=1 AND ("t3"."authorId") = ("t0"."id") AND "t3"."authorId" IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "t4" WHERE "t4"."authorId" = "t0"."id") DESC;

-- 073 line 83: Post findMany
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…) ORDER BY (SELECT "t3"."login" FROM "public"."User" AS "t3" WHERE "t3"."id" = "t2"."authorId") ASC, "t2"."id" DESC;

-- 074 line 84: Post findFirst
SELECT "t0"."title", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."body" AS "c0" FROM "public"."Comment" AS "t1" WHERE "t1"."postId" = "t0"."id" AND "t1"."body"::text LIKE ($1 || '%') ORDER BY "t1"."id" ASC) AS "s") FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."score" DESC LIMIT $2;

-- 075 line 85: User findUnique
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."login" AS "c0" FROM "public"."_friends" AS "t3" INNER JOIN "public"."User" AS "t1" ON "t1"."id" = "t3"."A" WHERE "t3"."B" = "t0"."id" AND EXISTS(SELECT "t2"."authorId" FROM "public"."Post" AS "t2" WHERE ("t2"."title" = $1 AND ("t2"."authorId") = ("t1"."id") AND "t2"."authorId" IS NOT NULL))) AS "s"), (SELECT json_build_array("s"."c0") FROM (SELECT "t4"."bio" AS "c0" FROM "public"."Profile" AS "t4" WHERE "t4"."userId" = "t0"."id" LIMIT $2) AS "s") FROM "public"."User" AS "t0" WHERE ("t0"."id" = $3 AND 1=1) LIMIT $4;

-- 076 line 86: User findMany
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" ORDER BY "t1"."id" ASC LIMIT $1) AS "s"), (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."id" AS "c0" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t0"."id" ORDER BY "t2"."id" ASC OFFSET $2) AS "s") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 077 line 88: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t0"."id", "t0"."authorId", "t0"."title", "t0"."content", "t0"."score" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("authorId", "postId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t1"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."title" AS "c0" FROM "public"."Post" AS "t3" WHERE "t3"."id" = "t2"."postId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t1"."id") AS "s") FROM "public"."User" AS "t1" WHERE "t1"."id" = $2 LIMIT $3;

-- 078 line 89: User updateOne
UPDATE "public"."User" SET "login" = $1 WHERE "User"."login" = $2 RETURNING "id", "login";
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."body" AS "c0" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 079 line 90: User upsertOne
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE "t0"."login" = $1;
UPDATE "public"."User" SET "login" = $1 WHERE ("User"."id" IN ($2,…) AND "User"."login" = $3) RETURNING "id", "login";
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t1"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT (SELECT json_build_array("s"."c0") FROM (SELECT "t3"."title" AS "c0" FROM "public"."Post" AS "t3" WHERE "t3"."id" = "t2"."postId" LIMIT $1) AS "s") AS "c0", "t2"."body" AS "c1" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" = "t1"."id") AS "s") FROM "public"."User" AS "t1" WHERE "t1"."id" = $2 LIMIT $3;

-- 080 line 91: User createOne
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t0"."id", "t0"."authorId", "t0"."title", "t0"."content", "t0"."score" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Comment" ("authorId", "postId", "id", "body") VALUES ($1, $2, $3, $4) RETURNING "id", "body", "postId", "authorId";
SELECT "t1"."login", "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."postId", "t2"."body", "t2"."authorId" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."title", "t3"."id" FROM "public"."Post" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 081 line 92: User updateOne
UPDATE "public"."User" SET "login" = $1 WHERE "User"."login" = $2 RETURNING "id", "login";
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."title", "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);
SELECT "t2"."body", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);

-- 082 line 93: User upsertOne
SELECT "t0"."id", "t0"."login" FROM "public"."User" AS "t0" WHERE "t0"."login" = $1;
UPDATE "public"."User" SET "login" = $1 WHERE ("User"."id" IN ($2,…) AND "User"."login" = $3) RETURNING "id", "login";
INSERT INTO "public"."User" ("id", "login") VALUES ($1, $2) RETURNING "id", "login";
SELECT "t1"."login", "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."postId", "t2"."body", "t2"."authorId" FROM "public"."Comment" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."title", "t3"."id" FROM "public"."Post" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 083 line 94: User deleteOne
SELECT "t0"."login", (SELECT json_agg(json_build_array("s"."c0", "s"."c1")) FROM (SELECT "t1"."title" AS "c0", (SELECT json_agg(json_build_array("s"."c0")) FROM (SELECT "t2"."body" AS "c0" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" = "t1"."id") AS "s") AS "c1" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id") AS "s") FROM "public"."User" AS "t0" WHERE "t0"."login" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
DELETE FROM "public"."User" WHERE "User"."login" = $1;

-- 084 line 95: User deleteOne
SELECT "t0"."login", "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."login" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."body", "t1"."authorId" FROM "public"."Comment" AS "t1" WHERE "t1"."authorId" IN ($1,…);
DELETE FROM "public"."User" WHERE "User"."login" = $1;

