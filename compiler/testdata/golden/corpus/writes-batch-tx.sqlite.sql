-- 000 line 2: Wallet createMany
INSERT INTO "Wallet" ("id", "owner", "balance", "region") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 015 line 29: Wallet updateOne
UPDATE "Wallet" SET "balance" = ("Wallet"."balance" + ?) WHERE "Wallet"."id" = ? RETURNING "id", "owner", "balance", "region";

-- 016 line 30: Tx createOne
INSERT INTO "Tx" ("id", "amount", "walletId") VALUES (?, ?, ?) RETURNING "id", "amount", "walletId";
SELECT "t0"."id" FROM "Tx" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 017 line 31: Wallet findUnique
SELECT "t0"."balance", "t0"."id" FROM "Wallet" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?;
SELECT "t1"."id", "t1"."walletId" FROM "Tx" AS "t1" WHERE "t1"."walletId" IN (?,…);

-- 020 line 35: Wallet createOne
INSERT INTO "Wallet" ("id", "owner", "balance", "region") VALUES (?, ?, ?, ?) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "Wallet" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 021 line 36: Wallet deleteMany
DELETE FROM "Wallet" WHERE "Wallet"."id" IN (?,…);

-- 022 line 37: Wallet aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "Wallet" AS "t0" WHERE 1=1) AS "sub";

-- 025 line 41: Wallet createOne
INSERT INTO "Wallet" ("id", "owner", "balance", "region") VALUES (?, ?, ?, ?) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "Wallet" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 026 line 42: Wallet createOne
INSERT INTO "Wallet" ("id", "owner", "balance", "region") VALUES (?, ?, ?, ?) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "Wallet" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 027 line 43: Wallet findMany
SELECT "t0"."id" FROM "Wallet" AS "t0" WHERE "t0"."id" >= ?;

