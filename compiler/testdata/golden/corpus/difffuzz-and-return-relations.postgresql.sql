-- 000 line 2: Team createOne
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Player createOne
INSERT INTO "public"."Player" ("id", "name", "score", "teamId") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Player createOne
INSERT INTO "public"."Player" ("id", "name", "score") VALUES ($1, $2, $3) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 7: Game createManyAndReturn
INSERT INTO "public"."Game" ("season", "round", "playerId", "points") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING "season", "round", "playerId", "points";
SELECT "t0"."score", "t0"."teamId", "t0"."id" FROM "public"."Player" AS "t0" WHERE "t0"."id" IN ($1,…);

-- 004 line 10: Game createManyAndReturn
INSERT INTO "public"."Game" ("season", "round", "playerId", "points") VALUES ($1, $2, $3, $4) RETURNING "season", "round", "playerId", "points";
SELECT "t0"."score", "t0"."teamId", "t0"."id" FROM "public"."Player" AS "t0" WHERE "t0"."id" IN ($1,…);

-- 005 line 13: Game createManyAndReturn
INSERT INTO "public"."Game" ("season", "round", "playerId", "points") VALUES ($1, $2, $3, $4) RETURNING "season", "round", "playerId", "points";
SELECT "t0"."name", "t0"."teamId", "t0"."id" FROM "public"."Player" AS "t0" WHERE "t0"."id" IN ($1,…);
SELECT "t1"."name", "t1"."id" FROM "public"."Team" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."round", "t2"."playerId" FROM "public"."Game" AS "t2" WHERE "t2"."playerId" IN ($1,…) ORDER BY "t2"."season" ASC, "t2"."round" ASC;

-- 006 line 16: Game updateManyAndReturn
UPDATE "public"."Game" SET "points" = $1 WHERE 1=1 RETURNING "season", "round", "playerId", "points";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" IN ($1,…);

-- 007 line 19: Game updateManyAndReturn
UPDATE "public"."Game" SET "points" = $1 WHERE EXISTS(SELECT "t0"."id" FROM "public"."Player" AS "t0" WHERE ("t0"."teamId" = $2 AND ("t0"."id") = ("Game"."playerId") AND "t0"."id" IS NOT NULL)) RETURNING "season", "round", "playerId", "points";
SELECT "t1"."name", "t1"."teamId", "t1"."id" FROM "public"."Player" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."name", "t2"."id" FROM "public"."Team" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."round", "t3"."playerId" FROM "public"."Game" AS "t3" WHERE "t3"."playerId" IN ($1,…) ORDER BY "t3"."season" ASC, "t3"."round" ASC;

