-- 000 line 2: Tag createOne
INSERT INTO "Tag" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Tag" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Post createOne
INSERT INTO "Post" ("id", "rank") VALUES (?, ?) RETURNING "id", "rank";
SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Post createOne
INSERT INTO "Post" ("id", "rank") VALUES (?, ?) RETURNING "id", "rank";
SELECT "t0"."id", "t0"."name" FROM "Tag" AS "t0" WHERE ("t0"."id" = ?);
INSERT INTO "_PostToTag" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Post" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 003 line 5: Comment createOne
INSERT INTO "Comment" ("id", "rank", "postId") VALUES (?, ?, ?) RETURNING "id", "rank", "postId";
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: Comment createOne
INSERT INTO "Comment" ("id", "rank", "postId") VALUES (?, ?, ?) RETURNING "id", "rank", "postId";
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 005 line 7: Game createOne
INSERT INTO "Game" ("season", "round", "code", "points") VALUES (?, ?, ?, ?) RETURNING "season", "round", "code", "points";
SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ? LIMIT ?;

-- 006 line 8: Game createOne
INSERT INTO "Game" ("season", "round", "code", "points") VALUES (?, ?, ?, ?) RETURNING "season", "round", "code", "points";
SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ? LIMIT ?;

-- 007 line 11: Game findMany
SELECT "t0"."season", "t0"."round" FROM "Game" AS "t0" WHERE "t0"."season" < ? AND ((("t0"."season" = (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?) AND "t0"."round" <= (SELECT "t0"."round" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)) OR ("t0"."season" < (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 008 line 12: Game findMany
SELECT "t0"."season", "t0"."round" FROM "Game" AS "t0" WHERE ("t0"."points" = ? AND "t0"."season" < ?) AND ((("t0"."season" = (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?) AND "t0"."round" <= (SELECT "t0"."round" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)) OR ("t0"."season" < (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 009 line 13: Game findMany
SELECT "t0"."season", "t0"."round", "t0"."code" FROM "Game" AS "t0" WHERE "t0"."season" < ? AND ((("t0"."season" = (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."code" = ?) AND "t0"."round" <= (SELECT "t0"."round" FROM "Game" AS "t0" WHERE "t0"."code" = ?)) OR ("t0"."season" < (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."code" = ?)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 010 line 16: Game findMany
SELECT "t0"."season", "t0"."round" FROM "Game" AS "t0" WHERE ((("t0"."season" = (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?) AND "t0"."round" <= (SELECT "t0"."round" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)) OR ("t0"."season" < (SELECT "t0"."season" FROM "Game" AS "t0" WHERE "t0"."season" = ? AND "t0"."round" = ?)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 011 line 17: Post findMany
SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."rank" < ? AND ((("t0"."rank" = (SELECT "t0"."rank" FROM "Post" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."id" = ?)) OR ("t0"."rank" < (SELECT "t0"."rank" FROM "Post" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY "t0"."rank" DESC, "t0"."id" DESC;

