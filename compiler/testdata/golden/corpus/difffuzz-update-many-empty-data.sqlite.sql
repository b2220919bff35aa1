-- 000 line 2: Pair createOne
INSERT INTO "Pair" ("a", "b", "v") VALUES (?, ?, ?) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "Pair" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 001 line 3: Pair createOne
INSERT INTO "Pair" ("a", "b", "v") VALUES (?, ?, ?) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "Pair" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 002 line 4: Pair createOne
INSERT INTO "Pair" ("a", "b", "v") VALUES (?, ?, ?) RETURNING "a", "b", "v";
SELECT "t0"."a" FROM "Pair" AS "t0" WHERE "t0"."a" = ? AND "t0"."b" = ? LIMIT ?;

-- 003 line 5: Item createOne
INSERT INTO "Item" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 8: Pair updateMany
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "Pair" AS "t0" WHERE "t0"."b" = ?;

-- 005 line 9: Item updateMany
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE 1=1;

-- 008 line 17: Pair updateMany
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "Pair" AS "t0" WHERE ("t0"."a", "t0"."b") IN (SELECT "t1"."a", "t1"."b" FROM "Pair" AS "t1" WHERE "t1"."b" = ? LIMIT ?);

-- 009 line 18: Pair updateManyAndReturn
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "Pair" AS "t0" WHERE ("t0"."a", "t0"."b") IN (SELECT "t1"."a", "t1"."b" FROM "Pair" AS "t1" WHERE "t1"."b" = ? LIMIT ?);

-- 010 line 21: Pair updateManyAndReturn
SELECT "t0"."a", "t0"."b", "t0"."v" FROM "Pair" AS "t0" WHERE "t0"."b" = ?;

