-- 000 line 2: P1 createOne
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P1" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);

-- 001 line 4: C1 createMany
INSERT INTO "C1" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 002 line 6: P1 createOne
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P1" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);

-- 003 line 8: P1 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t1"."p", "t1"."id" FROM "P1" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);

-- 004 line 10: P1 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t1"."p", "t1"."id" FROM "P1" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);

-- 005 line 12: P1 createOne
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "P1" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);

-- 006 line 14: C1 createOne
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "C1" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);

-- 007 line 16: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 008 line 18: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 009 line 20: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 010 line 22: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 011 line 24: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 012 line 26: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE (("t0"."c_1" = ? AND "t0"."c_2" = ?)) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_id" FROM "C1" AS "t5" WHERE "t5"."parent_id" IN (?,…);

-- 013 line 28: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_id" FROM "C1" AS "t5" WHERE "t5"."parent_id" IN (?,…);

-- 014 line 30: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_id" FROM "C1" AS "t5" WHERE "t5"."parent_id" IN (?,…);

-- 015 line 32: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_id" FROM "C1" AS "t5" WHERE "t5"."parent_id" IN (?,…);

-- 016 line 34: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C1" AS "t4" WHERE "t4"."parent_id" IN (?,…);

-- 017 line 36: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C1" AS "t4" WHERE "t4"."parent_id" IN (?,…);

-- 018 line 38: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 019 line 40: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "non_unique" = ? WHERE "C1"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 020 line 42: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C1" SET "non_unique" = ? WHERE ("C1"."id" IN (?,…) AND "C1"."non_unique" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 021 line 44: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "non_unique" = ? WHERE "C1"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 022 line 46: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "non_unique" = ? WHERE "C1"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 023 line 48: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
DELETE FROM "C1" WHERE "C1"."id" IN (?,…);
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 024 line 50: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
DELETE FROM "C1" WHERE "C1"."id" IN (?,…);
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 025 line 52: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "non_unique" = ? WHERE "C1"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);

-- 026 line 54: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_id" FROM "C1" AS "t5" WHERE "t5"."parent_id" IN (?,…);

-- 027 line 56: C1 updateOne
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C1" SET "parent_id" = ? WHERE ("C1"."id" IN (?,…) AND "C1"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 028 line 58: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "P1" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."c", "t4"."parent_id" FROM "C1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."p", "t5"."id" FROM "P1" AS "t5" WHERE "t5"."id" IN (?,…);

-- 029 line 60: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "P1" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "C1" AS "t3" WHERE "t3"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."c", "t4"."parent_id" FROM "C1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."p", "t5"."id" FROM "P1" AS "t5" WHERE "t5"."id" IN (?,…);

-- 030 line 62: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."id", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."non_unique" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t4"."c", "t4"."parent_id" FROM "C1" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."p", "t5"."id" FROM "P1" AS "t5" WHERE "t5"."id" IN (?,…);

-- 031 line 64: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P1" SET "non_unique" = ? WHERE "P1"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 032 line 66: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P1" SET "non_unique" = ? WHERE "P1"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P1" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C1" SET "parent_id" = ? WHERE "C1"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 033 line 68: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P1" AS "t3" WHERE "t3"."id" IN (?,…);

-- 034 line 70: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P1" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
DELETE FROM "P1" WHERE "P1"."id" IN (?,…);
SELECT "t3"."c", "t3"."parent_id" FROM "C1" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."p", "t4"."id" FROM "P1" AS "t4" WHERE "t4"."id" IN (?,…);

-- 035 line 72: P1 deleteOne
DELETE FROM "P1" WHERE "P1"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C1" AS "t0" WHERE "t0"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);

-- 036 line 74: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P1" SET "p" = ?, "p_1" = ? WHERE ("P1"."id" IN (?,…) AND "P1"."p" = ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "P1" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C1" AS "t2" WHERE "t2"."parent_id" IN (?,…);

-- 037 line 76: P1 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P1" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C1" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C1" SET "parent_id" = NULL WHERE "C1"."id" IN (?,…);
DELETE FROM "P1" WHERE "P1"."id" IN (?,…);

-- 038 line 78: P2 createOne
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "P2" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);

