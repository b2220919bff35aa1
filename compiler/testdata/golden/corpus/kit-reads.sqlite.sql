-- 000 line 2: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email", "birthday") VALUES (?, ?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Profile" ("user_id", "id", "bio") VALUES (?, ?, ?) RETURNING "id", "bio", "user_id";
INSERT INTO "Post" ("author_id", "id", "title", "published") VALUES (?, ?, ?, ?) RETURNING "id", "title", "published", "author_id";
INSERT INTO "Comment" ("id", "body", "post_id") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Tag" ("id", "name") VALUES (?, ?), (?, ?) RETURNING "id", "name";
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Post" ("author_id", "id", "title", "published") VALUES (?, ?, ?, ?) RETURNING "id", "title", "published", "author_id";
INSERT INTO "Comment" ("post_id", "id", "body") VALUES (?, ?, ?) RETURNING "id", "body", "post_id";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email") VALUES (?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Post" ("author_id", "id", "title", "published") VALUES (?, ?, ?, ?) RETURNING "id", "title", "published", "author_id";
SELECT "t0"."id", "t0"."name" FROM "Tag" AS "t0" WHERE ("t0"."id" = ?);
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 002 line 4: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email") VALUES (?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: Post createOne
INSERT INTO "Post" ("id", "title", "published") VALUES (?, ?, ?) RETURNING "id", "title", "published", "author_id";
INSERT INTO "Tag" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Group createOne
INSERT INTO "Group" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Group" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 005 line 7: Group createOne
INSERT INTO "Group" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Group" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 006 line 8: Group createOne
INSERT INTO "Group" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE ("t0"."id" = ?);
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Group" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 007 line 10: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 LIMIT ?;

-- 008 line 11: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 009 line 12: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."last_name" = ? ORDER BY "t0"."first_name" ASC LIMIT ?;

-- 010 line 13: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ? OFFSET ?;

-- 011 line 14: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 012 line 15: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT ?;

-- 013 line 16: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT ? OFFSET ?;

-- 014 line 17: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 015 line 18: User findFirst
error: Input error. The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 016 line 19: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 017 line 21: User findFirstOrThrow
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."first_name" = ? LIMIT ?;

-- 018 line 22: User findFirstOrThrow
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."first_name" = ? LIMIT ?;

-- 019 line 23: User findUniqueOrThrow
SELECT "t0"."id", "t0"."email" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 020 line 24: User findUniqueOrThrow
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 021 line 25: User findUniqueOrThrow
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."email" = ? AND 1=1) LIMIT ?;

-- 022 line 26: Compound findUniqueOrThrow
SELECT "t0"."a" FROM "Compound" AS "t0" WHERE (("t0"."a" = ? AND "t0"."b" = ?) AND 1=1) LIMIT ?;

-- 023 line 28: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 024 line 29: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."email" = ? AND 1=1) LIMIT ?;

-- 025 line 30: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (("t0"."first_name" = ? AND "t0"."last_name" = ?) AND 1=1) LIMIT ?;

-- 026 line 31: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (("t0"."first_name" = ? AND "t0"."last_name" = ?) AND 1=1) LIMIT ?;

-- 027 line 32: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND "t0"."email" = ?) AND 1=1) LIMIT ?;

-- 028 line 33: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND "t0"."email" = ?) AND 1=1) LIMIT ?;

-- 029 line 34: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND "t0"."first_name" LIKE (? || '%')) LIMIT ?;

-- 030 line 35: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."email" = ? AND EXISTS(SELECT "t1"."author_id" FROM "Post" AS "t1" WHERE ("t1"."published" = ? AND ("t1"."author_id") = ("t0"."id") AND "t1"."author_id" IS NOT NULL))) LIMIT ?;

-- 031 line 36: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."email" = ? AND EXISTS(SELECT "t1"."author_id" FROM "Post" AS "t1" WHERE ("t1"."published" = ? AND ("t1"."author_id") = ("t0"."id") AND "t1"."author_id" IS NOT NULL))) LIMIT ?;

-- 032 line 37: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND ("t0"."first_name" = ? OR "t0"."last_name" = ?)) LIMIT ?;

-- 033 line 38: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND (NOT "t0"."first_name" = ?)) LIMIT ?;

