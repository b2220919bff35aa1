-- 000 line 2: P9 createOne
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P9" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "j"."B" FROM "public"."C9" AS "t1" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 001 line 4: C9 createMany
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12);

-- 002 line 6: P9 createOne
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."p", "t0"."id" FROM "public"."P9" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "j"."B" FROM "public"."C9" AS "t1" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 003 line 8: P9 createOne
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C9" AS "t0" WHERE (("t0"."c" = $1 AND 1=1) OR (("t0"."c_1" = $2 AND "t0"."c_2" = $3) AND 1=1));
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "public"."P9" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "j"."B" FROM "public"."C9" AS "t2" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 004 line 10: P9 createOne
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C9" AS "t0" WHERE ("t0"."c" = $1);
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "public"."P9" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "j"."B" FROM "public"."C9" AS "t2" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 005 line 12: P9 createOne
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."id", "t0"."c", "t0"."c_1", "t0"."c_2", "t0"."non_unique" FROM "public"."C9" AS "t0" WHERE "t0"."c" = $1 LIMIT $2;
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "public"."P9" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "j"."B" FROM "public"."C9" AS "t3" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 006 line 14: C9 createOne
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."P9" ("id", "p", "p_1", "p_2") VALUES ($1, $2, $3, $4) RETURNING "id", "p", "p_1", "p_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE ("t0"."p" = $1);
INSERT INTO "public"."_C9ToP9" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."c", "t1"."id" FROM "public"."C9" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."p", "j"."A" FROM "public"."P9" AS "t2" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."p" ASC;

-- 007 line 16: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "public"."P9" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "j"."B" FROM "public"."C9" AS "t2" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 008 line 18: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE (("t1"."c" = $1 AND 1=1) OR ("t1"."c" = $2 AND 1=1));
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "public"."P9" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "j"."B" FROM "public"."C9" AS "t3" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 009 line 20: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE ("t0"."p_1" = $1 AND "t0"."p_2" = $2) LIMIT $3;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE (("t1"."c" = $1 AND 1=1) OR (("t1"."c_1" = $2 AND "t1"."c_2" = $3) AND 1=1));
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."p", "t2"."id" FROM "public"."P9" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."c", "j"."B" FROM "public"."C9" AS "t3" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."c" ASC;

-- 010 line 22: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE "t1"."c" = $1 LIMIT $2;
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."c", "t2"."c_1", "t2"."c_2", "t2"."non_unique" FROM "public"."C9" AS "t2" WHERE "t2"."c" = $1 LIMIT $2;
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 011 line 24: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE (("t1"."c" = $1) AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."_C9ToP9" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 012 line 26: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
DELETE FROM "public"."_C9ToP9" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C9" AS "t3" WHERE (("t3"."c" = $1 AND 1=1) OR ("t3"."c" = $2 AND 1=1));
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."p", "t4"."id" FROM "public"."P9" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."c", "j"."B" FROM "public"."C9" AS "t5" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t5"."c" ASC;

-- 013 line 28: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE ("C9"."id" IN ($2,…) AND "C9"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 014 line 30: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE ("C9"."id" IN ($2,…) AND "C9"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 015 line 32: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."non_unique" IS NULL AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE "C9"."id" IN ($2,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 016 line 34: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE ("C9"."id" IN ($2,…) AND "C9"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C9" AS "t3" WHERE ("t3"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN ($2,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE ("C9"."id" IN ($2,…) AND "C9"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t5"."p", "t5"."id" FROM "public"."P9" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."c", "j"."B" FROM "public"."C9" AS "t6" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t6"."c" ASC;

-- 017 line 36: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE (("t1"."c" = $1) AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."C9" WHERE ("C9"."id" IN ($1,…) AND ("C9"."c" = $2));
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 018 line 38: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE (("t1"."c" = $1) AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."C9" WHERE ("C9"."id" IN ($1,…) AND ("C9"."c" = $2));
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 019 line 40: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."non_unique" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
DELETE FROM "public"."C9" WHERE "C9"."id" IN ($1,…);
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C9" AS "t3" WHERE ("t3"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN ($2,…)));
DELETE FROM "public"."C9" WHERE "C9"."id" IN ($1,…);
SELECT "t5"."p", "t5"."id" FROM "public"."P9" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."c", "j"."B" FROM "public"."C9" AS "t6" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t6"."c" ASC;

-- 020 line 42: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
DELETE FROM "public"."_C9ToP9" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."p", "t3"."id" FROM "public"."P9" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."c", "j"."B" FROM "public"."C9" AS "t4" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t4"."c" ASC;

-- 021 line 44: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."c", "t1"."c_1", "t1"."c_2", "t1"."non_unique" FROM "public"."C9" AS "t1" WHERE ("t1"."c" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."C9" SET "non_unique" = $1 WHERE ("C9"."id" IN ($2,…) AND "C9"."c" = $3) RETURNING "id", "c", "c_1", "c_2", "non_unique";
SELECT "t3"."id", "t3"."c", "t3"."c_1", "t3"."c_2", "t3"."non_unique" FROM "public"."C9" AS "t3" WHERE ("t3"."non_unique" = $1 AND EXISTS(SELECT 1 FROM "public"."_C9ToP9" AS "t4" WHERE "t4"."A" = "t3"."id" AND "t4"."B" IN ($2,…)));
DELETE FROM "public"."C9" WHERE "C9"."id" IN ($1,…);
SELECT "t5"."p", "t5"."id" FROM "public"."P9" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;
SELECT "t6"."c", "j"."B" FROM "public"."C9" AS "t6" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t6"."c" ASC;

-- 022 line 46: P9 updateOne
SELECT "t0"."id", "t0"."p", "t0"."p_1", "t0"."p_2", "t0"."non_unique" FROM "public"."P9" AS "t0" WHERE "t0"."p" = $1 LIMIT $2;
INSERT INTO "public"."C9" ("id", "c", "c_1", "c_2") VALUES ($1, $2, $3, $4) RETURNING "id", "c", "c_1", "c_2", "non_unique";
INSERT INTO "public"."_C9ToP9" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."p", "t1"."id" FROM "public"."P9" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."c", "j"."B" FROM "public"."C9" AS "t2" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t2"."c" ASC;

-- 023 line 48: P9 deleteOne
DELETE FROM "public"."P9" WHERE "P9"."p" = $1 RETURNING "id", "p", "p_1", "p_2", "non_unique";

-- 024 line 50: P9 updateOne
UPDATE "public"."P9" SET "p" = $1, "p_1" = $2 WHERE "P9"."p" = $3 RETURNING "id", "p", "p_1", "p_2", "non_unique";
SELECT "t0"."p", "t0"."id" FROM "public"."P9" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."c", "j"."B" FROM "public"."C9" AS "t1" INNER JOIN "public"."_C9ToP9" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t1"."c" ASC;

-- 025 line 52: P9 deleteMany
DELETE FROM "public"."P9" WHERE ("P9"."non_unique" IS NULL AND "P9"."p" IN ($1,…));