-- 039 line 80: P2 createOne
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."p" FROM "P2" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);

-- 040 line 82: P2 createOne
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "P2" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);

-- 041 line 84: C2 createOne
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "C2" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."p" FROM "P2" AS "t1" WHERE "t1"."p" IN (?,…);

-- 042 line 86: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 043 line 88: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 044 line 90: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 045 line 92: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 046 line 94: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 047 line 96: P2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE (("t0"."id_1" = ? AND "t0"."id_2" = ?)) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t4"."p" FROM "P2" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_p" FROM "C2" AS "t5" WHERE "t5"."parent_p" IN (?,…);

-- 048 line 98: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C2" AS "t4" WHERE "t4"."parent_p" IN (?,…);

-- 049 line 100: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C2" AS "t4" WHERE "t4"."parent_p" IN (?,…);

-- 050 line 102: P2 updateOne
error: The change you are trying to make would violate the required relation 'C2ToP2' between the `C2` and `P2` models.

-- 051 line 104: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "non_unique" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 052 line 106: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C2" SET "non_unique" = ? WHERE (("C2"."id_1", "C2"."id_2") IN (((?,…),…)) AND "C2"."non_unique" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 053 line 108: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "non_unique" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 054 line 110: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "non_unique" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 055 line 112: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
DELETE FROM "C2" WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 056 line 114: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
DELETE FROM "C2" WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 057 line 116: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "non_unique" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 058 line 118: P2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t4"."p" FROM "P2" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."c", "t5"."parent_p" FROM "C2" AS "t5" WHERE "t5"."parent_p" IN (?,…);

-- 059 line 120: C2 updateOne
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C2" SET "parent_p" = ? WHERE (("C2"."id_1", "C2"."id_2") IN (((?,…),…)) AND "C2"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 060 line 122: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "P2" AS "t2" WHERE "t2"."p" IN (?,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "C2" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."p" FROM "P2" AS "t5" WHERE "t5"."p" IN (?,…);

