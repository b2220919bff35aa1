-- 000 line 2: OB createOne
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: OB createOne
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: OC createOne
INSERT INTO "public"."OC" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."OC" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: OA createOne
INSERT INTO "public"."OA" ("id", "b_u", "c_id") VALUES ($1, $2, $3) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: OA createOne
INSERT INTO "public"."OA" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 7: OA createOne
INSERT INTO "public"."OA" ("id", "b_u", "c_id") VALUES ($1, $2, $3) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 8: OA createOne
INSERT INTO "public"."OA" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 9: OA createOne
INSERT INTO "public"."OA" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u", "c_id";
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 008 line 12: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $1) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $2) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $4)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $5) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $6) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $8) ASC, "t0"."id" ASC;

-- 009 line 15: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $1) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $2) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $4)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $5) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $6) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $8) ASC, "t0"."id" ASC;

-- 010 line 16: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $1) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $2) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" <= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $4)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $5) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $6) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $8) DESC, "t0"."id" DESC LIMIT $9;

-- 011 line 17: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $1) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $2) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" <= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $4)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $5) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $6) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."b_u" = "t1"."b_u") FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u"), $8) DESC, "t0"."id" DESC LIMIT $9;

-- 012 line 20: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE ((((SELECT "t1"."id" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") = (SELECT (SELECT "t1"."id" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $2)) OR (((SELECT "t1"."id" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") > (SELECT (SELECT "t1"."id" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) OR "t0"."b_u" IS NULL)))) ORDER BY (SELECT "t1"."id" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" = "t0"."b_u") ASC, "t0"."id" ASC;

-- 013 line 23: OA findMany
SELECT "t0"."id", "t0"."b_u", "t0"."c_id" FROM "public"."OA" AS "t0" WHERE (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "public"."OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), $1) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "public"."OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), $2) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $4)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "public"."OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), $5) < (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "public"."OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), $6) FROM "public"."OA" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t2" WHERE "t2"."c_id" = "t1"."id") FROM "public"."OC" AS "t1" WHERE "t1"."id" = "t0"."c_id"), $8) DESC, "t0"."id" ASC;

-- 014 line 26: OC findMany
SELECT "t0"."id" FROM "public"."OC" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."b_u", "t1"."c_id" FROM "public"."OA" AS "t1" WHERE "t1"."c_id" IN ($1,…) AND (((COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "public"."OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), $2) = (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "public"."OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), $3) FROM "public"."OA" AS "t1" WHERE "t1"."id" = $4) AND "t1"."id" >= (SELECT "t1"."id" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $5)) OR (COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "public"."OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), $6) > (SELECT COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "public"."OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), $7) FROM "public"."OA" AS "t1" WHERE "t1"."id" = $8)))) ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "public"."OA" AS "t3" WHERE "t3"."b_u" = "t2"."b_u") FROM "public"."OB" AS "t2" WHERE "t2"."b_u" = "t1"."b_u"), $9) ASC, "t1"."id" ASC;

