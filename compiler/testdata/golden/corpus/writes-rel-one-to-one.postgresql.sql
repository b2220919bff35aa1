-- 000 line 2: P1 createOne
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P1" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);

-- 001 line 4: C1 createMany
INSERT INTO "public"."C1" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 002 line 6: P1 createOne
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P1" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);

-- 003 line 8: P1 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t1"."p", "t1"."id" FROM "public"."P1" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);

-- 004 line 10: P1 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t1"."p", "t1"."id" FROM "public"."P1" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);

-- 005 line 12: P1 createOne
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "public"."P1" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);

-- 006 line 14: C1 createOne
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "public"."C1" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 007 line 16: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 008 line 18: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 009 line 20: C1 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 010 line 22: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 011 line 24: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 012 line 26: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE (("t0"."c_1" = $1 AND "t0"."c_2" = $2)) LIMIT $3;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_id" FROM "public"."C1" AS "t5" WHERE "t5"."parent_id" IN ($1,…);

-- 013 line 28: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_id" FROM "public"."C1" AS "t5" WHERE "t5"."parent_id" IN ($1,…);

-- 014 line 30: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_id" FROM "public"."C1" AS "t5" WHERE "t5"."parent_id" IN ($1,…);

-- 015 line 32: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_id" FROM "public"."C1" AS "t5" WHERE "t5"."parent_id" IN ($1,…);

-- 016 line 34: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C1" AS "t4" WHERE "t4"."parent_id" IN ($1,…);

-- 017 line 36: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C1" AS "t4" WHERE "t4"."parent_id" IN ($1,…);

-- 018 line 38: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 019 line 40: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "non_unique" = $1 WHERE "C1"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 020 line 42: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C1" SET "non_unique" = $1 WHERE ("C1"."id" IN ($2,…) AND "C1"."non_unique" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 021 line 44: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "non_unique" = $1 WHERE "C1"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 022 line 46: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "non_unique" = $1 WHERE "C1"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 023 line 48: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
DELETE FROM "public"."C1" WHERE "C1"."id" IN ($1,…);
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 024 line 50: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
DELETE FROM "public"."C1" WHERE "C1"."id" IN ($1,…);
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 025 line 52: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "non_unique" = $1 WHERE "C1"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C1" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);

-- 026 line 54: P1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_id" FROM "public"."C1" AS "t5" WHERE "t5"."parent_id" IN ($1,…);

-- 027 line 56: C1 updateOne
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."c" = $2 RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C1" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P1" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 028 line 58: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "public"."P1" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."p", "t5"."id" FROM "public"."P1" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 029 line 60: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "public"."P1" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_id", "t3"."non_unique" FROM "public"."C1" AS "t3" WHERE "t3"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."p", "t5"."id" FROM "public"."P1" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 030 line 62: C1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."non_unique" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C1" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."p", "t5"."id" FROM "public"."P1" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 031 line 64: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P1" SET "non_unique" = $1 WHERE "P1"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 032 line 66: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P1" SET "non_unique" = $1 WHERE "P1"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P1" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 033 line 68: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 034 line 70: C1 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."P1" WHERE "P1"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 035 line 72: P1 deleteOne
DELETE FROM "public"."P1" WHERE "P1"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 036 line 74: P1 updateOne
UPDATE "public"."P1" SET "p" = $1, "p_1" = $2 WHERE "P1"."p" = $3 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P1" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);

-- 037 line 76: P1 deleteMany
DELETE FROM "public"."P1" WHERE ("P1"."non_unique" IS NULL AND "P1"."p" IN ($1,…));

-- 038 line 78: P2 createOne
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "public"."P2" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);

-- 039 line 80: P2 createOne
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."p" FROM "public"."P2" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);

-- 040 line 82: P2 createOne
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "public"."P2" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);

-- 041 line 84: C2 createOne
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "public"."C2" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."p" FROM "public"."P2" AS "t1" WHERE "t1"."p" IN ($1,…);

-- 042 line 86: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 043 line 88: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 044 line 90: C2 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 045 line 92: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 046 line 94: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 047 line 96: P2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE (("t0"."id_1" = $1 AND "t0"."id_2" = $2)) LIMIT $3;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t4"."p" FROM "public"."P2" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_p" FROM "public"."C2" AS "t5" WHERE "t5"."parent_p" IN ($1,…);

-- 048 line 98: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C2" AS "t4" WHERE "t4"."parent_p" IN ($1,…);

-- 049 line 100: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C2" AS "t4" WHERE "t4"."parent_p" IN ($1,…);

-- 050 line 102: P2 updateOne
error: The change you are trying to make would violate the required relation 'C2ToP2' between the `C2` and `P2` models.

