-- 000 line 2: Reading aggregate
SELECT COUNT("note") AS "_count$note", COUNT(*) AS "_count$_all", AVG("val") AS "_avg$val", AVG("ticks") AS "_avg$ticks", AVG("cost") AS "_avg$cost", SUM("ticks") AS "_sum$ticks", SUM("cost") AS "_sum$cost", MIN("sensor name") AS "_min$sensor name", MAX("val") AS "_max$val" FROM (SELECT "t0"."note", "t0"."val", "t0"."ticks", "t0"."cost", "t0"."sensor name" FROM "public"."readings table" AS "t0" WHERE 1=1) AS "sub";

-- 001 line 4: Device createMany
INSERT INTO "public"."Device" ("id", "label") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 002 line 5: Reading createMany
INSERT INTO "public"."readings table" ("reading_id", "sensor name", "val", "min ok", "maxOk", "ticks", "cost", "note", "deviceId") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9), ($10, $11, $12, $13, $14, $15, $16, DEFAULT, $17), ($18, $19, $20, $21, $22, $23, $24, $25, $26), ($27, $28, $29, $30, $31, $32, $33, DEFAULT, $34), ($35, $36, $37, $38, $39, $40, $41, DEFAULT, $42), ($43, $44, $45, $46, $47, $48, $49, $50, $51);

-- 003 line 7: Reading aggregate
SELECT COUNT("note") AS "_count$note", COUNT("deviceId") AS "_count$deviceId", COUNT(*) AS "_count$_all", AVG("val") AS "_avg$val", AVG("ticks") AS "_avg$ticks", AVG("cost") AS "_avg$cost", SUM("val") AS "_sum$val", SUM("ticks") AS "_sum$ticks", SUM("cost") AS "_sum$cost", MIN("sensor name") AS "_min$sensor name", MIN("val") AS "_min$val", MIN("ticks") AS "_min$ticks", MAX("sensor name") AS "_max$sensor name", MAX("cost") AS "_max$cost" FROM (SELECT "t0"."note", "t0"."deviceId", "t0"."val", "t0"."ticks", "t0"."cost", "t0"."sensor name" FROM "public"."readings table" AS "t0" WHERE 1=1) AS "sub";

-- 004 line 8: Reading aggregate
SELECT COUNT(*) AS "_count$_all", AVG("val") AS "_avg$val" FROM (SELECT "t0"."reading_id", "t0"."val" FROM "public"."readings table" AS "t0" LEFT JOIN "public"."Device" AS "j0" ON ("j0"."id") = ("t0"."deviceId") WHERE ("j0"."label" = $1 AND ("j0"."id" IS NOT NULL))) AS "sub";

-- 005 line 9: Reading aggregate
SELECT COUNT(*) AS "_count$_all", SUM("ticks") AS "_sum$ticks" FROM (SELECT "t0"."reading_id", "t0"."ticks" FROM "public"."readings table" AS "t0" WHERE ("t0"."deviceId" IS NULL)) AS "sub";

-- 006 line 10: Reading aggregate
SELECT COUNT(*) AS "_count$_all", MAX("val") AS "_max$val" FROM (SELECT "t0"."reading_id", "t0"."val" FROM "public"."readings table" AS "t0" WHERE "t0"."val" > "t0"."maxOk") AS "sub";

-- 007 line 11: Device aggregate
SELECT COUNT(*) AS "_count$_all", MIN("label") AS "_min$label" FROM (SELECT "t0"."id", "t0"."label" FROM "public"."Device" AS "t0" WHERE NOT EXISTS(SELECT "t1"."deviceId" FROM "public"."readings table" AS "t1" WHERE (1=1 AND ("t1"."deviceId") = ("t0"."id") AND "t1"."deviceId" IS NOT NULL))) AS "sub";

-- 008 line 12: Device aggregate
SELECT COUNT("label") AS "_count$label", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."label" FROM "public"."Device" AS "t0" WHERE NOT EXISTS(SELECT "t1"."deviceId" FROM "public"."readings table" AS "t1" WHERE ((NOT "t1"."sensor name" = $1) AND ("t1"."deviceId") = ("t0"."id") AND "t1"."deviceId" IS NOT NULL))) AS "sub";

