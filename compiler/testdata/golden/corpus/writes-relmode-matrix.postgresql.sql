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
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C1" SET "parent_id" = $1 WHERE ("C1"."id" IN ($2,…) AND "C1"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P1" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = $1 WHERE "C1"."id" IN ($2,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P1" AS "t3" WHERE "t3"."id" IN ($1,…);

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
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
DELETE FROM "public"."P1" WHERE "P1"."id" IN ($1,…);
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C1" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."p", "t4"."id" FROM "public"."P1" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 035 line 72: P1 deleteOne
DELETE FROM "public"."P1" WHERE "P1"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C1" AS "t0" WHERE "t0"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);

-- 036 line 74: P1 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P1" SET "p" = $1, "p_1" = $2 WHERE ("P1"."id" IN ($3,…) AND "P1"."p" = $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "public"."P1" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C1" AS "t2" WHERE "t2"."parent_id" IN ($1,…);

-- 037 line 76: P1 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P1" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C1" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C1" SET "parent_id" = NULL WHERE "C1"."id" IN ($1,…);
DELETE FROM "public"."P1" WHERE "P1"."id" IN ($1,…);

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
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C2" SET "parent_p" = $1 WHERE (("C2"."id_1", "C2"."id_2") IN ((($2,…),…)) AND "C2"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P2" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C2" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P2" AS "t3" WHERE "t3"."p" IN ($1,…);

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
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C2" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
DELETE FROM "public"."P2" WHERE "P2"."id" IN ($1,…);
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."p" FROM "public"."P2" AS "t4" WHERE "t4"."p" IN ($1,…);

-- 067 line 136: P2 deleteOne
DELETE FROM "public"."P2" WHERE "P2"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C2" AS "t0" WHERE "t0"."parent_p" IN ($1,…);

-- 068 line 138: P2 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C2" SET "parent_p" = $1 WHERE ("C2"."id_1", "C2"."id_2") IN ((($2,…),…));
UPDATE "public"."P2" SET "p" = $1, "p_1" = $2 WHERE ("P2"."id" IN ($3,…) AND "P2"."p" = $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p" FROM "public"."P2" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C2" AS "t3" WHERE "t3"."parent_p" IN ($1,…);

-- 069 line 140: P2 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P2" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C2" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
DELETE FROM "public"."P2" WHERE "P2"."id" IN ($1,…);

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
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE (("P3"."id_1", "P3"."id_2") IN ((($3,…),…)) AND "P3"."p" = $4) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 081 line 164: P3 updateOne
INSERT INTO "public"."C3" ("id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE (("P3"."id_1", "P3"."id_2") IN ((($3,…),…)) AND "P3"."p" = $4) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = $1, "child_id_2" = $2 WHERE ("P3"."id_1", "P3"."id_2") IN ((($3,…),…));
SELECT "t2"."p", "t2"."child_id_1", "t2"."child_id_2" FROM "public"."P3" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."id_1", "t3"."id_2" FROM "public"."C3" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

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
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
DELETE FROM "public"."C3" WHERE ("C3"."id_1", "C3"."id_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "public"."C3" AS "t4" WHERE "t4"."id_1" IN ($1,…) AND "t4"."id_2" IN ($2,…);

-- 094 line 190: P3 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C3" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_id_1", "t2"."child_id_2", "t2"."non_unique" FROM "public"."P3" AS "t2" WHERE ("t2"."child_id_1", "t2"."child_id_2") IN ((($1,…),…));
UPDATE "public"."P3" SET "child_id_1" = NULL, "child_id_2" = NULL WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));
DELETE FROM "public"."C3" WHERE ("C3"."id_1", "C3"."id_2") IN ((($1,…),…));
SELECT "t3"."p", "t3"."child_id_1", "t3"."child_id_2" FROM "public"."P3" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."id_1", "t4"."id_2" FROM "public"."C3" AS "t4" WHERE "t4"."id_1" IN ($1,…) AND "t4"."id_2" IN ($2,…);

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
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P3" SET "p" = $1, "p_1" = $2 WHERE (("P3"."id_1", "P3"."id_2") IN ((($3,…),…)) AND "P3"."p" = $4) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "child_id_1", "child_id_2", "non_unique";
SELECT "t1"."p", "t1"."child_id_1", "t1"."child_id_2" FROM "public"."P3" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."id_1", "t2"."id_2" FROM "public"."C3" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 107 line 216: P3 deleteMany
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_id_1", "t0"."child_id_2", "t0"."non_unique" FROM "public"."P3" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
DELETE FROM "public"."P3" WHERE ("P3"."id_1", "P3"."id_2") IN ((($1,…),…));

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
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE ("P4"."p" IN ($3,…) AND "P4"."p" = $4) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

-- 116 line 234: P4 updateOne
INSERT INTO "public"."C4" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE ("P4"."p" IN ($3,…) AND "P4"."p" = $4) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
UPDATE "public"."P4" SET "child_c_1" = $1, "child_c_2" = $2 WHERE "P4"."p" IN ($3,…);
SELECT "t2"."p", "t2"."child_c_1", "t2"."child_c_2" FROM "public"."P4" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."c_1", "t3"."c_2" FROM "public"."C4" AS "t3" WHERE "t3"."c_1" IN ($1,…) AND "t3"."c_2" IN ($2,…);

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
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN ((($1,…),…));
DELETE FROM "public"."C4" WHERE "C4"."id" IN ($1,…);
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "public"."C4" AS "t4" WHERE "t4"."c_1" IN ($1,…) AND "t4"."c_2" IN ($2,…);

-- 129 line 260: P4 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C4" AS "t1" WHERE ("t1"."c_1", "t1"."c_2") IN ((($1,…),…));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2", "t2"."child_c_1", "t2"."child_c_2", "t2"."non_unique" FROM "public"."P4" AS "t2" WHERE ("t2"."child_c_1", "t2"."child_c_2") IN ((($1,…),…));
DELETE FROM "public"."C4" WHERE "C4"."id" IN ($1,…);
SELECT "t3"."p", "t3"."child_c_1", "t3"."child_c_2" FROM "public"."P4" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."c_1", "t4"."c_2" FROM "public"."C4" AS "t4" WHERE "t4"."c_1" IN ($1,…) AND "t4"."c_2" IN ($2,…);

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
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P4" SET "p" = $1, "p_1" = $2 WHERE ("P4"."p" IN ($3,…) AND "P4"."p" = $4) RETURNING "p", "p_1", "p_2", "child_c_1", "child_c_2", "non_unique";
SELECT "t1"."p", "t1"."child_c_1", "t1"."child_c_2" FROM "public"."P4" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."c_1", "t2"."c_2" FROM "public"."C4" AS "t2" WHERE "t2"."c_1" IN ($1,…) AND "t2"."c_2" IN ($2,…);

-- 142 line 286: P4 deleteMany
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."child_c_1", "t0"."child_c_2", "t0"."non_unique" FROM "public"."P4" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
DELETE FROM "public"."P4" WHERE "P4"."p" IN ($1,…);

-- 143 line 288: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 144 line 290: C5 createMany
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 145 line 292: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 146 line 294: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR (("C5"."c_1" = $4 AND "C5"."c_2" = $5) AND 1=1));
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 147 line 296: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."c" = $3);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 148 line 298: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 149 line 300: C5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "public"."C5" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 150 line 302: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 151 line 304: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 152 line 306: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 153 line 308: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES ($1, $2, $3, $4, $5, $6);
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 154 line 310: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR ("C5"."c" = $4 AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 155 line 312: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p_1" = $1 AND "t0"."p_2" = $2) LIMIT $3;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR (("C5"."c_1" = $4 AND "C5"."c_2" = $5) AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 156 line 314: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 157 line 316: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 158 line 318: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 159 line 320: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."id_1" = $1 AND "t0"."id_2" = $2) LIMIT $3;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 160 line 322: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 161 line 324: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE "C5"."id" IN ($2,…);
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 162 line 326: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 163 line 328: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 164 line 330: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 165 line 332: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 166 line 334: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE 1=0;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 167 line 336: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."non_unique" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 168 line 338: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 169 line 340: C5 updateOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."id" IN ($3,…) AND "C5"."c" = $4) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 170 line 342: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."id" IN ($3,…) AND "C5"."c" = $4) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 171 line 344: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."id" IN ($3,…) AND "C5"."c" = $4) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 172 line 346: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."id" IN ($3,…) AND "C5"."c" = $4) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 173 line 348: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P5" SET "non_unique" = $1 WHERE ("P5"."id_1", "P5"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 174 line 350: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P5" SET "non_unique" = $1 WHERE ("P5"."id_1", "P5"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 175 line 352: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 176 line 354: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($1,…),…));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
DELETE FROM "public"."P5" WHERE ("P5"."id_1", "P5"."id_2") IN ((($1,…),…));
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."p", "t4"."id_1", "t4"."id_2" FROM "public"."P5" AS "t4" WHERE "t4"."id_1" IN ($1,…) AND "t4"."id_2" IN ($2,…);

