-- 000 line 1: MA createOne
INSERT INTO "public"."MA" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."MB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."MA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."A" FROM "public"."MB" AS "t2" INNER JOIN "public"."_MAToMB" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 001 line 2: MA createOne
INSERT INTO "public"."MA" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."MB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."MA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."A" FROM "public"."MB" AS "t2" INNER JOIN "public"."_MAToMB" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 002 line 3: MA updateOne
SELECT "t0"."id" FROM "public"."MA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."MB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."MB" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."MA" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."MB" AS "t4" INNER JOIN "public"."_MAToMB" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 003 line 4: MA updateOne
SELECT "t0"."id" FROM "public"."MA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."MB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."MB" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MB" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."MA" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."A" FROM "public"."MB" AS "t4" INNER JOIN "public"."_MAToMB" AS "j" ON "j"."B" = "t4"."id" WHERE "j"."A" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 004 line 5: MB updateOne
SELECT "t0"."id" FROM "public"."MB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."MA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_MAToMB" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."MA" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_MAToMB" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."MB" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."MA" AS "t3" INNER JOIN "public"."_MAToMB" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…) ORDER BY "t3"."id" ASC;

-- 005 line 6: RA createOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
INSERT INTO "public"."RA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."RB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 006 line 7: RA createOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
INSERT INTO "public"."RA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."RB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 007 line 8: RB updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2;
INSERT INTO "public"."RA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t2"."id", "t2"."b_u" FROM "public"."RA" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2;
INSERT INTO "public"."RA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t3"."id", "t3"."b_u" FROM "public"."RB" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."b_u" FROM "public"."RA" AS "t4" WHERE "t4"."b_u" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 008 line 9: RB createOne
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."RA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2;
INSERT INTO "public"."RA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."RA" AS "t2" WHERE "t2"."b_u" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 009 line 10: RA findUnique
SELECT "t0"."b_u" FROM "public"."RA" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."b_u" FROM "public"."RB" AS "t1" WHERE "t1"."b_u" IN ($1,…);

-- 010 line 11: RA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."RB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 011 line 12: RB updateOne
UPDATE "public"."RB" SET "b_u" = $1 WHERE "RB"."b_u" = $2 RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."b_u" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 012 line 13: RA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 013 line 14: RA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."RB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."RB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."RA" SET "b_u" = $1 WHERE "RA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."RA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 014 line 15: OA createOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
INSERT INTO "public"."OA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."OB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 015 line 16: OA createOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
INSERT INTO "public"."OA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."OB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 016 line 17: OB updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2;
INSERT INTO "public"."OA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t2"."id", "t2"."b_u" FROM "public"."OA" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2;
INSERT INTO "public"."OA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t3"."id", "t3"."b_u" FROM "public"."OB" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."b_u" FROM "public"."OA" AS "t4" WHERE "t4"."b_u" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 017 line 18: OB createOne
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."OA" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2;
INSERT INTO "public"."OA" ("b_u", "id") VALUES ($1, $2) RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OB" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."OA" AS "t2" WHERE "t2"."b_u" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 018 line 19: OA findUnique
SELECT "t0"."b_u" FROM "public"."OA" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."b_u" FROM "public"."OB" AS "t1" WHERE "t1"."b_u" IN ($1,…);

-- 019 line 20: OA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."b_u" = $1 LIMIT $2;
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."b_u" FROM "public"."OB" AS "t2" WHERE "t2"."b_u" IN ($1,…);

-- 020 line 21: OB updateOne
UPDATE "public"."OB" SET "b_u" = $1 WHERE "OB"."b_u" = $2 RETURNING "id", "b_u";
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."b_u" IN ($1,…) ORDER BY "t1"."id" ASC;

-- 021 line 22: OA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 022 line 23: OA updateOne
SELECT "t0"."id", "t0"."b_u" FROM "public"."OB" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."OB" ("id", "b_u") VALUES ($1, $2) RETURNING "id", "b_u";
UPDATE "public"."OA" SET "b_u" = $1 WHERE "OA"."id" = $2 RETURNING "id", "b_u";
SELECT "t1"."id", "t1"."b_u" FROM "public"."OA" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 023 line 24: A2B upsertOne
SELECT "t0"."a_id", "t0"."b_id", "t0"."fieldAB" FROM "public"."_A2B" AS "t0" WHERE ("t0"."a_id" = $1 AND "t0"."b_id" = $2);
UPDATE "public"."_A2B" SET "fieldAB" = $1 WHERE (("_A2B"."a_id", "_A2B"."b_id") IN ((($2,…),…)) AND ("_A2B"."a_id" = $3 AND "_A2B"."b_id" = $4)) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t1"."id", "t1"."fieldB" FROM "public"."B" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."B" ("id", "fieldB") VALUES ($1, $2) RETURNING "id", "fieldB";
SELECT "t2"."id", "t2"."fieldA" FROM "public"."A" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."A" ("id", "fieldA") VALUES ($1, $2) RETURNING "id", "fieldA";
INSERT INTO "public"."_A2B" ("a_id", "b_id", "fieldAB") VALUES ($1, $2, $3) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t3"."fieldAB" FROM "public"."_A2B" AS "t3" WHERE "t3"."a_id" = $1 AND "t3"."b_id" = $2 LIMIT $3;