-- 009 line 14: Reading aggregate
SELECT COUNT("note") AS "_count$note", COUNT("deviceId") AS "_count$deviceId", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."note", "t0"."deviceId" FROM "public"."readings table" AS "t0" WHERE "t0"."sensor name" = $1) AS "sub";

-- 010 line 16: Reading groupBy
SELECT "t0"."sensor name", COUNT(*) AS "_count$_all", AVG("t0"."val") AS "_avg$val", SUM("t0"."ticks") AS "_sum$ticks", SUM("t0"."cost") AS "_sum$cost" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" ORDER BY "t0"."sensor name" ASC;

-- 011 line 17: Reading groupBy
SELECT "t0"."ticks", COUNT(*) AS "_count$_all" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."ticks" ORDER BY "t0"."ticks" ASC;

-- 012 line 18: Reading groupBy
SELECT "t0"."cost", COUNT(*) AS "_count$_all", SUM("t0"."cost") AS "_sum$cost" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."cost" ORDER BY "t0"."cost" DESC;

-- 013 line 19: Reading groupBy
SELECT "t0"."min ok", "t0"."maxOk", MIN("t0"."val") AS "_min$val", MAX("t0"."val") AS "_max$val" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."min ok", "t0"."maxOk" ORDER BY "t0"."min ok" ASC, "t0"."maxOk" ASC;

-- 014 line 20: Reading groupBy
SELECT "t0"."deviceId", COUNT("t0"."note") AS "_count$note", COUNT(*) AS "_count$_all" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."deviceId" ORDER BY "t0"."deviceId" ASC NULLS FIRST;

-- 015 line 22: Reading groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: minOk, maxOk

-- 016 line 23: Reading groupBy
SELECT "t0"."sensor name", "t0"."maxOk", MAX("t0"."val") AS "_max$val" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name", "t0"."maxOk" HAVING MAX("t0"."val") > "t0"."maxOk" ORDER BY "t0"."sensor name" ASC;

-- 017 line 25: Reading groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: maxOk

-- 018 line 27: Reading groupBy
SELECT "t0"."sensor name", AVG("t0"."val") AS "_avg$val" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" HAVING (AVG("t0"."val") >= $1 AND COUNT("t0"."val") > $2) ORDER BY "t0"."sensor name" ASC;

-- 019 line 28: Reading groupBy
SELECT "t0"."sensor name", SUM("t0"."cost") AS "_sum$cost", SUM("t0"."ticks") AS "_sum$ticks" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" HAVING (NOT (SUM("t0"."cost") > $1 OR SUM("t0"."ticks") < $2)) ORDER BY "t0"."sensor name" ASC;

-- 020 line 29: Reading groupBy
SELECT "t0"."sensor name", COUNT("t0"."note") AS "_count$note" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" HAVING COUNT("t0"."note") = $1 ORDER BY "t0"."sensor name" ASC;

-- 021 line 30: Reading groupBy
SELECT "t0"."sensor name" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" HAVING MIN("t0"."sensor name")::text LIKE ($1 || '%') ORDER BY "t0"."sensor name" ASC;

-- 022 line 32: Reading groupBy
SELECT "t0"."sensor name", AVG("t0"."val") AS "_avg$val" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" ORDER BY AVG("t0"."val") DESC LIMIT $1;

-- 023 line 33: Reading groupBy
SELECT "t0"."sensor name", COUNT("t0"."note") AS "_count$note" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" ORDER BY COUNT("t0"."note") DESC, "t0"."sensor name" ASC OFFSET $1;

-- 024 line 34: Reading groupBy
SELECT "t0"."sensor name", SUM("t0"."ticks") AS "_sum$ticks" FROM "public"."readings table" AS "t0" WHERE 1=1 GROUP BY "t0"."sensor name" ORDER BY SUM("t0"."ticks") ASC;

-- 025 line 36: Reading groupBy
SELECT "t0"."deviceId", COUNT(*) AS "_count$_all", MAX("t0"."val") AS "_max$val" FROM "public"."readings table" AS "t0" LEFT JOIN "public"."Device" AS "j0" ON ("j0"."id") = ("t0"."deviceId") WHERE ("j0"."label" IN ($1,…) AND ("j0"."id" IS NOT NULL)) GROUP BY "t0"."deviceId" ORDER BY "t0"."deviceId" ASC;

-- 026 line 38: Reading groupBy
error: Unknown orderBy field `_count._all`

