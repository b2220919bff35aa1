-- 000 line 1: Account createOne
INSERT INTO "public"."Account" ("id", "handle", "version", "data", "n", "f", "big", "dec", "mood", "active", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CAST($9::text AS "public"."Mood"), $10, $11) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";
SELECT "t0"."id" FROM "public"."Account" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 6: Account groupBy
error: Input error. _max is not a valid scalar filter operation

-- 002 line 7: Account groupBy
error: Input error. _min is not a valid scalar filter operation

-- 003 line 8: Account groupBy
error: Input error. _count is not a valid scalar filter operation

-- 004 line 9: Account groupBy
error: Input error. _count is not a valid scalar filter operation

-- 005 line 12: Account groupBy
error: Input error. _max is not a valid scalar filter operation

