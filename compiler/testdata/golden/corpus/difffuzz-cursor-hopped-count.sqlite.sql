-- 000 line 2: OB createOne
INSERT INTO "OB" ("id", "b_u") VALUES (?, ?) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "OB" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: OB createOne
INSERT INTO "OB" ("id", "b_u") VALUES (?, ?) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "OB" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: OC createOne
INSERT INTO "OC" ("id") VALUES (?) RETURNING "id";
SELECT "t0"."id" FROM "OC" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: OA createOne
INSERT INTO "OA" ("id", "b_u", "c_id") VALUES (?, ?, ?) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: OA createOne
INSERT INTO "OA" ("id", "b_u") VALUES (?, ?) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 005 line 7: OA createOne
INSERT INTO "OA" ("id", "b_u", "c_id") VALUES (?, ?, ?) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 006 line 8: OA createOne
INSERT INTO "OA" ("id", "b_u") VALUES (?, ?) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 007 line 9: OA createOne
INSERT INTO "OA" ("id", "b_u") VALUES (?, ?) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 008 line 12: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) ASC, "t0"."id" ASC;

-- 009 line 15: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) ASC, "t0"."id" ASC;

-- 010 line 16: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) DESC, "t0"."id" DESC LIMIT ?;

-- 011 line 17: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), ?) DESC, "t0"."id" DESC LIMIT ?;

-- 012 line 20: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE ((((SELECT "t1"."id" FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") = (SELECT (SELECT "t1"."id" FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (((SELECT "t1"."id" FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") > (SELECT (SELECT "t1"."id" FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") FROM "OA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_u" IS NULL)))) ORDER BY (SELECT "t1"."id" FROM "OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") ASC, "t0"."id" ASC;

-- 013 line 23: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "OA" AS "t0" WHERE "t0"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), ?) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), ?) FROM "OA" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), ?) DESC, "t0"."id" ASC;

-- 014 line 26: OC findMany
SELECT "t0"."id" FROM "OC" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."b_u", "t1"."c_id" FROM "OA" AS "t1" WHERE "t1"."c_id" IN (?,…) AND (((COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), ?) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), ?) FROM "OA" AS "t1" WHERE "t1"."id" = ?) AND "t1"."id" >= (SELECT "t1"."id" FROM "OA" AS "t1" WHERE "t1"."id" = ?)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), ?) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), ?) FROM "OA" AS "t1" WHERE "t1"."id" = ?)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), ?) ASC, "t1"."id" ASC;

