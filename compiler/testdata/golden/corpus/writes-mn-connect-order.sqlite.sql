-- 000 line 1: User createMany
INSERT INTO "User" ("id") VALUES (?), (?), (?), (?), (?), (?);

-- 001 line 2: Group createMany
INSERT INTO "Group" ("id") VALUES (?), (?), (?), (?);

-- 002 line 4: User updateOne
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Group" AS "t1" WHERE (("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "User" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."B" FROM "Group" AS "t3" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…);

-- 003 line 5: User createOne
INSERT INTO "User" ("id") VALUES (?) RETURNING "id";
SELECT "t0"."id" FROM "Group" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Group" ("id") VALUES (?) RETURNING "id";
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "User" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "j"."B" FROM "Group" AS "t2" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…);

-- 004 line 6: User updateOne
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Group" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Group" ("id") VALUES (?) RETURNING "id";
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Group" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Group" ("id") VALUES (?) RETURNING "id";
INSERT INTO "_GroupToUser" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "User" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "j"."B" FROM "Group" AS "t4" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…);

-- 005 line 8: Group updateOne
SELECT "t0"."id" FROM "Group" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "User" AS "t1" WHERE (("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "Group" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "j"."A" FROM "User" AS "t3" INNER JOIN "_GroupToUser" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN (?,…);

-- 006 line 9: Group updateOne
SELECT "t0"."id" FROM "Group" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "User" AS "t1" WHERE EXISTS(SELECT 1 FROM "_GroupToUser" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…));
DELETE FROM "_GroupToUser" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t3"."id" FROM "User" AS "t3" WHERE (("t3"."id" = ? AND 1=1) OR ("t3"."id" = ? AND 1=1) OR ("t3"."id" = ? AND 1=1));
INSERT INTO "_GroupToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "Group" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "j"."A" FROM "User" AS "t5" INNER JOIN "_GroupToUser" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN (?,…);

-- 007 line 11: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."B" FROM "Group" AS "t1" INNER JOIN "_GroupToUser" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…);

-- 008 line 12: Group findMany
SELECT "t0"."id" FROM "Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."A" FROM "User" AS "t1" INNER JOIN "_GroupToUser" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…);