-- 177 line 356: P5 deleteOne
DELETE FROM "public"."P5" WHERE "P5"."p" = $1 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE ("t0"."parent_id_1", "t0"."parent_id_2") IN ((($1,…),…));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);

-- 178 line 358: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P5" SET "p" = $1, "p_1" = $2 WHERE (("P5"."id_1", "P5"."id_2") IN ((($3,…),…)) AND "P5"."p" = $4) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 179 line 360: P5 deleteMany
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
DELETE FROM "public"."P5" WHERE ("P5"."id_1", "P5"."id_2") IN ((($1,…),…));

-- 180 line 362: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 181 line 364: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12);
SELECT "t0"."p" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 182 line 366: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 183 line 368: C6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "public"."C6" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);

-- 184 line 370: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 185 line 372: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 186 line 374: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 187 line 376: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES ($1, $2, $3, $4, $5, $6);
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 188 line 378: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 189 line 380: P6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 190 line 382: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
UPDATE "public"."C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 191 line 384: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 192 line 386: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 193 line 388: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_p" IN ($1,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 194 line 390: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 195 line 392: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE (("C6"."id_1", "C6"."id_2") IN ((($1,…),…)) AND ("C6"."c" = $2));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 196 line 394: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE (("C6"."id_1", "C6"."id_2") IN ((($1,…),…)) AND ("C6"."c" = $2));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 197 line 396: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 198 line 398: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE 1=0;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
UPDATE "public"."C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 199 line 400: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."non_unique" = $1 AND "t2"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 200 line 402: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 201 line 404: C6 updateOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 202 line 406: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 203 line 408: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 204 line 410: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 205 line 412: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P6" SET "non_unique" = $1 WHERE "P6"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 206 line 414: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P6" SET "non_unique" = $1 WHERE "P6"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 207 line 416: C6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 208 line 418: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…);
DELETE FROM "public"."P6" WHERE "P6"."p" IN ($1,…);
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."p" FROM "public"."P6" AS "t4" WHERE "t4"."p" IN ($1,…);

-- 209 line 420: P6 deleteOne
DELETE FROM "public"."P6" WHERE "P6"."p" = $1 RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."parent_p" IN ($1,…);

-- 210 line 422: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
UPDATE "public"."P6" SET "p" = $1, "p_1" = $2 WHERE ("P6"."p" IN ($3,…) AND "P6"."p" = $4) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 211 line 424: P6 deleteMany
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
DELETE FROM "public"."P6" WHERE "P6"."p" IN ($1,…);

-- 212 line 426: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."parent_p_1" IN ($1,…) AND "t1"."parent_p_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 213 line 428: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."parent_p_1" IN ($1,…) AND "t1"."parent_p_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 214 line 430: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 215 line 432: C7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."p_1" IN ($1,…) AND "t1"."p_2" IN ($2,…);

-- 216 line 434: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 217 line 436: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 218 line 438: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 219 line 440: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES ($1, $2, $3, $4, $5);
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 220 line 442: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 221 line 444: P7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 222 line 446: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
UPDATE "public"."C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 223 line 448: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 224 line 450: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 225 line 452: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE "C7"."c" IN ($2,…);
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 226 line 454: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 227 line 456: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE ("C7"."c" IN ($1,…) AND ("C7"."c" = $2));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 228 line 458: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE ("C7"."c" IN ($1,…) AND ("C7"."c" = $2));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 229 line 460: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 230 line 462: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE 1=0;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
UPDATE "public"."C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 231 line 464: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."non_unique" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 232 line 466: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 233 line 468: C7 updateOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE ("C7"."c" IN ($3,…) AND "C7"."c" = $4) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 234 line 470: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE ("C7"."c" IN ($3,…) AND "C7"."c" = $4) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 235 line 472: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE ("C7"."c" IN ($3,…) AND "C7"."c" = $4) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 236 line 474: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE ("C7"."c" IN ($3,…) AND "C7"."c" = $4) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 237 line 476: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
UPDATE "public"."P7" SET "non_unique" = $1 WHERE "P7"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 238 line 478: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
UPDATE "public"."P7" SET "non_unique" = $1 WHERE "P7"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 239 line 480: C7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 240 line 482: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($1,…),…));
DELETE FROM "public"."P7" WHERE "P7"."id" IN ($1,…);
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."c" = $1 LIMIT $2;
SELECT "t4"."p", "t4"."p_1", "t4"."p_2" FROM "public"."P7" AS "t4" WHERE "t4"."p_1" IN ($1,…) AND "t4"."p_2" IN ($2,…);

