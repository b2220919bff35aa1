-- 000 line 2: D createOne
INSERT INTO "D" ("id", "data") VALUES (?, ?) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "D" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: D createOne
INSERT INTO "D" ("id", "data", "opt") VALUES (?, ?, ?) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "D" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 5: D createOne
INSERT INTO "D" ("id", "data") VALUES (?, ?) RETURNING "id", "data", "opt";
SELECT "t0"."id", "t0"."data", "t0"."opt" FROM "D" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 6: D createMany
INSERT INTO "D" ("id", "data", "opt") VALUES (?, ?, NULL), (?, ?, ?);

-- 004 line 8: D updateOne
UPDATE "D" SET "data" = ?, "opt" = ? WHERE "D"."id" = ? RETURNING "id", "data", "opt";

-- 005 line 9: D updateMany
UPDATE "D" SET "opt" = ? WHERE "D"."id" > ?;

-- 006 line 10: D upsertOne
INSERT INTO "D" ("id", "data") VALUES (?, ?) ON CONFLICT ("id") DO UPDATE SET "data" = ? WHERE "D"."id" = ? RETURNING "id", "data", "opt";

-- 007 line 11: D upsertOne
INSERT INTO "D" ("id", "data") VALUES (?, ?) ON CONFLICT ("id") DO UPDATE SET "data" = ? WHERE "D"."id" = ? RETURNING "id", "data", "opt";

-- 008 line 13: D findMany
SELECT "t0"."id" FROM "D" AS "t0" WHERE "t0"."data" = ? ORDER BY "t0"."id" ASC;

-- 009 line 14: D findMany
SELECT "t0"."id" FROM "D" AS "t0" WHERE "t0"."data" = ? ORDER BY "t0"."id" ASC;

-- 010 line 15: D findMany
SELECT "t0"."id" FROM "D" AS "t0" WHERE "t0"."data" <> ? ORDER BY "t0"."id" ASC;

-- 011 line 16: D findMany
SELECT "t0"."id" FROM "D" AS "t0" WHERE "t0"."data" = ? ORDER BY "t0"."id" ASC;

