-- 000 line 2: Team createOne
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Team" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Player createOne
INSERT INTO "Player" ("id", "name", "score", "teamId") VALUES (?, ?, ?, ?) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Player createOne
INSERT INTO "Player" ("id", "name", "score") VALUES (?, ?, ?) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 7: Game createManyAndReturn
INSERT INTO "Game" ("season", "round", "playerId", "points") VALUES (?, ?, ?, ?), (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING "season", "round", "playerId", "points";
SELECT "t0"."score", "t0"."teamId", "t0"."id" FROM "Player" AS "t0" WHERE "t0"."id" IN (?,…);

-- 004 line 10: Game createManyAndReturn
INSERT INTO "Game" ("season", "round", "playerId", "points") VALUES (?, ?, ?, ?) RETURNING "season", "round", "playerId", "points";
SELECT "t0"."score", "t0"."teamId", "t0"."id" FROM "Player" AS "t0" WHERE "t0"."id" IN (?,…);

-- 005 line 13: Game createManyAndReturn
INSERT INTO "Game" ("season", "round", "playerId", "points") VALUES (?, ?, ?, ?) RETURNING "season", "round", "playerId", "points";
SELECT "t0"."name", "t0"."teamId", "t0"."id" FROM "Player" AS "t0" WHERE "t0"."id" IN (?,…);
SELECT "t1"."name", "t1"."id" FROM "Team" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."round", "t2"."playerId" FROM "Game" AS "t2" WHERE "t2"."playerId" IN (?,…) ORDER BY "t2"."season" ASC, "t2"."round" ASC;

-- 006 line 16: Game updateManyAndReturn
UPDATE "Game" SET "points" = ? WHERE 1=1 RETURNING "season", "round", "playerId", "points";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" IN (?,…);

-- 007 line 19: Game updateManyAndReturn
UPDATE "Game" SET "points" = ? WHERE EXISTS(SELECT "t0"."id" FROM "Player" AS "t0" WHERE ("t0"."teamId" = ? AND ("t0"."id") = ("Game"."playerId") AND "t0"."id" IS NOT NULL)) RETURNING "season", "round", "playerId", "points";
SELECT "t1"."name", "t1"."teamId", "t1"."id" FROM "Player" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."name", "t2"."id" FROM "Team" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."round", "t3"."playerId" FROM "Game" AS "t3" WHERE "t3"."playerId" IN (?,…) ORDER BY "t3"."season" ASC, "t3"."round" ASC;

