-- 000 line 2: Team createOne
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Team createOne
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id", "t0"."name" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Player createOne
INSERT INTO "public"."Player" ("id", "name", "score", "teamId") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Player createOne
INSERT INTO "public"."Player" ("id", "name", "score") VALUES ($1, $2, $3) RETURNING "id", "name", "score", "nick", "level", "teamId";
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 8: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Team" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
UPDATE "public"."Team" SET "name" = $1 WHERE ("Team"."id" IN ($2,…) AND "Team"."id" = $3) RETURNING "id", "name";
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
UPDATE "public"."Player" SET "teamId" = $1 WHERE "Player"."id" IN ($2,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "public"."Player" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name" FROM "public"."Team" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 005 line 11: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Team" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."id" IN ($2,…));
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
UPDATE "public"."Player" SET "teamId" = $1 WHERE "Player"."id" IN ($2,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "public"."Player" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 008 line 20: Player updateOne
SELECT "t0"."id", "t0"."name", "t0"."score", "t0"."nick", "t0"."level", "t0"."teamId" FROM "public"."Player" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Team" AS "t1" WHERE "t1"."id" IN ($1,…);
INSERT INTO "public"."Team" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
UPDATE "public"."Player" SET "teamId" = $1 WHERE "Player"."id" IN ($2,…);
SELECT "t2"."id", "t2"."name", "t2"."score", "t2"."nick", "t2"."level", "t2"."teamId" FROM "public"."Player" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name" FROM "public"."Team" AS "t3" WHERE "t3"."id" IN ($1,…);

