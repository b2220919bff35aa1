-- 000 line 2: User createOne
INSERT INTO "public"."User" ("id", "first_name", "last_name", "email", "birthday") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "public"."Profile" ("user_id", "id", "bio") VALUES ($1, $2, $3) RETURNING "id", "bio", "user_id";
INSERT INTO "public"."Post" ("author_id", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "author_id";
INSERT INTO "public"."Comment" ("id", "body", "post_id") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2), ($3, $4) RETURNING "id", "name";
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Post" ("author_id", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "author_id";
INSERT INTO "public"."Comment" ("post_id", "id", "body") VALUES ($1, $2, $3) RETURNING "id", "body", "post_id";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: User createOne
INSERT INTO "public"."User" ("id", "first_name", "last_name", "email") VALUES ($1, $2, $3, $4) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "public"."Post" ("author_id", "id", "title", "published") VALUES ($1, $2, $3, $4) RETURNING "id", "title", "published", "author_id";
SELECT "t0"."id", "t0"."name" FROM "public"."Tag" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 002 line 4: User createOne
INSERT INTO "public"."User" ("id", "first_name", "last_name", "email") VALUES ($1, $2, $3, $4) RETURNING "id", "first_name", "last_name", "email", "birthday";
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Post createOne
INSERT INTO "public"."Post" ("id", "title", "published") VALUES ($1, $2, $3) RETURNING "id", "title", "published", "author_id";
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Group createOne
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Group" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 005 line 7: Group createOne
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Group" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 8: Group createOne
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Group" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 007 line 10: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 LIMIT $1;

-- 008 line 11: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 009 line 12: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."last_name" = $1 ORDER BY "t0"."first_name" ASC LIMIT $2;

-- 010 line 13: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1 OFFSET $2;

-- 011 line 14: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 012 line 15: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2;

-- 013 line 16: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1)) ORDER BY "t0"."id" ASC LIMIT $2 OFFSET $3;

-- 014 line 17: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 015 line 18: User findFirst
error: Input error. The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 016 line 19: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 017 line 21: User findFirstOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."first_name" = $1 LIMIT $2;

-- 018 line 22: User findFirstOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."first_name" = $1 LIMIT $2;

-- 019 line 23: User findUniqueOrThrow
SELECT "t0"."id", "t0"."email" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 020 line 24: User findUniqueOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 021 line 25: User findUniqueOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND 1=1) LIMIT $2;

-- 022 line 26: Compound findUniqueOrThrow
SELECT "t0"."a" FROM "public"."Compound" AS "t0" WHERE (("t0"."a" = $1 AND "t0"."b" = $2) AND 1=1) LIMIT $3;

-- 023 line 28: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 024 line 29: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND 1=1) LIMIT $2;

-- 025 line 30: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."first_name" = $1 AND "t0"."last_name" = $2) AND 1=1) LIMIT $3;

-- 026 line 31: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."first_name" = $1 AND "t0"."last_name" = $2) AND 1=1) LIMIT $3;

-- 027 line 32: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND "t0"."email" = $2) AND 1=1) LIMIT $3;

-- 028 line 33: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND "t0"."email" = $2) AND 1=1) LIMIT $3;

-- 029 line 34: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."first_name"::text LIKE ($2 || '%')) LIMIT $3;

-- 030 line 35: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND EXISTS(SELECT "t1"."author_id" FROM "public"."Post" AS "t1" WHERE ("t1"."published" = $2 AND ("t1"."author_id") = ("t0"."id") AND "t1"."author_id" IS NOT NULL))) LIMIT $3;

-- 031 line 36: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."email" = $1 AND EXISTS(SELECT "t1"."author_id" FROM "public"."Post" AS "t1" WHERE ("t1"."published" = $2 AND ("t1"."author_id") = ("t0"."id") AND "t1"."author_id" IS NOT NULL))) LIMIT $3;

-- 032 line 37: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND ("t0"."first_name" = $2 OR "t0"."last_name" = $3)) LIMIT $4;

-- 033 line 38: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND (NOT "t0"."first_name" = $2)) LIMIT $3;

-- 034 line 39: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (("t0"."id" = $1 AND ("t0"."first_name" = $2 AND "t0"."last_name" = $3)) AND 1=1) LIMIT $4;

