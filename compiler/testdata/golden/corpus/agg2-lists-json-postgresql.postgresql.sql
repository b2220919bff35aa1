-- 000 line 2: Doc createMany
INSERT INTO "public"."Doc" ("id", "cat", "tags", "nums", "flags", "meta") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."Flag"[]), $6), ($7, $8, $9, $10, CAST($11::text AS "public"."Flag"[]), $12), ($13, $14, $15, $16, CAST($17::text AS "public"."Flag"[]), $18), ($19, $20, $21, $22, CAST($23::text AS "public"."Flag"[]), DEFAULT);

-- 001 line 4: Doc aggregate
SELECT COUNT("tags") AS "_count$tags", COUNT("nums") AS "_count$nums", COUNT("flags") AS "_count$flags", COUNT("meta") AS "_count$meta", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."tags", "t0"."nums", "t0"."flags"::text[], "t0"."meta" FROM "public"."Doc" AS "t0" WHERE 1=1) AS "sub";

-- 002 line 6: Doc aggregate
SELECT COUNT("id") AS "_count$id", COUNT("cat") AS "_count$cat", COUNT("tags") AS "_count$tags", COUNT("nums") AS "_count$nums", COUNT("flags") AS "_count$flags", COUNT("meta") AS "_count$meta", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id", "t0"."cat", "t0"."tags", "t0"."nums", "t0"."flags"::text[], "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."cat" = $1) AS "sub";

-- 003 line 8: Doc groupBy
SELECT "t0"."tags", COUNT(*) AS "_count$_all", MAX("t0"."cat") AS "_max$cat" FROM "public"."Doc" AS "t0" WHERE 1=1 GROUP BY "t0"."tags" ORDER BY "t0"."tags" ASC;

-- 004 line 10: Doc groupBy
SELECT "t0"."flags"::text[], COUNT(*) AS "_count$_all" FROM "public"."Doc" AS "t0" WHERE 1=1 GROUP BY "t0"."flags" ORDER BY "t0"."flags" ASC;

-- 005 line 12: Doc groupBy
SELECT "t0"."meta", COUNT("t0"."id") AS "_count$id" FROM "public"."Doc" AS "t0" WHERE "t0"."id" <> $1 GROUP BY "t0"."meta" ORDER BY COUNT("t0"."id") DESC;

-- 006 line 14: Doc groupBy
SELECT "t0"."cat", "t0"."nums", COUNT(*) AS "_count$_all" FROM "public"."Doc" AS "t0" WHERE 1=1 GROUP BY "t0"."cat", "t0"."nums" ORDER BY "t0"."cat" ASC, "t0"."nums" ASC;

-- 007 line 16: Doc aggregate
error: Field 'tags' not found in enclosing type 'DocMinAggregateOutputType'

