-- 000 line 2: Order groupBy
SELECT "t0"."shop", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."qty") > $1 ORDER BY SUM("t0"."qty") DESC;

-- 001 line 4: Customer createMany
INSERT INTO "public"."Customer" ("id", "name", "vip") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9);

-- 002 line 5: Order createMany
INSERT INTO "public"."Order" ("id", "shop", "city", "qty", "cap", "price", "total", "weight", "placed", "status", "note", "customerId") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10::text AS "public"."Status"), $11, $12), ($13, $14, $15, $16, $17, $18, $19, $20, $21, CAST($22::text AS "public"."Status"), $23, $24), ($25, $26, $27, $28, $29, $30, $31, $32, $33, CAST($34::text AS "public"."Status"), $35, $36), ($37, $38, $39, $40, $41, $42, $43, $44, $45, CAST($46::text AS "public"."Status"), $47, $48), ($49, $50, $51, $52, $53, $54, $55, $56, $57, CAST($58::text AS "public"."Status"), $59, $60), ($61, $62, $63, $64, $65, $66, $67, $68, $69, CAST($70::text AS "public"."Status"), $71, $72), ($73, $74, $75, $76, $77, $78, $79, $80, $81, CAST($82::text AS "public"."Status"), $83, $84), ($85, $86, $87, $88, $89, $90, $91, $92, $93, CAST($94::text AS "public"."Status"), $95, $96);

-- 003 line 7: Order groupBy
SELECT "t0"."shop", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING "t0"."shop" = $1 ORDER BY "t0"."shop" ASC;

-- 004 line 8: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING "t0"."shop" NOT IN ($1,…) ORDER BY "t0"."shop" ASC;

-- 005 line 9: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING "t0"."shop" NOT IN ($1,…) ORDER BY "t0"."shop" ASC;

-- 006 line 10: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING "t0"."shop"::text LIKE ($1 || '%');

-- 007 line 11: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING ("t0"."shop"::text LIKE ('%' || $1 || '%') AND "t0"."shop" < $2) ORDER BY "t0"."shop" ASC;

-- 008 line 13: Order groupBy
SELECT "t0"."city", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."city" HAVING "t0"."city" IS NULL;

-- 009 line 14: Order groupBy
SELECT "t0"."city", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."city" HAVING "t0"."city" IS NOT NULL ORDER BY "t0"."city" ASC;

-- 010 line 16: Order groupBy
SELECT "t0"."status", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."status" HAVING "t0"."status" IN ($1,…) ORDER BY "t0"."status" ASC;

-- 011 line 18: Order groupBy
SELECT "t0"."shop", COUNT("t0"."note") AS "_count$note" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING COUNT("t0"."note") IN ($1,…) ORDER BY "t0"."shop" ASC;

-- 012 line 19: Order groupBy
SELECT "t0"."shop", COUNT("t0"."id") AS "_count$id" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING COUNT("t0"."id") NOT IN ($1,…) ORDER BY "t0"."shop" ASC;

-- 013 line 21: Order groupBy
SELECT "t0"."shop", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."qty") <> $1 ORDER BY "t0"."shop" ASC;

-- 014 line 22: Order groupBy
SELECT "t0"."shop", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."qty") < $1 ORDER BY "t0"."shop" ASC;

-- 015 line 24: Order groupBy
SELECT "t0"."shop", AVG("t0"."qty") AS "_avg$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING AVG("t0"."qty") > $1 ORDER BY "t0"."shop" ASC;

-- 016 line 25: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING AVG("t0"."qty") = $1;

-- 017 line 27: Order groupBy
SELECT "t0"."shop", SUM("t0"."total") AS "_sum$total" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."total") >= $1 ORDER BY "t0"."shop" ASC;

-- 018 line 28: Order groupBy
SELECT "t0"."shop", AVG("t0"."total") AS "_avg$total" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING AVG("t0"."total") < $1 ORDER BY "t0"."shop" ASC;

-- 019 line 30: Order groupBy
SELECT "t0"."shop", MAX("t0"."weight") AS "_max$weight" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING MAX("t0"."weight") > $1;

-- 020 line 31: Order groupBy
SELECT "t0"."shop", SUM("t0"."weight") AS "_sum$weight" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."weight") < $1;

-- 021 line 33: Order groupBy
SELECT "t0"."shop", MIN("t0"."placed") AS "_min$placed", MAX("t0"."placed") AS "_max$placed" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING (MIN("t0"."placed") >= $1 AND MAX("t0"."placed") < $2) ORDER BY "t0"."shop" ASC;

-- 022 line 35: Order groupBy
SELECT "t0"."shop", MAX("t0"."status") AS "_max$status" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING MAX("t0"."status") = CAST($1::text AS "public"."Status") ORDER BY "t0"."shop" ASC;

-- 023 line 36: Order groupBy
SELECT "t0"."shop", MIN("t0"."status") AS "_min$status" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING MIN("t0"."status") IN ($1,…) ORDER BY "t0"."shop" ASC;

-- 024 line 38: Order groupBy
SELECT "t0"."shop", MAX("t0"."city") AS "_max$city" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING MAX("t0"."city")::text LIKE ('%' || $1) ORDER BY "t0"."shop" ASC;

-- 025 line 39: Order groupBy
SELECT "t0"."shop", MIN("t0"."note") AS "_min$note" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING MIN("t0"."note") IS NULL ORDER BY "t0"."shop" ASC;

