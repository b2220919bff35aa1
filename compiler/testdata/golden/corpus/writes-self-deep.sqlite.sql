-- 000 line 2: Person createMany
INSERT INTO "Person" ("id", "name") VALUES (?, ?), (?, ?), (?, ?);

-- 001 line 3: Person createOne
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
INSERT INTO "Person" ("partnerId", "bossId", "id", "name") VALUES (?, ?, ?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Person" ("id", "name", "bossId") VALUES (?, ?, ?), (?, ?, ?);
UPDATE "Person" SET "bossId" = ? WHERE ("Person"."id" = ?);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE (("t2"."id" = ? AND 1=1) OR ("t2"."id" = ? AND 1=1));
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 002 line 5: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
UPDATE "Person" SET "partnerId" = ? WHERE "Person"."id" IN (?,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "Person" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."partnerId" FROM "Person" AS "t6" WHERE "t6"."partnerId" IN (?,…);
SELECT "t7"."id" FROM "Person" AS "t7" WHERE "t7"."id" IN (?,…);
SELECT "t8"."id", "t8"."bossId" FROM "Person" AS "t8" WHERE "t8"."bossId" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "Person" AS "t10" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN (?,…) ORDER BY "t10"."id" ASC;

-- 003 line 6: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
UPDATE "Person" SET "partnerId" = ? WHERE "Person"."id" IN (?,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "Person" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."partnerId" FROM "Person" AS "t6" WHERE "t6"."partnerId" IN (?,…);
SELECT "t7"."id" FROM "Person" AS "t7" WHERE "t7"."id" IN (?,…);
SELECT "t8"."id", "t8"."bossId" FROM "Person" AS "t8" WHERE "t8"."bossId" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "Person" AS "t10" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN (?,…) ORDER BY "t10"."id" ASC;

-- 004 line 8: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."partnerId" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
UPDATE "Person" SET "partnerId" = ? WHERE "Person"."id" IN (?,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "Person" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."partnerId" FROM "Person" AS "t6" WHERE "t6"."partnerId" IN (?,…);
SELECT "t7"."id" FROM "Person" AS "t7" WHERE "t7"."id" IN (?,…);
SELECT "t8"."id", "t8"."bossId" FROM "Person" AS "t8" WHERE "t8"."bossId" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "Person" AS "t10" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN (?,…) ORDER BY "t10"."id" ASC;

-- 005 line 9: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" IN (?,…);
SELECT "t4"."id", "t4"."partnerId" FROM "Person" AS "t4" WHERE "t4"."partnerId" IN (?,…);
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."bossId" FROM "Person" AS "t6" WHERE "t6"."bossId" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "Person" AS "t7" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN (?,…) ORDER BY "t8"."id" ASC;

-- 006 line 10: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."partnerId" IN (?,…);
UPDATE "Person" SET "partnerId" = NULL WHERE "Person"."id" IN (?,…);
INSERT INTO "Person" ("partnerId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" IN (?,…);
SELECT "t4"."id", "t4"."partnerId" FROM "Person" AS "t4" WHERE "t4"."partnerId" IN (?,…);
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."bossId" FROM "Person" AS "t6" WHERE "t6"."bossId" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "Person" AS "t7" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN (?,…) ORDER BY "t8"."id" ASC;

-- 007 line 12: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."bossId" IN (?,…);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE (("t2"."id" = ? AND 1=1) OR ("t2"."id" = ? AND 1=1));
UPDATE "Person" SET "bossId" = ? WHERE "Person"."id" IN (?,…);
UPDATE "Person" SET "bossId" = NULL WHERE "Person"."id" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 008 line 13: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."bossId" IN (?,…));
UPDATE "Person" SET "bossId" = NULL WHERE ("Person"."id" IN (?,…) AND ("Person"."id" = ?));
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" IN (?,…);
SELECT "t4"."id", "t4"."partnerId" FROM "Person" AS "t4" WHERE "t4"."partnerId" IN (?,…);
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."bossId" FROM "Person" AS "t6" WHERE "t6"."bossId" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "Person" AS "t7" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN (?,…) ORDER BY "t8"."id" ASC;

-- 009 line 14: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "Person" SET "name" = ? WHERE "Person"."id" IN (?,…) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" IN (?,…);
SELECT "t4"."id", "t4"."partnerId" FROM "Person" AS "t4" WHERE "t4"."partnerId" IN (?,…);
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."bossId" FROM "Person" AS "t6" WHERE "t6"."bossId" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "Person" AS "t7" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN (?,…) ORDER BY "t8"."id" ASC;

-- 010 line 15: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
UPDATE "Person" SET "bossId" = ? WHERE "Person"."id" = ? RETURNING "id", "name", "partnerId", "bossId";
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id" FROM "Person" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."partnerId" FROM "Person" AS "t3" WHERE "t3"."partnerId" IN (?,…);
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."bossId" FROM "Person" AS "t5" WHERE "t5"."bossId" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "j"."B" FROM "Person" AS "t6" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN (?,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."A" FROM "Person" AS "t7" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN (?,…) ORDER BY "t7"."id" ASC;

-- 011 line 17: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE ("t1"."id" = ?);
INSERT INTO "_Friends" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "Person" AS "t2" WHERE ("t2"."id" = ?);
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 012 line 18: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE EXISTS(SELECT 1 FROM "_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
DELETE FROM "_Friends" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE (("t3"."id" = ? AND 1=1) OR ("t3"."id" = ? AND 1=1));
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "Person" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id" FROM "Person" AS "t5" WHERE "t5"."id" IN (?,…);
SELECT "t6"."id", "t6"."partnerId" FROM "Person" AS "t6" WHERE "t6"."partnerId" IN (?,…);
SELECT "t7"."id" FROM "Person" AS "t7" WHERE "t7"."id" IN (?,…);
SELECT "t8"."id", "t8"."bossId" FROM "Person" AS "t8" WHERE "t8"."bossId" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN (?,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "Person" AS "t10" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN (?,…) ORDER BY "t10"."id" ASC;

-- 013 line 19: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE ((("t1"."id" = ? AND 1=1) OR ("t1"."id" = ? AND 1=1)) AND EXISTS(SELECT 1 FROM "_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "_Friends" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 014 line 20: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE (("t1"."id" = ?) AND EXISTS(SELECT 1 FROM "_Friends" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN (?,…)));
DELETE FROM "Person" WHERE ("Person"."id" IN (?,…) AND ("Person"."id" = ?));
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 015 line 21: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Person" SET "name" = ? WHERE ("Person"."id" IN (?,…) AND "Person"."id" = ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 016 line 22: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "Person" AS "t1" WHERE ("t1"."id" = ? AND EXISTS(SELECT 1 FROM "_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "Person" SET "name" = ? WHERE ("Person"."id" IN (?,…) AND "Person"."id" = ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "_Friends" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."id", "t5"."partnerId" FROM "Person" AS "t5" WHERE "t5"."partnerId" IN (?,…);
SELECT "t6"."id" FROM "Person" AS "t6" WHERE "t6"."id" IN (?,…);
SELECT "t7"."id", "t7"."bossId" FROM "Person" AS "t7" WHERE "t7"."bossId" IN (?,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "Person" AS "t8" INNER JOIN "_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN (?,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "Person" AS "t9" INNER JOIN "_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN (?,…) ORDER BY "t9"."id" ASC;

-- 017 line 24: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
INSERT INTO "Pet" ("ownerId", "id", "name", "version") VALUES (?, ?, ?, ?) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "Toy" ("id", "label", "petId") VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO "Pet" ("ownerId", "id", "name", "version") VALUES (?, ?, ?, ?) RETURNING "id", "name", "ownerId", "version";
SELECT "t1"."id", "t1"."label", "t1"."petId" FROM "Toy" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
UPDATE "Toy" SET "petId" = ? WHERE "Toy"."id" = ?;
INSERT INTO "Toy" ("petId", "id", "label") VALUES (?, ?, ?) RETURNING "id", "label", "petId";
SELECT "t2"."id" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name", "t3"."version", "t3"."ownerId" FROM "Pet" AS "t3" WHERE "t3"."ownerId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."label", "t4"."petId" FROM "Toy" AS "t4" WHERE "t4"."petId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 018 line 25: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "Pet" AS "t1" WHERE ("t1"."id" = ? AND "t1"."ownerId" IN (?,…));
UPDATE "Pet" SET "version" = ("Pet"."version" + ?) WHERE ("Pet"."id" IN (?,…) AND "Pet"."id" = ?) RETURNING "id", "name", "ownerId", "version";
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "Toy" AS "t2" WHERE ("t2"."id" = ? AND "t2"."petId" IN (?,…));
UPDATE "Toy" SET "label" = ? WHERE ("Toy"."id" IN (?,…) AND "Toy"."id" = ?) RETURNING "id", "label", "petId";
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "Toy" AS "t3" WHERE (("t3"."id" = ?) AND "t3"."petId" IN (?,…));
DELETE FROM "Toy" WHERE ("Toy"."id" IN (?,…) AND ("Toy"."id" = ?));
INSERT INTO "Toy" ("petId", "id", "label") VALUES (?, ?, ?) RETURNING "id", "label", "petId";
SELECT "t4"."id" FROM "Person" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."id", "t5"."name", "t5"."version", "t5"."ownerId" FROM "Pet" AS "t5" WHERE "t5"."ownerId" IN (?,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."label", "t6"."petId" FROM "Toy" AS "t6" WHERE "t6"."petId" IN (?,…) ORDER BY "t6"."id" ASC;

-- 019 line 26: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "Pet" AS "t1" WHERE ("t1"."id" = ? AND "t1"."ownerId" IN (?,…));
UPDATE "Toy" SET "petId" = ? WHERE ("Toy"."id" = ?);
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "Toy" AS "t2" WHERE (("t2"."id" = ?) AND "t2"."petId" IN (?,…));
UPDATE "Toy" SET "petId" = NULL WHERE ("Toy"."id" IN (?,…) AND ("Toy"."id" = ?));
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "Pet" AS "t4" WHERE "t4"."ownerId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "Toy" AS "t5" WHERE "t5"."petId" IN (?,…) ORDER BY "t5"."id" ASC;

-- 020 line 28: Person updateOne
UPDATE "Person" SET "name" = ? WHERE "Person"."id" = ? RETURNING "id", "name", "partnerId", "bossId";
SELECT "t0"."id", "t0"."name", "t0"."ownerId", "t0"."version" FROM "Pet" AS "t0" WHERE ("t0"."id" = ? AND "t0"."ownerId" IN (?,…));
UPDATE "Pet" SET "name" = ? WHERE ("Pet"."id" IN (?,…) AND "Pet"."id" = ?) RETURNING "id", "name", "ownerId", "version";
UPDATE "Toy" SET "petId" = ? WHERE ("Toy"."id" = ?);
SELECT "t1"."id" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."version", "t2"."ownerId" FROM "Pet" AS "t2" WHERE "t2"."ownerId" IN (?,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "Toy" AS "t3" WHERE "t3"."petId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 021 line 30: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "Pet" AS "t1" WHERE ("t1"."id" = ? AND "t1"."ownerId" IN (?,…));
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "Toy" AS "t2" WHERE (("t2"."id" = ?) AND "t2"."petId" IN (?,…));
DELETE FROM "Toy" WHERE ("Toy"."id" IN (?,…) AND ("Toy"."id" = ?));
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "Pet" AS "t4" WHERE "t4"."ownerId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "Toy" AS "t5" WHERE "t5"."petId" IN (?,…) ORDER BY "t5"."id" ASC;

-- 022 line 32: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "Pet" AS "t1" WHERE ("t1"."id" = ? AND "t1"."ownerId" IN (?,…));
INSERT INTO "Toy" ("petId", "id", "label") VALUES (?, ?, ?) RETURNING "id", "label", "petId";
SELECT "t2"."id" FROM "Person" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."name", "t3"."version", "t3"."ownerId" FROM "Pet" AS "t3" WHERE "t3"."ownerId" IN (?,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."label", "t4"."petId" FROM "Toy" AS "t4" WHERE "t4"."petId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 023 line 34: Person upsertOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ?;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "Pet" AS "t1" WHERE ("t1"."id" = ? AND "t1"."ownerId" IN (?,…));
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "Toy" AS "t2" WHERE ("t2"."label" LIKE (? || '%') AND "t2"."petId" IN (?,…));
DELETE FROM "Toy" WHERE "Toy"."id" IN (?,…);
INSERT INTO "Pet" ("ownerId", "id", "name", "version") VALUES (?, ?, ?, ?) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t3"."id" FROM "Person" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "Pet" AS "t4" WHERE "t4"."ownerId" IN (?,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "Toy" AS "t5" WHERE "t5"."petId" IN (?,…) ORDER BY "t5"."id" ASC;

-- 024 line 35: Person upsertOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE "t0"."id" = ?;
UPDATE "Person" SET "name" = ? WHERE ("Person"."id" IN (?,…) AND "Person"."id" = ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Pet" ("ownerId", "id", "name", "version") VALUES (?, ?, ?, ?) RETURNING "id", "name", "ownerId", "version";
UPDATE "Toy" SET "petId" = ? WHERE (("Toy"."id" = ? AND 1=1) OR ("Toy"."id" = ? AND 1=1));
SELECT "t1"."id" FROM "Person" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."version", "t2"."ownerId" FROM "Pet" AS "t2" WHERE "t2"."ownerId" IN (?,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "Toy" AS "t3" WHERE "t3"."petId" IN (?,…) ORDER BY "t3"."id" ASC;

-- 025 line 37: Pet updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "Person" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
UPDATE "Pet" SET "ownerId" = ? WHERE "Pet"."id" = ? RETURNING "id", "name", "ownerId", "version";
SELECT "t1"."id", "t1"."ownerId" FROM "Pet" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 026 line 38: Person deleteOne
DELETE FROM "Person" WHERE "Person"."id" = ? RETURNING "id", "name", "partnerId", "bossId";

-- 027 line 39: Person deleteOne
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT ?;
SELECT "t1"."id", "t1"."ownerId" FROM "Pet" AS "t1" WHERE "t1"."ownerId" IN (?,…);
DELETE FROM "Person" WHERE "Person"."id" = ?;

-- 028 line 41: Person createOne
INSERT INTO "Person" ("id", "name") VALUES (?, ?) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "Pet" ("ownerId", "id", "name", "version") VALUES (?, ?, ?, ?) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "Toy" ("id", "label", "petId") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "Person" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."version", "t1"."ownerId" FROM "Pet" AS "t1" WHERE "t1"."ownerId" IN (?,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "Toy" AS "t2" WHERE "t2"."petId" IN (?,…) ORDER BY "t2"."id" ASC;

-- 029 line 43: Pet updateMany
UPDATE "Pet" SET "version" = ("Pet"."version" * ?) WHERE EXISTS(SELECT "t0"."petId" FROM "Toy" AS "t0" WHERE ("t0"."label" LIKE ('%' || ? || '%') AND ("t0"."petId") = ("Pet"."id") AND "t0"."petId" IS NOT NULL));

-- 030 line 44: Toy deleteMany
DELETE FROM "Toy" WHERE ("Toy"."petId" IS NULL);

-- 031 line 46: Person updateMany
UPDATE "Person" SET "name" = ? WHERE (NOT EXISTS(SELECT "t0"."ownerId" FROM "Pet" AS "t0" WHERE (1=1 AND ("t0"."ownerId") = ("Person"."id") AND "t0"."ownerId" IS NOT NULL)) AND "Person"."name" <> ?);

-- 032 line 47: Person deleteMany
DELETE FROM "Person" WHERE ("Person"."name" = ? AND NOT EXISTS(SELECT "t0"."ownerId" FROM "Pet" AS "t0" WHERE (1=1 AND ("t0"."ownerId") = ("Person"."id") AND "t0"."ownerId" IS NOT NULL)) AND "Person"."id" > ?);

