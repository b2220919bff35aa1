-- 000 line 2: Account createMany
INSERT INTO "Account" ("id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "version", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 001 line 4: Account updateOne
UPDATE "Account" SET "name" = ?, "mood" = ?, "active" = ?, "seenAt" = ?, "data" = ?, "bin" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 002 line 5: Account updateOne
UPDATE "Account" SET "name" = ?, "on" = NULL, "updatedAt" = ? WHERE "Account"."handle" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 003 line 7: Account updateOne
UPDATE "Account" SET "name" = NULL, "seenAt" = NULL, "data" = NULL, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 004 line 8: Account updateOne
UPDATE "Account" SET "data" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 005 line 10: Account updateOne
UPDATE "Account" SET "n" = ("Account"."n" + ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 006 line 11: Account updateOne
UPDATE "Account" SET "n" = ("Account"."n" - ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 007 line 12: Account updateOne
UPDATE "Account" SET "n" = ("Account"."n" * ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 008 line 13: Account updateOne
UPDATE "Account" SET "n" = ("Account"."n" / ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 009 line 14: Account updateOne
error: expected a Int value, got {"increment":{"$type":"Param","value":1},"decrement":{"$type":"Param","value":1}}

-- 010 line 16: Account updateOne
UPDATE "Account" SET "on" = ("Account"."on" + ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 011 line 17: Account updateOne
UPDATE "Account" SET "f" = ("Account"."f" + ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 012 line 18: Account updateOne
UPDATE "Account" SET "f" = ("Account"."f" / ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 013 line 19: Account updateOne
UPDATE "Account" SET "big" = ("Account"."big" + ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 014 line 20: Account updateOne
UPDATE "Account" SET "big" = ("Account"."big" * ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 015 line 21: Account updateOne
UPDATE "Account" SET "dec" = ("Account"."dec" - ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 016 line 22: Account updateOne
UPDATE "Account" SET "dec" = ("Account"."dec" * ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 017 line 24: Account updateOne
UPDATE "Account" SET "n" = ("Account"."n" / ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 018 line 25: Account updateOne
UPDATE "Account" SET "f" = ("Account"."f" / ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 019 line 27: Account updateOne
UPDATE "Account" SET "version" = ("Account"."version" + ?), "name" = ?, "updatedAt" = ? WHERE ("Account"."id" = ? AND "Account"."version" = ?) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 020 line 28: Account updateOne
UPDATE "Account" SET "version" = ("Account"."version" + ?), "updatedAt" = ? WHERE ("Account"."id" = ? AND "Account"."version" = ?) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 021 line 30: Account updateOne
UPDATE "Account" SET "name" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 022 line 32: Account updateOne
UPDATE "Account" SET "handle" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 023 line 34: Account updateOne
UPDATE "Account" SET "id" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 024 line 36: Account updateOne
SELECT "t0"."id", "t0"."handle", "t0"."name", "t0"."n", "t0"."on", "t0"."f", "t0"."big", "t0"."dec", "t0"."mood", "t0"."active", "t0"."seenAt", "t0"."data", "t0"."bin", "t0"."version", "t0"."updatedAt" FROM "Account" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 025 line 38: Account updateOne
UPDATE "Account" SET "n" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 026 line 39: Account updateOne
error: Unknown field `color` in update data of `Account`

-- 027 line 40: Account updateOne
UPDATE "Account" SET "handle" = NULL, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 028 line 41: Account updateOne
UPDATE "Account" SET "name" = ?, "updatedAt" = ? WHERE 1=1 RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 029 line 42: Account updateOne
UPDATE "Account" SET "name" = ?, "updatedAt" = ? WHERE "Account"."name" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 030 line 44: Account updateMany
UPDATE "Account" SET "active" = ?, "n" = ("Account"."n" + ?), "updatedAt" = ? WHERE "Account"."n" < ?;

-- 031 line 45: Account updateMany
UPDATE "Account" SET "name" = ?, "updatedAt" = ? WHERE "Account"."handle" = ?;

-- 032 line 46: Account updateMany
UPDATE "Account" SET "version" = ("Account"."version" + ?), "updatedAt" = ? WHERE 1=1;

-- 033 line 48: Account updateMany
UPDATE "Account" SET "mood" = ?, "updatedAt" = ? WHERE ("Account"."id") IN (SELECT "t0"."id" FROM "Account" AS "t0" WHERE "t0"."active" = ? LIMIT ?);

-- 034 line 50: Account updateMany
UPDATE "Account" SET "handle" = ?, "updatedAt" = ? WHERE "Account"."id" IN (?,…);

-- 035 line 52: Account updateManyAndReturn
UPDATE "Account" SET "name" = ?, "updatedAt" = ? WHERE "Account"."id" >= ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 036 line 53: Account updateManyAndReturn
UPDATE "Account" SET "f" = ("Account"."f" * ?), "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 037 line 54: Account updateManyAndReturn
UPDATE "Account" SET "on" = ?, "updatedAt" = ? WHERE ("Account"."id") IN (SELECT "t0"."id" FROM "Account" AS "t0" WHERE "t0"."id" > ? LIMIT ?) RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

-- 038 line 55: Account updateManyAndReturn
UPDATE "Account" SET "on" = ?, "updatedAt" = ? WHERE "Account"."id" = ? RETURNING "id", "handle", "name", "n", "on", "f", "big", "dec", "mood", "active", "seenAt", "data", "bin", "version", "updatedAt";

