-- 000 line 2: Wallet createMany
INSERT INTO "public"."Wallet" ("id", "owner", "balance", "region") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 015 line 29: Wallet updateOne
UPDATE "public"."Wallet" SET "balance" = ("Wallet"."balance" + $1) WHERE "Wallet"."id" = $2 RETURNING "id", "owner", "balance", "region";

-- 016 line 30: Tx createOne
INSERT INTO "public"."Tx" ("id", "amount", "walletId") VALUES ($1, $2, $3) RETURNING "id", "amount", "walletId";
SELECT "t0"."id" FROM "public"."Tx" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 017 line 31: Wallet findUnique
SELECT "t0"."balance", "t0"."id" FROM "public"."Wallet" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."id", "t1"."walletId" FROM "public"."Tx" AS "t1" WHERE "t1"."walletId" IN ($1,…);

-- 020 line 35: Wallet createOne
INSERT INTO "public"."Wallet" ("id", "owner", "balance", "region") VALUES ($1, $2, $3, $4) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "public"."Wallet" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 021 line 36: Wallet deleteMany
DELETE FROM "public"."Wallet" WHERE "Wallet"."id" IN ($1,…);

-- 022 line 37: Wallet aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Wallet" AS "t0" WHERE 1=1) AS "sub";

-- 025 line 41: Wallet createOne
INSERT INTO "public"."Wallet" ("id", "owner", "balance", "region") VALUES ($1, $2, $3, $4) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "public"."Wallet" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 026 line 42: Wallet createOne
INSERT INTO "public"."Wallet" ("id", "owner", "balance", "region") VALUES ($1, $2, $3, $4) RETURNING "id", "owner", "balance", "region";
SELECT "t0"."id" FROM "public"."Wallet" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 027 line 43: Wallet findMany
SELECT "t0"."id" FROM "public"."Wallet" AS "t0" WHERE "t0"."id" >= $1;