-- 051 line 104: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "non_unique" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 052 line 106: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C2" SET "non_unique" = $1 WHERE (("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) AND "C2"."non_unique" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 053 line 108: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "non_unique" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 054 line 110: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "non_unique" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 055 line 112: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
DELETE FROM "public"."C2" WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 056 line 114: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
DELETE FROM "public"."C2" WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 057 line 116: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "non_unique" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C2" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 058 line 118: P2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t4"."p" FROM "public"."P2" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."parent_p" FROM "public"."C2" AS "t5" WHERE "t5"."parent_p" IN ($1,…);

-- 059 line 120: C2 updateOne
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C2" SET "parent_p" = $1 WHERE "C2"."c" = $2 RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C2" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 060 line 122: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "public"."P2" AS "t2" WHERE "t2"."p" IN ($1,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C2" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."p" FROM "public"."P2" AS "t5" WHERE "t5"."p" IN ($1,…);

-- 061 line 124: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."non_unique" FROM "public"."P2" AS "t2" WHERE "t2"."p" IN ($1,…);
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."parent_p", "t3"."non_unique" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C2" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."p" FROM "public"."P2" AS "t5" WHERE "t5"."p" IN ($1,…);

-- 062 line 126: C2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = NULL WHERE ("C2"."id_1", "C2"."id_2") IN ((($1,…),…));
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."non_unique" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C2" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."p" FROM "public"."P2" AS "t5" WHERE "t5"."p" IN ($1,…);

-- 063 line 128: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P2" SET "non_unique" = $1 WHERE "P2"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 064 line 130: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P2" SET "non_unique" = $1 WHERE "P2"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P2" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 065 line 132: C2 updateOne
error: The change you are trying to make would violate the required relation 'C2ToP2' between the `C2` and `P2` models.

-- 066 line 134: C2 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" IN ($1,…);
DELETE FROM "public"."P2" WHERE "P2"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 067 line 136: P2 deleteOne
DELETE FROM "public"."P2" WHERE "P2"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 068 line 138: P2 updateOne
UPDATE "public"."P2" SET "p" = $1, "p_1" = $2 WHERE "P2"."p" = $3 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "public"."P2" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);

-- 069 line 140: P2 deleteMany
DELETE FROM "public"."P2" WHERE ("P2"."non_unique" IS NULL AND "P2"."p" IN ($1,…));

-- 070 line 142: P3 createOne
INSERT INTO "public"."P3" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."p", "t0"."child_id_1", "t0"."child_id_2" FROM "public"."P3" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 071 line 144: C3 createMany
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15);

-- 072 line 146: P3 createOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."p", "t0"."child_id_1", "t0"."child_id_2" FROM "public"."P3" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 073 line 148: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE (("t0"."id_1" = $1 AND "t0"."id_2" = $2)) LIMIT $3;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 074 line 150: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 075 line 152: P3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 076 line 154: C3 createOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."c", "t0"."id_1", "t0"."id_2" FROM "public"."C3" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "public"."P3" AS "t1" WHERE "t1"."child_id_1" IN ($1,…) AND "t1"."child_id_2" IN ($2,…);

-- 077 line 156: C3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."child_id_1" IN ($1,…) AND "t2"."child_id_2" IN ($2,…);

-- 078 line 158: C3 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."child_id_1" IN ($1,…) AND "t2"."child_id_2" IN ($2,…);

-- 079 line 160: C3 createOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."child_id_1" IN ($1,…) AND "t2"."child_id_2" IN ($2,…);

