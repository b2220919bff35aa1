-- 000 line 2: Tag createOne
INSERT INTO "public"."Tag" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Tag" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Post createOne
INSERT INTO "public"."Post" ("id", "rank") VALUES ($1, $2) RETURNING "id", "rank";
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Post createOne
INSERT INTO "public"."Post" ("id", "rank") VALUES ($1, $2) RETURNING "id", "rank";
SELECT "t0"."id", "t0"."name" FROM "public"."Tag" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_PostToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 003 line 5: Comment createOne
INSERT INTO "public"."Comment" ("id", "rank", "postId") VALUES ($1, $2, $3) RETURNING "id", "rank", "postId";
SELECT "t0"."id" FROM "public"."Comment" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Comment createOne
INSERT INTO "public"."Comment" ("id", "rank", "postId") VALUES ($1, $2, $3) RETURNING "id", "rank", "postId";
SELECT "t0"."id" FROM "public"."Comment" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 7: Game createOne
INSERT INTO "public"."Game" ("season", "round", "code", "points") VALUES ($1, $2, $3, $4) RETURNING "season", "round", "code", "points";
SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $1 AND "t0"."round" = $2 LIMIT $3;

-- 006 line 8: Game createOne
INSERT INTO "public"."Game" ("season", "round", "code", "points") VALUES ($1, $2, $3, $4) RETURNING "season", "round", "code", "points";
SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $1 AND "t0"."round" = $2 LIMIT $3;

-- 007 line 11: Game findMany
SELECT "t0"."season", "t0"."round" FROM "public"."Game" AS "t0" WHERE "t0"."season" < $1 AND ((("t0"."season" = (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $2 AND "t0"."round" = $3) AND "t0"."round" <= (SELECT "t0"."round" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $4 AND "t0"."round" = $5)) OR ("t0"."season" < (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $6 AND "t0"."round" = $7)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 008 line 12: Game findMany
SELECT "t0"."season", "t0"."round" FROM "public"."Game" AS "t0" WHERE ("t0"."points" = $1 AND "t0"."season" < $2) AND ((("t0"."season" = (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $3 AND "t0"."round" = $4) AND "t0"."round" <= (SELECT "t0"."round" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $5 AND "t0"."round" = $6)) OR ("t0"."season" < (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $7 AND "t0"."round" = $8)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 009 line 13: Game findMany
SELECT "t0"."season", "t0"."round", "t0"."code" FROM "public"."Game" AS "t0" WHERE "t0"."season" < $1 AND ((("t0"."season" = (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."code" = $2) AND "t0"."round" <= (SELECT "t0"."round" FROM "public"."Game" AS "t0" WHERE "t0"."code" = $3)) OR ("t0"."season" < (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."code" = $4)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 010 line 16: Game findMany
SELECT "t0"."season", "t0"."round" FROM "public"."Game" AS "t0" WHERE ((("t0"."season" = (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $1 AND "t0"."round" = $2) AND "t0"."round" <= (SELECT "t0"."round" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $3 AND "t0"."round" = $4)) OR ("t0"."season" < (SELECT "t0"."season" FROM "public"."Game" AS "t0" WHERE "t0"."season" = $5 AND "t0"."round" = $6)))) ORDER BY "t0"."season" DESC, "t0"."round" DESC;

-- 011 line 17: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."rank" < $1 AND ((("t0"."rank" = (SELECT "t0"."rank" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $2) AND "t0"."id" <= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $3)) OR ("t0"."rank" < (SELECT "t0"."rank" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $4)))) ORDER BY "t0"."rank" DESC, "t0"."id" DESC;

