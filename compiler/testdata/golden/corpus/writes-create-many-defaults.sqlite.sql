-- 000 line 2: Gen createMany
INSERT INTO "Gen" ("id", "code", "tag", "n") VALUES (?, ?, ?, NULL), (?, ?, ?, ?);
INSERT INTO "Gen" ("id", "tag", "n") VALUES (?, ?, NULL), (?, ?, ?);

-- 001 line 4: Gen createMany
INSERT INTO "Gen" ("tag") VALUES (?), (?);

-- 002 line 5: Gen createManyAndReturn
INSERT INTO "Gen" ("tag") VALUES (?), (?), (?) RETURNING "id", "code", "tag", "n", "parentId";

-- 003 line 7: Gen createManyAndReturn
INSERT INTO "Gen" ("tag", "n") VALUES (?, ?), (?, ?) RETURNING "id", "code", "tag", "n", "parentId";

-- 004 line 8: Gen createManyAndReturn
INSERT INTO "Gen" ("id", "code", "tag", "n") VALUES (?, ?, ?, NULL), (?, ?, ?, ?) RETURNING "id", "code", "tag", "n", "parentId";

-- 005 line 10: Gen createMany
INSERT INTO "Gen" ("id", "tag") VALUES (?, ?), (?, ?);
INSERT INTO "Gen" ("id", "code", "tag") VALUES (?, ?, ?), (?, ?, ?);

-- 006 line 12: Parent createOne
INSERT INTO "Parent" ("id") VALUES (?) RETURNING "id";
INSERT INTO "Gen" ("id", "code", "tag", "parentId") VALUES (?, ?, ?, ?);
INSERT INTO "Gen" ("id", "tag", "n", "parentId") VALUES (?, ?, NULL, ?), (?, ?, ?, ?);
SELECT "t0"."id" FROM "Parent" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."code", "t1"."tag", "t1"."n", "t1"."parentId" FROM "Gen" AS "t1" WHERE "t1"."parentId" IN (?,…) ORDER BY "t1"."id" ASC;

-- 007 line 14: Gen createMany
INSERT INTO "Gen" ("id", "tag") VALUES (?, ?);
INSERT INTO "Gen" ("id", "code", "tag") VALUES (?, ?, ?), (?, ?, ?);