-- 080 line 162: P3 updateOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE "P3"."p" = $3 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."id_1", "t0"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "public"."P3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 081 line 164: P3 updateOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE "P3"."p" = $3 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."id_1", "t0"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "public"."P3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 082 line 166: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE (("t0"."c_1" = $1 AND "t0"."c_2" = $2)) LIMIT $3;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 083 line 168: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 084 line 170: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 085 line 172: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE (("t0"."id_1" = $1 AND "t0"."id_2" = $2)) LIMIT $3;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 086 line 174: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C3" AS "t3" WHERE ("t3"."id_1", "t3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 087 line 176: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."id_1", "t3"."id_2", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C3" AS "t3" WHERE ("t3"."id_1", "t3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 088 line 178: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 089 line 180: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C3" SET "non_unique" = $1 WHERE ("C3"."id_1", "C3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 090 line 182: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."id_1", "t1"."id_2") IN ((($2,…),…)));
UPDATE "public"."C3" SET "non_unique" = $1 WHERE (("C3"."id_1", "C3"."id_2") IN ((($2,…),…)) AND "C3"."non_unique" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 091 line 184: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C3" SET "non_unique" = $1 WHERE ("C3"."id_1", "C3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 092 line 186: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C3" SET "non_unique" = $1 WHERE ("C3"."id_1", "C3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 093 line 188: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
DELETE FROM "public"."C3" WHERE ("C3"."id_1", "C3"."id_2") IN ((($1,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 094 line 190: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
DELETE FROM "public"."C3" WHERE ("C3"."id_1", "C3"."id_2") IN ((($1,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 095 line 192: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C3" SET "non_unique" = $1 WHERE ("C3"."id_1", "C3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 096 line 194: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C3" AS "t2" WHERE ("t2"."id_1", "t2"."id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."c", "t5"."id_1", "t5"."id_2" FROM "public"."C3" AS "t5" WHERE "t5"."id_1" IN ($1,…) AND "t5"."id_2" IN ($2,…);

-- 097 line 196: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."child_id_1" IN ($1,…) AND "t3"."child_id_2" IN ($2,…);

-- 098 line 198: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "public"."C3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."p", "t5"."child_id_1", "t5"."child_id_2" FROM "public"."P3" AS "t5" WHERE "t5"."child_id_1" IN ($1,…) AND "t5"."child_id_2" IN ($2,…);

-- 099 line 200: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN ((($1,…),…));
SELECT "t3"."id_1", "t3"."id_2", "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_id_1", "t3"."child_id_2", "t3"."non_unique" FROM "public"."P3" AS "t3" WHERE ("t3"."child_id_1", "t3"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "public"."C3" AS "t4" WHERE "t4"."id_1" = $1 AND "t4"."id_2" = $2 LIMIT $3;
SELECT "t5"."p", "t5"."child_id_1", "t5"."child_id_2" FROM "public"."P3" AS "t5" WHERE "t5"."child_id_1" IN ($1,…) AND "t5"."child_id_2" IN ($2,…);

-- 100 line 202: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."p", "t4"."child_id_1", "t4"."child_id_2" FROM "public"."P3" AS "t4" WHERE "t4"."child_id_1" IN ($1,…) AND "t4"."child_id_2" IN ($2,…);

-- 101 line 204: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "non_unique" = $1 WHERE ("P3"."id_1", "P3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."child_id_1" IN ($1,…) AND "t3"."child_id_2" IN ($2,…);

-- 102 line 206: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "non_unique" = $1 WHERE ("P3"."id_1", "P3"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
INSERT INTO "public"."P3" ("child_id_1", "child_id_2", "id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."child_id_1" IN ($1,…) AND "t3"."child_id_2" IN ($2,…);

-- 103 line 208: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."child_id_1" IN ($1,…) AND "t3"."child_id_2" IN ($2,…);

-- 104 line 210: C3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C3" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_id_1", "t1"."child_id_2", "t1"."non_unique" FROM "public"."P3" AS "t1" WHERE ("t1"."child_id_1", "t1"."child_id_2") IN ((($1,…),…));
DELETE FROM "public"."P3" WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."child_id_1" IN ($1,…) AND "t3"."child_id_2" IN ($2,…);

-- 105 line 212: P3 deleteOne
DELETE FROM "public"."P3" WHERE "P3"."p" = $1 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";

-- 106 line 214: P3 updateOne
UPDATE "public"."P3" SET "p" = $1, "p_1" = $2 WHERE "P3"."p" = $3 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t0"."p", "t0"."child_id_1", "t0"."child_id_2" FROM "public"."P3" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."id_1", "t1"."id_2" FROM "public"."C3" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 107 line 216: P3 deleteMany
DELETE FROM "public"."P3" WHERE ("P3"."non_unique" IS NULL AND "P3"."p" IN ($1,…));

-- 108 line 218: C4 createMany
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 109 line 220: P4 createOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."p", "t0"."child_c_1", "t0"."child_c_2" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2" FROM "public"."C4" AS "t1" WHERE "t1"."c_1" IN ($1,…) AND "t1"."c_2" IN ($2,…);

-- 110 line 222: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 111 line 224: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 112 line 226: P4 createOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 113 line 228: C4 createOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2" FROM "public"."C4" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "public"."P4" AS "t1" WHERE "t1"."child_c_1" IN ($1,…) AND "t1"."child_c_2" IN ($2,…);

-- 114 line 230: C4 createOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2" FROM "public"."C4" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."child_c_1" IN ($1,…) AND "t2"."child_c_2" IN ($2,…);

-- 115 line 232: P4 updateOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" = $3 RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c_1", "t0"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."c_1" IN ($1,…) AND "t2"."c_2" IN ($2,…);

-- 116 line 234: P4 updateOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" = $3 RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c_1", "t0"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."c_1" IN ($1,…) AND "t2"."c_2" IN ($2,…);

-- 117 line 236: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE (("t0"."c_1" = $1 AND "t0"."c_2" = $2)) LIMIT $3;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 118 line 238: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 119 line 240: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 120 line 242: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 121 line 244: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C4" AS "t3" WHERE ("t3"."c_1", "t3"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 122 line 246: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C4" AS "t3" WHERE ("t3"."c_1", "t3"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 123 line 248: P4 updateOne
error: The change you are trying to make would violate the required relation 'C4ToP4' between the `P4` and `C4` models.

-- 124 line 250: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."C4" SET "non_unique" = $1 WHERE "C4"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 125 line 252: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."c_1", "t1"."c_2") IN ((($2,…),…)));
UPDATE "public"."C4" SET "non_unique" = $1 WHERE ("C4"."id" IN ($2,…) AND "C4"."non_unique" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 126 line 254: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."C4" SET "non_unique" = $1 WHERE "C4"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 127 line 256: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."C4" SET "non_unique" = $1 WHERE "C4"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 128 line 258: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
DELETE FROM "public"."C4" WHERE "C4"."id" IN ($1,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 129 line 260: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
DELETE FROM "public"."C4" WHERE "C4"."id" IN ($1,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 130 line 262: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."C4" SET "non_unique" = $1 WHERE "C4"."id" IN ($2,…) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 131 line 264: P4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE ("t0"."c" = $1) LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C4" AS "t2" WHERE ("t2"."c_1", "t2"."c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."p" = $1 LIMIT $2;
SELECT "t5"."c", "t5"."c_1", "t5"."c_2" FROM "public"."C4" AS "t5" WHERE "t5"."c_1" IN ($1,…) AND "t5"."c_2" IN ($2,…);

-- 132 line 266: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."child_c_1" IN ($1,…) AND "t3"."child_c_2" IN ($2,…);

-- 133 line 268: C4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "public"."C4" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."p", "t5"."child_c_1", "t5"."child_c_2" FROM "public"."P4" AS "t5" WHERE "t5"."child_c_1" IN ($1,…) AND "t5"."child_c_2" IN ($2,…);

-- 134 line 270: C4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."p_1", "t3"."p_2", "t3"."child_c_1", "t3"."child_c_2", "t3"."non_unique" FROM "public"."P4" AS "t3" WHERE ("t3"."child_c_1", "t3"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "public"."C4" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."p", "t5"."child_c_1", "t5"."child_c_2" FROM "public"."P4" AS "t5" WHERE "t5"."child_c_1" IN ($1,…) AND "t5"."child_c_2" IN ($2,…);

-- 135 line 272: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = NULL, "child_c_2" = NULL WHERE "P4"."p" IN ($1,…);
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."p", "t4"."child_c_1", "t4"."child_c_2" FROM "public"."P4" AS "t4" WHERE "t4"."child_c_1" IN ($1,…) AND "t4"."child_c_2" IN ($2,…);

-- 136 line 274: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "non_unique" = $1 WHERE "P4"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."child_c_1" IN ($1,…) AND "t3"."child_c_2" IN ($2,…);

-- 137 line 276: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "non_unique" = $1 WHERE "P4"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
INSERT INTO "public"."P4" ("child_c_1", "child_c_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."child_c_1" IN ($1,…) AND "t3"."child_c_2" IN ($2,…);

-- 138 line 278: C4 updateOne
error: The change you are trying to make would violate the required relation 'C4ToP4' between the `P4` and `C4` models.

-- 139 line 280: C4 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C4" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."child_c_1", "t1"."child_c_2", "t1"."non_unique" FROM "public"."P4" AS "t1" WHERE ("t1"."child_c_1", "t1"."child_c_2") IN ((($1,…),…));
DELETE FROM "public"."P4" WHERE "P4"."p" IN ($1,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."child_c_1" IN ($1,…) AND "t3"."child_c_2" IN ($2,…);

-- 140 line 282: P4 deleteOne
DELETE FROM "public"."P4" WHERE "P4"."p" = $1 RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";

-- 141 line 284: P4 updateOne
UPDATE "public"."P4" SET "p" = $1, "p_1" = $2 WHERE "P4"."p" = $3 RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t0"."p", "t0"."child_c_1", "t0"."child_c_2" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2" FROM "public"."C4" AS "t1" WHERE "t1"."c_1" IN ($1,…) AND "t1"."c_2" IN ($2,…);

-- 142 line 286: P4 deleteMany
DELETE FROM "public"."P4" WHERE ("P4"."non_unique" IS NULL AND "P4"."p" IN ($1,…));

