-- 000 line 1: Opt createOne
INSERT INTO "public"."Opt" ("id") VALUES ($1) RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";
SELECT "t0"."id" FROM "public"."Opt" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Opt createOne
INSERT INTO "public"."Opt" ("id", "optInt", "optFloat") VALUES ($1, $2, $3) RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";
SELECT "t0"."id" FROM "public"."Opt" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 3: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" + $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 003 line 4: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" + $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 004 line 5: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" - $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 005 line 6: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" - $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 006 line 7: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" * $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 007 line 8: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" * $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 008 line 9: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 009 line 10: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 010 line 11: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 011 line 12: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 012 line 13: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = NULL WHERE "Opt"."id" = $1 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 013 line 14: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = NULL WHERE "Opt"."id" = $1 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 014 line 15: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" + $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 015 line 16: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" + $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 016 line 17: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" - $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 017 line 18: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" - $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 018 line 19: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" * $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 019 line 20: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" * $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 020 line 21: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 021 line 22: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 022 line 23: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 023 line 24: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 024 line 25: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = NULL WHERE "Opt"."id" = $1 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 025 line 26: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = NULL WHERE "Opt"."id" = $1 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 026 line 27: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = $1, "optFloat" = $2 WHERE "Opt"."id" = $3 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 027 line 28: Opt updateMany
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" + $1), "optFloat" = ("Opt"."optFloat" * $2) WHERE 1=1;

-- 028 line 29: Opt updateOne
UPDATE "public"."Opt" SET "optInt" = ("Opt"."optInt" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 029 line 30: Opt updateOne
UPDATE "public"."Opt" SET "optFloat" = ("Opt"."optFloat" / $1) WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 030 line 31: Opt updateOne
UPDATE "public"."Opt" SET "optString" = $1, "optBoolean" = $2, "optDateTime" = $3 WHERE "Opt"."id" = $4 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 031 line 32: Opt updateOne
SELECT "t0"."id", "t0"."optString", "t0"."optInt", "t0"."optFloat", "t0"."optBoolean", "t0"."optDateTime", "t0"."uniq" FROM "public"."Opt" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 032 line 33: Opt updateOne
UPDATE "public"."Opt" SET "optString" = $1 WHERE ("Opt"."id" = $2 AND "Opt"."optString" = $3) RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 033 line 34: Opt updateOne
UPDATE "public"."Opt" SET "optString" = $1 WHERE ("Opt"."id" = $2 AND "Opt"."optBoolean" = $3) RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 034 line 35: Opt updateOne
UPDATE "public"."Opt" SET "optString" = $1 WHERE "Opt"."uniq" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 035 line 36: Opt updateOne
UPDATE "public"."Opt" SET "uniq" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 036 line 37: Opt updateOne
UPDATE "public"."Opt" SET "uniq" = $1 WHERE "Opt"."id" = $2 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 037 line 38: Opt updateOne
UPDATE "public"."Opt" SET "uniq" = NULL WHERE "Opt"."uniq" = $1 RETURNING "id", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "uniq";

-- 038 line 39: Opt updateMany
SELECT "t0"."id", "t0"."optString", "t0"."optInt", "t0"."optFloat", "t0"."optBoolean", "t0"."optDateTime", "t0"."uniq" FROM "public"."Opt" AS "t0" WHERE "t0"."optString"::text LIKE ('%' || $1 || '%');

-- 039 line 40: Opt updateMany
UPDATE "public"."Opt" SET "optBoolean" = $1 WHERE ("Opt"."id") IN (SELECT "t0"."id" FROM "public"."Opt" AS "t0" WHERE "t0"."id" IN ($2,…) LIMIT $3);

-- 040 line 41: Stamp createOne
INSERT INTO "public"."Stamp" ("id", "updatedAt_w_default", "updatedAt_wo_default", "createdAt") VALUES ($1, $2, $3, $4) RETURNING "id", "test", "updatedAt_w_default", "updatedAt_wo_default", "createdAt";
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 041 line 42: Stamp createOne
INSERT INTO "public"."Stamp" ("id", "updatedAt_w_default", "updatedAt_wo_default", "createdAt") VALUES ($1, $2, $3, $4) RETURNING "id", "test", "updatedAt_w_default", "updatedAt_wo_default", "createdAt";
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 042 line 43: Stamp updateOne
UPDATE "public"."Stamp" SET "test" = $1, "updatedAt_w_default" = $2, "updatedAt_wo_default" = $3 WHERE "Stamp"."id" = $4 RETURNING "id", "test", "updatedAt_w_default", "updatedAt_wo_default", "createdAt";

-- 043 line 44: Stamp findMany
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE ("t0"."updatedAt_w_default" >= "t0"."createdAt" AND "t0"."updatedAt_wo_default" >= "t0"."createdAt" AND "t0"."updatedAt_wo_default" = "t0"."updatedAt_w_default") ORDER BY "t0"."id" ASC;

-- 044 line 45: Stamp findMany
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE "t0"."updatedAt_wo_default" IS NULL ORDER BY "t0"."id" ASC;

-- 045 line 46: Stamp updateOne
UPDATE "public"."Stamp" SET "createdAt" = $1, "updatedAt_w_default" = $2, "updatedAt_wo_default" = $3 WHERE "Stamp"."id" = $4 RETURNING "id", "test", "updatedAt_w_default", "updatedAt_wo_default", "createdAt";

-- 046 line 47: Stamp findMany
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."updatedAt_wo_default" > $2);

