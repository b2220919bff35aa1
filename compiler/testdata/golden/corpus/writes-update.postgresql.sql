-- 000 line 2: Account createMany
INSERT INTO "public"."Account" ("id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "version", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CAST($9::text AS "public"."Mood"), $10, $11, $12), ($13, $14, $15, $16, $17, $18, $19, $20, CAST($21::text AS "public"."Mood"), $22, $23, $24), ($25, $26, $27, $28, $29, $30, $31, $32, CAST($33::text AS "public"."Mood"), $34, $35, $36), ($37, $38, $39, $40, $41, $42, $43, $44, CAST($45::text AS "public"."Mood"), $46, $47, $48);

-- 001 line 4: Account updateOne
UPDATE "public"."Account" SET "name" = $1, "mood" = CAST($2::text AS "public"."Mood"), "active" = $3, "seenAt" = $4, "data" = $5, "bin" = $6, "updatedAt" = $7 WHERE "Account"."id" = $8 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 002 line 5: Account updateOne
UPDATE "public"."Account" SET "name" = $1, "on" = NULL, "updatedAt" = $2 WHERE "Account"."handle" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 003 line 7: Account updateOne
UPDATE "public"."Account" SET "name" = NULL, "seenAt" = NULL, "data" = NULL, "updatedAt" = $1 WHERE "Account"."id" = $2 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 004 line 8: Account updateOne
UPDATE "public"."Account" SET "data" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 005 line 10: Account updateOne
UPDATE "public"."Account" SET "n" = ("Account"."n" + $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 006 line 11: Account updateOne
UPDATE "public"."Account" SET "n" = ("Account"."n" - $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 007 line 12: Account updateOne
UPDATE "public"."Account" SET "n" = ("Account"."n" * $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 008 line 13: Account updateOne
UPDATE "public"."Account" SET "n" = ("Account"."n" / $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 009 line 14: Account updateOne
error: expected a Int value, got {"increment":{"$type":"Param","value":1},"decrement":{"$type":"Param","value":1}}

-- 010 line 16: Account updateOne
UPDATE "public"."Account" SET "on" = ("Account"."on" + $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 011 line 17: Account updateOne
UPDATE "public"."Account" SET "f" = ("Account"."f" + $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 012 line 18: Account updateOne
UPDATE "public"."Account" SET "f" = ("Account"."f" / $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 013 line 19: Account updateOne
UPDATE "public"."Account" SET "big" = ("Account"."big" + $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 014 line 20: Account updateOne
UPDATE "public"."Account" SET "big" = ("Account"."big" * $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 015 line 21: Account updateOne
UPDATE "public"."Account" SET "dec" = ("Account"."dec" - $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 016 line 22: Account updateOne
UPDATE "public"."Account" SET "dec" = ("Account"."dec" * $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 017 line 24: Account updateOne
UPDATE "public"."Account" SET "n" = ("Account"."n" / $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 018 line 25: Account updateOne
UPDATE "public"."Account" SET "f" = ("Account"."f" / $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 019 line 27: Account updateOne
UPDATE "public"."Account" SET "version" = ("Account"."version" + $1), "name" = $2, "updatedAt" = $3 WHERE ("Account"."id" = $4 AND "Account"."version" = $5) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 020 line 28: Account updateOne
UPDATE "public"."Account" SET "version" = ("Account"."version" + $1), "updatedAt" = $2 WHERE ("Account"."id" = $3 AND "Account"."version" = $4) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 021 line 30: Account updateOne
UPDATE "public"."Account" SET "name" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 022 line 32: Account updateOne
UPDATE "public"."Account" SET "handle" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 023 line 34: Account updateOne
UPDATE "public"."Account" SET "id" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 024 line 36: Account updateOne
SELECT "t0"."id", "t0"."handle", "t0"."name", "t0"."n", "t0"."on", "t0"."f", "t0"."big", "t0"."dec", "t0"."mood", "t0"."active", "t0"."seenAt", "t0"."data", "t0"."bin", "t0"."version", "t0"."updatedAt" FROM "public"."Account" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 025 line 38: Account updateOne
UPDATE "public"."Account" SET "n" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 026 line 39: Account updateOne
error: Unknown field `color` in update data of `Account`

-- 027 line 40: Account updateOne
UPDATE "public"."Account" SET "handle" = NULL, "updatedAt" = $1 WHERE "Account"."id" = $2 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 028 line 41: Account updateOne
UPDATE "public"."Account" SET "name" = $1, "updatedAt" = $2 WHERE 1=1 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 029 line 42: Account updateOne
UPDATE "public"."Account" SET "name" = $1, "updatedAt" = $2 WHERE "Account"."name" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 030 line 44: Account updateMany
UPDATE "public"."Account" SET "active" = $1, "n" = ("Account"."n" + $2), "updatedAt" = $3 WHERE "Account"."n" < $4;

-- 031 line 45: Account updateMany
UPDATE "public"."Account" SET "name" = $1, "updatedAt" = $2 WHERE "Account"."handle" = $3;

-- 032 line 46: Account updateMany
UPDATE "public"."Account" SET "version" = ("Account"."version" + $1), "updatedAt" = $2 WHERE 1=1;

-- 033 line 48: Account updateMany
UPDATE "public"."Account" SET "mood" = CAST($1::text AS "public"."Mood"), "updatedAt" = $2 WHERE ("Account"."id") IN (SELECT "t0"."id" FROM "public"."Account" AS "t0" WHERE "t0"."active" = $3 LIMIT $4);

-- 034 line 50: Account updateMany
UPDATE "public"."Account" SET "handle" = $1, "updatedAt" = $2 WHERE "Account"."id" IN ($3,…);

-- 035 line 52: Account updateManyAndReturn
UPDATE "public"."Account" SET "name" = $1, "updatedAt" = $2 WHERE "Account"."id" >= $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 036 line 53: Account updateManyAndReturn
UPDATE "public"."Account" SET "f" = ("Account"."f" * $1), "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 037 line 54: Account updateManyAndReturn
UPDATE "public"."Account" SET "on" = $1, "updatedAt" = $2 WHERE ("Account"."id") IN (SELECT "t0"."id" FROM "public"."Account" AS "t0" WHERE "t0"."id" > $3 LIMIT $4) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 038 line 55: Account updateManyAndReturn
UPDATE "public"."Account" SET "on" = $1, "updatedAt" = $2 WHERE "Account"."id" = $3 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

