-- 000 line 2: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 001 line 4: C5 createMany
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 002 line 6: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 003 line 8: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR (("C5"."c_1" = $4 AND "C5"."c_2" = $5) AND 1=1));
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 004 line 10: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE ("C5"."c" = $3);
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 005 line 12: P5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 006 line 14: C5 createOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "public"."C5" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 007 line 16: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 008 line 18: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 009 line 20: C5 createOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 010 line 22: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2") VALUES ($1, $2, $3, $4, $5, $6);
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 011 line 24: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR ("C5"."c" = $4 AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 012 line 26: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p_1" = $1 AND "t0"."p_2" = $2) LIMIT $3;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE (("C5"."c" = $3 AND 1=1) OR (("C5"."c_1" = $4 AND "C5"."c_2" = $5) AND 1=1));
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 013 line 28: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 014 line 30: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 015 line 32: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 016 line 34: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."id_1" = $1 AND "t0"."id_2" = $2) LIMIT $3;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 017 line 36: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 018 line 38: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE "C5"."id" IN ($2,…);
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 019 line 40: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 020 line 42: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 021 line 44: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE ("C5"."id" IN ($1,…) AND ("C5"."c" = $2));
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."c", "t3"."parent_id_1", "t3"."parent_id_2" FROM "public"."C5" AS "t3" WHERE "t3"."parent_id_1" IN ($1,…) AND "t3"."parent_id_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 022 line 46: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 023 line 48: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($1,…),…));
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE 1=0;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 024 line 50: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id_1", "t1"."parent_id_2", "t1"."non_unique" FROM "public"."C5" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_id_1", "t1"."parent_id_2") IN ((($2,…),…)));
UPDATE "public"."C5" SET "non_unique" = $1 WHERE ("C5"."id" IN ($2,…) AND "C5"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id_1", "t2"."parent_id_2", "t2"."non_unique" FROM "public"."C5" AS "t2" WHERE ("t2"."non_unique" = $1 AND ("t2"."parent_id_1", "t2"."parent_id_2") IN ((($2,…),…)));
DELETE FROM "public"."C5" WHERE "C5"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" = $1 AND "t3"."id_2" = $2 LIMIT $3;
SELECT "t4"."c", "t4"."parent_id_1", "t4"."parent_id_2" FROM "public"."C5" AS "t4" WHERE "t4"."parent_id_1" IN ($1,…) AND "t4"."parent_id_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 025 line 52: P5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C5" ("parent_id_1", "parent_id_2", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."parent_id_1" IN ($1,…) AND "t2"."parent_id_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 026 line 54: C5 updateOne
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3 RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t0"."c", "t0"."parent_id_1", "t0"."parent_id_2" FROM "public"."C5" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id_1", "t1"."id_2" FROM "public"."P5" AS "t1" WHERE "t1"."id_1" IN ($1,…) AND "t1"."id_2" IN ($2,…);

-- 027 line 56: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3 RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 028 line 58: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3 RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 029 line 60: C5 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P5" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."c" = $3 RETURNING "id", "c", "c_1", "c_2", "parent_id_1", "parent_id_2", "non_unique";
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id_1", "t2"."id_2" FROM "public"."P5" AS "t2" WHERE "t2"."id_1" IN ($1,…) AND "t2"."id_2" IN ($2,…);

-- 030 line 62: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P5" SET "non_unique" = $1 WHERE ("P5"."id_1", "P5"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 031 line 64: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."P5" SET "non_unique" = $1 WHERE ("P5"."id_1", "P5"."id_2") IN ((($2,…),…)) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P5" ("id_1", "id_2", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C5" SET "parent_id_1" = $1, "parent_id_2" = $2 WHERE "C5"."id" IN ($3,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 032 line 66: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
UPDATE "public"."C5" SET "parent_id_1" = NULL, "parent_id_2" = NULL WHERE "C5"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 033 line 68: C5 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id_1", "t0"."parent_id_2", "t0"."non_unique" FROM "public"."C5" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P5" AS "t1" WHERE ("t1"."id_1", "t1"."id_2") IN ((($1,…),…));
DELETE FROM "public"."P5" WHERE ("P5"."id_1", "P5"."id_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."parent_id_1", "t2"."parent_id_2" FROM "public"."C5" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id_1", "t3"."id_2" FROM "public"."P5" AS "t3" WHERE "t3"."id_1" IN ($1,…) AND "t3"."id_2" IN ($2,…);

-- 034 line 70: P5 deleteOne
DELETE FROM "public"."P5" WHERE "P5"."p" = $1 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";

-- 035 line 72: P5 updateOne
UPDATE "public"."P5" SET "p" = $1, "p_1" = $2 WHERE "P5"."p" = $3 RETURNING "id_1", "id_2", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id_1", "t0"."id_2" FROM "public"."P5" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."c", "t1"."parent_id_1", "t1"."parent_id_2" FROM "public"."C5" AS "t1" WHERE "t1"."parent_id_1" IN ($1,…) AND "t1"."parent_id_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 036 line 74: P5 deleteMany
DELETE FROM "public"."P5" WHERE ("P5"."non_unique" IS NULL AND "P5"."p" IN ($1,…));

-- 037 line 76: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 038 line 78: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12);
SELECT "t0"."p" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 039 line 80: P6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 040 line 82: C6 createOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "public"."C6" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);

-- 041 line 84: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 042 line 86: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 043 line 88: C6 createOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 044 line 90: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("id_1", "id_2", "c", "c_1", "c_2", "parent_p") VALUES ($1, $2, $3, $4, $5, $6);
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 045 line 92: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 046 line 94: P6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 047 line 96: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
UPDATE "public"."C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 048 line 98: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 049 line 100: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 050 line 102: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_p" IN ($1,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 051 line 104: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 052 line 106: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE (("C6"."id_1", "C6"."id_2") IN ((($1,…),…)) AND ("C6"."c" = $2));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 053 line 108: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE (("C6"."id_1", "C6"."id_2") IN ((($1,…),…)) AND ("C6"."c" = $2));
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p" FROM "public"."C6" AS "t3" WHERE "t3"."parent_p" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 054 line 110: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 055 line 112: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…);
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE 1=0;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
UPDATE "public"."C6" SET "parent_p" = NULL WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 056 line 114: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."id_1", "t1"."id_2", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p", "t1"."non_unique" FROM "public"."C6" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_p" IN ($2,…));
UPDATE "public"."C6" SET "non_unique" = $1 WHERE (("C6"."id_1", "C6"."id_2") IN ((($2,…),…)) AND "C6"."c" = $3) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t2"."id_1", "t2"."id_2", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p", "t2"."non_unique" FROM "public"."C6" AS "t2" WHERE ("t2"."non_unique" = $1 AND "t2"."parent_p" IN ($2,…));
DELETE FROM "public"."C6" WHERE ("C6"."id_1", "C6"."id_2") IN ((($1,…),…));
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p" FROM "public"."C6" AS "t4" WHERE "t4"."parent_p" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 057 line 116: P6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C6" ("parent_p", "id_1", "id_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."parent_p" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 058 line 118: C6 updateOne
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2 RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t0"."c", "t0"."parent_p" FROM "public"."C6" AS "t0" WHERE "t0"."id_1" = $1 AND "t0"."id_2" = $2 LIMIT $3;
SELECT "t1"."p" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);

-- 059 line 120: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2 RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 060 line 122: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2 RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 061 line 124: C6 updateOne
SELECT "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C6" SET "parent_p" = $1 WHERE "C6"."c" = $2 RETURNING "id_1", "id_2", "c", "c_1", "c_2", "parent_p", "non_unique";
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."id_1" = $1 AND "t1"."id_2" = $2 LIMIT $3;
SELECT "t2"."p" FROM "public"."P6" AS "t2" WHERE "t2"."p" IN ($1,…);

-- 062 line 126: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P6" SET "non_unique" = $1 WHERE "P6"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 063 line 128: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
UPDATE "public"."P6" SET "non_unique" = $1 WHERE "P6"."p" IN ($2,…) RETURNING "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P6" ("p", "p_1", "p_2") VALUES ($1, $2, $3) RETURNING "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C6" SET "parent_p" = $1 WHERE ("C6"."id_1", "C6"."id_2") IN ((($2,…),…));
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 064 line 130: C6 updateOne
error: The change you are trying to make would violate the required relation 'C6ToP6' between the `C6` and `P6` models.

-- 065 line 132: C6 updateOne
SELECT "t0"."id_1", "t0"."id_2", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p", "t0"."non_unique" FROM "public"."C6" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P6" AS "t1" WHERE "t1"."p" IN ($1,…);
DELETE FROM "public"."P6" WHERE "P6"."p" IN ($1,…);
SELECT "t2"."c", "t2"."parent_p" FROM "public"."C6" AS "t2" WHERE "t2"."id_1" = $1 AND "t2"."id_2" = $2 LIMIT $3;
SELECT "t3"."p" FROM "public"."P6" AS "t3" WHERE "t3"."p" IN ($1,…);

-- 066 line 134: P6 deleteOne
DELETE FROM "public"."P6" WHERE "P6"."p" = $1 RETURNING "p", "p_1", "p_2", "non_unique";

-- 067 line 136: P6 updateOne
UPDATE "public"."P6" SET "p" = $1, "p_1" = $2 WHERE "P6"."p" = $3 RETURNING "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p" FROM "public"."P6" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p" FROM "public"."C6" AS "t1" WHERE "t1"."parent_p" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 068 line 138: P6 deleteMany
DELETE FROM "public"."P6" WHERE ("P6"."non_unique" IS NULL AND "P6"."p" IN ($1,…));

-- 069 line 140: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."parent_p_1" IN ($1,…) AND "t1"."parent_p_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 070 line 142: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."parent_p_1" IN ($1,…) AND "t1"."parent_p_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 071 line 144: P7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 072 line 146: C7 createOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."p_1" IN ($1,…) AND "t1"."p_2" IN ($2,…);

-- 073 line 148: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 074 line 150: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 075 line 152: C7 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 076 line 154: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("c", "c_1", "c_2", "parent_p_1", "parent_p_2") VALUES ($1, $2, $3, $4, $5);
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 077 line 156: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 078 line 158: P7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 079 line 160: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
UPDATE "public"."C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 080 line 162: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 081 line 164: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 082 line 166: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."non_unique" IS NULL AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE "C7"."c" IN ($2,…);
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 083 line 168: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 084 line 170: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE ("C7"."c" IN ($1,…) AND ("C7"."c" = $2));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 085 line 172: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE (("t1"."c" = $1) AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE ("C7"."c" IN ($1,…) AND ("C7"."c" = $2));
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_p_1", "t3"."parent_p_2" FROM "public"."C7" AS "t3" WHERE "t3"."parent_p_1" IN ($1,…) AND "t3"."parent_p_2" IN ($2,…) ORDER BY "t3"."c" ASC;

-- 086 line 174: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."non_unique" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."c" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 087 line 176: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($1,…),…));
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE 1=0;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
UPDATE "public"."C7" SET "parent_p_1" = NULL, "parent_p_2" = NULL WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 088 line 178: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_p_1", "t1"."parent_p_2", "t1"."non_unique" FROM "public"."C7" AS "t1" WHERE ("t1"."c" = $1 AND ("t1"."parent_p_1", "t1"."parent_p_2") IN ((($2,…),…)));
UPDATE "public"."C7" SET "non_unique" = $1 WHERE ("C7"."c" IN ($2,…) AND "C7"."c" = $3) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_p_1", "t2"."parent_p_2", "t2"."non_unique" FROM "public"."C7" AS "t2" WHERE ("t2"."non_unique" = $1 AND ("t2"."parent_p_1", "t2"."parent_p_2") IN ((($2,…),…)));
DELETE FROM "public"."C7" WHERE "C7"."c" IN ($1,…);
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_p_1", "t4"."parent_p_2" FROM "public"."C7" AS "t4" WHERE "t4"."parent_p_1" IN ($1,…) AND "t4"."parent_p_2" IN ($2,…) ORDER BY "t4"."c" ASC;

-- 089 line 180: P7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C7" ("parent_p_1", "parent_p_2", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."parent_p_1" IN ($1,…) AND "t2"."parent_p_2" IN ($2,…) ORDER BY "t2"."c" ASC;

-- 090 line 182: C7 updateOne
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3 RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t0"."c", "t0"."parent_p_1", "t0"."parent_p_2" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."p_1", "t1"."p_2" FROM "public"."P7" AS "t1" WHERE "t1"."p_1" IN ($1,…) AND "t1"."p_2" IN ($2,…);

-- 091 line 184: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3 RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 092 line 186: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3 RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 093 line 188: C7 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P7" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" = $3 RETURNING "c", "c_1", "c_2", "parent_p_1", "parent_p_2", "non_unique";
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."p_1", "t2"."p_2" FROM "public"."P7" AS "t2" WHERE "t2"."p_1" IN ($1,…) AND "t2"."p_2" IN ($2,…);

-- 094 line 190: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
UPDATE "public"."P7" SET "non_unique" = $1 WHERE "P7"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 095 line 192: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
UPDATE "public"."P7" SET "non_unique" = $1 WHERE "P7"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P7" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C7" SET "parent_p_1" = $1, "parent_p_2" = $2 WHERE "C7"."c" IN ($3,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 096 line 194: C7 updateOne
error: The change you are trying to make would violate the required relation 'C7ToP7' between the `C7` and `P7` models.

-- 097 line 196: C7 updateOne
SELECT "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_p_1", "t0"."parent_p_2", "t0"."non_unique" FROM "public"."C7" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P7" AS "t1" WHERE ("t1"."p_1", "t1"."p_2") IN ((($1,…),…));
DELETE FROM "public"."P7" WHERE "P7"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_p_1", "t2"."parent_p_2" FROM "public"."C7" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."p_1", "t3"."p_2" FROM "public"."P7" AS "t3" WHERE "t3"."p_1" IN ($1,…) AND "t3"."p_2" IN ($2,…);

-- 098 line 198: P7 deleteOne
DELETE FROM "public"."P7" WHERE "P7"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 099 line 200: P7 updateOne
UPDATE "public"."P7" SET "p" = $1, "p_1" = $2 WHERE "P7"."p" = $3 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."p_1", "t0"."p_2" FROM "public"."P7" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_p_1", "t1"."parent_p_2" FROM "public"."C7" AS "t1" WHERE "t1"."parent_p_1" IN ($1,…) AND "t1"."parent_p_2" IN ($2,…) ORDER BY "t1"."c" ASC;

-- 100 line 202: P7 deleteMany
DELETE FROM "public"."P7" WHERE ("P7"."non_unique" IS NULL AND "P7"."p" IN ($1,…));

-- 101 line 204: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 102 line 206: C8 createMany
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 103 line 208: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 104 line 210: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR (("C8"."c_1" = $3 AND "C8"."c_2" = $4) AND 1=1));
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 105 line 212: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE ("C8"."c" = $2);
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 106 line 214: P8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 107 line 216: C8 createOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "public"."C8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 108 line 218: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE (("t0"."p_1" = $1 AND "t0"."p_2" = $2)) LIMIT $3;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 109 line 220: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 110 line 222: C8 createOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 111 line 224: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("id", "c", "c_1", "c_2", "parent_id") VALUES ($1, $2, $3, $4, $5);
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 112 line 226: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR ("C8"."c" = $3 AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 113 line 228: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p_1" = $1 AND "t0"."p_2" = $2) LIMIT $3;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE (("C8"."c" = $2 AND 1=1) OR (("C8"."c_1" = $3 AND "C8"."c_2" = $4) AND 1=1));
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 114 line 230: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 115 line 232: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "parent_id" = NULL WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 116 line 234: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE (("t2"."c" = $1 AND 1=1) OR ("t2"."c" = $2 AND 1=1));
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 117 line 236: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 118 line 238: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 119 line 240: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."non_unique" IS NULL AND "t1"."parent_id" IN ($1,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE "C8"."id" IN ($2,…);
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 120 line 242: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 121 line 244: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 122 line 246: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE (("t1"."c" = $1) AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE ("C8"."id" IN ($1,…) AND ("C8"."c" = $2));
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "t3"."parent_id" FROM "public"."C8" AS "t3" WHERE "t3"."parent_id" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 123 line 248: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."non_unique" = $1 AND "t1"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."c" = $1 AND "t2"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 124 line 250: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…);
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE 1=0;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 125 line 252: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."parent_id", "t1"."non_unique" FROM "public"."C8" AS "t1" WHERE ("t1"."c" = $1 AND "t1"."parent_id" IN ($2,…));
UPDATE "public"."C8" SET "non_unique" = $1 WHERE ("C8"."id" IN ($2,…) AND "C8"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."parent_id", "t2"."non_unique" FROM "public"."C8" AS "t2" WHERE ("t2"."non_unique" = $1 AND "t2"."parent_id" IN ($2,…));
DELETE FROM "public"."C8" WHERE "C8"."id" IN ($1,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "t4"."parent_id" FROM "public"."C8" AS "t4" WHERE "t4"."parent_id" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 126 line 254: P8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C8" ("parent_id", "id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4, $5) RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."parent_id" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 127 line 256: C8 updateOne
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2 RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t0"."c", "t0"."parent_id" FROM "public"."C8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."p", "t1"."id" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 128 line 258: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2 RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 129 line 260: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE ("t0"."p" = $1) LIMIT $2;
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2 RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 130 line 262: C8 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P8" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."c" = $2 RETURNING "id", "c", "c_1", "c_2", "parent_id", "non_unique";
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "t2"."id" FROM "public"."P8" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 131 line 264: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P8" SET "non_unique" = $1 WHERE "P8"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 132 line 266: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."P8" SET "non_unique" = $1 WHERE "P8"."id" IN ($2,…) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."P8" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
UPDATE "public"."C8" SET "parent_id" = $1 WHERE "C8"."id" IN ($2,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 133 line 268: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."C8" SET "parent_id" = NULL WHERE "C8"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 134 line 270: C8 updateOne
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."parent_id", "t0"."non_unique" FROM "public"."C8" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."p", "t1"."p_1", "t1"."p_2", "t1"."non_unique" FROM "public"."P8" AS "t1" WHERE "t1"."id" IN ($1,…);
DELETE FROM "public"."P8" WHERE "P8"."id" IN ($1,…);
SELECT "t2"."c", "t2"."parent_id" FROM "public"."C8" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."p", "t3"."id" FROM "public"."P8" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 135 line 272: P8 deleteOne
DELETE FROM "public"."P8" WHERE "P8"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 136 line 274: P8 updateOne
UPDATE "public"."P8" SET "p" = $1, "p_1" = $2 WHERE "P8"."p" = $3 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P8" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "t1"."parent_id" FROM "public"."C8" AS "t1" WHERE "t1"."parent_id" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 137 line 276: P8 deleteMany
DELETE FROM "public"."P8" WHERE ("P8"."non_unique" IS NULL AND "P8"."p" IN ($1,…));