-- 034 line 39: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND ("t0"."first_name" = ? AND "t0"."last_name" = ?)) AND 1=1) LIMIT ?;

-- 035 line 40: User findUnique
error: expected a Int value, got {"equals":{"$type":"Param","value":0}}

-- 036 line 41: User findUnique
error: expected a String value, got {"equals":{"$type":"Param","value":0}}

-- 037 line 43: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (1=1 AND "t0"."first_name" = ?) LIMIT ?;

-- 038 line 44: User findUnique
error: expected a Int value, got {"gt":{"$type":"Param","value":0}}

-- 039 line 45: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE (1=1 AND 1=1) LIMIT ?;

-- 040 line 47: User findUnique
SELECT "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."bio", "t1"."user_id" FROM "Profile" AS "t1" WHERE "t1"."user_id" IN (?,…);
SELECT "t2"."title", "t2"."id", "t2"."author_id" FROM "Post" AS "t2" WHERE "t2"."published" = ? AND "t2"."author_id" IN (?,…) ORDER BY "t2"."id" DESC;
SELECT "t3"."name", "j"."A" FROM "Tag" AS "t3" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…) ORDER BY "t3"."name" ASC;

-- 041 line 48: Profile findUnique
SELECT "t0"."bio", "t0"."user_id" FROM "Profile" AS "t0" WHERE ("t0"."user_id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."email", "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."user_id" FROM "Profile" AS "t2" WHERE "t2"."user_id" IN (?,…);

-- 042 line 49: Post findUnique
SELECT "t0"."title", "t0"."author_id" FROM "Post" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."email", "t1"."birthday" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);

-- 043 line 50: Post findUnique
SELECT "t0"."title", "t0"."author_id" FROM "Post" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."author_id" FROM "Post" AS "t2" WHERE "t2"."author_id" IN (?,…) ORDER BY "t2"."id" DESC;

-- 044 line 52: Compound createOne
INSERT INTO "Compound" ("a", "b", "c", "value") VALUES (?, ?, ?, ?) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 045 line 53: Compound createOne
INSERT INTO "Compound" ("a", "b", "c", "d") VALUES (?, ?, ?, ?) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 046 line 54: Compound createOne
INSERT INTO "Compound" ("a", "b", "c", "value", "d") VALUES (?, ?, ?, ?, ?) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 047 line 55: Compound createOne
INSERT INTO "Compound" ("a", "b", "c", "value") VALUES (?, ?, ?, ?) RETURNING "a", "b", "c", "value", "d";
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 048 line 56: Compound findUnique
SELECT "t0"."a", "t0"."b", "t0"."c", "t0"."value", "t0"."d" FROM "Compound" AS "t0" WHERE (("t0"."a" = ? AND "t0"."b" = ?) AND 1=1) LIMIT ?;

-- 049 line 57: Compound findUnique
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE ("t0"."c" = ? AND 1=1) LIMIT ?;

-- 050 line 58: Compound findUnique
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE (("t0"."b" = ? AND "t0"."d" = ?) AND 1=1) LIMIT ?;

-- 051 line 59: Compound findUnique
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE (("t0"."b" = ? AND "t0"."d" = ?) AND 1=1) LIMIT ?;

-- 052 line 60: Compound findUnique
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE (("t0"."a" = ? AND "t0"."b" = ?) AND "t0"."value" IS NOT NULL) LIMIT ?;

-- 053 line 61: Compound findUnique
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE ((("t0"."a" = ? AND "t0"."b" = ?) AND "t0"."c" = ?) AND 1=1) LIMIT ?;

-- 054 line 62: Compound findMany
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? ORDER BY "t0"."b" DESC;

