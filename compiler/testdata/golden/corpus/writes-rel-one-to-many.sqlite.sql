-- 000 line 2: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 001 line 4: C5 createMany
INSERT INTO "C5" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 002 line 6: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 003 line 8: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR (("C5"."c_1" = ? AND "C5"."c_2" = ?) AND 1=1));
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 004 line 10: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."c" = ?);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 005 line 12: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 006 line 14: C5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "C5" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" IN (?,…) AND "t1"."id_2" IN (?,…);

-- 007 line 16: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 008 line 18: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 009 line 20: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 010 line 22: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES (?, ?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 011 line 24: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR ("C5"."c" = ? AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 012 line 26: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p_1" = ? AND "t0"."p_2" = ?) LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR (("C5"."c_1" = ? AND "C5"."c_2" = ?) AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 013 line 28: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 014 line 30: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 015 line 32: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 016 line 34: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."id_1" = ? AND "t0"."id_2" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 017 line 36: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 018 line 38: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE "C5"."id" IN (?,…);
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 019 line 40: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 020 line 42: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 021 line 44: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 022 line 46: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 023 line 48: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE 1=0;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 024 line 50: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."non_unique" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 025 line 52: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 026 line 54: C5 updateOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "C5" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" IN (?,…) AND "t1"."id_2" IN (?,…);

-- 027 line 56: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 028 line 58: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 029 line 60: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 030 line 62: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P5" SET "non_unique" = ? WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 031 line 64: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P5" SET "non_unique" = ? WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 032 line 66: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 033 line 68: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
DELETE FROM "P5" WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 034 line 70: P5 deleteOne
DELETE FROM "P5" WHERE "P5"."p" = ? RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";

-- 035 line 72: P5 updateOne
UPDATE "P5" SET "p" = ?, "p_1" = ? WHERE "P5"."p" = ? RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 036 line 74: P5 deleteMany
DELETE FROM "P5" WHERE ("P5"."non_unique" IS NULL AND "P5"."p" IN (?,…));

-- 037 line 76: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…) ORDER BY "t1"."c" ASC;

-- 038 line 78: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);
SELECT "t0"."p" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…) ORDER BY "t1"."c" ASC;

-- 039 line 80: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 040 line 82: C6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "C6" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);

-- 041 line 84: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 042 line 86: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 043 line 88: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 044 line 90: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES (?, ?, ?, ?, ?, ?);
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 045 line 92: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 046 line 94: P6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 047 line 96: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
UPDATE "C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 048 line 98: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 049 line 100: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 050 line 102: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 051 line 104: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 052 line 106: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND ("C6"."c" = ?));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 053 line 108: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND ("C6"."c" = ?));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 054 line 110: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 055 line 112: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE 1=0;
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
UPDATE "C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 056 line 114: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."non_unique" = ? AND "t2"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 057 line 116: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 058 line 118: C6 updateOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ? RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "C6" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);

-- 059 line 120: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ? RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 060 line 122: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ? RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 061 line 124: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ? RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 062 line 126: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P6" SET "non_unique" = ? WHERE "P6"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 063 line 128: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P6" SET "non_unique" = ? WHERE "P6"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 064 line 130: C6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 065 line 132: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
DELETE FROM "P6" WHERE "P6"."p" IN (?,…);
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 066 line 134: P6 deleteOne
DELETE FROM "P6" WHERE "P6"."p" = ? RETURNING "p", "p_1", "p_2", "non_unique";

-- 067 line 136: P6 updateOne
UPDATE "P6" SET "p" = ?, "p_1" = ? WHERE "P6"."p" = ? RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…) ORDER BY "t1"."c" ASC;

-- 068 line 138: P6 deleteMany
DELETE FROM "P6" WHERE ("P6"."non_unique" IS NULL AND "P6"."p" IN (?,…));

-- 069 line 140: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."parent_p_1" IN (?,…) AND "t1"."parent_p_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 070 line 142: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."parent_p_1" IN (?,…) AND "t1"."parent_p_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 071 line 144: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 072 line 146: C7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."p_1" IN (?,…) AND "t1"."p_2" IN (?,…);

-- 073 line 148: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 074 line 150: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 075 line 152: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 076 line 154: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES (?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 077 line 156: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 078 line 158: P7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 079 line 160: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
UPDATE "C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 080 line 162: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 081 line 164: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 082 line 166: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE "C7"."c" IN (?,…);
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 083 line 168: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 084 line 170: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE ("C7"."c" IN (?,…) AND ("C7"."c" = ?));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 085 line 172: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE ("C7"."c" IN (?,…) AND ("C7"."c" = ?));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 086 line 174: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 087 line 176: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE 1=0;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
UPDATE "C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 088 line 178: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."non_unique" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 089 line 180: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 090 line 182: C7 updateOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ? RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."p_1" IN (?,…) AND "t1"."p_2" IN (?,…);

-- 091 line 184: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ? RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 092 line 186: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ? RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 093 line 188: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ? RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 094 line 190: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
UPDATE "P7" SET "non_unique" = ? WHERE "P7"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 095 line 192: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
UPDATE "P7" SET "non_unique" = ? WHERE "P7"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 096 line 194: C7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 097 line 196: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
DELETE FROM "P7" WHERE "P7"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 098 line 198: P7 deleteOne
DELETE FROM "P7" WHERE "P7"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 099 line 200: P7 updateOne
UPDATE "P7" SET "p" = ?, "p_1" = ? WHERE "P7"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."parent_p_1" IN (?,…) AND "t1"."parent_p_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 100 line 202: P7 deleteMany
DELETE FROM "P7" WHERE ("P7"."non_unique" IS NULL AND "P7"."p" IN (?,…));

-- 101 line 204: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 102 line 206: C8 createMany
INSERT INTO "C8" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 103 line 208: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 104 line 210: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR (("C8"."c_1" = ? AND "C8"."c_2" = ?) AND 1=1));
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 105 line 212: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."c" = ?);
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 106 line 214: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 107 line 216: C8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "C8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);

-- 108 line 218: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 109 line 220: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 110 line 222: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 111 line 224: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES (?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 112 line 226: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR ("C8"."c" = ? AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 113 line 228: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p_1" = ? AND "t0"."p_2" = ?) LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR (("C8"."c_1" = ? AND "C8"."c_2" = ?) AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 114 line 230: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 115 line 232: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "parent_id" = NULL WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 116 line 234: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 117 line 236: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 118 line 238: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 119 line 240: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE "C8"."id" IN (?,…);
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 120 line 242: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 121 line 244: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 122 line 246: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 123 line 248: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 124 line 250: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE 1=0;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 125 line 252: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."non_unique" = ? AND "t2"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 126 line 254: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 127 line 256: C8 updateOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "C8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);

-- 128 line 258: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 129 line 260: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 130 line 262: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ? RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 131 line 264: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P8" SET "non_unique" = ? WHERE "P8"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 132 line 266: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P8" SET "non_unique" = ? WHERE "P8"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 133 line 268: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 134 line 270: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
DELETE FROM "P8" WHERE "P8"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 135 line 272: P8 deleteOne
DELETE FROM "P8" WHERE "P8"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 136 line 274: P8 updateOne
UPDATE "P8" SET "p" = ?, "p_1" = ? WHERE "P8"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 137 line 276: P8 deleteMany
DELETE FROM "P8" WHERE ("P8"."non_unique" IS NULL AND "P8"."p" IN (?,…));

