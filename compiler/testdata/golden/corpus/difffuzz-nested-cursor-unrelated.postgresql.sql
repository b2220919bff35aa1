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

-- 007 line 12: Post findUnique
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."postId" FROM "public"."Comment" AS "t1" WHERE "t1"."postId" IN ($1,…) AND ((("t1"."rank" = (SELECT "t1"."rank" FROM "public"."Comment" AS "t1" WHERE "t1"."id" = $2) AND "t1"."id" <= (SELECT "t1"."id" FROM "public"."Comment" AS "t1" WHERE "t1"."id" = $3)) OR ("t1"."rank" < (SELECT "t1"."rank" FROM "public"."Comment" AS "t1" WHERE "t1"."id" = $4)))) ORDER BY "t1"."rank" DESC, "t1"."id" DESC;

-- 008 line 13: Tag findUnique
SELECT "t0"."id" FROM "public"."Tag" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Post" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) AND ((("t1"."rank" = (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2) AND "t1"."id" <= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $3)) OR ("t1"."rank" < (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $4)))) ORDER BY "t1"."rank" DESC, "t1"."id" DESC;

-- 009 line 16: Tag findMany
SELECT "t0"."id" FROM "public"."Tag" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."B" FROM "public"."Post" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) AND ((("t1"."rank" = (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2) AND "t1"."id" <= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $3)) OR ("t1"."rank" < (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $4)))) ORDER BY "t1"."rank" DESC, "t1"."id" DESC;
SELECT "t2"."id", "j"."A" FROM "public"."Tag" AS "t2" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…);

-- 010 line 17: Tag findUnique
SELECT "t0"."id" FROM "public"."Tag" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "j"."B" FROM "public"."Post" AS "t1" INNER JOIN "public"."_PostToTag" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) AND ((("t1"."rank" = (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $2) AND "t1"."id" <= (SELECT "t1"."id" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $3)) OR ("t1"."rank" < (SELECT "t1"."rank" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $4)))) ORDER BY "t1"."rank" DESC, "t1"."id" DESC;

