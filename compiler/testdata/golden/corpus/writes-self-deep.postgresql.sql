-- 000 line 2: Person createMany
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2), ($3, $4), ($5, $6);

-- 001 line 3: Person createOne
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
INSERT INTO "public"."Person" ("partnerId", "bossId", "id", "name") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Person" ("id", "name", "bossId") VALUES ($1, $2, $3), ($4, $5, $6);
UPDATE "public"."Person" SET "bossId" = $1 WHERE ("Person"."id" = $2);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."id" = $2 AND 1=1));
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 002 line 5: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = $1 WHERE "Person"."id" IN ($2,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "public"."Person" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."partnerId" FROM "public"."Person" AS "t6" WHERE "t6"."partnerId" IN ($1,…);
SELECT "t7"."id" FROM "public"."Person" AS "t7" WHERE "t7"."id" IN ($1,…);
SELECT "t8"."id", "t8"."bossId" FROM "public"."Person" AS "t8" WHERE "t8"."bossId" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "public"."Person" AS "t10" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t10"."id" ASC;

-- 003 line 6: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = $1 WHERE "Person"."id" IN ($2,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "public"."Person" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."partnerId" FROM "public"."Person" AS "t6" WHERE "t6"."partnerId" IN ($1,…);
SELECT "t7"."id" FROM "public"."Person" AS "t7" WHERE "t7"."id" IN ($1,…);
SELECT "t8"."id", "t8"."bossId" FROM "public"."Person" AS "t8" WHERE "t8"."bossId" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "public"."Person" AS "t10" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t10"."id" ASC;

-- 004 line 8: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."partnerId" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = $1 WHERE "Person"."id" IN ($2,…);
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "public"."Person" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."partnerId" FROM "public"."Person" AS "t6" WHERE "t6"."partnerId" IN ($1,…);
SELECT "t7"."id" FROM "public"."Person" AS "t7" WHERE "t7"."id" IN ($1,…);
SELECT "t8"."id", "t8"."bossId" FROM "public"."Person" AS "t8" WHERE "t8"."bossId" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "public"."Person" AS "t10" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t10"."id" ASC;

-- 005 line 9: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."partnerId" FROM "public"."Person" AS "t4" WHERE "t4"."partnerId" IN ($1,…);
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."bossId" FROM "public"."Person" AS "t6" WHERE "t6"."bossId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "public"."Person" AS "t7" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t8"."id" ASC;

-- 006 line 10: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."partnerId" IN ($1,…);
UPDATE "public"."Person" SET "partnerId" = NULL WHERE "Person"."id" IN ($1,…);
INSERT INTO "public"."Person" ("partnerId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."partnerId" FROM "public"."Person" AS "t4" WHERE "t4"."partnerId" IN ($1,…);
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."bossId" FROM "public"."Person" AS "t6" WHERE "t6"."bossId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "public"."Person" AS "t7" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t8"."id" ASC;

-- 007 line 12: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."bossId" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE (("t2"."id" = $1 AND 1=1) OR ("t2"."id" = $2 AND 1=1));
UPDATE "public"."Person" SET "bossId" = $1 WHERE "Person"."id" IN ($2,…);
UPDATE "public"."Person" SET "bossId" = NULL WHERE "Person"."id" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 008 line 13: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."bossId" IN ($2,…));
UPDATE "public"."Person" SET "bossId" = NULL WHERE ("Person"."id" IN ($1,…) AND ("Person"."id" = $2));
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."partnerId" FROM "public"."Person" AS "t4" WHERE "t4"."partnerId" IN ($1,…);
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."bossId" FROM "public"."Person" AS "t6" WHERE "t6"."bossId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "public"."Person" AS "t7" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t8"."id" ASC;

-- 009 line 14: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."id" IN ($1,…);
UPDATE "public"."Person" SET "name" = $1 WHERE "Person"."id" IN ($2,…) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" IN ($1,…);
SELECT "t4"."id", "t4"."partnerId" FROM "public"."Person" AS "t4" WHERE "t4"."partnerId" IN ($1,…);
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."bossId" FROM "public"."Person" AS "t6" WHERE "t6"."bossId" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."B" FROM "public"."Person" AS "t7" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t7"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."A" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t8"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t8"."id" ASC;

-- 010 line 15: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Person" SET "bossId" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "partnerId", "bossId";
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Person" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."id", "t3"."partnerId" FROM "public"."Person" AS "t3" WHERE "t3"."partnerId" IN ($1,…);
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."bossId" FROM "public"."Person" AS "t5" WHERE "t5"."bossId" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "j"."B" FROM "public"."Person" AS "t6" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t6"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t6"."id" ASC;
SELECT "t7"."id", "j"."A" FROM "public"."Person" AS "t7" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t7"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t7"."id" ASC;

-- 011 line 17: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE ("t1"."id" = $1);
INSERT INTO "public"."_Friends" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."name", "t2"."partnerId", "t2"."bossId" FROM "public"."Person" AS "t2" WHERE ("t2"."id" = $1);
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 012 line 18: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($1,…));
DELETE FROM "public"."_Friends" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE (("t3"."id" = $1 AND 1=1) OR ("t3"."id" = $2 AND 1=1));
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id", "t4"."name", "t4"."partnerId", "t4"."bossId" FROM "public"."Person" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id" FROM "public"."Person" AS "t5" WHERE "t5"."id" IN ($1,…);
SELECT "t6"."id", "t6"."partnerId" FROM "public"."Person" AS "t6" WHERE "t6"."partnerId" IN ($1,…);
SELECT "t7"."id" FROM "public"."Person" AS "t7" WHERE "t7"."id" IN ($1,…);
SELECT "t8"."id", "t8"."bossId" FROM "public"."Person" AS "t8" WHERE "t8"."bossId" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."B" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t9"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t9"."id" ASC;
SELECT "t10"."id", "j"."A" FROM "public"."Person" AS "t10" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t10"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t10"."id" ASC;

-- 013 line 19: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE ((("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1)) AND EXISTS(SELECT 1 FROM "public"."_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($3,…)));
DELETE FROM "public"."_Friends" WHERE "B" = $1 AND "A" IN ($2,…);
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 014 line 20: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE (("t1"."id" = $1) AND EXISTS(SELECT 1 FROM "public"."_Friends" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($2,…)));
DELETE FROM "public"."Person" WHERE ("Person"."id" IN ($1,…) AND ("Person"."id" = $2));
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 015 line 21: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Person" SET "name" = $1 WHERE ("Person"."id" IN ($2,…) AND "Person"."id" = $3) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 016 line 22: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."partnerId", "t1"."bossId" FROM "public"."Person" AS "t1" WHERE ("t1"."id" = $1 AND EXISTS(SELECT 1 FROM "public"."_Friends" AS "t2" WHERE "t2"."A" = "t1"."id" AND "t2"."B" IN ($2,…)));
UPDATE "public"."Person" SET "name" = $1 WHERE ("Person"."id" IN ($2,…) AND "Person"."id" = $3) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."_Friends" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id", "t3"."name", "t3"."partnerId", "t3"."bossId" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."partnerId" FROM "public"."Person" AS "t5" WHERE "t5"."partnerId" IN ($1,…);
SELECT "t6"."id" FROM "public"."Person" AS "t6" WHERE "t6"."id" IN ($1,…);
SELECT "t7"."id", "t7"."bossId" FROM "public"."Person" AS "t7" WHERE "t7"."bossId" IN ($1,…) ORDER BY "t7"."id" ASC;
SELECT "t8"."id", "j"."B" FROM "public"."Person" AS "t8" INNER JOIN "public"."_Friends" AS "j" ON "j"."A" = "t8"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t8"."id" ASC;
SELECT "t9"."id", "j"."A" FROM "public"."Person" AS "t9" INNER JOIN "public"."_Friends" AS "j" ON "j"."B" = "t9"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t9"."id" ASC;

-- 017 line 24: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."Pet" ("ownerId", "id", "name", "version") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "public"."Toy" ("id", "label", "petId") VALUES ($1, $2, $3), ($4, $5, $6);
INSERT INTO "public"."Pet" ("ownerId", "id", "name", "version") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "ownerId", "version";
SELECT "t1"."id", "t1"."label", "t1"."petId" FROM "public"."Toy" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."Toy" SET "petId" = $1 WHERE "Toy"."id" = $2;
INSERT INTO "public"."Toy" ("petId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "petId";
SELECT "t2"."id" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name", "t3"."version", "t3"."ownerId" FROM "public"."Pet" AS "t3" WHERE "t3"."ownerId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."label", "t4"."petId" FROM "public"."Toy" AS "t4" WHERE "t4"."petId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 018 line 25: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "public"."Pet" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
UPDATE "public"."Pet" SET "version" = ("Pet"."version" + $1) WHERE ("Pet"."id" IN ($2,…) AND "Pet"."id" = $3) RETURNING "id", "name", "ownerId", "version";
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "public"."Toy" AS "t2" WHERE ("t2"."id" = $1 AND "t2"."petId" IN ($2,…));
UPDATE "public"."Toy" SET "label" = $1 WHERE ("Toy"."id" IN ($2,…) AND "Toy"."id" = $3) RETURNING "id", "label", "petId";
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "public"."Toy" AS "t3" WHERE (("t3"."id" = $1) AND "t3"."petId" IN ($2,…));
DELETE FROM "public"."Toy" WHERE ("Toy"."id" IN ($1,…) AND ("Toy"."id" = $2));
INSERT INTO "public"."Toy" ("petId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "petId";
SELECT "t4"."id" FROM "public"."Person" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "t5"."name", "t5"."version", "t5"."ownerId" FROM "public"."Pet" AS "t5" WHERE "t5"."ownerId" IN ($1,…) ORDER BY "t5"."id" ASC;
SELECT "t6"."id", "t6"."label", "t6"."petId" FROM "public"."Toy" AS "t6" WHERE "t6"."petId" IN ($1,…) ORDER BY "t6"."id" ASC;

-- 019 line 26: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "public"."Pet" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
UPDATE "public"."Toy" SET "petId" = $1 WHERE ("Toy"."id" = $2);
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "public"."Toy" AS "t2" WHERE (("t2"."id" = $1) AND "t2"."petId" IN ($2,…));
UPDATE "public"."Toy" SET "petId" = NULL WHERE ("Toy"."id" IN ($1,…) AND ("Toy"."id" = $2));
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "public"."Pet" AS "t4" WHERE "t4"."ownerId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "public"."Toy" AS "t5" WHERE "t5"."petId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 020 line 28: Person updateOne
UPDATE "public"."Person" SET "name" = $1 WHERE "Person"."id" = $2 RETURNING "id", "name", "partnerId", "bossId";
SELECT "t0"."id", "t0"."name", "t0"."ownerId", "t0"."version" FROM "public"."Pet" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."ownerId" IN ($2,…));
UPDATE "public"."Pet" SET "name" = $1 WHERE ("Pet"."id" IN ($2,…) AND "Pet"."id" = $3) RETURNING "id", "name", "ownerId", "version";
UPDATE "public"."Toy" SET "petId" = $1 WHERE ("Toy"."id" = $2);
SELECT "t1"."id" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."version", "t2"."ownerId" FROM "public"."Pet" AS "t2" WHERE "t2"."ownerId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "public"."Toy" AS "t3" WHERE "t3"."petId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 021 line 30: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "public"."Pet" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "public"."Toy" AS "t2" WHERE (("t2"."id" = $1) AND "t2"."petId" IN ($2,…));
DELETE FROM "public"."Toy" WHERE ("Toy"."id" IN ($1,…) AND ("Toy"."id" = $2));
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "public"."Pet" AS "t4" WHERE "t4"."ownerId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "public"."Toy" AS "t5" WHERE "t5"."petId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 022 line 32: Person updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "public"."Pet" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
INSERT INTO "public"."Toy" ("petId", "id", "label") VALUES ($1, $2, $3) RETURNING "id", "label", "petId";
SELECT "t2"."id" FROM "public"."Person" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."name", "t3"."version", "t3"."ownerId" FROM "public"."Pet" AS "t3" WHERE "t3"."ownerId" IN ($1,…) ORDER BY "t3"."id" ASC;
SELECT "t4"."id", "t4"."label", "t4"."petId" FROM "public"."Toy" AS "t4" WHERE "t4"."petId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 023 line 34: Person upsertOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."name", "t1"."ownerId", "t1"."version" FROM "public"."Pet" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."ownerId" IN ($2,…));
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "public"."Toy" AS "t2" WHERE ("t2"."label"::text LIKE ($1 || '%') AND "t2"."petId" IN ($2,…));
DELETE FROM "public"."Toy" WHERE "Toy"."id" IN ($1,…);
INSERT INTO "public"."Pet" ("ownerId", "id", "name", "version") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
SELECT "t3"."id" FROM "public"."Person" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."version", "t4"."ownerId" FROM "public"."Pet" AS "t4" WHERE "t4"."ownerId" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."label", "t5"."petId" FROM "public"."Toy" AS "t5" WHERE "t5"."petId" IN ($1,…) ORDER BY "t5"."id" ASC;

-- 024 line 35: Person upsertOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Person" SET "name" = $1 WHERE ("Person"."id" IN ($2,…) AND "Person"."id" = $3) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Pet" ("ownerId", "id", "name", "version") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "ownerId", "version";
UPDATE "public"."Toy" SET "petId" = $1 WHERE (("Toy"."id" = $2 AND 1=1) OR ("Toy"."id" = $3 AND 1=1));
SELECT "t1"."id" FROM "public"."Person" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."version", "t2"."ownerId" FROM "public"."Pet" AS "t2" WHERE "t2"."ownerId" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."label", "t3"."petId" FROM "public"."Toy" AS "t3" WHERE "t3"."petId" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 025 line 37: Pet updateOne
SELECT "t0"."id", "t0"."name", "t0"."partnerId", "t0"."bossId" FROM "public"."Person" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
UPDATE "public"."Pet" SET "ownerId" = $1 WHERE "Pet"."id" = $2 RETURNING "id", "name", "ownerId", "version";
SELECT "t1"."id", "t1"."ownerId" FROM "public"."Pet" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 026 line 38: Person deleteOne
DELETE FROM "public"."Person" WHERE "Person"."id" = $1 RETURNING "id", "name", "partnerId", "bossId";

-- 027 line 39: Person deleteOne
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 ORDER BY "t0"."id" ASC LIMIT $2;
SELECT "t1"."id", "t1"."ownerId" FROM "public"."Pet" AS "t1" WHERE "t1"."ownerId" IN ($1,…);
DELETE FROM "public"."Person" WHERE "Person"."id" = $1;

-- 028 line 41: Person createOne
INSERT INTO "public"."Person" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "partnerId", "bossId";
INSERT INTO "public"."Pet" ("ownerId", "id", "name", "version") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "ownerId", "version";
INSERT INTO "public"."Toy" ("id", "label", "petId") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."version", "t1"."ownerId" FROM "public"."Pet" AS "t1" WHERE "t1"."ownerId" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."label", "t2"."petId" FROM "public"."Toy" AS "t2" WHERE "t2"."petId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 029 line 43: Pet updateMany
UPDATE "public"."Pet" SET "version" = ("Pet"."version" * $1) WHERE EXISTS(SELECT "t0"."petId" FROM "public"."Toy" AS "t0" WHERE ("t0"."label"::text LIKE ('%' || $2 || '%') AND ("t0"."petId") = ("Pet"."id") AND "t0"."petId" IS NOT NULL));

-- 030 line 44: Toy deleteMany
DELETE FROM "public"."Toy" WHERE ("Toy"."petId" IS NULL);

-- 031 line 46: Person updateMany
UPDATE "public"."Person" SET "name" = $1 WHERE (NOT EXISTS(SELECT "t0"."ownerId" FROM "public"."Pet" AS "t0" WHERE (1=1 AND ("t0"."ownerId") = ("Person"."id") AND "t0"."ownerId" IS NOT NULL)) AND "Person"."name" <> $2);

-- 032 line 47: Person deleteMany
DELETE FROM "public"."Person" WHERE ("Person"."name" = $1 AND NOT EXISTS(SELECT "t0"."ownerId" FROM "public"."Pet" AS "t0" WHERE (1=1 AND ("t0"."ownerId") = ("Person"."id") AND "t0"."ownerId" IS NOT NULL)) AND "Person"."id" > $2);