-- 055 line 63: Compound findMany
SELECT "t0"."a", "t0"."b", "t0"."value" FROM "Compound" AS "t0" WHERE ((("t0"."a" = (SELECT "t0"."a" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ?) AND "t0"."b" >= (SELECT "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ?)) OR ("t0"."a" > (SELECT "t0"."a" FROM "Compound" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ?)))) ORDER BY "t0"."a" ASC, "t0"."b" ASC;

-- 056 line 64: Compound findMany
SELECT "t0"."a", "t0"."b", "t0"."c" FROM "Compound" AS "t0" WHERE ((("t0"."a" = (SELECT "t0"."a" FROM "Compound" AS "t0" WHERE "t0"."c" = ?) AND "t0"."b" <= (SELECT "t0"."b" FROM "Compound" AS "t0" WHERE "t0"."c" = ?)) OR ("t0"."a" < (SELECT "t0"."a" FROM "Compound" AS "t0" WHERE "t0"."c" = ?)))) ORDER BY "t0"."a" DESC, "t0"."b" DESC;

-- 057 line 65: Compound findMany
SELECT "t0"."a", "t0"."b" FROM "Compound" AS "t0" WHERE ("t0"."c" <= (SELECT "t0"."c" FROM "Compound" AS "t0" WHERE "t0"."b" = ? AND "t0"."d" = ?)) ORDER BY "t0"."c" DESC LIMIT ?;

-- 058 line 66: Compound findMany
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE (("t0"."a" = ? AND "t0"."b" = ?) OR ("t0"."a" = ? AND "t0"."b" = ?)) ORDER BY "t0"."c" ASC;

-- 059 line 67: Compound findMany
SELECT "t0"."c" FROM "Compound" AS "t0" WHERE ((NOT "t0"."a" = ?) AND (NOT "t0"."d" IS NULL)) ORDER BY "t0"."c" ASC;

-- 060 line 69: Mapped createOne
INSERT INTO "mapped_table" ("mapped_id", "the_label", "score") VALUES (?, ?, ?) RETURNING "mapped_id", "the_label", "score";
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "mapped_table" AS "t0" WHERE "t0"."mapped_id" = ? LIMIT ?;

-- 061 line 70: Mapped createOne
INSERT INTO "mapped_table" ("mapped_id", "the_label", "score") VALUES (?, ?, ?) RETURNING "mapped_id", "the_label", "score";
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "mapped_table" AS "t0" WHERE "t0"."mapped_id" = ? LIMIT ?;

-- 062 line 71: Mapped findUnique
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "mapped_table" AS "t0" WHERE (("t0"."the_label" = ? AND "t0"."score" = ?) AND 1=1) LIMIT ?;

-- 063 line 72: Mapped findMany
SELECT "t0"."mapped_id", "t0"."the_label", "t0"."score" FROM "mapped_table" AS "t0" WHERE "t0"."the_label" LIKE ('%' || ? || '%') ORDER BY "t0"."score" DESC;

-- 064 line 73: Mapped findMany
SELECT "t0"."the_label" FROM "mapped_table" AS "t0" WHERE ("t0"."mapped_id" <= (SELECT "t0"."mapped_id" FROM "mapped_table" AS "t0" WHERE "t0"."mapped_id" = ?)) ORDER BY "t0"."mapped_id" DESC LIMIT ?;

-- 065 line 75: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 066 line 76: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 067 line 77: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."bio", "t1"."user_id" FROM "Profile" AS "t1" WHERE "t1"."user_id" IN (?,…);

-- 068 line 78: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 069 line 79: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."email", "t1"."birthday" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);

-- 070 line 80: Post findMany
SELECT "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."body", "t1"."post_id" FROM "Comment" AS "t1" WHERE "t1"."post_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 071 line 81: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…);
SELECT "t2"."id", "t2"."bio", "t2"."user_id" FROM "Profile" AS "t2" WHERE "t2"."user_id" IN (?,…);

-- 072 line 83: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), (SELECT COUNT(*) FROM "_GroupToUser" AS "t3" INNER JOIN "Group" AS "t2" ON "t3"."A" = "t2"."id" WHERE "t3"."B" = "t0"."id") FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 073 line 84: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND "t1"."published" = ?) FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 074 line 85: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND EXISTS(SELECT "t2"."post_id" FROM "Comment" AS "t2" WHERE (1=1 AND ("t2"."post_id") = ("t1"."id") AND "t2"."post_id" IS NOT NULL))), (SELECT COUNT(*) FROM "_GroupToUser" AS "t4" INNER JOIN "Group" AS "t3" ON "t4"."A" = "t3"."id" WHERE "t4"."B" = "t0"."id" AND "t3"."name" = ?) FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 075 line 86: Post findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Comment" AS "t1" WHERE "t1"."post_id" = "t0"."id"), (SELECT COUNT(*) FROM "_PostToTag" AS "t3" INNER JOIN "Tag" AS "t2" ON "t3"."B" = "t2"."id" WHERE "t3"."A" = "t0"."id"), "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT (SELECT COUNT(*) FROM "Post" AS "t5" WHERE "t5"."author_id" = "t4"."id"), "t4"."id" FROM "User" AS "t4" WHERE "t4"."id" IN (?,…);

