-- 000 line 2: Doc createMany
INSERT INTO "public"."Doc" ("id", "label", "data", "meta", "other") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15), ($16, $17, $18, $19, $20), ($21, $22, $23, $24, $25), ($26, $27, $28, $29, $30), ($31, $32, $33, $34, $35), ($36, $37, $38, $39, $40), ($41, $42, $43, $44, $45), ($46, $47, $48, $49, $50);

-- 001 line 3: Kid createMany
INSERT INTO "public"."Kid" ("id", "docId", "info") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12);

-- 002 line 5: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 003 line 7: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1, $2]::text[])::jsonb::jsonb = $3 ORDER BY "t0"."id" ASC;

-- 004 line 9: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 005 line 11: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 006 line 13: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 007 line 15: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 008 line 17: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb <> $2 ORDER BY "t0"."id" ASC;

-- 009 line 19: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb IS NULL ORDER BY "t0"."id" ASC;

-- 010 line 21: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 011 line 23: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 OR ("t0"."data"#>ARRAY[$3]::text[])::jsonb IS NULL) ORDER BY "t0"."id" ASC;

-- 012 line 25: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb <> $2 AND ("t0"."data"#>ARRAY[$3]::text[])::jsonb IS NOT NULL) ORDER BY "t0"."id" ASC;

-- 013 line 27: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb IS NOT NULL ORDER BY "t0"."id" ASC;

-- 014 line 29: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 015 line 31: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta" IS NULL ORDER BY "t0"."id" ASC;

-- 016 line 32: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 017 line 33: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."meta"::jsonb <> $1 AND "t0"."meta" IS NOT NULL) ORDER BY "t0"."id" ASC;

-- 018 line 35: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta"::jsonb <> $1 ORDER BY "t0"."id" ASC;

-- 019 line 37: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[]::text[])::jsonb::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 020 line 39: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 021 line 40: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 022 line 42: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ($2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 023 line 43: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2) AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 024 line 45: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 025 line 46: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 026 line 48: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (LOWER(("t0"."data"#>>ARRAY[$1]::text[])) LIKE LOWER(($2 || '%')) AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 027 line 50: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((LOWER(("t0"."data"#>>ARRAY[$1]::text[])) LIKE LOWER(('%' || $2)) AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) AND (LOWER(("t0"."data"#>>ARRAY[$5]::text[])) LIKE LOWER(('%' || $6 || '%')) AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$7]::text[])::jsonb) = $8)) ORDER BY "t0"."id" ASC;

-- 028 line 51: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1, $2]::text[]) LIKE ('%' || $3) AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$4, $5]::text[])::jsonb) = $6) ORDER BY "t0"."id" ASC;

-- 029 line 53: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"::text LIKE ('%' || $1 || '%') AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 030 line 55: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"::text LIKE ($1 || '%') AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 031 line 57: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"::text LIKE ('%' || $1) AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 032 line 59: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || "t0"."label" || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$2]::text[])::jsonb) = $3) ORDER BY "t0"."id" ASC;

