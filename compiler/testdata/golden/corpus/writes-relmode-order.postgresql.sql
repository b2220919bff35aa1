-- 000 line 1: Owner createOne
INSERT INTO "public"."Owner" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."Hub" ("ownerId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "ownerId";
INSERT INTO "public"."First" ("hubId", "id") VALUES ($1, $2) RETURNING "id", "hubId";
INSERT INTO "public"."Last" ("hubId", "id") VALUES ($1, $2) RETURNING "id", "hubId";
INSERT INTO "public"."Hub" ("ownerId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "ownerId";
INSERT INTO "public"."Hub" ("ownerId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "ownerId";
INSERT INTO "public"."Last" ("hubId", "id") VALUES ($1, $2) RETURNING "id", "hubId";
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Hub deleteOne
DELETE FROM "public"."Hub" WHERE "Hub"."id" = $1 RETURNING "id", "name", "ownerId";
SELECT "t0"."id", "t0"."hubId" FROM "public"."First" AS "t0" WHERE "t0"."hubId" IN ($1,…);
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);

-- 002 line 3: Hub deleteMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);

-- 003 line 4: Hub deleteMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" IN ($1,…);
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);

-- 004 line 5: Hub updateOne
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";

-- 005 line 6: Hub updateMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."First" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."Last" AS "t2" WHERE "t2"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE "Hub"."id" IN ($2,…);

-- 006 line 7: Hub updateManyAndReturn
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."First" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."Last" AS "t2" WHERE "t2"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE "Hub"."id" IN ($2,…) RETURNING "id", "name", "ownerId";

-- 007 line 8: Hub upsertOne
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";
INSERT INTO "public"."Hub" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "ownerId";
SELECT "t3"."id" FROM "public"."Hub" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 008 line 9: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
SELECT "t3"."id", "t3"."hubId" FROM "public"."Last" AS "t3" WHERE "t3"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";
SELECT "t4"."id" FROM "public"."Owner" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 009 line 10: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
SELECT "t3"."id", "t3"."hubId" FROM "public"."Last" AS "t3" WHERE "t3"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";
INSERT INTO "public"."Hub" ("ownerId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "ownerId";
SELECT "t4"."id" FROM "public"."Owner" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 010 line 11: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
SELECT "t3"."id", "t3"."hubId" FROM "public"."Last" AS "t3" WHERE "t3"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE ("Hub"."id" IN ($1,…) AND ("Hub"."id" = $2));
SELECT "t4"."id" FROM "public"."Owner" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 011 line 12: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
SELECT "t3"."id", "t3"."hubId" FROM "public"."Last" AS "t3" WHERE "t3"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Owner" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 012 line 13: Hub deleteOne
DELETE FROM "public"."Hub" WHERE "Hub"."id" = $1 RETURNING "id", "name", "ownerId";
SELECT "t0"."id", "t0"."hubId" FROM "public"."First" AS "t0" WHERE "t0"."hubId" IN ($1,…);
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);

-- 013 line 14: Hub updateOne
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Hub" SET "name" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";

-- 014 line 15: Hub updateOne
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
UPDATE "public"."Hub" SET "id" = $1 WHERE ("Hub"."id" IN ($2,…) AND "Hub"."id" = $3) RETURNING "id", "name", "ownerId";

-- 015 line 16: Hub deleteMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);

-- 016 line 17: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
UPDATE "public"."Hub" SET "id" = $1 WHERE "Hub"."id" IN ($2,…);
SELECT "t2"."id" FROM "public"."Owner" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."ownerId" FROM "public"."Hub" AS "t3" WHERE "t3"."ownerId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 017 line 18: Last findMany
SELECT "t0"."id", "t0"."hubId" FROM "public"."Last" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id" FROM "public"."Hub" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 018 line 19: Hub deleteMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);

-- 019 line 20: Hub deleteMany
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."hubId" FROM "public"."Last" AS "t1" WHERE "t1"."hubId" IN ($1,…);
SELECT "t2"."id", "t2"."hubId" FROM "public"."First" AS "t2" WHERE "t2"."hubId" IN ($1,…);
DELETE FROM "public"."Hub" WHERE "Hub"."id" IN ($1,…);

-- 020 line 21: Owner updateOne
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId" FROM "public"."Hub" AS "t1" WHERE "t1"."ownerId" IN ($1,…);
UPDATE "public"."Hub" SET "ownerId" = $1 WHERE "Hub"."id" IN ($2,…);
UPDATE "public"."Owner" SET "id" = $1 WHERE ("Owner"."id" IN ($2,…) AND "Owner"."id" = $3) RETURNING "id";
SELECT "t2"."id" FROM "public"."Owner" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."ownerId" FROM "public"."Hub" AS "t3" WHERE "t3"."ownerId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 021 line 22: Owner deleteOne
DELETE FROM "public"."Owner" WHERE "Owner"."id" = $1 RETURNING "id";
SELECT "t0"."id", "t0"."name", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE "t0"."ownerId" IN ($1,…);
UPDATE "public"."Hub" SET "ownerId" = NULL WHERE "Hub"."id" IN ($1,…);

-- 022 line 23: Hub findMany
SELECT "t0"."id", "t0"."ownerId" FROM "public"."Hub" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