-- 035 line 40: User findUnique
error: expected a Int value, got {"equals":{"$type":"Param","value":0}}

-- 036 line 41: User findUnique
error: expected a String value, got {"equals":{"$type":"Param","value":0}}

-- 037 line 43: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (1=1 AND "t0"."first_name" = $1) LIMIT $2;

-- 038 line 44: User findUnique
error: expected a Int value, got {"gt":{"$type":"Param","value":0}}

-- 039 line 45: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (1=1 AND 1=1) LIMIT $1;

-- 040 line 47: User findUnique
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."bio", "t1"."user_id" FROM "public"."Profile" AS "t1" WHERE "t1"."user_id" IN ($1,…);
SELECT "t2"."title", "t2"."id", "t2"."author_id" FROM "public"."Post" AS "t2" WHERE "t2"."published" = $1 AND "t2"."author_id" IN ($2,…) ORDER BY "t2"."id" DESC;
SELECT "t3"."name", "j"."A" FROM "public"."Tag" AS "t3" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t3"."name" ASC;

-- 041 line 48: Profile findUnique
SELECT "t0"."bio", "t0"."user_id" FROM "public"."Profile" AS "t0" WHERE ("t0"."user_id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."email", "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."user_id" FROM "public"."Profile" AS "t2" WHERE "t2"."user_id" IN ($1,…);

-- 042 line 49: Post findUnique
SELECT "t0"."title", "t0"."author_id" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."email", "t1"."birthday" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 043 line 50: Post findUnique
SELECT "t0"."title", "t0"."author_id" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."author_id" FROM "public"."Post" AS "t2" WHERE "t2"."author_id" IN ($1,…) ORDER BY "t2"."id" DESC;

-- 044 line 52: Compound createOne
INSERT INTO "public"."Compound" ("a", "b", "c", "value") VALUES ($1, $2, $3, $4) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 045 line 53: Compound createOne
INSERT INTO "public"."Compound" ("a", "b", "c", "d") VALUES ($1, $2, $3, $4) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 046 line 54: Compound createOne
INSERT INTO "public"."Compound" ("a", "b", "c", "value", "d") VALUES ($1, $2, $3, $4, $5) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 047 line 55: Compound createOne
INSERT INTO "public"."Compound" ("a", "b", "c", "value") VALUES ($1, $2, $3, $4) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2 LIMIT $3;

-- 048 line 56: Compound findUnique
SELECT "t0"."a", "t0"."b", "t0"."c", "t0"."value", "t0"."d" FROM "public"."Compound" AS "t0" WHERE (("t0"."a" = $1 AND "t0"."b" = $2) AND 1=1) LIMIT $3;

-- 049 line 57: Compound findUnique
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE ("t0"."c" = $1 AND 1=1) LIMIT $2;

-- 050 line 58: Compound findUnique
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE (("t0"."b" = $1 AND "t0"."d" = $2) AND 1=1) LIMIT $3;

-- 051 line 59: Compound findUnique
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE (("t0"."b" = $1 AND "t0"."d" = $2) AND 1=1) LIMIT $3;

-- 052 line 60: Compound findUnique
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE (("t0"."a" = $1 AND "t0"."b" = $2) AND "t0"."value" IS NOT NULL) LIMIT $3;

-- 053 line 61: Compound findUnique
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE ((("t0"."a" = $1 AND "t0"."b" = $2) AND "t0"."c" = $3) AND 1=1) LIMIT $4;

-- 054 line 62: Compound findMany
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 ORDER BY "t0"."b" DESC;

-- 055 line 63: Compound findMany
SELECT "t0"."a", "t0"."b", "t0"."value" FROM "public"."Compound" AS "t0" WHERE ((("t0"."a" = (SELECT "t0"."a" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $1 AND "t0"."b" = $2) AND "t0"."b" >= (SELECT "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $3 AND "t0"."b" = $4)) OR ("t0"."a" > (SELECT "t0"."a" FROM "public"."Compound" AS "t0" WHERE "t0"."a" = $5 AND "t0"."b" = $6)))) ORDER BY "t0"."a" ASC, "t0"."b" ASC;

-- 056 line 64: Compound findMany
SELECT "t0"."a", "t0"."b", "t0"."c" FROM "public"."Compound" AS "t0" WHERE ((("t0"."a" = (SELECT "t0"."a" FROM "public"."Compound" AS "t0" WHERE "t0"."c" = $1) AND "t0"."b" <= (SELECT "t0"."b" FROM "public"."Compound" AS "t0" WHERE "t0"."c" = $2)) OR ("t0"."a" < (SELECT "t0"."a" FROM "public"."Compound" AS "t0" WHERE "t0"."c" = $3)))) ORDER BY "t0"."a" DESC, "t0"."b" DESC;

-- 057 line 65: Compound findMany
SELECT "t0"."a", "t0"."b" FROM "public"."Compound" AS "t0" WHERE ("t0"."c" <= (SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE "t0"."b" = $1 AND "t0"."d" = $2)) ORDER BY "t0"."c" DESC LIMIT $3;

-- 058 line 66: Compound findMany
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE (("t0"."a" = $1 AND "t0"."b" = $2) OR ("t0"."a" = $3 AND "t0"."b" = $4)) ORDER BY "t0"."c" ASC;

-- 059 line 67: Compound findMany
SELECT "t0"."c" FROM "public"."Compound" AS "t0" WHERE ((NOT "t0"."a" = $1) AND (NOT "t0"."d" IS NULL)) ORDER BY "t0"."c" ASC;

-- 060 line 69: Mapped createOne
INSERT INTO "public"."mapped_table" ("mapped_id", "the_label", "score") VALUES ($1, $2, $3) RETURNING "mapped_id", "the_label", "score";
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "public"."mapped_table" AS "t0" WHERE "t0"."mapped_id" = $1 LIMIT $2;

-- 061 line 70: Mapped createOne
INSERT INTO "public"."mapped_table" ("mapped_id", "the_label", "score") VALUES ($1, $2, $3) RETURNING "mapped_id", "the_label", "score";
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "public"."mapped_table" AS "t0" WHERE "t0"."mapped_id" = $1 LIMIT $2;

-- 062 line 71: Mapped findUnique
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "public"."mapped_table" AS "t0" WHERE (("t0"."the_label" = $1 AND "t0"."score" = $2) AND 1=1) LIMIT $3;

-- 063 line 72: Mapped findMany
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "public"."mapped_table" AS "t0" WHERE "t0"."the_label"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."score" DESC;

-- 064 line 73: Mapped findMany
SELECT "t0"."the_label" FROM "public"."mapped_table" AS "t0" WHERE ("t0"."mapped_id" <= (SELECT "t0"."mapped_id" FROM "public"."mapped_table" AS "t0" WHERE "t0"."mapped_id" = $1)) ORDER BY "t0"."mapped_id" DESC LIMIT $2;

-- 065 line 75: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."author_id" FROM "public"."Post" AS "t1" WHERE "t1"."author_id" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 066 line 76: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 067 line 77: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."bio", "t1"."user_id" FROM "public"."Profile" AS "t1" WHERE "t1"."user_id" IN ($1,…);

-- 068 line 78: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 069 line 79: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."author_id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."email", "t1"."birthday" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 070 line 80: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."body", "t1"."post_id" FROM "public"."Comment" AS "t1" WHERE "t1"."post_id" IN ($1,…) ORDER BY "t1"."id" DESC;

-- 071 line 81: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."author_id" FROM "public"."Post" AS "t1" WHERE "t1"."author_id" IN ($1,…);
SELECT "t2"."id", "t2"."bio", "t2"."user_id" FROM "public"."Profile" AS "t2" WHERE "t2"."user_id" IN ($1,…);

-- 072 line 83: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_GroupToUser" AS "t3" INNER JOIN "public"."Group" AS "t2" ON "t3"."A" = "t2"."id" WHERE "t3"."B" = "t0"."id") FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 073 line 84: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND "t1"."published" = $1) FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 074 line 85: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND EXISTS(SELECT "t2"."post_id" FROM "public"."Comment" AS "t2" WHERE (1=1 AND ("t2"."post_id") = ("t1"."id") AND "t2"."post_id" IS NOT NULL))), (SELECT COUNT(*) FROM "public"."_GroupToUser" AS "t4" INNER JOIN "public"."Group" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id" AND "t3"."name" = $1) FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 075 line 86: Post findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Comment" AS "t1" WHERE "t1"."post_id" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_PostToTag" AS "t3" INNER JOIN "public"."Tag" AS "t2" ON "t3"."B" = "t2"."id" WHERE "t3"."A" = "t0"."id"), "t0"."author_id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT (SELECT COUNT(*) FROM "public"."Post" AS "t5" WHERE "t5"."author_id" = "t4"."id"), "t4"."id" FROM "public"."User" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 076 line 87: Tag findMany
SELECT "t0"."name", (SELECT COUNT(*) FROM "public"."_PostToTag" AS "t2" INNER JOIN "public"."Post" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id"), "t0"."id" FROM "public"."Tag" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t3"."id", (SELECT COUNT(*) FROM "public"."Comment" AS "t4" WHERE "t4"."post_id" = "t3"."id"), (SELECT COUNT(*) FROM "public"."_PostToTag" AS "t6" INNER JOIN "public"."Tag" AS "t5" ON "t6"."B" = "t5"."id" WHERE "t6"."A" = "t3"."id"), "j"."B" FROM "public"."Post" AS "t3" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 077 line 88: Group findMany
SELECT "t0"."name", (SELECT COUNT(*) FROM "public"."_GroupToUser" AS "t2" INNER JOIN "public"."User" AS "t1" ON "t2"."B" = "t1"."id" WHERE "t2"."A" = "t0"."id" AND NOT EXISTS(SELECT "t3"."author_id" FROM "public"."Post" AS "t3" WHERE (1=1 AND ("t3"."author_id") = ("t1"."id") AND "t3"."author_id" IS NOT NULL))) FROM "public"."Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 078 line 89: User findUnique
SELECT (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

-- 079 line 90: User findFirst
SELECT (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), (SELECT COUNT(*) FROM "public"."_GroupToUser" AS "t3" INNER JOIN "public"."Group" AS "t2" ON "t3"."A" = "t2"."id" WHERE "t3"."B" = "t0"."id"), "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 080 line 91: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "public"."User" AS "t0" WHERE EXISTS(SELECT "t2"."author_id" FROM "public"."Post" AS "t2" WHERE (EXISTS(SELECT "t3"."A" FROM "public"."_PostToTag" AS "t3" INNER JOIN "public"."Tag" AS "j0" ON ("j0"."id") = ("t3"."B") WHERE ("j0"."name" = $1 AND ("t2"."id") = ("t3"."A") AND "t3"."A" IS NOT NULL)) AND ("t2"."author_id") = ("t0"."id") AND "t2"."author_id" IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "t4" WHERE "t4"."author_id" = "t0"."id") DESC;

-- 081 line 92: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND 1=0) FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 082 line 94: Tag findMany
SELECT "t0"."name", "t0"."id" FROM "public"."Tag" AS "t0" WHERE 1=1 ORDER BY "t0"."name" ASC;
SELECT "t1"."title", "j"."B" FROM "public"."Post" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t1"."id" WHERE "t1"."published" = $1 AND "j"."B" IN ($2,…) ORDER BY "t1"."id" DESC;

-- 083 line 95: Post findMany
SELECT "t0"."title", "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."A" FROM "public"."Tag" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t1"."name" ASC;

-- 084 line 96: Post findMany
SELECT "t0"."title", "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."A", "t1"."id" FROM "public"."Tag" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "public"."Tag" AS "t1" WHERE "t1"."id" = $2)) ORDER BY "t1"."id" ASC;

-- 085 line 97: Group findMany
SELECT "t0"."name", "t0"."id" FROM "public"."Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."first_name", "j"."A" FROM "public"."User" AS "t1" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."B" = "t1"."id" WHERE "t1"."last_name" = $1 AND "j"."A" IN ($2,…) ORDER BY "t1"."id" DESC;

-- 086 line 98: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."B" FROM "public"."Group" AS "t1" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t1"."id" WHERE EXISTS(SELECT "t2"."A" FROM "public"."_GroupToUser" AS "t2" INNER JOIN "public"."User" AS "j0" ON ("j0"."id") = ("t2"."B") WHERE ("j0"."id" = $1 AND ("t1"."id") = ("t2"."A") AND "t2"."A" IS NOT NULL)) AND "j"."B" IN ($2,…);

-- 087 line 99: Tag findMany
SELECT "t0"."name" FROM "public"."Tag" AS "t0" WHERE NOT EXISTS(SELECT "t1"."B" FROM "public"."_PostToTag" AS "t1" INNER JOIN "public"."Post" AS "j0" ON ("j0"."id") = ("t1"."A") WHERE ((NOT "j0"."published" = $1) AND ("t0"."id") = ("t1"."B") AND "t1"."B" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 088 line 100: Tag findMany
SELECT "t0"."name" FROM "public"."Tag" AS "t0" WHERE EXISTS(SELECT "t1"."B" FROM "public"."_PostToTag" AS "t1" INNER JOIN "public"."Post" AS "j0" ON ("j0"."id") = ("t1"."A") WHERE (("j0"."author_id" IS NULL) AND ("t0"."id") = ("t1"."B") AND "t1"."B" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 089 line 101: Group findMany
SELECT "t0"."name" FROM "public"."Group" AS "t0" WHERE NOT EXISTS(SELECT "t1"."A" FROM "public"."_GroupToUser" AS "t1" INNER JOIN "public"."User" AS "j0" ON ("j0"."id") = ("t1"."B") WHERE (1=1 AND ("t0"."id") = ("t1"."A") AND "t1"."A" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 090 line 103: Post findMany
SELECT "t0"."id", "t0"."author_id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."author_id" FROM "public"."Post" AS "t2" WHERE "t2"."author_id" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 091 line 104: Comment findMany
SELECT "t0"."body", "t0"."post_id" FROM "public"."Comment" AS "t0" LEFT JOIN "public"."Post" AS "j0" ON ("j0"."id") = ("t0"."post_id") LEFT JOIN "public"."User" AS "j1" ON ("j1"."id") = ("j0"."author_id") WHERE (("j1"."email"::text LIKE ('%' || $1) AND ("j1"."id" IS NOT NULL)) AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" DESC;
SELECT "t1"."title", "t1"."author_id", "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."email", "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 092 line 106: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC;

-- 093 line 107: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (NOT (NOT "t0"."id" = $1)) ORDER BY "t0"."id" ASC;

-- 094 line 108: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC;

-- 095 line 109: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC;

-- 096 line 110: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 097 line 111: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 098 line 112: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE (NOT ("t0"."id" = $1 OR "t0"."id" = $2)) ORDER BY "t0"."id" ASC;

-- 099 line 114: User findMany
error: Field 'nope' not found in enclosing type 'User'

-- 100 line 115: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1;

-- 101 line 116: User findMany
error: Unknown where field `nope` on `User`

-- 102 line 117: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1;

-- 103 line 118: User findMany
error: Invalid value for argument `take`

-- 104 line 120: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC OFFSET $1;

-- 105 line 121: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 106 line 122: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1;

-- 107 line 124: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1;

-- 108 line 125: User findFirst
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1;

-- 109 line 126: User findFirst
SELECT "t0"."email" FROM "public"."User" AS "t0" WHERE "t0"."id" > $1 LIMIT $2;

-- 110 line 127: User findFirstOrThrow
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."last_name" = $1 LIMIT $2;

-- 111 line 128: User findFirst
SELECT "t0"."id", "t0"."last_name" FROM "public"."User" AS "t0" WHERE 1=1 LIMIT $1;

-- 112 line 129: Post findFirst
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE EXISTS(SELECT "t2"."A" FROM "public"."_PostToTag" AS "t2" INNER JOIN "public"."Tag" AS "j0" ON ("j0"."id") = ("t2"."B") WHERE (1=1 AND ("t0"."id") = ("t2"."A") AND "t2"."A" IS NOT NULL)) LIMIT $1;
SELECT "t1"."name", "j"."A" FROM "public"."Tag" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…);

-- 113 line 131: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 114 line 132: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."author_id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."birthday" FROM "public"."User" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 115 line 133: User findUnique
SELECT "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday", "t0"."id" FROM "public"."User" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."bio", "t1"."user_id" FROM "public"."Profile" AS "t1" WHERE "t1"."user_id" IN ($1,…);

