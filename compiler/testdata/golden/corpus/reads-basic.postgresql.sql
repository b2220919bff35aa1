-- 000 line 2: User createOne
INSERT INTO "public"."User" ("id", "email", "firstName", "lastName", "nick", "age") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "email", "firstName", "lastName", "nick", "age";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
INSERT INTO "public"."Post" ("authorId", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "authorId";
INSERT INTO "public"."Comment" ("id", "text", "postId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Post" ("authorId", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "authorId";
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."nick", "t0"."age" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);
SELECT "t2"."id", "t2"."title", "t2"."published", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…);
SELECT "t3"."id", "t3"."text", "t3"."postId" FROM "public"."Comment" AS "t3" WHERE "t3"."postId" IN ($1,…);

-- 001 line 3: User createOne
INSERT INTO "public"."User" ("id", "email", "firstName", "lastName", "age") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "email", "firstName", "lastName", "nick", "age";
INSERT INTO "public"."Post" ("authorId", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "authorId";
INSERT INTO "public"."Comment" ("postId", "id", "text") VALUES ($1, $2, $3) RETURNING "id", "text", "postId";
SELECT "t0"."id", "t0"."email" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: User createOne
INSERT INTO "public"."User" ("id", "email", "firstName", "lastName", "nick", "age") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "email", "firstName", "lastName", "nick", "age";
INSERT INTO "public"."Profile" ("userId", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "userId";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: User createOne
INSERT INTO "public"."User" ("id", "email", "firstName", "lastName", "age") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "email", "firstName", "lastName", "nick", "age";
SELECT "t0"."id", "t0"."nick" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 7: Post createOne
INSERT INTO "public"."Post" ("id", "title", "published") VALUES ($1, $2, $3) RETURNING "id", "title", "published", "authorId";
INSERT INTO "public"."Comment" ("id", "text", "postId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."email", "t1"."firstName", "t1"."lastName", "t1"."nick", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."text", "t2"."postId" FROM "public"."Comment" AS "t2" WHERE "t2"."postId" IN ($1,…);

-- 005 line 9: Post createOne
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."nick", "t0"."age" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Post" ("authorId", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "authorId";
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."email", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 006 line 11: User findUnique
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."nick", "t0"."age" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 007 line 12: User findUnique
SELECT "t0"."id", "t0"."firstName" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND 1=1) LIMIT $2;

-- 008 line 13: User findUnique
SELECT "t0"."id", "t0"."email" FROM "public"."User" AS "t0" WHERE (("t0"."firstName" = $1 AND "t0"."lastName" = $2) AND 1=1) LIMIT $3;

-- 009 line 14: User findUnique
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."nick", "t0"."age" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 010 line 15: User findUnique
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."nick", "t0"."age" FROM "public"."User" AS "t0" WHERE (("t0"."firstName" = $1 AND "t0"."lastName" = $2) AND 1=1) LIMIT $3;

-- 011 line 17: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."age" > $2) LIMIT $3;

-- 012 line 18: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."age" > $2) LIMIT $3;

-- 013 line 19: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND EXISTS(SELECT "t1"."authorId" FROM "public"."Post" AS "t1" WHERE ("t1"."published" = $2 AND ("t1"."authorId") = ("t0"."id") AND "t1"."authorId" IS NOT NULL))) LIMIT $3;

-- 014 line 21: Profile findUnique
SELECT "t0"."id", "t0"."bio", "t0"."userId" FROM "public"."Profile" AS "t0" WHERE ("t0"."userId" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."email", "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 015 line 23: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (1=1 AND "t0"."age" = $1) LIMIT $2;

-- 016 line 24: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (1=1 AND 1=1) LIMIT $1;

-- 017 line 26: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (1=1 AND 1=1) LIMIT $1;

-- 018 line 28: User findUniqueOrThrow
SELECT "t0"."id", "t0"."lastName" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 019 line 29: User findUniqueOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 020 line 30: User findUniqueOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."firstName" = $1 AND "t0"."lastName" = $2) AND 1=1) LIMIT $3;

-- 021 line 32: Post findFirst
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."published" = $1 LIMIT $2;

-- 022 line 33: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."published" = $1 ORDER BY "t0"."id" DESC LIMIT $2;

-- 023 line 34: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."title" = $1 LIMIT $2;

-- 024 line 35: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 025 line 36: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2 OFFSET $3;

-- 026 line 37: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1 OFFSET $2;

-- 027 line 39: Post findFirst
error: Input error. The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 028 line 40: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 029 line 42: Comment findFirst
SELECT "t0"."id", "t0"."text", "t0"."postId" FROM "public"."Comment" AS "t0" WHERE 1=1 LIMIT $1;

-- 030 line 44: Post findFirstOrThrow
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IS NULL LIMIT $1;

-- 031 line 45: Post findFirstOrThrow
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" = $1 LIMIT $2;

-- 032 line 47: User findMany
SELECT "t0"."id", "t0"."nick" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 033 line 48: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."published" = $1 ORDER BY "t0"."id" ASC;

-- 034 line 49: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."id" > $1;

-- 035 line 50: Comment findMany
SELECT "t0"."id", "t0"."postId" FROM "public"."Comment" AS "t0" WHERE 1=1;

-- 036 line 52: User findMany
SELECT "t0"."age", "t0"."email", "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 037 line 53: User findMany
SELECT "t0"."id", "t0"."firstName", "t0"."lastName", "t0"."nick" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 038 line 54: User findUnique
SELECT "t0"."id", "t0"."email", "t0"."firstName", "t0"."lastName", "t0"."age" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);
SELECT "t2"."id", "t2"."title", "t2"."authorId" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" IN ($1,…);

-- 039 line 55: Comment findMany
SELECT "t0"."text", "t0"."postId" FROM "public"."Comment" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."authorId", "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."firstName", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 040 line 56: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t0"."id") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."bio", "t1"."userId" FROM "public"."Profile" AS "t1" WHERE "t1"."userId" IN ($1,…);

-- 041 line 58: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);

-- 042 line 60: User findMany
error: Field 'nope' not found in enclosing type 'User'

-- 043 line 61: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…);