-- 026 line 41: Order groupBy
SELECT "t0"."shop", "t0"."cap", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop", "t0"."cap" HAVING SUM("t0"."qty") > "t0"."cap" ORDER BY "t0"."shop" ASC, "t0"."cap" ASC;

-- 027 line 43: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING ((MIN("t0"."price") >= $1 AND MAX("t0"."price") <= $2) AND COUNT("t0"."qty") > $3) ORDER BY "t0"."shop" ASC;

-- 028 line 45: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING (NOT (SUM("t0"."qty") < $1 OR "t0"."shop" = $2)) ORDER BY "t0"."shop" ASC;

-- 029 line 46: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING ((MAX("t0"."qty") >= $1 AND AVG("t0"."price") < $2) OR COUNT("t0"."id") = $3) ORDER BY "t0"."shop" ASC;

-- 030 line 47: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING ((NOT "t0"."shop" = $1) AND (NOT MIN("t0"."qty") = $2)) ORDER BY "t0"."shop" ASC;

-- 031 line 49: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING 1=1 ORDER BY "t0"."shop" ASC;

-- 032 line 50: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING 1=0 ORDER BY "t0"."shop" ASC;

-- 033 line 52: Order groupBy
SELECT "t0"."shop", COUNT("t0"."qty") AS "_count$qty" FROM "public"."Order" AS "t0" WHERE "t0"."status" <> CAST($1::text AS "public"."Status") GROUP BY "t0"."shop" HAVING COUNT("t0"."qty") >= $2 ORDER BY "t0"."shop" ASC;

-- 034 line 54: Order groupBy
SELECT "t0"."shop", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" LEFT JOIN "public"."Customer" AS "j0" ON ("j0"."id") = ("t0"."customerId") WHERE ("j0"."vip" = $1 AND ("j0"."id" IS NOT NULL)) GROUP BY "t0"."shop" ORDER BY "t0"."shop" ASC;

-- 035 line 55: Order groupBy
SELECT "t0"."customerId", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" LEFT JOIN "public"."Customer" AS "j0" ON ("j0"."id") = ("t0"."customerId") WHERE (NOT ("j0"."name" = $1 AND ("j0"."id" IS NOT NULL))) GROUP BY "t0"."customerId" ORDER BY "t0"."customerId" ASC NULLS LAST;

-- 036 line 56: Customer groupBy
SELECT "t0"."vip", COUNT(*) AS "_count$_all", MAX("t0"."name") AS "_max$name" FROM "public"."Customer" AS "t0" WHERE EXISTS(SELECT "t1"."customerId" FROM "public"."Order" AS "t1" WHERE ("t1"."qty" >= $1 AND ("t1"."customerId") = ("t0"."id") AND "t1"."customerId" IS NOT NULL)) GROUP BY "t0"."vip" ORDER BY "t0"."vip" ASC;

-- 037 line 58: Order groupBy
SELECT "t0"."shop", COUNT("t0"."note") AS "_count$note" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY COUNT("t0"."note") ASC, "t0"."shop" DESC;

-- 038 line 59: Order groupBy
SELECT "t0"."shop", AVG("t0"."total") AS "_avg$total" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY AVG("t0"."total") DESC;

-- 039 line 60: Order groupBy
SELECT "t0"."shop", SUM("t0"."weight") AS "_sum$weight" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY SUM("t0"."weight") ASC;

-- 040 line 61: Order groupBy
SELECT "t0"."shop", MIN("t0"."placed") AS "_min$placed" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY MIN("t0"."placed") ASC;

-- 041 line 62: Order groupBy
SELECT "t0"."shop", MAX("t0"."status") AS "_max$status" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY MAX("t0"."status") DESC, "t0"."shop" ASC;

-- 042 line 64: Order groupBy
SELECT "t0"."shop", MAX("t0"."city") AS "_max$city" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY MAX("t0"."city") DESC, "t0"."shop" ASC;

-- 043 line 66: Order groupBy
SELECT "t0"."city" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."city" ORDER BY SUM("t0"."price") DESC;

-- 044 line 68: Order groupBy
SELECT "t0"."city", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."city" ORDER BY "t0"."city" ASC NULLS LAST;

-- 045 line 69: Order groupBy
SELECT "t0"."city", COUNT(*) AS "_count$_all" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."city" ORDER BY "t0"."city" DESC NULLS FIRST;

-- 046 line 71: Order groupBy
SELECT "t0"."shop", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY SUM("t0"."qty") DESC LIMIT $1 OFFSET $2;

-- 047 line 72: Order groupBy
SELECT "t0"."shop", SUM("t0"."qty") AS "_sum$qty" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY SUM("t0"."qty") ASC LIMIT $1;

-- 048 line 73: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY "t0"."shop" ASC LIMIT $1;

-- 049 line 74: Order groupBy
SELECT "t0"."shop" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" ORDER BY "t0"."shop" ASC OFFSET $1;

-- 050 line 75: Order groupBy
SELECT "t0"."shop", AVG("t0"."price") AS "_avg$price" FROM "public"."Order" AS "t0" WHERE 1=1 GROUP BY "t0"."shop" HAVING SUM("t0"."qty") > $1 ORDER BY AVG("t0"."price") DESC LIMIT $2 OFFSET $3;

