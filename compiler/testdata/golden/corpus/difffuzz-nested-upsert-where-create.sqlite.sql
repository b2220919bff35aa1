-- 000 line 2: Team createOne
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "Team" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Team createOne
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "Team" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Player createOne
INSERT INTO "Player" ("id", "name", "score", "teamId") VALUES (?, ?, ?, ?) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: Player createOne
INSERT INTO "Player" ("id", "name", "score") VALUES (?, ?, ?) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 8: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Team" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
UPDATE "Team" SET "name" = ? WHERE ("Team"."id" IN (?,…) AND "Team"."id" = ?) RETURNING "id", "name";
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
UPDATE "Player" SET "teamId" = ? WHERE "Player"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "Player" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name" FROM "Team" AS "t3" WHERE "t3"."id" IN (?,…);

-- 005 line 11: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Team" AS "t1" WHERE ("t1"."id" = ? AND "t1"."id" IN (?,…));
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
UPDATE "Player" SET "teamId" = ? WHERE "Player"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "Player" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 008 line 20: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "Player" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name" FROM "Team" AS "t1" WHERE "t1"."id" IN (?,…);
INSERT INTO "Team" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
UPDATE "Player" SET "teamId" = ? WHERE "Player"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "Player" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name" FROM "Team" AS "t3" WHERE "t3"."id" IN (?,…);

