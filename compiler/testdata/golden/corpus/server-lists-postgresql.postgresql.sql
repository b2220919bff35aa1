-- 000 line 2: Owner createMany
INSERT INTO "public"."Owner" ("id") VALUES ($1), ($2);

-- 001 line 3: Bag createMany
INSERT INTO "public"."Bag" ("id", "name", "tags", "other", "nums", "moods", "mood", "days", "js", "ownerId") VALUES ($1, $2, $3, $4, $5, CAST($6::text AS "public"."mood_t"[]), CAST($7::text AS "public"."mood_t"), $8, $9, $10), ($11, $12, $13, $14, $15, CAST($16::text AS "public"."mood_t"[]), CAST($17::text AS "public"."mood_t"), $18, $19, $20), ($21, $22, $23, $24, $25, CAST($26::text AS "public"."mood_t"[]), DEFAULT, $27, DEFAULT, $28), ($29, $30, $31, $32, $33, CAST($34::text AS "public"."mood_t"[]), CAST($35::text AS "public"."mood_t"), $36, DEFAULT, DEFAULT), ($37, $38, $39, $40, $41, CAST($42::text AS "public"."mood_t"[]), DEFAULT, $43, DEFAULT, DEFAULT);

-- 002 line 5:  executeRaw
UPDATE "Bag" SET "tags" = NULL, "nums" = NULL, "moods" = NULL WHERE "id" = 5;

-- 003 line 7: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

-- 004 line 9: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

-- 005 line 10: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."nums" @> $1 ORDER BY "t0"."id" ASC;

-- 006 line 12: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" @> $1 ORDER BY "t0"."id" ASC;

-- 007 line 13: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" @> $1 ORDER BY "t0"."id" ASC;

-- 008 line 14: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."days" @> $1 ORDER BY "t0"."id" ASC;

-- 009 line 16: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

-- 010 line 18: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE (NOT "t0"."tags" @> $1) ORDER BY "t0"."id" ASC;

-- 011 line 20: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE (NOT "t0"."tags" @> $1) ORDER BY "t0"."id" ASC;

-- 012 line 22: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

-- 013 line 24: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

-- 014 line 25: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" @> $1 ORDER BY "t0"."id" ASC;

-- 015 line 26: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."nums" @> $1 ORDER BY "t0"."id" ASC;

-- 016 line 28: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" && $1 ORDER BY "t0"."id" ASC;

-- 017 line 30: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" && $1 ORDER BY "t0"."id" ASC;

-- 018 line 31: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" && $1 ORDER BY "t0"."id" ASC;

-- 019 line 32: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE (NOT "t0"."moods" && $1) ORDER BY "t0"."id" ASC;

-- 020 line 34: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" = '{}' ORDER BY "t0"."id" ASC;

-- 021 line 35: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" <> '{}' ORDER BY "t0"."id" ASC;

-- 022 line 36: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" = '{}' ORDER BY "t0"."id" ASC;

-- 023 line 37: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE (NOT "t0"."tags" = '{}') ORDER BY "t0"."id" ASC;

-- 024 line 39: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" = $1 ORDER BY "t0"."id" ASC;

-- 025 line 40: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" = $1 ORDER BY "t0"."id" ASC;

-- 026 line 41: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" = $1 ORDER BY "t0"."id" ASC;

-- 027 line 43: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" IS NULL ORDER BY "t0"."id" ASC;

-- 028 line 45: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."moods" = CAST($1::text AS "public"."mood_t"[]) ORDER BY "t0"."id" ASC;

-- 029 line 46: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."nums" = $1 ORDER BY "t0"."id" ASC;

-- 030 line 48: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" = $1 ORDER BY "t0"."id" ASC;

-- 031 line 49: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" = $1 ORDER BY "t0"."id" ASC;

-- 032 line 50: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" = $1 ORDER BY "t0"."id" ASC;

-- 033 line 52: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" @> $1 ORDER BY "t0"."id" ASC;

-- 034 line 53: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" && $1 ORDER BY "t0"."id" ASC;

-- 035 line 54: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" @> $1 ORDER BY "t0"."id" ASC;

-- 036 line 55: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."js" <> '{}' ORDER BY "t0"."id" ASC;

-- 037 line 57: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."name" = ANY("t0"."tags") ORDER BY "t0"."id" ASC;

-- 038 line 58: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."mood" = ANY("t0"."moods") ORDER BY "t0"."id" ASC;

-- 039 line 60: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> "t0"."other" ORDER BY "t0"."id" ASC;

-- 040 line 61: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" && "t0"."other" ORDER BY "t0"."id" ASC;

-- 041 line 63: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."name" = ANY("t0"."tags") ORDER BY "t0"."id" ASC;

-- 042 line 64: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE NOT "t0"."name" = ANY("t0"."tags") ORDER BY "t0"."id" ASC;

-- 043 line 65: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."mood" = ANY("t0"."moods") ORDER BY "t0"."id" ASC;

-- 044 line 66: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE NOT "t0"."mood" = ANY("t0"."moods") ORDER BY "t0"."id" ASC;

-- 045 line 68: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE ("t0"."tags" @> $1 AND "t0"."nums" @> $2) ORDER BY "t0"."id" ASC;

-- 046 line 69: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE ("t0"."tags" = '{}' OR "t0"."moods" @> $1) ORDER BY "t0"."id" ASC;

-- 047 line 71: Owner findMany
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE EXISTS(SELECT "t1"."ownerId" FROM "public"."Bag" AS "t1" WHERE ("t1"."tags" @> $1 AND ("t1"."ownerId") = ("t0"."id") AND "t1"."ownerId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 048 line 72: Owner findMany
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE NOT EXISTS(SELECT "t1"."ownerId" FROM "public"."Bag" AS "t1" WHERE ((NOT "t1"."moods" <> '{}') AND ("t1"."ownerId") = ("t0"."id") AND "t1"."ownerId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 049 line 73: Owner findMany
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE NOT EXISTS(SELECT "t1"."ownerId" FROM "public"."Bag" AS "t1" WHERE ("t1"."nums" && $1 AND ("t1"."ownerId") = ("t0"."id") AND "t1"."ownerId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 050 line 75: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" LEFT JOIN "public"."Owner" AS "j0" ON ("j0"."id") = ("t0"."ownerId") WHERE (EXISTS(SELECT "t1"."ownerId" FROM "public"."Bag" AS "t1" WHERE ("t1"."tags" @> $1 AND ("t1"."ownerId") = ("j0"."id") AND "t1"."ownerId" IS NOT NULL)) AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 051 line 77: Bag aggregate
SELECT COUNT(*) AS "_count$_all", MAX("id") AS "_max$id" FROM (SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" && $1) AS "sub";

-- 052 line 78: Owner findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Bag" AS "t1" WHERE "t1"."ownerId" = "t0"."id" AND "t1"."tags" @> $1) FROM "public"."Owner" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 053 line 80: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE ("t0"."tags" @> $1 AND "t0"."tags" <> '{}') ORDER BY "t0"."id" ASC;

-- 054 line 82: Bag updateMany
UPDATE "public"."Bag" SET "tags" = ("Bag"."tags" || $1) WHERE "Bag"."moods" @> $2;

-- 055 line 83: Bag deleteMany
DELETE FROM "public"."Bag" WHERE "Bag"."tags" = '{}';

-- 056 line 84: Bag findMany
SELECT "t0"."id" FROM "public"."Bag" AS "t0" WHERE "t0"."tags" @> $1 ORDER BY "t0"."id" ASC;