-- 033 line 61: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 034 line 62: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 035 line 64: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 036 line 66: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 037 line 68: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 038 line 69: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 039 line 71: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data" @> $1 AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 040 line 73: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((("t0"."data"#>ARRAY[$1]::text[])::jsonb->0)::jsonb = $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 041 line 74: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((("t0"."data"#>ARRAY[$1]::text[])::jsonb->-1)::jsonb = $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 042 line 76: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((("t0"."data"#>ARRAY[$1]::text[])::jsonb->0)::jsonb = $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 043 line 77: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"->-1)::jsonb = $1 AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 044 line 79: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((("t0"."data"#>ARRAY[$1]::text[])::jsonb->0)::jsonb = $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 045 line 81: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> "t0"."other" AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$2]::text[])::jsonb) = $3) ORDER BY "t0"."id" ASC;

-- 046 line 82: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb = "t0"."other" ORDER BY "t0"."id" ASC;

-- 047 line 84: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb > $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 048 line 85: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((("t0"."data"#>ARRAY[$1]::text[])::jsonb < $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) AND (("t0"."data"#>ARRAY[$5]::text[])::jsonb >= $6 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$7]::text[])::jsonb) = $8)) ORDER BY "t0"."id" ASC;

-- 049 line 86: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb <= $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 050 line 88: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb < $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 051 line 89: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb >= $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 052 line 91: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data" > $1 AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 053 line 93: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb > "t0"."other" AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$2]::text[])::jsonb) = JSONB_TYPEOF("t0"."other"::jsonb)) ORDER BY "t0"."id" ASC;

-- 054 line 95: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) ORDER BY "t0"."id" ASC;

-- 055 line 97: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) ORDER BY "t0"."id" ASC;

-- 056 line 99: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT (("t0"."data"#>ARRAY[$1]::text[])::jsonb > $2 OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) ORDER BY "t0"."id" ASC;

-- 057 line 100: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT ((("t0"."data"#>ARRAY[$1]::text[])::jsonb->-1)::jsonb = $2 OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) ORDER BY "t0"."id" ASC;

-- 058 line 102: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2) ORDER BY "t0"."id" ASC;

-- 059 line 104: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT (NOT (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4))) ORDER BY "t0"."id" ASC;

-- 060 line 106: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((NOT (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ($2 || '%') OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) AND (NOT "t0"."label" = $5)) ORDER BY "t0"."id" ASC;

-- 061 line 108: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT ((("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4) OR (("t0"."data"#>ARRAY[$5]::text[])::jsonb < $6 OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$7]::text[])::jsonb) != $8))) ORDER BY "t0"."id" ASC;

-- 062 line 109: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ((NOT (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2) OR JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) != $4)) OR "t0"."id" = $5) ORDER BY "t0"."id" ASC;

-- 063 line 111: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb <> $2 ORDER BY "t0"."id" ASC;

-- 064 line 113: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE EXISTS(SELECT "t1"."docId" FROM "public"."Kid" AS "t1" WHERE ((("t1"."info"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t1"."info"#>ARRAY[$3]::text[])::jsonb) = $4) AND ("t1"."docId") = ("t0"."id") AND "t1"."docId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 065 line 115: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE NOT EXISTS(SELECT "t1"."docId" FROM "public"."Kid" AS "t1" WHERE ((NOT (("t1"."info"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t1"."info"#>ARRAY[$3]::text[])::jsonb) = $4)) AND ("t1"."docId") = ("t0"."id") AND "t1"."docId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 066 line 116: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE NOT EXISTS(SELECT "t1"."docId" FROM "public"."Kid" AS "t1" WHERE ((("t1"."info"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t1"."info"#>ARRAY[$3]::text[])::jsonb) = $4) AND ("t1"."docId") = ("t0"."id") AND "t1"."docId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 067 line 118: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (NOT EXISTS(SELECT "t1"."docId" FROM "public"."Kid" AS "t1" WHERE ((("t1"."info"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') OR JSONB_TYPEOF(("t1"."info"#>ARRAY[$3]::text[])::jsonb) != $4) AND ("t1"."docId") = ("t0"."id") AND "t1"."docId" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 068 line 120: Kid findMany
SELECT "t0"."id" FROM "public"."Kid" AS "t0" LEFT JOIN "public"."Doc" AS "j0" ON ("j0"."id") = ("t0"."docId") WHERE ((("t0"."info"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."info"#>ARRAY[$3]::text[])::jsonb) = $4) AND ((("j0"."data"#>ARRAY[$5]::text[])::jsonb > $6 AND JSONB_TYPEOF(("j0"."data"#>ARRAY[$7]::text[])::jsonb) = $8) AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 069 line 121: Kid findMany
SELECT "t0"."id" FROM "public"."Kid" AS "t0" LEFT JOIN "public"."Doc" AS "j0" ON ("j0"."id") = ("t0"."docId") WHERE (NOT ((("j0"."data"#>ARRAY[$1]::text[])::jsonb > $2 OR JSONB_TYPEOF(("j0"."data"#>ARRAY[$3]::text[])::jsonb) != $4) AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 070 line 123: Kid findMany
SELECT "t0"."id" FROM "public"."Kid" AS "t0" LEFT JOIN "public"."Doc" AS "j0" ON ("j0"."id") = ("t0"."docId") WHERE (NOT ((("j0"."data"#>ARRAY[$1]::text[])::jsonb > $2 OR JSONB_TYPEOF(("j0"."data"#>ARRAY[$3]::text[])::jsonb) != $4) AND ("j0"."id" IS NOT NULL))) ORDER BY "t0"."id" ASC;

-- 071 line 125: Doc aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4)) AS "sub";

-- 072 line 127: Doc findMany
error: Input error. A JSON path cannot be set without a scalar filter.

-- 073 line 129: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 074 line 131: Doc updateMany
UPDATE "public"."Doc" SET "label" = $1 WHERE (("Doc"."data"#>ARRAY[$2]::text[])::jsonb @> $3 AND JSONB_TYPEOF(("Doc"."data"#>ARRAY[$4]::text[])::jsonb) = $5);

-- 075 line 132: Kid deleteMany
DELETE FROM "public"."Kid" WHERE (NOT (("Kid"."info"#>>ARRAY[$1]::text[]) LIKE ($2 || '%') OR JSONB_TYPEOF(("Kid"."info"#>ARRAY[$3]::text[])::jsonb) != $4));