-- 241 line 484: P7 deleteOne
DELETE FROM "public"."P7" WHERE "P7"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE ("t0"."parent_p_1", "t0"."parent_p_2") IN ((($1,…),…));

-- 242 line 486: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
UPDATE "public"."C7" SET "parent_p_1" = $1 WHERE "C7"."c" IN ($2,…);
UPDATE "public"."P7" SET "p" = $1, "p_1" = $2 WHERE ("P7"."id" IN ($3,…) AND "P7"."p" = $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 243 line 488: P7 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
DELETE FROM "public"."P7" WHERE "P7"."id" IN ($1,…);

-- 244 line 490: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 245 line 492: C8 createMany
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 246 line 494: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 247 line 496: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR (("C8"."c_1" = $3 AND "C8"."c_2" = $4) AND 1=1));
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 248 line 498: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."c" = $2);
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 249 line 500: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 250 line 502: C8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "public"."C8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 251 line 504: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 252 line 506: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 253 line 508: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 254 line 510: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES ($1, $2, $3, $4, $5);
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 255 line 512: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR ("C8"."c" = $3 AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 256 line 514: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p_1" = $1 AND "t0"."p_2" = $2) LIMIT $3;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR (("C8"."c_1" = $3 AND "C8"."c_2" = $4) AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 257 line 516: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 258 line 518: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "parent_id" = NULL WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 259 line 520: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 260 line 522: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 261 line 524: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 262 line 526: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_id" IN ($1,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE "C8"."id" IN ($2,…);
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 263 line 528: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 264 line 530: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 265 line 532: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 266 line 534: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 267 line 536: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE 1=0;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 268 line 538: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."non_unique" = $1 AND "t2"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 269 line 540: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 270 line 542: C8 updateOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 271 line 544: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 272 line 546: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 273 line 548: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 274 line 550: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P8" SET "non_unique" = $1 WHERE "P8"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 275 line 552: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P8" SET "non_unique" = $1 WHERE "P8"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 276 line 554: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 277 line 556: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
DELETE FROM "public"."P8" WHERE "P8"."id" IN ($1,…);
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."p", "t4"."id" FROM "public"."P8" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 278 line 558: P8 deleteOne
DELETE FROM "public"."P8" WHERE "P8"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."parent_id" IN ($1,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);

-- 279 line 560: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."P8" SET "p" = $1, "p_1" = $2 WHERE ("P8"."id" IN ($3,…) AND "P8"."p" = $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 280 line 562: P8 deleteMany
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."non_unique" IS NULL AND "t0"."p" IN ($1,…));
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
DELETE FROM "public"."P8" WHERE "P8"."id" IN ($1,…);

