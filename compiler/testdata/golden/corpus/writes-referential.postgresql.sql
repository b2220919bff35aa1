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

-- 007 line 9: ChildSetDefault createMany
INSERT INTO "public"."ChildSetDefault" ("id", "parentCode") VALUES ($1, $2), ($3, $4);

-- 008 line 11: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 009 line 12: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildCascade" AS "t1" WHERE "t1"."parentCode" IN ($1,…);

-- 010 line 14: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 011 line 15: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";

-- 012 line 16: Parent deleteMany
DELETE FROM "public"."Parent" WHERE "Parent"."code" IN ($1,…);

-- 013 line 18: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 014 line 19: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";

-- 015 line 21: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 016 line 22: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";

-- 017 line 24: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 018 line 25: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";
SELECT "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildDefault" AS "t1" WHERE "t1"."parentCode" IN ($1,…);

-- 019 line 27: Parent deleteOne
DELETE FROM "public"."Parent" WHERE "Parent"."code" = $1 RETURNING "id", "code";

-- 020 line 28: Parent updateOne
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2 RETURNING "id", "code";

-- 021 line 30: Parent deleteMany
DELETE FROM "public"."Parent" WHERE "Parent"."code" IN ($1,…);

-- 022 line 32: Parent createMany
INSERT INTO "public"."Parent" ("id", "code") VALUES ($1, $2), ($3, $4);

-- 023 line 33: ChildCascade createOne
INSERT INTO "public"."ChildCascade" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildCascade" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 024 line 34: ChildRestrict createOne
INSERT INTO "public"."ChildRestrict" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildRestrict" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 025 line 35: Parent updateMany
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2;

-- 026 line 36: Parent updateMany
UPDATE "public"."Parent" SET "code" = $1 WHERE "Parent"."code" = $2;

-- 027 line 38: ChildRestrict createOne
INSERT INTO "public"."ChildRestrict" ("id", "parentCode") VALUES ($1, $2) RETURNING "id", "parentCode";
SELECT "t0"."id" FROM "public"."ChildRestrict" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 028 line 40: Parent updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Parent" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."parentCode" FROM "public"."ChildCascade" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."parentCode" IN ($2,…));
DELETE FROM "public"."ChildCascade" WHERE ("ChildCascade"."id" IN ($1,…) AND ("ChildCascade"."id" = $2));
SELECT "t2"."code" FROM "public"."Parent" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."parentCode" FROM "public"."ChildCascade" AS "t3" WHERE "t3"."parentCode" IN ($1,…);

