-- 000 line 2: Parent createMany
INSERT INTO "public"."Parent" ("id", "code") VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8), ($9, $10), ($11, $12), ($13, $14), ($15, $16), ($17, $18), ($19, $20), ($21, $22), ($23, $24), ($25, $26);

-- 001 line 3: ChildCascade createMany
INSERT INTO "public"."ChildCascade" ("id", "parentCode") VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8);

-- 002 line 4: GrandChild createMany
INSERT INTO "public"."GrandChild" ("id", "childId") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 003 line 5: ChildRestrict createMany
INSERT INTO "public"."ChildRestrict" ("id", "parentCode") VALUES ($1, $2), ($3, $4);

-- 004 line 6: ChildNoAction createMany
INSERT INTO "public"."ChildNoAction" ("id", "parentCode") VALUES ($1, $2), ($3, $4);

-- 005 line 7: ChildSetNull createMany
INSERT INTO "public"."ChildSetNull" ("id", "parentCode") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 006 line 8: ChildDefault createMany
INSERT INTO "public"."ChildDefault" ("id", "parentCode") VALUES ($1, $2), ($3, $4);

-- 007 line 10: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."parentCode" IN ($1,…);
SELECT "t1"."id", "t1"."childId" FROM "public"."GrandChild" AS "t1" WHERE "t1"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);

-- 008 line 11: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE ("Parent"."id" IN ($2,…) AND "Parent"."code" = $3) RETURNING "id", "code";
SELECT "t6"."id", "t6"."code" FROM "public"."Parent" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "t7"."parentCode" FROM "public"."ChildCascade" AS "t7" WHERE "t7"."parentCode" IN ($1,…);

-- 009 line 13: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."parentCode" IN ($1,…);
SELECT "t1"."id", "t1"."childId" FROM "public"."GrandChild" AS "t1" WHERE "t1"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);

-- 010 line 14: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE ("Parent"."id" IN ($2,…) AND "Parent"."code" = $3) RETURNING "id", "code";

-- 011 line 15: Parent deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" IN ($1,…);
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
SELECT "t6"."id", "t6"."childId" FROM "public"."GrandChild" AS "t6" WHERE "t6"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
DELETE FROM "public"."Parent" WHERE "Parent"."id" IN ($1,…);

-- 012 line 17: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."parentCode" IN ($1,…);
SELECT "t1"."id", "t1"."childId" FROM "public"."GrandChild" AS "t1" WHERE "t1"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);

-- 013 line 18: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE ("Parent"."id" IN ($2,…) AND "Parent"."code" = $3) RETURNING "id", "code";

-- 014 line 20: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."parentCode" IN ($1,…);
SELECT "t1"."id", "t1"."childId" FROM "public"."GrandChild" AS "t1" WHERE "t1"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);

-- 015 line 21: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE ("Parent"."id" IN ($2,…) AND "Parent"."code" = $3) RETURNING "id", "code";

-- 016 line 23: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."parentCode" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."parentCode" IN ($1,…);
SELECT "t1"."id", "t1"."childId" FROM "public"."GrandChild" AS "t1" WHERE "t1"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);

-- 017 line 24: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE ("Parent"."id" IN ($2,…) AND "Parent"."code" = $3) RETURNING "id", "code";
SELECT "t6"."code" FROM "public"."Parent" AS "t6" WHERE "t6"."id" = $1 LIMIT $2;
SELECT "t7"."id", "t7"."parentCode" FROM "public"."ChildDefault" AS "t7" WHERE "t7"."parentCode" IN ($1,…);

-- 018 line 26: Parent deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" IN ($1,…);
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildSetNull" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildRestrict" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildCascade" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
SELECT "t6"."id", "t6"."childId" FROM "public"."GrandChild" AS "t6" WHERE "t6"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE "ChildCascade"."id" IN ($1,…);
DELETE FROM "public"."Parent" WHERE "Parent"."id" IN ($1,…);

-- 019 line 28: Parent createMany
INSERT INTO "public"."Parent" ("id", "code") VALUES ($1, $2), ($3, $4);

-- 020 line 29: ChildCascade createOne
INSERT INTO "public"."ChildCascade" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 021 line 30: ChildRestrict createOne
INSERT INTO "public"."ChildRestrict" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildRestrict" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 022 line 31: Parent updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildCascade" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."id" IN ($2,…);

-- 023 line 32: Parent updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildCascade" AS "t1" WHERE "t1"."parentCode" IN ($1,…);
UPDATE "public"."ChildCascade" SET "parentCode" = $1 WHERE "ChildCascade"."id" IN ($2,…);
SELECT "t2"."id", "t2"."parentCode" FROM "public"."ChildRestrict" AS "t2" WHERE "t2"."parentCode" IN ($1,…);
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildNoAction" AS "t3" WHERE "t3"."parentCode" IN ($1,…);
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildSetNull" AS "t4" WHERE "t4"."parentCode" IN ($1,…);
UPDATE "public"."ChildSetNull" SET "parentCode" = NULL WHERE "ChildSetNull"."id" IN ($1,…);
SELECT "t5"."id", "t5"."parentCode" FROM "public"."ChildDefault" AS "t5" WHERE "t5"."parentCode" IN ($1,…);
UPDATE "public"."ChildDefault" SET "parentCode" = $1 WHERE "ChildDefault"."id" IN ($2,…);
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."id" IN ($2,…);

-- 024 line 34: ChildRestrict createOne
INSERT INTO "public"."ChildRestrict" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildRestrict" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 025 line 36: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildCascade" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."parentCode" IN ($2,…));
SELECT "t2"."id", "t2"."childId" FROM "public"."GrandChild" AS "t2" WHERE "t2"."childId" IN ($1,…);
DELETE FROM "public"."GrandChild" WHERE "GrandChild"."id" IN ($1,…);
DELETE FROM "public"."ChildCascade" WHERE ("ChildCascade"."id" IN ($1,…) AND ("ChildCascade"."id" = $2));
SELECT "t3"."code" FROM "public"."Parent" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."parentCode" FROM "public"."ChildCascade" AS "t4" WHERE "t4"."parentCode" IN ($1,…);

