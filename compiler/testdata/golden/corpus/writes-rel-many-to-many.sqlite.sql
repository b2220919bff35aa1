-- 000 line 2: P9 createOne
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P9" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "j"."B" FROM "C9" AS "t1" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."c" ASC;

-- 001 line 4: C9 createMany
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 002 line 6: P9 createOne
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."p", "t0"."id" FROM "P9" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "j"."B" FROM "C9" AS "t1" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."c" ASC;

-- 003 line 8: P9 createOne
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C9" AS "t0" WHERE (("t0"."c" = ? AND 1=1) OR (("t0"."c_1" = ? AND "t0"."c_2" = ?) AND 1=1));
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "P9" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "j"."B" FROM "C9" AS "t2" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."c" ASC;

-- 004 line 10: P9 createOne
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C9" AS "t0" WHERE ("t0"."c" = ?);
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "P9" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "j"."B" FROM "C9" AS "t2" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."c" ASC;

-- 005 line 12: P9 createOne
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C9" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "P9" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "j"."B" FROM "C9" AS "t3" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…) ORDER BY "t3"."c" ASC;

-- 006 line 14: C9 createOne
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P9" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "_C9ToP9" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE ("t0"."p" = ?);
INSERT INTO "_C9ToP9" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."c", "t1"."id" FROM "C9" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "j"."A" FROM "P9" AS "t2" INNER JOIN "_C9ToP9" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN (?,…) ORDER BY "t2"."p" ASC;

-- 007 line 16: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "P9" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "j"."B" FROM "C9" AS "t2" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."c" ASC;

-- 008 line 18: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE (("t1"."c" = ? AND 1=1) OR ("t1"."c" = ? AND 1=1));
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "P9" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "j"."B" FROM "C9" AS "t3" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…) ORDER BY "t3"."c" ASC;

-- 009 line 20: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE ("t0"."p_1" = ? AND "t0"."p_2" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE (("t1"."c" = ? AND 1=1) OR (("t1"."c_1" = ? AND "t1"."c_2" = ?) AND 1=1));
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "P9" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "j"."B" FROM "C9" AS "t3" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN (?,…) ORDER BY "t3"."c" ASC;

-- 010 line 22: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C9" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 011 line 24: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE (("t1"."c" = ?) AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "_C9ToP9" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 012 line 26: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
DELETE FROM "_C9ToP9" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C9" AS "t3" WHERE (("t3"."c" = ? AND 1=1) OR ("t3"."c" = ? AND 1=1));
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."p", "t4"."id" FROM "P9" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "j"."B" FROM "C9" AS "t5" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN (?,…) ORDER BY "t5"."c" ASC;

-- 013 line 28: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE ("C9"."id" IN (?,…) AND "C9"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 014 line 30: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE ("C9"."id" IN (?,…) AND "C9"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 015 line 32: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."non_unique" IS NULL AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE "C9"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 016 line 34: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE ("C9"."id" IN (?,…) AND "C9"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C9" AS "t3" WHERE ("t3"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE ("C9"."id" IN (?,…) AND "C9"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."p", "t5"."id" FROM "P9" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."c", "j"."B" FROM "C9" AS "t6" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN (?,…) ORDER BY "t6"."c" ASC;

-- 017 line 36: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE (("t1"."c" = ?) AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "C9" WHERE ("C9"."id" IN (?,…) AND ("C9"."c" = ?));
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 018 line 38: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE (("t1"."c" = ?) AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "C9" WHERE ("C9"."id" IN (?,…) AND ("C9"."c" = ?));
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 019 line 40: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."non_unique" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
DELETE FROM "C9" WHERE "C9"."id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C9" AS "t3" WHERE ("t3"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN (?,…)));
DELETE FROM "C9" WHERE "C9"."id" IN (?,…);
SELECT "t5"."p", "t5"."id" FROM "P9" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."c", "j"."B" FROM "C9" AS "t6" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN (?,…) ORDER BY "t6"."c" ASC;

-- 020 line 42: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…));
DELETE FROM "_C9ToP9" WHERE "B" = ? AND "A" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P9" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "j"."B" FROM "C9" AS "t4" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN (?,…) ORDER BY "t4"."c" ASC;

-- 021 line 44: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C9" AS "t1" WHERE ("t1"."c" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN (?,…)));
UPDATE "C9" SET "non_unique" = ? WHERE ("C9"."id" IN (?,…) AND "C9"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C9" AS "t3" WHERE ("t3"."non_unique" = ? AND EXISTS(SELECT 1 FROM "_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN (?,…)));
DELETE FROM "C9" WHERE "C9"."id" IN (?,…);
SELECT "t5"."p", "t5"."id" FROM "P9" AS "t5" WHERE "t5"."id" = ? LIMIT ?;
SELECT "t6"."c", "j"."B" FROM "C9" AS "t6" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN (?,…) ORDER BY "t6"."c" ASC;

-- 022 line 46: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P9" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C9" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "_C9ToP9" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "P9" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "j"."B" FROM "C9" AS "t2" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN (?,…) ORDER BY "t2"."c" ASC;

-- 023 line 48: P9 deleteOne
DELETE FROM "P9" WHERE "P9"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 024 line 50: P9 updateOne
UPDATE "P9" SET "p" = ?, "p_1" = ? WHERE "P9"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P9" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "j"."B" FROM "C9" AS "t1" INNER JOIN "_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…) ORDER BY "t1"."c" ASC;

-- 025 line 52: P9 deleteMany
DELETE FROM "P9" WHERE ("P9"."non_unique" IS NULL AND "P9"."p" IN (?,…));

