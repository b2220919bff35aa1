-- 000 line 1: A createOne
INSERT INTO "A" ("id") VALUES (?) RETURNING "id";
INSERT INTO "B" ("id", "aId") VALUES (?, ?), (?, ?);
SELECT "t0"."id" FROM "A" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 2: A findMany
SELECT "t0"."id", (SELECT json_group_array(json_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "B" AS "t1" WHERE "t1"."aId" = "t0"."id") AS "s") FROM "A" AS "t0" WHERE 1=1;

-- 002 line 3: A findMany
SELECT "t0"."id" FROM "A" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."aId" FROM "B" AS "t1" WHERE "t1"."aId" IN (?,…);

-- 003 line 4: A findUnique
SELECT "t0"."id" FROM "A" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 004 line 5: A findMany
SELECT "t0"."id", (SELECT json_group_array(json_array("s"."c0")) FROM (SELECT "t1"."id" AS "c0" FROM "B" AS "t1" WHERE "t1"."aId" = "t0"."id" ORDER BY "t1"."id" DESC) AS "s") FROM "A" AS "t0" WHERE 1=1;

