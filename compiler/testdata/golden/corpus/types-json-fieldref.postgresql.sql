-- 000 line 2: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 3: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 4: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 5: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: Doc createOne
INSERT INTO "public"."Doc" ("id", "data") VALUES ($1, $2) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 8: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 9: Doc createOne
INSERT INTO "public"."Doc" ("id", "data") VALUES ($1, $2) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 11: Doc createOne
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3) RETURNING "id", "data", "meta";
SELECT "t0"."id", "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 008 line 13: Doc createMany
INSERT INTO "public"."Doc" ("id", "data", "meta") VALUES ($1, $2, $3), ($4, $5, DEFAULT);

-- 009 line 15: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 010 line 16: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 011 line 17: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 012 line 18: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."data"::jsonb <> $1 ORDER BY "t0"."id" ASC;

-- 013 line 20: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta" IS NULL ORDER BY "t0"."id" ASC;

-- 014 line 21: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 015 line 22: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."meta"::jsonb = $1 OR "t0"."meta" IS NULL) ORDER BY "t0"."id" ASC;

-- 016 line 23: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."meta"::jsonb <> $1 AND "t0"."meta" IS NOT NULL) ORDER BY "t0"."id" ASC;

-- 017 line 24: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 018 line 25: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."data"::jsonb = $1 ORDER BY "t0"."id" ASC;

-- 019 line 27: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."meta" IS NULL ORDER BY "t0"."id" ASC;

-- 020 line 29: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "t0"."id" ASC;

-- 021 line 30: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"#>ARRAY[$1, $2]::text[])::jsonb::jsonb = $3 ORDER BY "t0"."id" ASC;

-- 022 line 31: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb > $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 023 line 32: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>>ARRAY[$1]::text[]) LIKE ('%' || $2 || '%') AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 024 line 33: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE (("t0"."data"#>ARRAY[$1]::text[])::jsonb @> $2 AND JSONB_TYPEOF(("t0"."data"#>ARRAY[$3]::text[])::jsonb) = $4) ORDER BY "t0"."id" ASC;

-- 025 line 35: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 026 line 36: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 027 line 37: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 028 line 38: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 029 line 39: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 030 line 40: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 031 line 41: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String[]`

-- 032 line 43: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data"::text LIKE ($1 || '%') AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 033 line 44: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE ("t0"."data" @> $1 AND JSONB_TYPEOF("t0"."data") = $2) ORDER BY "t0"."id" ASC;

-- 034 line 46: Doc findMany
SELECT "t0"."data", "t0"."meta" FROM "public"."Doc" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 035 line 48: Range createMany
INSERT INTO "public"."Range" ("id", "lo", "hi", "optHi", "name", "alias", "start", "stop", "price", "cost", "bigA", "bigB", "decA", "decB", "tier", "want") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CAST($15::text AS "public"."Tier"), CAST($16::text AS "public"."Tier")), ($17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, CAST($31::text AS "public"."Tier"), CAST($32::text AS "public"."Tier")), ($33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, CAST($47::text AS "public"."Tier"), CAST($48::text AS "public"."Tier"));

-- 036 line 49: Item createMany
INSERT INTO "public"."Item" ("id", "qty", "rangeId") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12);

-- 037 line 51: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" = "t0"."hi" ORDER BY "t0"."id" ASC;

-- 038 line 52: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" < "t0"."hi" ORDER BY "t0"."id" ASC;

-- 039 line 53: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" >= "t0"."hi" ORDER BY "t0"."id" ASC;

-- 040 line 54: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" <> "t0"."hi" ORDER BY "t0"."id" ASC;

-- 041 line 56: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" <> "t0"."hi" ORDER BY "t0"."id" ASC;

-- 042 line 57: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."optHi" > "t0"."lo" ORDER BY "t0"."id" ASC;

-- 043 line 58: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."optHi" = "t0"."lo" ORDER BY "t0"."id" ASC;

-- 044 line 60: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."name" = "t0"."alias" ORDER BY "t0"."id" ASC;

-- 045 line 61: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."name"::text LIKE ("t0"."alias" || '%') ORDER BY "t0"."id" ASC;

-- 046 line 62: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."name"::text LIKE ('%' || "t0"."alias" || '%') ORDER BY "t0"."id" ASC;

-- 047 line 63: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."alias"::text LIKE ('%' || "t0"."name") ORDER BY "t0"."id" ASC;

-- 048 line 64: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."stop" <= "t0"."start" ORDER BY "t0"."id" ASC;

-- 049 line 65: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."cost" > "t0"."price" ORDER BY "t0"."id" ASC;

-- 050 line 66: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."bigB" >= "t0"."bigA" ORDER BY "t0"."id" ASC;

-- 051 line 67: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."decA" = "t0"."decB" ORDER BY "t0"."id" ASC;

-- 052 line 68: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."decA" > "t0"."decB" ORDER BY "t0"."id" ASC;

-- 053 line 69: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."tier" = "t0"."want" ORDER BY "t0"."id" ASC;

-- 054 line 70: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."tier" <> "t0"."want" ORDER BY "t0"."id" ASC;

-- 055 line 72: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE ("t0"."lo" < "t0"."hi" AND "t0"."price" < "t0"."cost") ORDER BY "t0"."id" ASC;

-- 056 line 73: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE (NOT "t0"."lo" <= "t0"."hi") ORDER BY "t0"."id" ASC;

-- 057 line 75: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE EXISTS(SELECT "t1"."rangeId" FROM "public"."Item" AS "t1" WHERE ("t1"."qty" > $1 AND ("t1"."rangeId") = ("t0"."id") AND "t1"."rangeId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 058 line 76: Item findMany
SELECT "t0"."id" FROM "public"."Item" AS "t0" LEFT JOIN "public"."Range" AS "j0" ON ("j0"."id") = ("t0"."rangeId") WHERE ("j0"."lo" > "j0"."hi" AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 059 line 78: Range findMany
error: Input error. The referenced scalar field Range.nope does not exist.

-- 060 line 79: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" = "t0"."name" ORDER BY "t0"."id" ASC;

-- 061 line 80: Range findMany
SELECT "t0"."id" FROM "public"."Range" AS "t0" WHERE "t0"."lo" = ANY("t0"."hi") ORDER BY "t0"."id" ASC;

-- 062 line 81: Range findMany
error: Input error. The referenced scalar field Range.items does not exist.