-- 024 line 25: A2B upsertOne
SELECT "t0"."a_id", "t0"."b_id", "t0"."fieldAB" FROM "public"."_A2B" AS "t0" WHERE ("t0"."a_id" = $1 AND "t0"."b_id" = $2);
UPDATE "public"."_A2B" SET "fieldAB" = ("_A2B"."fieldAB" + $1) WHERE (("_A2B"."a_id", "_A2B"."b_id") IN ((($2,…),…)) AND ("_A2B"."a_id" = $3 AND "_A2B"."b_id" = $4)) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t1"."id", "t1"."fieldB" FROM "public"."B" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."B" ("id", "fieldB") VALUES ($1, $2) RETURNING "id", "fieldB";
SELECT "t2"."id", "t2"."fieldA" FROM "public"."A" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."A" ("id", "fieldA") VALUES ($1, $2) RETURNING "id", "fieldA";
INSERT INTO "public"."_A2B" ("a_id", "b_id", "fieldAB") VALUES ($1, $2, $3) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t3"."fieldAB" FROM "public"."_A2B" AS "t3" WHERE "t3"."a_id" = $1 AND "t3"."b_id" = $2 LIMIT $3;

-- 025 line 26: A2B upsertOne
SELECT "t0"."a_id", "t0"."b_id", "t0"."fieldAB" FROM "public"."_A2B" AS "t0" WHERE ("t0"."a_id" = $1 AND "t0"."b_id" = $2);
UPDATE "public"."_A2B" SET "fieldAB" = $1 WHERE (("_A2B"."a_id", "_A2B"."b_id") IN ((($2,…),…)) AND ("_A2B"."a_id" = $3 AND "_A2B"."b_id" = $4)) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t1"."id", "t1"."fieldB" FROM "public"."B" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."B" ("id", "fieldB") VALUES ($1, $2) RETURNING "id", "fieldB";
SELECT "t2"."id", "t2"."fieldA" FROM "public"."A" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."A" ("id", "fieldA") VALUES ($1, $2) RETURNING "id", "fieldA";
INSERT INTO "public"."_A2B" ("a_id", "b_id", "fieldAB") VALUES ($1, $2, $3) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t3"."fieldAB", "t3"."a_id", "t3"."b_id" FROM "public"."_A2B" AS "t3" WHERE "t3"."a_id" = $1 AND "t3"."b_id" = $2 LIMIT $3;
SELECT "t4"."id", "t4"."fieldA" FROM "public"."A" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."id", "t5"."fieldB" FROM "public"."B" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 026 line 27: A2B createOne
SELECT "t0"."id", "t0"."fieldB" FROM "public"."B" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."A" ("id", "fieldA") VALUES ($1, $2) RETURNING "id", "fieldA";
INSERT INTO "public"."_A2B" ("a_id", "b_id", "fieldAB") VALUES ($1, $2, $3) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t1"."a_id", "t1"."b_id", "t1"."fieldAB" FROM "public"."_A2B" AS "t1" WHERE "t1"."a_id" = $1 AND "t1"."b_id" = $2 LIMIT $3;

-- 027 line 28: A updateOne
SELECT "t0"."id", "t0"."fieldA" FROM "public"."A" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."a_id", "t1"."b_id", "t1"."fieldAB" FROM "public"."_A2B" AS "t1" WHERE (("t1"."a_id" = $1 AND "t1"."b_id" = $2) AND "t1"."a_id" IN ($3,…));
UPDATE "public"."_A2B" SET "fieldAB" = $1 WHERE (("_A2B"."a_id", "_A2B"."b_id") IN ((($2,…),…)) AND ("_A2B"."a_id" = $3 AND "_A2B"."b_id" = $4)) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t2"."id", "t2"."fieldB" FROM "public"."B" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."_A2B" ("a_id", "b_id", "fieldAB") VALUES ($1, $2, $3) RETURNING "a_id", "b_id", "fieldAB";
SELECT "t3"."id" FROM "public"."A" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."b_id", "t4"."fieldAB", "t4"."a_id" FROM "public"."_A2B" AS "t4" WHERE "t4"."a_id" IN ($1,…) ORDER BY "t4"."b_id" ASC;

-- 028 line 29: B deleteOne
DELETE FROM "public"."B" WHERE "B"."id" = $1 RETURNING "id", "fieldB";

-- 029 line 30: A updateOne
SELECT "t0"."id", "t0"."fieldA" FROM "public"."A" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."a_id", "t1"."b_id", "t1"."fieldAB" FROM "public"."_A2B" AS "t1" WHERE "t1"."a_id" IN ($1,…);
DELETE FROM "public"."_A2B" WHERE ("_A2B"."a_id", "_A2B"."b_id") IN ((($1,…),…));
SELECT "t2"."id" FROM "public"."A" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."b_id", "t3"."a_id" FROM "public"."_A2B" AS "t3" WHERE "t3"."a_id" IN ($1,…);

-- 030 line 31: B deleteOne
DELETE FROM "public"."B" WHERE "B"."id" = $1 RETURNING "id", "fieldB";

