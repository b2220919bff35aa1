-- 000 line 2: Parent createMany
INSERT INTO "Parent" ("id", "code") VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?);

-- 001 line 3: ChildCascade createMany
INSERT INTO "ChildCascade" ("id", "parentCode") VALUES (?, ?), (?, ?), (?, ?), (?, ?);

-- 002 line 4: GrandChild createMany
INSERT INTO "GrandChild" ("id", "childId") VALUES (?, ?), (?, ?), (?, ?);

-- 003 line 5: ChildRestrict createMany
INSERT INTO "ChildRestrict" ("id", "parentCode") VALUES (?, ?), (?, ?);

-- 004 line 6: ChildNoAction createMany
INSERT INTO "ChildNoAction" ("id", "parentCode") VALUES (?, ?), (?, ?);

-- 005 line 7: ChildSetNull createMany
INSERT INTO "ChildSetNull" ("id", "parentCode") VALUES (?, ?), (?, ?), (?, ?);

-- 006 line 8: ChildDefault createMany
INSERT INTO "ChildDefault" ("id", "parentCode") VALUES (?, ?), (?, ?);

-- 007 line 10: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "ChildCascade" AS "t0" WHERE "t0"."parentCode" IN (?,…);
SELECT "t1"."id", "t1"."childId" FROM "GrandChild" AS "t1" WHERE "t1"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);

-- 008 line 11: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE ("Parent"."id" IN (?,…) AND "Parent"."code" = ?) RETURNING "id", "code";
SELECT "t6"."id", "t6"."code" FROM "Parent" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "t7"."parentCode" FROM "ChildCascade" AS "t7" WHERE "t7"."parentCode" IN (?,…);

-- 009 line 13: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "ChildCascade" AS "t0" WHERE "t0"."parentCode" IN (?,…);
SELECT "t1"."id", "t1"."childId" FROM "GrandChild" AS "t1" WHERE "t1"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);

-- 010 line 14: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE ("Parent"."id" IN (?,…) AND "Parent"."code" = ?) RETURNING "id", "code";

-- 011 line 15: Parent deleteMany
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" IN (?,…);
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
SELECT "t6"."id", "t6"."childId" FROM "GrandChild" AS "t6" WHERE "t6"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
DELETE FROM "Parent" WHERE "Parent"."id" IN (?,…);

-- 012 line 17: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "ChildCascade" AS "t0" WHERE "t0"."parentCode" IN (?,…);
SELECT "t1"."id", "t1"."childId" FROM "GrandChild" AS "t1" WHERE "t1"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);

-- 013 line 18: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE ("Parent"."id" IN (?,…) AND "Parent"."code" = ?) RETURNING "id", "code";

-- 014 line 20: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "ChildCascade" AS "t0" WHERE "t0"."parentCode" IN (?,…);
SELECT "t1"."id", "t1"."childId" FROM "GrandChild" AS "t1" WHERE "t1"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);

-- 015 line 21: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE ("Parent"."id" IN (?,…) AND "Parent"."code" = ?) RETURNING "id", "code";

-- 016 line 23: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "ChildCascade" AS "t0" WHERE "t0"."parentCode" IN (?,…);
SELECT "t1"."id", "t1"."childId" FROM "GrandChild" AS "t1" WHERE "t1"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);

-- 017 line 24: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE ("Parent"."id" IN (?,…) AND "Parent"."code" = ?) RETURNING "id", "code";
SELECT "t6"."code" FROM "Parent" AS "t6" WHERE "t6"."id" = ? LIMIT ?;
SELECT "t7"."id", "t7"."parentCode" FROM "ChildDefault" AS "t7" WHERE "t7"."parentCode" IN (?,…);

-- 018 line 26: Parent deleteMany
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" IN (?,…);
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildCascade" AS "t5" WHERE "t5"."parentCode" IN (?,…);
SELECT "t6"."id", "t6"."childId" FROM "GrandChild" AS "t6" WHERE "t6"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE "ChildCascade"."id" IN (?,…);
DELETE FROM "Parent" WHERE "Parent"."id" IN (?,…);

-- 019 line 28: Parent createMany
INSERT INTO "Parent" ("id", "code") VALUES (?, ?), (?, ?);

-- 020 line 29: ChildCascade createOne
INSERT INTO "ChildCascade" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildCascade" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 021 line 30: ChildRestrict createOne
INSERT INTO "ChildRestrict" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildRestrict" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 022 line 31: Parent updateMany
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildCascade" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE "Parent"."id" IN (?,…);

-- 023 line 32: Parent updateMany
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildCascade" AS "t1" WHERE "t1"."parentCode" IN (?,…);
UPDATE "ChildCascade" SET "parentCode" = ? WHERE "ChildCascade"."id" IN (?,…);
SELECT "t2"."id", "t2"."parentCode" FROM "ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN (?,…);
SELECT "t3"."id", "t3"."parentCode" FROM "ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN (?,…);
SELECT "t4"."id", "t4"."parentCode" FROM "ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN (?,…);
UPDATE "ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN (?,…);
SELECT "t5"."id", "t5"."parentCode" FROM "ChildDefault" AS "t5" WHERE "t5"."parentCode" IN (?,…);
UPDATE "ChildDefault" SET "parentCode" = ? WHERE "ChildDefault"."id" IN (?,…);
UPDATE "Parent" SET "code" = ? WHERE "Parent"."id" IN (?,…);

-- 024 line 34: ChildRestrict createOne
INSERT INTO "ChildRestrict" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildRestrict" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 025 line 36: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildCascade" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."parentCode" IN (?,…));
SELECT "t2"."id", "t2"."childId" FROM "GrandChild" AS "t2" WHERE "t2"."childId" IN (?,…);
DELETE FROM "GrandChild" WHERE "GrandChild"."id" IN (?,…);
DELETE FROM "ChildCascade" WHERE ("ChildCascade"."id" IN (?,…) AND ("ChildCascade"."id" = ?));
SELECT "t3"."code" FROM "Parent" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."parentCode" FROM "ChildCascade" AS "t4" WHERE "t4"."parentCode" IN (?,…);

