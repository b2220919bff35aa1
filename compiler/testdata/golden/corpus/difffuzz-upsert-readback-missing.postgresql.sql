-- 000 line 2: NChild createOne
INSERT INTO "public"."NChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
SELECT "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: NParent createOne
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age" FROM "public"."NParent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3 LIMIT $4;

-- 002 line 4: NChild createOne
INSERT INTO "public"."NChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
SELECT "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: NParent createOne
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age" FROM "public"."NParent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3 LIMIT $4;

-- 004 line 9: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."NParent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3);
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "public"."NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN ((($1,…),…));
UPDATE "public"."NChild" SET "ssn" = $1 WHERE "NChild"."id" IN ($2,…) RETURNING "id", "ssn", "name";
INSERT INTO "public"."NChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
UPDATE "public"."NParent" SET "child_id" = $1, "child_ssn" = $2 WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($3,…),…));
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 AND "t2"."child_ssn" = $3 LIMIT $4;

-- 005 line 12: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."NParent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3);
UPDATE "public"."NParent" SET "age" = $1 WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…)) AND ("NParent"."name" = $3 AND "NParent"."child_id" = $4 AND "NParent"."child_ssn" = $5)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "public"."NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN ((($1,…),…));
UPDATE "public"."NChild" SET "ssn" = $1 WHERE "NChild"."id" IN ($2,…) RETURNING "id", "ssn", "name";
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 AND "t2"."child_ssn" = $3 LIMIT $4;
SELECT "t3"."id", "t3"."ssn", "t3"."name" FROM "public"."NChild" AS "t3" WHERE "t3"."id" IN ($1,…) AND "t3"."ssn" IN ($2,…);

-- 006 line 15: NParent updateOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."NParent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3) LIMIT $4;
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "public"."NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN ((($1,…),…));
UPDATE "public"."NChild" SET "ssn" = $1 WHERE "NChild"."id" IN ($2,…) RETURNING "id", "ssn", "name";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 AND "t2"."child_ssn" = $3 LIMIT $4;

-- 007 line 18: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."NParent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3);
UPDATE "public"."NParent" SET "name" = $1 WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…)) AND ("NParent"."name" = $3 AND "NParent"."child_id" = $4 AND "NParent"."child_ssn" = $5)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "public"."NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN ((($1,…),…));
UPDATE "public"."NChild" SET "name" = $1 WHERE "NChild"."id" IN ($2,…) RETURNING "id", "ssn", "name";
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 AND "t2"."child_ssn" = $3 LIMIT $4;