-- 076 line 87: Tag findMany
SELECT "t0"."name", (SELECT COUNT(*) FROM "_PostToTag" AS "t2" INNER JOIN "Post" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id"), "t0"."id" FROM "Tag" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t3"."id", (SELECT COUNT(*) FROM "Comment" AS "t4" WHERE "t4"."post_id" = "t3"."id"), (SELECT COUNT(*) FROM "_PostToTag" AS "t6" INNER JOIN "Tag" AS "t5" ON "t6"."B" = "t5"."id" WHERE "t6"."A" = "t3"."id"), "j"."B" FROM "Post" AS "t3" INNER JOIN "_PostToTag" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…) ORDER BY "t3"."id" ASC;

-- 077 line 88: Group findMany
SELECT "t0"."name", (SELECT COUNT(*) FROM "_GroupToUser" AS "t2" INNER JOIN "User" AS "t1" ON "t2"."B" = "t1"."id" WHERE "t2"."A" = "t0"."id" AND NOT EXISTS(SELECT "t3"."author_id" FROM "Post" AS "t3" WHERE (1=1 AND ("t3"."author_id") = ("t1"."id") AND "t3"."author_id" IS NOT NULL))) FROM "Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 078 line 89: User findUnique
SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 079 line 90: User findFirst
SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id"), (SELECT COUNT(*) FROM "_GroupToUser" AS "t3" INNER JOIN "Group" AS "t2" ON "t3"."A" = "t2"."id" WHERE "t3"."B" = "t0"."id"), "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 080 line 91: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE EXISTS(SELECT "t2"."author_id" FROM "Post" AS "t2" WHERE (EXISTS(SELECT "t3"."A" FROM "_PostToTag" AS "t3" INNER JOIN "Tag" AS "j0" ON ("j0"."id") = ("t3"."B") WHERE ("j0"."name" = ? AND ("t2"."id") = ("t3"."A") AND "t3"."A" IS NOT NULL)) AND ("t2"."author_id") = ("t0"."id") AND "t2"."author_id" IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM "Post" AS "t4" WHERE "t4"."author_id" = "t0"."id") DESC;

-- 081 line 92: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id" AND 1=0) FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 082 line 94: Tag findMany
SELECT "t0"."name", "t0"."id" FROM "Tag" AS "t0" WHERE 1=1 ORDER BY "t0"."name" ASC;
SELECT "t1"."title", "j"."B" FROM "Post" AS "t1" INNER JOIN "_PostToTag" AS "j" ON "j"."A" = "t1"."id" WHERE "t1"."published" = ? AND "j"."B" IN (?,…) ORDER BY "t1"."id" DESC;

-- 083 line 95: Post findMany
SELECT "t0"."title", "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."A" FROM "Tag" AS "t1" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…) ORDER BY "t1"."name" ASC;

-- 084 line 96: Post findMany
SELECT "t0"."title", "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."A", "t1"."id" FROM "Tag" AS "t1" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "Tag" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."id" ASC;

-- 085 line 97: Group findMany
SELECT "t0"."name", "t0"."id" FROM "Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."first_name", "j"."A" FROM "User" AS "t1" INNER JOIN "_GroupToUser" AS "j" ON "j"."B" = "t1"."id" WHERE "t1"."last_name" = ? AND "j"."A" IN (?,…) ORDER BY "t1"."id" DESC;

-- 086 line 98: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "j"."B" FROM "Group" AS "t1" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t1"."id" WHERE EXISTS(SELECT "t2"."A" FROM "_GroupToUser" AS "t2" INNER JOIN "User" AS "j0" ON ("j0"."id") = ("t2"."B") WHERE ("j0"."id" = ? AND ("t1"."id") = ("t2"."A") AND "t2"."A" IS NOT NULL)) AND "j"."B" IN (?,…);

-- 087 line 99: Tag findMany
SELECT "t0"."name" FROM "Tag" AS "t0" WHERE NOT EXISTS(SELECT "t1"."B" FROM "_PostToTag" AS "t1" INNER JOIN "Post" AS "j0" ON ("j0"."id") = ("t1"."A") WHERE ((NOT "j0"."published" = ?) AND ("t0"."id") = ("t1"."B") AND "t1"."B" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 088 line 100: Tag findMany
SELECT "t0"."name" FROM "Tag" AS "t0" WHERE EXISTS(SELECT "t1"."B" FROM "_PostToTag" AS "t1" INNER JOIN "Post" AS "j0" ON ("j0"."id") = ("t1"."A") WHERE (("j0"."author_id" IS NULL) AND ("t0"."id") = ("t1"."B") AND "t1"."B" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 089 line 101: Group findMany
SELECT "t0"."name" FROM "Group" AS "t0" WHERE NOT EXISTS(SELECT "t1"."A" FROM "_GroupToUser" AS "t1" INNER JOIN "User" AS "j0" ON ("j0"."id") = ("t1"."B") WHERE (1=1 AND ("t0"."id") = ("t1"."A") AND "t1"."A" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 090 line 103: Post findMany
SELECT "t0"."id", "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."author_id" FROM "Post" AS "t2" WHERE "t2"."author_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 091 line 104: Comment findMany
SELECT "t0"."body", "t0"."post_id" FROM "Comment" AS "t0" LEFT JOIN "Post" AS "j0" ON ("j0"."id") = ("t0"."post_id") LEFT JOIN "User" AS "j1" ON ("j1"."id") = ("j0"."author_id") WHERE (("j1"."email" LIKE ('%' || ?) AND ("j1"."id" IS NOT NULL)) AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" DESC;
SELECT "t1"."title", "t1"."author_id", "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."email", "t2"."id" FROM "User" AS "t2" WHERE "t2"."id" IN (?,…);

-- 092 line 106: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC;

-- 093 line 107: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE (NOT (NOT "t0"."id" = ?)) ORDER BY "t0"."id" ASC;

-- 094 line 108: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC;

-- 095 line 109: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC;

-- 096 line 110: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 097 line 111: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 098 line 112: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE (NOT ("t0"."id" = ? OR "t0"."id" = ?)) ORDER BY "t0"."id" ASC;

-- 099 line 114: User findMany
error: Field 'nope' not found in enclosing type 'User'

-- 100 line 115: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1;

-- 101 line 116: User findMany
error: Unknown where field `nope` on `User`

-- 102 line 117: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?;

-- 103 line 118: User findMany
error: Invalid value for argument `take`

-- 104 line 120: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT -1 OFFSET ?;

-- 105 line 121: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 106 line 122: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1;

-- 107 line 124: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?;

-- 108 line 125: User findFirst
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 109 line 126: User findFirst
SELECT "t0"."email" FROM "User" AS "t0" WHERE "t0"."id" > ? LIMIT ?;

-- 110 line 127: User findFirstOrThrow
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."last_name" = ? LIMIT ?;

-- 111 line 128: User findFirst
SELECT "t0"."id", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 LIMIT ?;

-- 112 line 129: Post findFirst
SELECT "t0"."id" FROM "Post" AS "t0" WHERE EXISTS(SELECT "t2"."A" FROM "_PostToTag" AS "t2" INNER JOIN "Tag" AS "j0" ON ("j0"."id") = ("t2"."B") WHERE (1=1 AND ("t0"."id") = ("t2"."A") AND "t2"."A" IS NOT NULL)) LIMIT ?;
SELECT "t1"."name", "j"."A" FROM "Tag" AS "t1" INNER JOIN "_PostToTag" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…);

-- 113 line 131: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 114 line 132: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."first_name", "t1"."last_name", "t1"."birthday" FROM "User" AS "t1" WHERE "t1"."id" IN (?,…);

-- 115 line 133: User findUnique
SELECT "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday", "t0"."id" FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."id", "t1"."bio", "t1"."user_id" FROM "Profile" AS "t1" WHERE "t1"."user_id" IN (?,…);

