-- 000 line 2: NChild createOne
INSERT INTO "NChild" ("id", "ssn", "name") VALUES (?, ?, ?) RETURNING "id", "ssn", "name";
SELECT "t0"."name" FROM "NChild" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: NParent createOne
INSERT INTO "NParent" ("name", "age", "child_id", "child_ssn") VALUES (?, ?, ?, ?) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age" FROM "NParent" AS "t0" WHERE "t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ? LIMIT ?;

-- 002 line 4: NChild createOne
INSERT INTO "NChild" ("id", "ssn", "name") VALUES (?, ?, ?) RETURNING "id", "ssn", "name";
SELECT "t0"."name" FROM "NChild" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: NParent createOne
INSERT INTO "NParent" ("name", "age", "child_id", "child_ssn") VALUES (?, ?, ?, ?) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age" FROM "NParent" AS "t0" WHERE "t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ? LIMIT ?;

-- 004 line 9: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "NParent" AS "t0" WHERE ("t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ?);
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN (((?,…),…));
UPDATE "NChild" SET "ssn" = ? WHERE "NChild"."id" IN (?,…) RETURNING "id", "ssn", "name";
INSERT INTO "NChild" ("id", "ssn", "name") VALUES (?, ?, ?) RETURNING "id", "ssn", "name";
UPDATE "NParent" SET "child_id" = ?, "child_ssn" = ? WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN (((?,…),…));
INSERT INTO "NParent" ("name", "age", "child_id", "child_ssn") VALUES (?, ?, ?, ?) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "NParent" AS "t2" WHERE "t2"."name" = ? AND "t2"."child_id" = ? AND "t2"."child_ssn" = ? LIMIT ?;

-- 005 line 12: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "NParent" AS "t0" WHERE ("t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ?);
UPDATE "NParent" SET "age" = ? WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN (((?,…),…)) AND ("NParent"."name" = ? AND "NParent"."child_id" = ? AND "NParent"."child_ssn" = ?)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN (((?,…),…));
UPDATE "NChild" SET "ssn" = ? WHERE "NChild"."id" IN (?,…) RETURNING "id", "ssn", "name";
INSERT INTO "NParent" ("name", "age", "child_id", "child_ssn") VALUES (?, ?, ?, ?) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."child_id", "t2"."child_ssn" FROM "NParent" AS "t2" WHERE "t2"."name" = ? AND "t2"."child_id" = ? AND "t2"."child_ssn" = ? LIMIT ?;
SELECT "t3"."id", "t3"."ssn", "t3"."name" FROM "NChild" AS "t3" WHERE "t3"."id" IN (?,…) AND "t3"."ssn" IN (?,…);

-- 006 line 15: NParent updateOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "NParent" AS "t0" WHERE ("t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN (((?,…),…));
UPDATE "NChild" SET "ssn" = ? WHERE "NChild"."id" IN (?,…) RETURNING "id", "ssn", "name";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "NParent" AS "t2" WHERE "t2"."name" = ? AND "t2"."child_id" = ? AND "t2"."child_ssn" = ? LIMIT ?;

-- 007 line 18: NParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "NParent" AS "t0" WHERE ("t0"."name" = ? AND "t0"."child_id" = ? AND "t0"."child_ssn" = ?);
UPDATE "NParent" SET "name" = ? WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN (((?,…),…)) AND ("NParent"."name" = ? AND "NParent"."child_id" = ? AND "NParent"."child_ssn" = ?)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."id", "t1"."ssn", "t1"."name" FROM "NChild" AS "t1" WHERE ("t1"."id", "t1"."ssn") IN (((?,…),…));
UPDATE "NChild" SET "name" = ? WHERE "NChild"."id" IN (?,…) RETURNING "id", "ssn", "name";
INSERT INTO "NParent" ("name", "age", "child_id", "child_ssn") VALUES (?, ?, ?, ?) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "NParent" AS "t2" WHERE "t2"."name" = ? AND "t2"."child_id" = ? AND "t2"."child_ssn" = ? LIMIT ?;

