-- 000 line 2: Team createMany
INSERT INTO "public"."Team" ("id", "level") VALUES ($1, CAST($2::text AS "public"."Level")), ($3, CAST($4::text AS "public"."Level")), ($5, CAST($6::text AS "public"."Level")), ($7, CAST($8::text AS "public"."Level"));

-- 001 line 3: Person createMany
INSERT INTO "public"."Person" ("id", "level", "teamId") VALUES ($1, CAST($2::text AS "public"."Level"), $3), ($4, CAST($5::text AS "public"."Level"), $6), ($7, CAST($8::text AS "public"."Level"), $9), ($10, CAST($11::text AS "public"."Level"), $12), ($13, CAST($14::text AS "public"."Level"), $15), ($16, CAST($17::text AS "public"."Level"), $18);

-- 002 line 4: Note createMany
INSERT INTO "public"."Note" ("id", "personId") VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8), ($9, $10), ($11, $12);

-- 003 line 6: Person findMany
SELECT "t0"."id", "t0"."level" FROM "public"."Person" AS "t0" WHERE 1=1 ORDER BY "t0"."level" ASC, "t0"."id" ASC;

-- 004 line 7: Team findMany
SELECT "t0"."id", "t0"."level" FROM "public"."Team" AS "t0" WHERE 1=1 ORDER BY "t0"."level" DESC NULLS LAST, "t0"."id" ASC;

-- 005 line 9: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") ASC, "t0"."id" ASC;

-- 006 line 10: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") DESC NULLS FIRST, "t0"."id" DESC;

-- 007 line 11: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") DESC, "t0"."id" DESC LIMIT $1;

-- 008 line 12: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE (((((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") = (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1) OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $2) IS NULL OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $3)) OR (((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") < (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $4) OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $5) IS NULL OR "t0"."teamId" IS NULL)))) ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") DESC, "t0"."id" ASC;

-- 009 line 14: Note findMany
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE 1=1 ORDER BY (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") ASC, "t0"."id" ASC;

-- 010 line 15: Note findMany
SELECT "t0"."id", "t0"."personId" FROM "public"."Note" AS "t0" WHERE 1=1 ORDER BY (SELECT "t2"."level" FROM "public"."Person" AS "t2" WHERE "t2"."id" = "t0"."personId") DESC, "t0"."id" ASC LIMIT $1 OFFSET $2;
SELECT "t1"."level", "t1"."id" FROM "public"."Person" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 011 line 17: Team findMany
SELECT "t0"."id" FROM "public"."Team" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."level", "t1"."teamId" FROM "public"."Person" AS "t1" WHERE "t1"."teamId" IN ($1,…) ORDER BY (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") ASC, "t1"."level" DESC, "t1"."id" ASC;

-- 012 line 19: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE (((((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") = (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1) OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $2) IS NULL OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL) AND "t0"."id" <= (SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $3)) OR (((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") < (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $4) OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $5) IS NULL OR "t0"."teamId" IS NULL)))) ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") DESC, "t0"."id" DESC;

-- 013 line 20: Person findMany
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE (((((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") = (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1) OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $2) IS NULL OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $3)) OR (((SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") > (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $4) OR (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") IS NULL OR (SELECT (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") FROM "public"."Person" AS "t0" WHERE "t0"."id" = $5) IS NULL OR "t0"."teamId" IS NULL)))) ORDER BY (SELECT "t1"."level" FROM "public"."Team" AS "t1" WHERE "t1"."id" = "t0"."teamId") ASC, "t0"."id" ASC;

-- 014 line 21: Note findMany
SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE (((((SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") = (SELECT (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") FROM "public"."Note" AS "t0" WHERE "t0"."id" = $1) OR (SELECT (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") FROM "public"."Note" AS "t0" WHERE "t0"."id" = $2) IS NULL OR (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") IS NULL) AND "t0"."id" <= (SELECT "t0"."id" FROM "public"."Note" AS "t0" WHERE "t0"."id" = $3)) OR (((SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") < (SELECT (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") FROM "public"."Note" AS "t0" WHERE "t0"."id" = $4) OR (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") IS NULL OR (SELECT (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") FROM "public"."Note" AS "t0" WHERE "t0"."id" = $5) IS NULL OR (SELECT "t1"."teamId" FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") IS NULL)))) ORDER BY (SELECT (SELECT "t2"."level" FROM "public"."Team" AS "t2" WHERE "t2"."id" = "t1"."teamId") FROM "public"."Person" AS "t1" WHERE "t1"."id" = "t0"."personId") DESC, "t0"."id" DESC;

