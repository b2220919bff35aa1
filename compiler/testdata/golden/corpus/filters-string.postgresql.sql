-- 000 line 2: Word createMany
INSERT INTO "public"."Word" ("id", "text", "note", "code") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12), ($13, $14, $15, $16), ($17, $18, $19, $20), ($21, $22, DEFAULT, $23), ($24, $25, $26, $27), ($28, $29, $30, $31), ($32, $33, $34, $35);

-- 001 line 4: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 002 line 5: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 003 line 6: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 004 line 7: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note" = $1 ORDER BY "t0"."id" ASC;

-- 005 line 9: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" <> $1 ORDER BY "t0"."id" ASC;

-- 006 line 10: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" <> $1 ORDER BY "t0"."id" ASC;

-- 007 line 11: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 008 line 12: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note" <> $1 ORDER BY "t0"."id" ASC;

-- 009 line 13: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note"::text NOT LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 010 line 15: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 011 line 16: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC;

-- 012 line 17: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 013 line 18: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 014 line 19: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 015 line 20: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 016 line 21: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" NOT IN ($1,…) ORDER BY "t0"."id" ASC;

-- 017 line 23: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" < $1 ORDER BY "t0"."id" ASC;

-- 018 line 24: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" <= $1 ORDER BY "t0"."id" ASC;

-- 019 line 25: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" > $1 ORDER BY "t0"."id" ASC;

-- 020 line 26: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE ("t0"."text" >= $1 AND "t0"."text" < $2) ORDER BY "t0"."id" ASC;

-- 021 line 27: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE ("t0"."code" > $1 AND "t0"."code" <= $2) ORDER BY "t0"."id" ASC;

-- 022 line 29: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 023 line 30: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 024 line 31: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 025 line 32: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 026 line 33: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 027 line 34: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 028 line 35: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 029 line 37: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 030 line 38: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 031 line 39: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 032 line 40: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 033 line 41: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 034 line 42: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text"::text LIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 035 line 44: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE ("t0"."text"::text LIKE ($1 || '%') AND "t0"."text"::text LIKE ('%' || $2) AND "t0"."text" <> $3) ORDER BY "t0"."id" ASC;

-- 036 line 45: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE ("t0"."text"::text LIKE ('%' || $1 || '%') AND "t0"."text" NOT IN ($2,…) AND "t0"."text" >= $3) ORDER BY "t0"."id" ASC;

-- 037 line 47: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" ILIKE $1 ORDER BY "t0"."id" ASC;

-- 038 line 48: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" ILIKE ('%' || $1 || '%') ORDER BY "t0"."id" ASC;

-- 039 line 49: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" ILIKE ($1 || '%') ORDER BY "t0"."id" ASC;

-- 040 line 50: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE LOWER("t0"."text") IN (LOWER($1),…) ORDER BY "t0"."id" ASC;

-- 041 line 51: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" <> $1 ORDER BY "t0"."id" ASC;

-- 042 line 52: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."note" ILIKE ('%' || $1) ORDER BY "t0"."id" ASC;

-- 043 line 53: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 044 line 55: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

-- 045 line 56: Word findMany
SELECT "t0"."id" FROM "public"."Word" AS "t0" WHERE "t0"."text" IN ($1,…) ORDER BY "t0"."id" ASC;

-- 046 line 58: Word findMany
SELECT "t0"."id", "t0"."text", "t0"."note" FROM "public"."Word" AS "t0" WHERE "t0"."text" = $1 ORDER BY "t0"."id" ASC;