-- 047 line 48: Stamp updateMany
UPDATE "public"."Stamp" SET "updatedAt_wo_default" = $1, "updatedAt_w_default" = $2 WHERE 1=1;

-- 048 line 49: Stamp findMany
SELECT "t0"."id" FROM "public"."Stamp" AS "t0" WHERE "t0"."updatedAt_w_default" < $1;

-- 049 line 50: Stamp findMany
SELECT "t0"."id", "t0"."updatedAt_wo_default" FROM "public"."Stamp" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 050 line 51: FloatKey createOne
INSERT INTO "public"."FloatKey" ("id1", "id2", "uniq") VALUES ($1, $2, $3) RETURNING "id1", "id2", "uniq";
SELECT "t0"."id1" FROM "public"."FloatKey" AS "t0" WHERE "t0"."id1" = $1 AND "t0"."id2" = $2 LIMIT $3;

-- 051 line 52: FloatKey updateOne
UPDATE "public"."FloatKey" SET "id1" = ("FloatKey"."id1" / $1), "uniq" = ("FloatKey"."uniq" * $2) WHERE ("FloatKey"."id1" = $3 AND "FloatKey"."id2" = $4) RETURNING "id1", "id2", "uniq";

-- 052 line 53: FloatKey updateOne
UPDATE "public"."FloatKey" SET "id2" = ("FloatKey"."id2" + $1) WHERE "FloatKey"."uniq" = $2 RETURNING "id1", "id2", "uniq";

-- 053 line 54: FloatKey upsertOne
SELECT "t0"."id1", "t0"."id2", "t0"."uniq" FROM "public"."FloatKey" AS "t0" WHERE ("t0"."id1" = $1 AND "t0"."id2" = $2);
UPDATE "public"."FloatKey" SET "id1" = ("FloatKey"."id1" * $1) WHERE (("FloatKey"."id1", "FloatKey"."id2") IN ((($2,…),…)) AND ("FloatKey"."id1" = $3 AND "FloatKey"."id2" = $4)) RETURNING "id1", "id2", "uniq";
INSERT INTO "public"."FloatKey" ("id1", "id2", "uniq") VALUES ($1, $2, $3) RETURNING "id1", "id2", "uniq";
SELECT "t1"."id1", "t1"."id2", "t1"."uniq" FROM "public"."FloatKey" AS "t1" WHERE "t1"."id1" = $1 AND "t1"."id2" = $2 LIMIT $3;

-- 054 line 55: FloatKey deleteOne
DELETE FROM "public"."FloatKey" WHERE ("FloatKey"."id1" = $1 AND "FloatKey"."id2" = $2) RETURNING "id1", "id2", "uniq";

-- 055 line 56: Doc createOne
INSERT INTO "public"."Doc" ("id") VALUES ($1) RETURNING "id", "json";
SELECT "t0"."json" FROM "public"."Doc" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 056 line 57: Doc updateOne
UPDATE "public"."Doc" SET "json" = $1 WHERE "Doc"."id" = $2 RETURNING "id", "json";

-- 057 line 58: Doc updateOne
UPDATE "public"."Doc" SET "json" = $1 WHERE "Doc"."id" = $2 RETURNING "id", "json";

-- 058 line 59: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."json"::jsonb = $1;

-- 059 line 60: Doc updateOne
UPDATE "public"."Doc" SET "json" = NULL WHERE "Doc"."id" = $1 RETURNING "id", "json";

-- 060 line 61: Doc findMany
SELECT "t0"."id" FROM "public"."Doc" AS "t0" WHERE "t0"."json" IS NULL;

-- 061 line 62: Doc updateOne
error: expected a Json value, got {"$type":"Enum","value":"AnyNull"}

-- 062 line 63: Doc updateOne
UPDATE "public"."Doc" SET "json" = $1 WHERE "Doc"."id" = $2 RETURNING "id", "json";

-- 063 line 64: Doc updateMany
UPDATE "public"."Doc" SET "json" = $1 WHERE "Doc"."id" = $2;

-- 064 line 65: Doc findMany
SELECT "t0"."id", "t0"."json" FROM "public"."Doc" AS "t0" WHERE 1=1;

