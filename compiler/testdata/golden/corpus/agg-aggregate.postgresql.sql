-- 000 line 2: Metric aggregate
SELECT COUNT("i") AS "_count$i", COUNT("os") AS "_count$os", COUNT(*) AS "_count$_all", AVG("i") AS "_avg$i", AVG("oi") AS "_avg$oi", AVG("f") AS "_avg$f", AVG("of") AS "_avg$of", AVG("d") AS "_avg$d", AVG("od") AS "_avg$od", AVG("b") AS "_avg$b", AVG("ob") AS "_avg$ob", SUM("i") AS "_sum$i", SUM("oi") AS "_sum$oi", SUM("f") AS "_sum$f", SUM("of") AS "_sum$of", SUM("d") AS "_sum$d", SUM("od") AS "_sum$od", SUM("b") AS "_sum$b", SUM("ob") AS "_sum$ob", MIN("i") AS "_min$i", MIN("oi") AS "_min$oi", MIN("f") AS "_min$f", MIN("of") AS "_min$of", MIN("d") AS "_min$d", MIN("od") AS "_min$od", MIN("b") AS "_min$b", MIN("ob") AS "_min$ob", MIN("t") AS "_min$t", MIN("ot") AS "_min$ot", MIN("s") AS "_min$s", MIN("os") AS "_min$os", MIN("lvl") AS "_min$lvl", MIN("olvl") AS "_min$olvl", MAX("i") AS "_max$i", MAX("oi") AS "_max$oi", MAX("f") AS "_max$f", MAX("of") AS "_max$of", MAX("d") AS "_max$d", MAX("od") AS "_max$od", MAX("b") AS "_max$b", MAX("ob") AS "_max$ob", MAX("t") AS "_max$t", MAX("ot") AS "_max$ot", MAX("s") AS "_max$s", MAX("os") AS "_max$os", MAX("lvl") AS "_max$lvl", MAX("olvl") AS "_max$olvl" FROM (SELECT "t0"."i", "t0"."os", "t0"."oi", "t0"."f", "t0"."of", "t0"."d", "t0"."od", "t0"."b", "t0"."ob", "t0"."t", "t0"."ot", "t0"."s", "t0"."lvl", "t0"."olvl" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 001 line 4: Metric aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 002 line 6: Group createMany
INSERT INTO "public"."Group" ("id", "name") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 003 line 7: Metric createMany
INSERT INTO "public"."Metric" ("id", "i", "oi", "f", "of", "d", "od", "b", "ob", "t", "ot", "s", "os", "ok", "lvl", "olvl", "groupId") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CAST($15::text AS "public"."Level"), CAST($16::text AS "public"."Level"), $17), ($18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, CAST($32::text AS "public"."Level"), CAST($33::text AS "public"."Level"), $34), ($35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, CAST($49::text AS "public"."Level"), CAST($50::text AS "public"."Level"), $51), ($52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63, $64, $65, CAST($66::text AS "public"."Level"), CAST($67::text AS "public"."Level"), $68), ($69, $70, $71, $72, $73, $74, $75, $76, $77, $78, $79, $80, $81, $82, CAST($83::text AS "public"."Level"), CAST($84::text AS "public"."Level"), $85);