-- 061 line 124: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "P2" AS "t2" WHERE "t2"."p" IN (?,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "C2" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."p" FROM "P2" AS "t5" WHERE "t5"."p" IN (?,…);

-- 062 line 126: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."id", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."non_unique" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "C2" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."p" FROM "P2" AS "t5" WHERE "t5"."p" IN (?,…);

-- 063 line 128: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P2" SET "non_unique" = ? WHERE "P2"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 064 line 130: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P2" SET "non_unique" = ? WHERE "P2"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P2" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "C2" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P2" AS "t3" WHERE "t3"."p" IN (?,…);

-- 065 line 132: C2 updateOne
error: The change you are trying to make would violate the required relation 'C2ToP2' between the `C2` and `P2` models.

-- 066 line 134: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P2" AS "t1" WHERE "t1"."p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C2" AS "t2" WHERE "t2"."parent_p" IN (?,…);
DELETE FROM "P2" WHERE "P2"."id" IN (?,…);
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."p" FROM "P2" AS "t4" WHERE "t4"."p" IN (?,…);

-- 067 line 136: P2 deleteOne
DELETE FROM "P2" WHERE "P2"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C2" AS "t0" WHERE "t0"."parent_p" IN (?,…);

-- 068 line 138: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C2" SET "parent_p" = ? WHERE ("C2"."id_1", "C2"."id_2") IN (((?,…),…));
UPDATE "P2" SET "p" = ?, "p_1" = ? WHERE ("P2"."id" IN (?,…) AND "P2"."p" = ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p" FROM "P2" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C2" AS "t3" WHERE "t3"."parent_p" IN (?,…);

-- 069 line 140: P2 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P2" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C2" AS "t1" WHERE "t1"."parent_p" IN (?,…);
DELETE FROM "P2" WHERE "P2"."id" IN (?,…);

-- 070 line 142: P3 createOne
INSERT INTO "P3" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."p", "t0"."child_id_1", "t0"."child_id_2" FROM "P3" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "C3" AS "t1" WHERE "t1"."id_1" IN (?,…) AND "t1"."id_2" IN (?,…);

-- 071 line 144: C3 createMany
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- 072 line 146: P3 createOne
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."p", "t0"."child_id_1", "t0"."child_id_2" FROM "P3" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "C3" AS "t1" WHERE "t1"."id_1" IN (?,…) AND "t1"."id_2" IN (?,…);

-- 073 line 148: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE (("t0"."id_1" = ? AND "t0"."id_2" = ?)) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 074 line 150: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 075 line 152: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 076 line 154: C3 createOne
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."c", "t0"."id_1", "t0"."id_2" FROM "C3" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "P3" AS "t1" WHERE "t1"."child_id_1" IN (?,…) AND "t1"."child_id_2" IN (?,…);

-- 077 line 156: C3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "C3" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."child_id_1" IN (?,…) AND "t2"."child_id_2" IN (?,…);

-- 078 line 158: C3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "C3" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."child_id_1" IN (?,…) AND "t2"."child_id_2" IN (?,…);

-- 079 line 160: C3 createOne
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "C3" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."child_id_1" IN (?,…) AND "t2"."child_id_2" IN (?,…);

-- 080 line 162: P3 updateOne
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE (("P3"."id_1", "P3"."id_2") IN (((?,…),…)) AND "P3"."p" = ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 081 line 164: P3 updateOne
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE (("P3"."id_1", "P3"."id_2") IN (((?,…),…)) AND "P3"."p" = ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 082 line 166: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE (("t0"."c_1" = ? AND "t0"."c_2" = ?)) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 083 line 168: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 084 line 170: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 085 line 172: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE (("t0"."id_1" = ? AND "t0"."id_2" = ?)) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 086 line 174: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C3" AS "t3" WHERE ("t3"."id_1", "t3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 087 line 176: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C3" AS "t3" WHERE ("t3"."id_1", "t3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 088 line 178: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 089 line 180: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C3" SET "non_unique" = ? WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 090 line 182: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."id_1", "t1"."id_2") IN (((?,…),…)));
UPDATE "C3" SET "non_unique" = ? WHERE (("C3"."id_1", "C3"."id_2") IN (((?,…),…)) AND "C3"."non_unique" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 091 line 184: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C3" SET "non_unique" = ? WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 092 line 186: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C3" SET "non_unique" = ? WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 093 line 188: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
DELETE FROM "C3" WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "C3" AS "t4" WHERE "t4"."id_1" IN (?,…) AND "t4"."id_2" IN (?,…);

-- 094 line 190: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
DELETE FROM "C3" WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "C3" AS "t4" WHERE "t4"."id_1" IN (?,…) AND "t4"."id_2" IN (?,…);

-- 095 line 192: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C3" SET "non_unique" = ? WHERE ("C3"."id_1", "C3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "P3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 096 line 194: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "C3" AS "t5" WHERE "t5"."id_1" IN (?,…) AND "t5"."id_2" IN (?,…);

-- 097 line 196: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."child_id_1" IN (?,…) AND "t3"."child_id_2" IN (?,…);

-- 098 line 198: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "C3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."p", "t5"."child_id_1", "t5"."child_id_2" FROM "P3" AS "t5" WHERE "t5"."child_id_1" IN (?,…) AND "t5"."child_id_2" IN (?,…);

-- 099 line 200: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C3" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN (((?,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "C3" AS "t4" WHERE "t4"."id_1" = ? AND "t4"."id_2" = ? LIMIT ?;
SELECT "t5"."p", "t5"."child_id_1", "t5"."child_id_2" FROM "P3" AS "t5" WHERE "t5"."child_id_1" IN (?,…) AND "t5"."child_id_2" IN (?,…);

-- 100 line 202: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = ?, "child_id_2" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "C3" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "P3" AS "t4" WHERE "t4"."child_id_1" IN (?,…) AND "t4"."child_id_2" IN (?,…);

-- 101 line 204: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "non_unique" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."child_id_1" IN (?,…) AND "t3"."child_id_2" IN (?,…);

-- 102 line 206: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "non_unique" = ? WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
INSERT INTO "P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."child_id_1" IN (?,…) AND "t3"."child_id_2" IN (?,…);

-- 103 line 208: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
UPDATE "P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."child_id_1" IN (?,…) AND "t3"."child_id_2" IN (?,…);

-- 104 line 210: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C3" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN (((?,…),…));
DELETE FROM "P3" WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "P3" AS "t3" WHERE "t3"."child_id_1" IN (?,…) AND "t3"."child_id_2" IN (?,…);

-- 105 line 212: P3 deleteOne
DELETE FROM "P3" WHERE "P3"."p" = ? RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";

-- 106 line 214: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P3" SET "p" = ?, "p_1" = ? WHERE (("P3"."id_1", "P3"."id_2") IN (((?,…),…)) AND "P3"."p" = ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "P3" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "C3" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 107 line 216: P3 deleteMany
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "P3" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
DELETE FROM "P3" WHERE ("P3"."id_1", "P3"."id_2") IN (((?,…),…));

-- 108 line 218: C4 createMany
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 109 line 220: P4 createOne
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."p", "t0"."child_c_1", "t0"."child_c_2" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2" FROM "C4" AS "t1" WHERE "t1"."c_1" IN (?,…) AND "t1"."c_2" IN (?,…);

-- 110 line 222: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 111 line 224: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 112 line 226: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 113 line 228: C4 createOne
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2" FROM "C4" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "P4" AS "t1" WHERE "t1"."child_c_1" IN (?,…) AND "t1"."child_c_2" IN (?,…);

-- 114 line 230: C4 createOne
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2" FROM "C4" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."child_c_1" IN (?,…) AND "t2"."child_c_2" IN (?,…);

-- 115 line 232: P4 updateOne
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE ("P4"."p" IN (?,…) AND "P4"."p" = ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 116 line 234: P4 updateOne
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE ("P4"."p" IN (?,…) AND "P4"."p" = ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 117 line 236: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE (("t0"."c_1" = ? AND "t0"."c_2" = ?)) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 118 line 238: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 119 line 240: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 120 line 242: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 121 line 244: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C4" AS "t3" WHERE ("t3"."c_1", "t3"."c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 122 line 246: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "C4" AS "t3" WHERE ("t3"."c_1", "t3"."c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 123 line 248: P4 updateOne
error: The change you are trying to make would violate the required relation 'C4ToP4' between the `P4` and `C4` models.

-- 124 line 250: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "C4" SET "non_unique" = ? WHERE "C4"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 125 line 252: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."c_1", "t1"."c_2") IN (((?,…),…)));
UPDATE "C4" SET "non_unique" = ? WHERE ("C4"."id" IN (?,…) AND "C4"."non_unique" = ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 126 line 254: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "C4" SET "non_unique" = ? WHERE "C4"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 127 line 256: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "C4" SET "non_unique" = ? WHERE "C4"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 128 line 258: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN (((?,…),…));
DELETE FROM "C4" WHERE "C4"."id" IN (?,…);
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "C4" AS "t4" WHERE "t4"."c_1" IN (?,…) AND "t4"."c_2" IN (?,…);

-- 129 line 260: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN (((?,…),…));
DELETE FROM "C4" WHERE "C4"."id" IN (?,…);
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "C4" AS "t4" WHERE "t4"."c_1" IN (?,…) AND "t4"."c_2" IN (?,…);

-- 130 line 262: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN (((?,…),…));
UPDATE "C4" SET "non_unique" = ? WHERE "C4"."id" IN (?,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "C4" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "P4" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."c_1" IN (?,…) AND "t3"."c_2" IN (?,…);

-- 131 line 264: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE ("t0"."c" = ?) LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."p" = ? LIMIT ?;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "C4" AS "t5" WHERE "t5"."c_1" IN (?,…) AND "t5"."c_2" IN (?,…);

-- 132 line 266: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "C4" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."child_c_1" IN (?,…) AND "t3"."child_c_2" IN (?,…);

-- 133 line 268: C4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "C4" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."p", "t5"."child_c_1", "t5"."child_c_2" FROM "P4" AS "t5" WHERE "t5"."child_c_1" IN (?,…) AND "t5"."child_c_2" IN (?,…);

-- 134 line 270: C4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "C4" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN (((?,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "C4" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."p", "t5"."child_c_1", "t5"."child_c_2" FROM "P4" AS "t5" WHERE "t5"."child_c_1" IN (?,…) AND "t5"."child_c_2" IN (?,…);

-- 135 line 272: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN (?,…);
UPDATE "P4" SET "child_c_1" = ?, "child_c_2" = ? WHERE "P4"."p" IN (?,…);
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "C4" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "P4" AS "t4" WHERE "t4"."child_c_1" IN (?,…) AND "t4"."child_c_2" IN (?,…);

-- 136 line 274: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "non_unique" = ? WHERE "P4"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "C4" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."child_c_1" IN (?,…) AND "t3"."child_c_2" IN (?,…);

-- 137 line 276: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
UPDATE "P4" SET "non_unique" = ? WHERE "P4"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
INSERT INTO "P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "C4" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."child_c_1" IN (?,…) AND "t3"."child_c_2" IN (?,…);

-- 138 line 278: C4 updateOne
error: The change you are trying to make would violate the required relation 'C4ToP4' between the `P4` and `C4` models.

-- 139 line 280: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "C4" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN (((?,…),…));
DELETE FROM "P4" WHERE "P4"."p" IN (?,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "C4" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "P4" AS "t3" WHERE "t3"."child_c_1" IN (?,…) AND "t3"."child_c_2" IN (?,…);

-- 140 line 282: P4 deleteOne
DELETE FROM "P4" WHERE "P4"."p" = ? RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";

-- 141 line 284: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P4" SET "p" = ?, "p_1" = ? WHERE ("P4"."p" IN (?,…) AND "P4"."p" = ?) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "P4" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "C4" AS "t2" WHERE "t2"."c_1" IN (?,…) AND "t2"."c_2" IN (?,…);

-- 142 line 286: P4 deleteMany
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "P4" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
DELETE FROM "P4" WHERE "P4"."p" IN (?,…);

-- 143 line 288: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 144 line 290: C5 createMany
INSERT INTO "C5" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 145 line 292: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 146 line 294: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR (("C5"."c_1" = ? AND "C5"."c_2" = ?) AND 1=1));
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 147 line 296: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."c" = ?);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "P5" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."parent_id_1" IN (?,…) AND "t1"."parent_id_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 148 line 298: P5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 149 line 300: C5 createOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "C5" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" IN (?,…) AND "t1"."id_2" IN (?,…);

-- 150 line 302: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 151 line 304: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 152 line 306: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 153 line 308: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES (?, ?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 154 line 310: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR ("C5"."c" = ? AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 155 line 312: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p_1" = ? AND "t0"."p_2" = ?) LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE (("C5"."c" = ? AND 1=1) OR (("C5"."c_1" = ? AND "C5"."c_2" = ?) AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 156 line 314: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."c" = ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 157 line 316: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 158 line 318: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 159 line 320: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."id_1" = ? AND "t0"."id_2" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 160 line 322: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 161 line 324: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE "C5"."id" IN (?,…);
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 162 line 326: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 163 line 328: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 164 line 330: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE ("C5"."id" IN (?,…) AND ("C5"."c" = ?));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."parent_id_1" IN (?,…) AND "t3"."parent_id_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 165 line 332: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 166 line 334: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE 1=0;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 167 line 336: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…)));
UPDATE "C5" SET "non_unique" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."non_unique" = ? AND ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…)));
DELETE FROM "C5" WHERE "C5"."id" IN (?,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "C5" AS "t4" WHERE "t4"."parent_id_1" IN (?,…) AND "t4"."parent_id_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 168 line 338: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 169 line 340: C5 updateOne
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "C5" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "P5" AS "t2" WHERE "t2"."id_1" IN (?,…) AND "t2"."id_2" IN (?,…);

-- 170 line 342: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 171 line 344: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 172 line 346: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE ("C5"."id" IN (?,…) AND "C5"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 173 line 348: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P5" SET "non_unique" = ? WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 174 line 350: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "P5" SET "non_unique" = ? WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES (?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "C5" SET "parent_id_1" = ?, "parent_id_2" = ? WHERE "C5"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 175 line 352: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "P5" AS "t3" WHERE "t3"."id_1" IN (?,…) AND "t3"."id_2" IN (?,…);

-- 176 line 354: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN (((?,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "C5" AS "t2" WHERE ("t2"."parent_id_1", "t2"."parent_id_2") IN (((?,…),…));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
DELETE FROM "P5" WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…));
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "C5" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."p", "t4"."id_1", "t4"."id_2" FROM "P5" AS "t4" WHERE "t4"."id_1" IN (?,…) AND "t4"."id_2" IN (?,…);

-- 177 line 356: P5 deleteOne
DELETE FROM "P5" WHERE "P5"."p" = ? RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "C5" AS "t0" WHERE ("t0"."parent_id_1", "t0"."parent_id_2") IN (((?,…),…));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);

-- 178 line 358: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P5" SET "p" = ?, "p_1" = ? WHERE (("P5"."id_1", "P5"."id_2") IN (((?,…),…)) AND "P5"."p" = ?) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "P5" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "C5" AS "t2" WHERE "t2"."parent_id_1" IN (?,…) AND "t2"."parent_id_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 179 line 360: P5 deleteMany
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P5" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN (((?,…),…));
UPDATE "C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN (?,…);
DELETE FROM "P5" WHERE ("P5"."id_1", "P5"."id_2") IN (((?,…),…));

-- 180 line 362: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…) ORDER BY "t1"."c" ASC;

-- 181 line 364: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);
SELECT "t0"."p" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…) ORDER BY "t1"."c" ASC;

-- 182 line 366: P6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 183 line 368: C6 createOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "C6" AS "t0" WHERE "t0"."id_1" = ? AND "t0"."id_2" = ? LIMIT ?;
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);

-- 184 line 370: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 185 line 372: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 186 line 374: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 187 line 376: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES (?, ?, ?, ?, ?, ?);
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 188 line 378: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE "C6"."c" = ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 189 line 380: P6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 190 line 382: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
UPDATE "C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 191 line 384: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 192 line 386: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 193 line 388: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 194 line 390: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 195 line 392: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND ("C6"."c" = ?));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 196 line 394: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND ("C6"."c" = ?));
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 197 line 396: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 198 line 398: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE 1=0;
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
UPDATE "C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 199 line 400: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_p" IN (?,…));
UPDATE "C6" SET "non_unique" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE ("t2"."non_unique" = ? AND "t2"."parent_p" IN (?,…));
DELETE FROM "C6" WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p" FROM "C6" AS "t4" WHERE "t4"."parent_p" IN (?,…) ORDER BY "t4"."c" ASC;

-- 200 line 402: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "P6" AS "t1" WHERE "t1"."p" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…) ORDER BY "t2"."c" ASC;

-- 201 line 404: C6 updateOne
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "C6" AS "t1" WHERE "t1"."id_1" = ? AND "t1"."id_2" = ? LIMIT ?;
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" IN (?,…);

-- 202 line 406: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 203 line 408: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 204 line 410: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C6" SET "parent_p" = ? WHERE (("C6"."id_1", "C6"."id_2") IN (((?,…),…)) AND "C6"."c" = ?) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 205 line 412: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P6" SET "non_unique" = ? WHERE "P6"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 206 line 414: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
UPDATE "P6" SET "non_unique" = ? WHERE "P6"."p" IN (?,…) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "P6" ("p", "p_1", "p_2") VALUES (?, ?, ?) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "C6" AS "t2" WHERE "t2"."id_1" = ? AND "t2"."id_2" = ? LIMIT ?;
SELECT "t3"."p" FROM "P6" AS "t3" WHERE "t3"."p" IN (?,…);

-- 207 line 416: C6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 208 line 418: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P6" AS "t1" WHERE "t1"."p" IN (?,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "C6" AS "t2" WHERE "t2"."parent_p" IN (?,…);
DELETE FROM "P6" WHERE "P6"."p" IN (?,…);
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."id_1" = ? AND "t3"."id_2" = ? LIMIT ?;
SELECT "t4"."p" FROM "P6" AS "t4" WHERE "t4"."p" IN (?,…);

-- 209 line 420: P6 deleteOne
DELETE FROM "P6" WHERE "P6"."p" = ? RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "C6" AS "t0" WHERE "t0"."parent_p" IN (?,…);

-- 210 line 422: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
UPDATE "C6" SET "parent_p" = ? WHERE ("C6"."id_1", "C6"."id_2") IN (((?,…),…));
UPDATE "P6" SET "p" = ?, "p_1" = ? WHERE ("P6"."p" IN (?,…) AND "P6"."p" = ?) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p" FROM "P6" AS "t2" WHERE "t2"."p" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p" FROM "C6" AS "t3" WHERE "t3"."parent_p" IN (?,…) ORDER BY "t3"."c" ASC;

-- 211 line 424: P6 deleteMany
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P6" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "C6" AS "t1" WHERE "t1"."parent_p" IN (?,…);
DELETE FROM "P6" WHERE "P6"."p" IN (?,…);

-- 212 line 426: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."parent_p_1" IN (?,…) AND "t1"."parent_p_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 213 line 428: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."parent_p_1" IN (?,…) AND "t1"."parent_p_2" IN (?,…) ORDER BY "t1"."c" ASC;

-- 214 line 430: P7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 215 line 432: C7 createOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."p_1" IN (?,…) AND "t1"."p_2" IN (?,…);

-- 216 line 434: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 217 line 436: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 218 line 438: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 219 line 440: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES (?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 220 line 442: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" = ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 221 line 444: P7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 222 line 446: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
UPDATE "C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 223 line 448: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 224 line 450: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 225 line 452: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE "C7"."c" IN (?,…);
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 226 line 454: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 227 line 456: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE ("C7"."c" IN (?,…) AND ("C7"."c" = ?));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 228 line 458: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE (("t1"."c" = ?) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE ("C7"."c" IN (?,…) AND ("C7"."c" = ?));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 229 line 460: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."non_unique" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."c" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 230 line 462: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE 1=0;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
UPDATE "C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 231 line 464: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."c" = ? AND ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…)));
UPDATE "C7" SET "non_unique" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."non_unique" = ? AND ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…)));
DELETE FROM "C7" WHERE "C7"."c" IN (?,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "C7" AS "t4" WHERE "t4"."parent_p_1" IN (?,…) AND "t4"."parent_p_2" IN (?,…) ORDER BY "t4"."c" ASC;

-- 232 line 466: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "P7" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."parent_p_1" IN (?,…) AND "t2"."parent_p_2" IN (?,…) ORDER BY "t2"."c" ASC;

-- 233 line 468: C7 updateOne
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."p_1" IN (?,…) AND "t2"."p_2" IN (?,…);

-- 234 line 470: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 235 line 472: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 236 line 474: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE ("C7"."c" IN (?,…) AND "C7"."c" = ?) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 237 line 476: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
UPDATE "P7" SET "non_unique" = ? WHERE "P7"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 238 line 478: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
UPDATE "P7" SET "non_unique" = ? WHERE "P7"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P7" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C7" SET "parent_p_1" = ?, "parent_p_2" = ? WHERE "C7"."c" IN (?,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "C7" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "P7" AS "t3" WHERE "t3"."p_1" IN (?,…) AND "t3"."p_2" IN (?,…);

-- 239 line 480: C7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 240 line 482: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN (((?,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "C7" AS "t2" WHERE ("t2"."parent_p_1", "t2"."parent_p_2") IN (((?,…),…));
DELETE FROM "P7" WHERE "P7"."id" IN (?,…);
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."c" = ? LIMIT ?;
SELECT "t4"."p", "t4"."p_1", "t4"."p_2" FROM "P7" AS "t4" WHERE "t4"."p_1" IN (?,…) AND "t4"."p_2" IN (?,…);

-- 241 line 484: P7 deleteOne
DELETE FROM "P7" WHERE "P7"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "C7" AS "t0" WHERE ("t0"."parent_p_1", "t0"."parent_p_2") IN (((?,…),…));

-- 242 line 486: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
UPDATE "C7" SET "parent_p_1" = ? WHERE "C7"."c" IN (?,…);
UPDATE "P7" SET "p" = ?, "p_1" = ? WHERE ("P7"."id" IN (?,…) AND "P7"."p" = ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "P7" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "C7" AS "t3" WHERE "t3"."parent_p_1" IN (?,…) AND "t3"."parent_p_2" IN (?,…) ORDER BY "t3"."c" ASC;

-- 243 line 488: P7 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P7" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN (((?,…),…));
DELETE FROM "P7" WHERE "P7"."id" IN (?,…);

-- 244 line 490: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 245 line 492: C8 createMany
INSERT INTO "C8" ("id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 246 line 494: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 247 line 496: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR (("C8"."c_1" = ? AND "C8"."c_2" = ?) AND 1=1));
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 248 line 498: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."c" = ?);
SELECT "t0"."p", "t0"."id" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…) ORDER BY "t1"."c" ASC;

-- 249 line 500: P8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 250 line 502: C8 createOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "C8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);

-- 251 line 504: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE (("t0"."p_1" = ? AND "t0"."p_2" = ?)) LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 252 line 506: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 253 line 508: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 254 line 510: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES (?, ?, ?, ?, ?);
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 255 line 512: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR ("C8"."c" = ? AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 256 line 514: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p_1" = ? AND "t0"."p_2" = ?) LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE (("C8"."c" = ? AND 1=1) OR (("C8"."c_1" = ? AND "C8"."c_2" = ?) AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 257 line 516: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE "t2"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."c" = ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 258 line 518: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "parent_id" = NULL WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 259 line 520: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE (("t2"."c" = ? AND 1=1) OR ("t2"."c" = ? AND 1=1));
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 260 line 522: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 261 line 524: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 262 line 526: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE "C8"."id" IN (?,…);
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 263 line 528: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 264 line 530: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 265 line 532: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE (("t1"."c" = ?) AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE ("C8"."id" IN (?,…) AND ("C8"."c" = ?));
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."parent_id" IN (?,…) ORDER BY "t3"."c" ASC;

-- 266 line 534: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."non_unique" = ? AND "t1"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."c" = ? AND "t2"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 267 line 536: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE 1=0;
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 268 line 538: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE ("t1"."c" = ? AND "t1"."parent_id" IN (?,…));
UPDATE "C8" SET "non_unique" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE ("t2"."non_unique" = ? AND "t2"."parent_id" IN (?,…));
DELETE FROM "C8" WHERE "C8"."id" IN (?,…);
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."c", "t4"."parent_id" FROM "C8" AS "t4" WHERE "t4"."parent_id" IN (?,…) ORDER BY "t4"."c" ASC;

-- 269 line 540: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES (?, ?, ?, ?, ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 270 line 542: C8 updateOne
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "C8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."p", "t2"."id" FROM "P8" AS "t2" WHERE "t2"."id" IN (?,…);

-- 271 line 544: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 272 line 546: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."p" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 273 line 548: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."c" = ? LIMIT ?;
UPDATE "C8" SET "parent_id" = ? WHERE ("C8"."id" IN (?,…) AND "C8"."c" = ?) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 274 line 550: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P8" SET "non_unique" = ? WHERE "P8"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 275 line 552: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "P8" SET "non_unique" = ? WHERE "P8"."id" IN (?,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "P8" ("id", "p", "p_1", "p_2") VALUES (?, ?, ?, ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "C8" SET "parent_id" = ? WHERE "C8"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 276 line 554: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."p", "t3"."id" FROM "P8" AS "t3" WHERE "t3"."id" IN (?,…);

-- 277 line 556: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."c" = ? LIMIT ?;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "P8" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
DELETE FROM "P8" WHERE "P8"."id" IN (?,…);
SELECT "t3"."c", "t3"."parent_id" FROM "C8" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."p", "t4"."id" FROM "P8" AS "t4" WHERE "t4"."id" IN (?,…);

-- 278 line 558: P8 deleteOne
DELETE FROM "P8" WHERE "P8"."p" = ? RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "C8" AS "t0" WHERE "t0"."parent_id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);

-- 279 line 560: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE "t0"."p" = ? LIMIT ?;
UPDATE "P8" SET "p" = ?, "p_1" = ? WHERE ("P8"."id" IN (?,…) AND "P8"."p" = ?) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "P8" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."c", "t2"."parent_id" FROM "C8" AS "t2" WHERE "t2"."parent_id" IN (?,…) ORDER BY "t2"."c" ASC;

-- 280 line 562: P8 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "P8" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN (?,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "C8" AS "t1" WHERE "t1"."parent_id" IN (?,…);
UPDATE "C8" SET "parent_id" = NULL WHERE "C8"."id" IN (?,…);
DELETE FROM "P8" WHERE "P8"."id" IN (?,…);

