-- 000 line 2: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
INSERT INTO "Pet" ("ownerId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "ownerId";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 5: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1;

-- 003 line 6: Owner findUnique
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;

-- 004 line 8: Owner findMany
error: Unknown where field `nickname` on `Owner`

-- 005 line 9: Owner findMany
error: Unknown where field `age` on `Pet`

-- 006 line 10: Owner findMany
error: Unknown orderBy field `nickname`

-- 007 line 12: Owner findMany
error: Field 'nickname' not found in enclosing type 'Owner'

-- 008 line 13: Owner findMany
error: Field 'age' not found in enclosing type 'Pet'

-- 009 line 15: Owner findMany
error: Invalid value for argument `take`

-- 010 line 16: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1;

-- 011 line 17: Owner findMany
error: Invalid value for argument `skip`

-- 012 line 18: Owner findMany
error: Invalid cursor

-- 013 line 20: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."color" = ?;

-- 014 line 21: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 015 line 23: Owner createOne
INSERT INTO "Owner" ("color", "amount") VALUES (?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 016 line 24: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "color", "amount") VALUES (?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 017 line 25: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 018 line 27: Owner findUnique
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE (1=1 AND "t0"."first" = ?) LIMIT ?;

-- 019 line 28: Pet createOne
SELECT "t0"."id", "t0"."email", "t0"."first", "t0"."last", "t0"."color", "t0"."amount" FROM "Owner" AS "t0" WHERE ("t0"."first" = ?) LIMIT ?;
INSERT INTO "Pet" ("ownerId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "ownerId";
SELECT "t1"."id" FROM "Pet" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 020 line 30: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1 ORDER BY "t0"."first" ASC, "t0"."last" ASC;

-- 021 line 32: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" IN (?,…);

-- 022 line 33: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."email" LIKE (? || '%');

-- 023 line 35: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1;

-- 024 line 36: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE 1=1;
SELECT "t1"."ownerId" FROM "Pet" AS "t1" WHERE "t1"."ownerId" IN (?,…);

-- 025 line 38: Owner findMany
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ?;

-- 026 line 40: Owner findUnique
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE (("t0"."first" = ? AND "t0"."last" IS NULL) AND 1=1) LIMIT ?;

-- 027 line 42: Pet findMany
SELECT "t0"."id", "t0"."ownerId" FROM "Pet" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."email", "t1"."first", "t1"."last", "t1"."color", "t1"."amount" FROM "Owner" AS "t1" WHERE "t1"."id" IN (?,…);

-- 028 line 44: Owner findUniqueOrThrow
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE (1=1 AND 1=1) LIMIT ?;

-- 029 line 46: Owner findFirst
error: Input error. The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 030 line 47: Owner findFirstOrThrow
error: Input error. The 'findFirstOrThrow' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 031 line 48: Owner findMany
error: Input error. The referenced scalar field Owner.unknown does not exist.

-- 032 line 50: Owner findUniqueOrThrow
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE ("t0"."email" = ? AND 1=1) LIMIT ?;

-- 033 line 51: Owner findFirstOrThrow
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."color" = ? LIMIT ?;

-- 034 line 52: Pet createOne
SELECT "t0"."id", "t0"."email", "t0"."first", "t0"."last", "t0"."color", "t0"."amount" FROM "Owner" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "Pet" ("ownerId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "ownerId";
SELECT "t1"."id" FROM "Pet" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 035 line 54: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 036 line 55: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 037 line 56: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 038 line 57: Owner createMany
INSERT INTO "Owner" ("id", "email", "first", "last", "color", "amount") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);

-- 039 line 59: Pet createOne
INSERT INTO "Pet" ("id", "name", "ownerId") VALUES (?, ?, ?) RETURNING "id", "name", "ownerId";
SELECT "t0"."id" FROM "Pet" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 040 line 60: Pet createMany
INSERT INTO "Pet" ("id", "name", "ownerId") VALUES (?, ?, ?), (?, ?, ?);

-- 041 line 62: Owner createOne
INSERT INTO "Owner" ("id", "email", "first", "last", "amount", "color") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id", "email", "first", "last", "color", "amount";
SELECT "t0"."id" FROM "Owner" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 042 line 64: Nope findMany
error: Model `Nope` does not exist

-- 043 line 66: Owner findMany
SELECT "t0"."id", "t0"."email" FROM "Owner" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."ownerId" FROM "Pet" AS "t1" WHERE "t1"."ownerId" IN (?,…);

