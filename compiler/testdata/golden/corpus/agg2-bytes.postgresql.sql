-- 000 line 2: Blob aggregate
SELECT MIN("data") AS "_min$data", MAX("data") AS "_max$data", COUNT("data") AS "_count$data" FROM (SELECT "t0"."data" FROM "public"."Blob" AS "t0" WHERE 1=1) AS "sub";

-- 001 line 4: Blob createMany
INSERT INTO "public"."Blob" ("id", "kind", "data", "ok") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12), ($13, $14, $15, $16), ($17, $18, $19, $20);

-- 002 line 6: Blob aggregate
SELECT MIN("data") AS "_min$data", MAX("data") AS "_max$data" FROM (SELECT "t0"."data" FROM "public"."Blob" AS "t0" WHERE 1=1) AS "sub";

-- 003 line 8: Blob aggregate
SELECT MIN("data") AS "_min$data", COUNT("data") AS "_count$data", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."data" FROM "public"."Blob" AS "t0" WHERE "t0"."kind" = $1) AS "sub";

-- 004 line 10: Blob aggregate
SELECT MIN("id") AS "_min$id", MIN("kind") AS "_min$kind", MIN("data") AS "_min$data", MIN("ok") AS "_min$ok", MAX("id") AS "_max$id", MAX("kind") AS "_max$kind", MAX("data") AS "_max$data", MAX("ok") AS "_max$ok" FROM (SELECT "t0"."id", "t0"."kind", "t0"."data", "t0"."ok" FROM "public"."Blob" AS "t0" WHERE 1=1) AS "sub";

-- 005 line 12: Blob groupBy
SELECT "t0"."kind", MAX("t0"."data") AS "_max$data", COUNT("t0"."data") AS "_count$data" FROM "public"."Blob" AS "t0" WHERE 1=1 GROUP BY "t0"."kind" ORDER BY "t0"."kind" ASC;

