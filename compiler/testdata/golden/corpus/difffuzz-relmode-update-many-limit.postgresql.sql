-- 000 line 2: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Team createOne
INSERT INTO "public"."Team" ("id", "orgCode") VALUES ($1, $2) RETURNING "id", "orgCode";
SELECT "t0"."id", "t0"."orgCode" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Team createOne
INSERT INTO "public"."Team" ("id", "orgCode") VALUES ($1, $2) RETURNING "id", "orgCode";
SELECT "t0"."id", "t0"."orgCode" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 7: Team createOne
INSERT INTO "public"."Team" ("id", "orgCode") VALUES ($1, $2) RETURNING "id", "orgCode";
SELECT "t0"."id", "t0"."orgCode" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 13: Org updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" >= $1;
SELECT "t1"."id", "t1"."orgCode" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…);
UPDATE "public"."Team" SET "orgCode" = $1 WHERE "Team"."id" IN ($2,…);
UPDATE "public"."Org" SET "code" = $1 WHERE "Org"."id" IN ($2,…);

-- 009 line 19: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 010 line 20: Team createOne
INSERT INTO "public"."Team" ("id", "orgCode") VALUES ($1, $2) RETURNING "id", "orgCode";
SELECT "t0"."id", "t0"."orgCode" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 011 line 21: Org updateMany
SELECT "t0"."id" FROM "public"."Org" AS "t0" WHERE 1=1;
UPDATE "public"."Org" SET "name" = $1 WHERE "Org"."id" IN ($2,…);

-- 012 line 22: Org updateMany
SELECT "t0"."id" FROM "public"."Org" AS "t0" WHERE "t0"."name" IS NULL;
UPDATE "public"."Org" SET "name" = $1 WHERE "Org"."id" IN ($2,…);

-- 013 line 25: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 014 line 26: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code", "name";
SELECT "t0"."id", "t0"."code", "t0"."name" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 015 line 27: Org deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."code"::text LIKE ($1 || '%');
SELECT "t1"."id", "t1"."orgCode" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
DELETE FROM "public"."Org" WHERE "Org"."id" IN ($1,…);

-- 016 line 30: Club createOne
INSERT INTO "public"."Club" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
SELECT "t0"."id", "t0"."code" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 017 line 31: Club createOne
INSERT INTO "public"."Club" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
SELECT "t0"."id", "t0"."code" FROM "public"."Club" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 018 line 32: Club updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Club" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."clubCode" FROM "public"."Member" AS "t1" WHERE "t1"."clubCode" IN ($1,…);
UPDATE "public"."Member" SET "clubCode" = $1 WHERE "Member"."id" IN ($2,…);
UPDATE "public"."Club" SET "code" = $1 WHERE "Club"."id" IN ($2,…);

-- 019 line 33: Club deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Club" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."clubCode" FROM "public"."Member" AS "t1" WHERE "t1"."clubCode" IN ($1,…);
DELETE FROM "public"."Member" WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Club" WHERE "Club"."id" IN ($1,…);