-- 004 line 9: Metric aggregate
SELECT COUNT("i") AS "_count$i", COUNT("oi") AS "_count$oi", COUNT("os") AS "_count$os", COUNT("ot") AS "_count$ot", COUNT("olvl") AS "_count$olvl", COUNT(*) AS "_count$_all", AVG("i") AS "_avg$i", AVG("oi") AS "_avg$oi", AVG("f") AS "_avg$f", AVG("of") AS "_avg$of", AVG("d") AS "_avg$d", AVG("od") AS "_avg$od", AVG("b") AS "_avg$b", AVG("ob") AS "_avg$ob", SUM("i") AS "_sum$i", SUM("oi") AS "_sum$oi", SUM("f") AS "_sum$f", SUM("of") AS "_sum$of", SUM("d") AS "_sum$d", SUM("od") AS "_sum$od", SUM("b") AS "_sum$b", SUM("ob") AS "_sum$ob", MIN("i") AS "_min$i", MIN("oi") AS "_min$oi", MIN("f") AS "_min$f", MIN("of") AS "_min$of", MIN("d") AS "_min$d", MIN("od") AS "_min$od", MIN("b") AS "_min$b", MIN("ob") AS "_min$ob", MIN("t") AS "_min$t", MIN("ot") AS "_min$ot", MIN("s") AS "_min$s", MIN("os") AS "_min$os", MIN("lvl") AS "_min$lvl", MIN("olvl") AS "_min$olvl", MAX("i") AS "_max$i", MAX("oi") AS "_max$oi", MAX("f") AS "_max$f", MAX("of") AS "_max$of", MAX("d") AS "_max$d", MAX("od") AS "_max$od", MAX("b") AS "_max$b", MAX("ob") AS "_max$ob", MAX("t") AS "_max$t", MAX("ot") AS "_max$ot", MAX("s") AS "_max$s", MAX("os") AS "_max$os", MAX("lvl") AS "_max$lvl", MAX("olvl") AS "_max$olvl" FROM (SELECT "t0"."i", "t0"."oi", "t0"."os", "t0"."ot", "t0"."olvl", "t0"."f", "t0"."of", "t0"."d", "t0"."od", "t0"."b", "t0"."ob", "t0"."t", "t0"."s", "t0"."lvl" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 005 line 11: Metric aggregate
SELECT AVG("i") AS "_avg$i" FROM (SELECT "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 006 line 12: Metric aggregate
SELECT SUM("i") AS "_sum$i" FROM (SELECT "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 007 line 13: Metric aggregate
SELECT AVG("d") AS "_avg$d" FROM (SELECT "t0"."d" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 008 line 14: Metric aggregate
SELECT SUM("d") AS "_sum$d" FROM (SELECT "t0"."d" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 009 line 15: Metric aggregate
SELECT AVG("b") AS "_avg$b" FROM (SELECT "t0"."b" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 010 line 16: Metric aggregate
SELECT SUM("b") AS "_sum$b" FROM (SELECT "t0"."b" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 011 line 17: Metric aggregate
SELECT SUM("f") AS "_sum$f" FROM (SELECT "t0"."f" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 012 line 18: Metric aggregate
SELECT AVG("f") AS "_avg$f" FROM (SELECT "t0"."f" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 013 line 20: Metric aggregate
SELECT MIN("t") AS "_min$t", MIN("s") AS "_min$s", MIN("lvl") AS "_min$lvl", MAX("t") AS "_max$t", MAX("s") AS "_max$s", MAX("lvl") AS "_max$lvl" FROM (SELECT "t0"."t", "t0"."s", "t0"."lvl" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 014 line 21: Metric aggregate
SELECT MIN("ok") AS "_min$ok", MAX("ok") AS "_max$ok" FROM (SELECT "t0"."ok" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 015 line 23: Metric aggregate
SELECT COUNT("oi") AS "_count$oi", COUNT("of") AS "_count$of", COUNT("od") AS "_count$od", COUNT("ob") AS "_count$ob", COUNT("ot") AS "_count$ot", COUNT("os") AS "_count$os", COUNT("olvl") AS "_count$olvl" FROM (SELECT "t0"."oi", "t0"."of", "t0"."od", "t0"."ob", "t0"."ot", "t0"."os", "t0"."olvl" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 016 line 24: Metric aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 017 line 26: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i", AVG("f") AS "_avg$f" FROM (SELECT "t0"."id", "t0"."i", "t0"."f" FROM "public"."Metric" AS "t0" WHERE "t0"."i" > $1) AS "sub";

-- 018 line 27: Metric aggregate
SELECT COUNT(*) AS "_count$_all", MAX("s") AS "_max$s" FROM (SELECT "t0"."id", "t0"."s" FROM "public"."Metric" AS "t0" LEFT JOIN "public"."Group" AS "j0" ON ("j0"."id") = ("t0"."groupId") WHERE ("j0"."name" = $1 AND ("j0"."id" IS NOT NULL))) AS "sub";

-- 019 line 28: Metric aggregate
SELECT COUNT("i") AS "_count$i", COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i", SUM("b") AS "_sum$b", MIN("t") AS "_min$t" FROM (SELECT "t0"."i", "t0"."b", "t0"."t" FROM "public"."Metric" AS "t0" WHERE "t0"."id" > $1) AS "sub";

-- 020 line 29: Metric aggregate
SELECT COUNT("os") AS "_count$os", COUNT(*) AS "_count$_all", AVG("oi") AS "_avg$oi" FROM (SELECT "t0"."os", "t0"."oi" FROM "public"."Metric" AS "t0" WHERE "t0"."os" IS NULL) AS "sub";

-- 021 line 31: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1) AS "sub";

-- 022 line 32: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC OFFSET $1) AS "sub";

-- 023 line 33: Metric aggregate
SELECT COUNT(*) AS "_count$_all", MIN("i") AS "_min$i", MAX("i") AS "_max$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."i" DESC LIMIT $1) AS "sub";

-- 024 line 34: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT $1) AS "sub";

-- 025 line 35: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE "t0"."id" >= (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" ASC) AS "sub";

-- 026 line 36: Metric aggregate
SELECT COUNT(*) AS "_count$_all", AVG("i") AS "_avg$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE "t0"."id" >= (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE "t0"."id" = $1) ORDER BY "t0"."id" ASC LIMIT $2 OFFSET $3) AS "sub";

-- 027 line 37: Metric aggregate
SELECT AVG("f") AS "_avg$f", MAX("s") AS "_max$s" FROM (SELECT "t0"."f", "t0"."s" FROM "public"."Metric" AS "t0" WHERE "t0"."ok" = $1 ORDER BY "t0"."f" ASC LIMIT $2) AS "sub";

-- 028 line 38: Metric aggregate
SELECT COUNT(*) AS "_count$_all", SUM("i") AS "_sum$i" FROM (SELECT "t0"."id", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1) AS "sub";

-- 029 line 40: Metric aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE "t0"."lvl" = CAST($1::text AS "public"."Level")) AS "sub";

-- 030 line 41: Metric aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Metric" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT $1 OFFSET $2) AS "sub";

-- 031 line 42: Metric aggregate
SELECT COUNT("oi") AS "_count$oi", COUNT("olvl") AS "_count$olvl", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."oi", "t0"."olvl" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 032 line 44: Group aggregate
SELECT COUNT(*) AS "_count$_all", MAX("name") AS "_max$name" FROM (SELECT "t0"."id", "t0"."name" FROM "public"."Group" AS "t0" WHERE EXISTS(SELECT "t1"."groupId" FROM "public"."Metric" AS "t1" WHERE ("t1"."ok" = $1 AND ("t1"."groupId") = ("t0"."id") AND "t1"."groupId" IS NOT NULL))) AS "sub";

-- 033 line 46: Metric aggregate
SELECT MAX("s") AS "_max$s", MAX("i") AS "_max$i", COUNT("s") AS "_count$s", COUNT(*) AS "_count$_all" FROM (SELECT "t0"."s", "t0"."i" FROM "public"."Metric" AS "t0" WHERE 1=1) AS "sub";

-- 034 line 48: Metric aggregate
error: Field 's' not found in enclosing type 'MetricAvgAggregateOutputType'

-- 035 line 49: Metric aggregate
error: Field 't' not found in enclosing type 'MetricSumAggregateOutputType'

-- 036 line 50: Metric aggregate
error: Field 'nope' not found in enclosing type 'MetricMinAggregateOutputType'

-- 037 line 51: Metric aggregate
error: Field 'group' not found in enclosing type 'MetricCountAggregateOutputType'

-- 038 line 52: Metric aggregate
error: Field 'i' not found in enclosing type 'AggregateMetric'

-- 039 line 53: Metric aggregate
error: Expected a minimum of 1 field to be present, got 0

-- 040 line 54: Metric aggregate
error: Argument does not exist in enclosing type

