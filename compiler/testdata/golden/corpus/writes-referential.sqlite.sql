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

-- 007 line 9: ChildSetDefault createMany
INSERT INTO "ChildSetDefault" ("id", "parentCode") VALUES (?, ?), (?, ?);

-- 008 line 11: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 009 line 12: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildCascade" AS "t1" WHERE "t1"."parentCode" IN (?,…);

-- 010 line 14: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 011 line 15: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 012 line 16: Parent deleteMany
DELETE FROM "Parent" WHERE "Parent"."code" IN (?,…);

-- 013 line 18: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 014 line 19: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 015 line 21: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 016 line 22: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 017 line 24: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 018 line 25: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";
SELECT "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildDefault" AS "t1" WHERE "t1"."parentCode" IN (?,…);

-- 019 line 27: Parent deleteOne
DELETE FROM "Parent" WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 020 line 28: Parent updateOne
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ? RETURNING "id", "code";

-- 021 line 30: Parent deleteMany
DELETE FROM "Parent" WHERE "Parent"."code" IN (?,…);

-- 022 line 32: Parent createMany
INSERT INTO "Parent" ("id", "code") VALUES (?, ?), (?, ?);

-- 023 line 33: ChildCascade createOne
INSERT INTO "ChildCascade" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildCascade" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 024 line 34: ChildRestrict createOne
INSERT INTO "ChildRestrict" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildRestrict" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 025 line 35: Parent updateMany
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ?;

-- 026 line 36: Parent updateMany
UPDATE "Parent" SET "code" = ? WHERE "Parent"."code" = ?;

-- 027 line 38: ChildRestrict createOne
INSERT INTO "ChildRestrict" ("id", "parentCode") VALUES (?, ?) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "ChildRestrict" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 028 line 40: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "Parent" AS "t0" WHERE "t0"."code" = ? LIMIT ?;
SELECT "t1"."id", "t1"."parentCode" FROM "ChildCascade" AS "t1" WHERE (("t1"."id" = ?) AND "t1"."parentCode" IN (?,…));
DELETE FROM "ChildCascade" WHERE ("ChildCascade"."id" IN (?,…) AND ("ChildCascade"."id" = ?));
SELECT "t2"."code" FROM "Parent" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."parentCode" FROM "ChildCascade" AS "t3" WHERE "t3"."parentCode" IN (?,…);

