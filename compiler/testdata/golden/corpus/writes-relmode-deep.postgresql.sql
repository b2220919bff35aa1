-- 000 line 2: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
INSERT INTO "public"."Team" ("orgCode", "id", "slot") VALUES ($1, $2, $3) RETURNING "id", "orgCode", "slot";
INSERT INTO "public"."Member" ("id", "name", "teamOrg", "teamSlot") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8);
INSERT INTO "public"."Team" ("orgCode", "id", "slot") VALUES ($1, $2, $3) RETURNING "id", "orgCode", "slot";
INSERT INTO "public"."Member" ("teamOrg", "teamSlot", "id", "name") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "teamOrg", "teamSlot";
INSERT INTO "public"."Tag" ("id") VALUES ($1), ($2) RETURNING "id";
INSERT INTO "public"."_OrgToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…) ORDER BY "t1"."id" ASC;
SELECT "t2"."id", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE "t2"."teamOrg" IN ($1,…) AND "t2"."teamSlot" IN ($2,…) ORDER BY "t2"."id" ASC;

-- 001 line 3: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
INSERT INTO "public"."Team" ("orgCode", "id", "slot") VALUES ($1, $2, $3) RETURNING "id", "orgCode", "slot";
INSERT INTO "public"."Member" ("teamOrg", "teamSlot", "id", "name") VALUES ($1, $2, $3, $4) RETURNING "id", "name", "teamOrg", "teamSlot";
SELECT "t0"."id" FROM "public"."Tag" AS "t0" WHERE ("t0"."id" = $1);
INSERT INTO "public"."_OrgToTag" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."code" FROM "public"."Org" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."orgCode", "t2"."slot" FROM "public"."Team" AS "t2" WHERE "t2"."orgCode" IN ($1,…) ORDER BY "t2"."id" ASC;
SELECT "t3"."id", "t3"."teamOrg", "t3"."teamSlot" FROM "public"."Member" AS "t3" WHERE "t3"."teamOrg" IN ($1,…) AND "t3"."teamSlot" IN ($2,…) ORDER BY "t3"."id" ASC;

-- 002 line 4: Member createOne
INSERT INTO "public"."Member" ("id", "name") VALUES ($1, $2) RETURNING "id", "name", "teamOrg", "teamSlot";
SELECT "t0"."id" FROM "public"."Member" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 6: Org updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE ("t1"."id" = $1 AND "t1"."orgCode" IN ($2,…));
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
UPDATE "public"."Team" SET "slot" = $1 WHERE ("Team"."id" IN ($2,…) AND "Team"."id" = $3) RETURNING "id", "orgCode", "slot";
SELECT "t3"."id", "t3"."code" FROM "public"."Org" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."orgCode", "t4"."slot" FROM "public"."Team" AS "t4" WHERE "t4"."orgCode" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."teamOrg", "t5"."teamSlot" FROM "public"."Member" AS "t5" WHERE "t5"."teamOrg" IN ($1,…) AND "t5"."teamSlot" IN ($2,…) ORDER BY "t5"."id" ASC;

-- 004 line 8: Team updateOne
SELECT "t0"."id", "t0"."orgCode", "t0"."slot" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code" FROM "public"."Org" AS "t1" WHERE "t1"."code" IN ($1,…);
SELECT "t2"."id", "t2"."orgCode", "t2"."slot" FROM "public"."Team" AS "t2" WHERE "t2"."orgCode" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."teamOrg", "t3"."teamSlot" FROM "public"."Member" AS "t3" WHERE ("t3"."teamOrg", "t3"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
UPDATE "public"."Team" SET "orgCode" = $1 WHERE "Team"."id" IN ($2,…);
UPDATE "public"."Org" SET "code" = $1 WHERE "Org"."id" IN ($2,…) RETURNING "id", "code";
SELECT "t4"."id", "t4"."orgCode" FROM "public"."Team" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 005 line 10: Member updateMany
SELECT "t0"."id", "t0"."name", "t0"."teamOrg", "t0"."teamSlot" FROM "public"."Member" AS "t0" WHERE "t0"."id" IN ($1,…);
UPDATE "public"."Member" SET "teamOrg" = $1, "teamSlot" = $2 WHERE "Member"."id" IN ($3,…);

-- 006 line 11: Org updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
UPDATE "public"."Team" SET "orgCode" = $1 WHERE "Team"."id" IN ($2,…);
UPDATE "public"."Org" SET "code" = $1 WHERE ("Org"."id" IN ($2,…) AND "Org"."code" = $3) RETURNING "id", "code";
SELECT "t3"."id", "t3"."code" FROM "public"."Org" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."orgCode", "t4"."slot" FROM "public"."Team" AS "t4" WHERE "t4"."orgCode" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."teamOrg", "t5"."teamSlot" FROM "public"."Member" AS "t5" WHERE "t5"."teamOrg" IN ($1,…) AND "t5"."teamSlot" IN ($2,…) ORDER BY "t5"."id" ASC;

-- 007 line 13: Org updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE (("t1"."id" = $1) AND "t1"."orgCode" IN ($2,…));
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE ("Team"."id" IN ($1,…) AND ("Team"."id" = $2));
SELECT "t3"."id", "t3"."code" FROM "public"."Org" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."orgCode", "t4"."slot" FROM "public"."Team" AS "t4" WHERE "t4"."orgCode" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."teamOrg", "t5"."teamSlot" FROM "public"."Member" AS "t5" WHERE "t5"."teamOrg" IN ($1,…) AND "t5"."teamSlot" IN ($2,…) ORDER BY "t5"."id" ASC;

-- 008 line 14: Org updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE ("t1"."slot" > $1 AND "t1"."orgCode" IN ($2,…));
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
SELECT "t3"."id", "t3"."code" FROM "public"."Org" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."orgCode", "t4"."slot" FROM "public"."Team" AS "t4" WHERE "t4"."orgCode" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."teamOrg", "t5"."teamSlot" FROM "public"."Member" AS "t5" WHERE "t5"."teamOrg" IN ($1,…) AND "t5"."teamSlot" IN ($2,…) ORDER BY "t5"."id" ASC;

-- 009 line 16: Badge createOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Badge" ("orgId", "id") VALUES ($1, $2) RETURNING "id", "orgId";
SELECT "t1"."id", "t1"."orgId" FROM "public"."Badge" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 010 line 17: Org deleteOne
DELETE FROM "public"."Org" WHERE "Org"."id" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."orgCode", "t0"."slot" FROM "public"."Team" AS "t0" WHERE "t0"."orgCode" IN ($1,…);
SELECT "t1"."id", "t1"."name", "t1"."teamOrg", "t1"."teamSlot" FROM "public"."Member" AS "t1" WHERE ("t1"."teamOrg", "t1"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
SELECT "t2"."id", "t2"."orgId" FROM "public"."Badge" AS "t2" WHERE "t2"."orgId" IN ($1,…);

-- 011 line 18: Org updateOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."orgId" FROM "public"."Badge" AS "t1" WHERE "t1"."orgId" IN ($1,…);
UPDATE "public"."Org" SET "id" = $1 WHERE ("Org"."id" IN ($2,…) AND "Org"."id" = $3) RETURNING "id", "code";

-- 012 line 19: Team createOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
INSERT INTO "public"."Team" ("orgCode", "id", "slot") VALUES ($1, $2, $3) RETURNING "id", "orgCode", "slot";
SELECT "t1"."id" FROM "public"."Team" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 013 line 20: Team updateOne
SELECT "t0"."id", "t0"."orgCode", "t0"."slot" FROM "public"."Team" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."code" FROM "public"."Org" AS "t1" WHERE "t1"."code" IN ($1,…);
SELECT "t2"."id", "t2"."orgCode", "t2"."slot" FROM "public"."Team" AS "t2" WHERE "t2"."orgCode" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."teamOrg", "t3"."teamSlot" FROM "public"."Member" AS "t3" WHERE ("t3"."teamOrg", "t3"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
SELECT "t4"."id", "t4"."orgId" FROM "public"."Badge" AS "t4" WHERE "t4"."orgId" IN ($1,…);
DELETE FROM "public"."Org" WHERE "Org"."id" IN ($1,…);
SELECT "t5"."id" FROM "public"."Team" AS "t5" WHERE "t5"."id" = $1 LIMIT $2;

-- 014 line 22: Org deleteOne
DELETE FROM "public"."Org" WHERE "Org"."id" = $1 RETURNING "id", "code";
SELECT "t0"."id", "t0"."orgCode", "t0"."slot" FROM "public"."Team" AS "t0" WHERE "t0"."orgCode" IN ($1,…);
SELECT "t1"."id", "t1"."name", "t1"."teamOrg", "t1"."teamSlot" FROM "public"."Member" AS "t1" WHERE ("t1"."teamOrg", "t1"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
SELECT "t2"."id", "t2"."orgId" FROM "public"."Badge" AS "t2" WHERE "t2"."orgId" IN ($1,…);

-- 015 line 24: Org createOne
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
INSERT INTO "public"."Team" ("orgCode", "id", "slot") VALUES ($1, $2, $3) RETURNING "id", "orgCode", "slot";
SELECT "t0"."id" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 016 line 25: Org deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" >= $1;
SELECT "t1"."id", "t1"."orgId" FROM "public"."Badge" AS "t1" WHERE "t1"."orgId" IN ($1,…);
SELECT "t2"."id", "t2"."orgCode", "t2"."slot" FROM "public"."Team" AS "t2" WHERE "t2"."orgCode" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."teamOrg", "t3"."teamSlot" FROM "public"."Member" AS "t3" WHERE ("t3"."teamOrg", "t3"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
DELETE FROM "public"."Org" WHERE "Org"."id" IN ($1,…);

-- 017 line 26: Org deleteMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."orgId" FROM "public"."Badge" AS "t1" WHERE "t1"."orgId" IN ($1,…);
SELECT "t2"."id", "t2"."orgCode", "t2"."slot" FROM "public"."Team" AS "t2" WHERE "t2"."orgCode" IN ($1,…);
SELECT "t3"."id", "t3"."name", "t3"."teamOrg", "t3"."teamSlot" FROM "public"."Member" AS "t3" WHERE ("t3"."teamOrg", "t3"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
DELETE FROM "public"."Team" WHERE "Team"."id" IN ($1,…);
DELETE FROM "public"."Org" WHERE "Org"."id" IN ($1,…);

-- 018 line 28: Org updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."orgId" FROM "public"."Badge" AS "t1" WHERE "t1"."orgId" IN ($1,…);
UPDATE "public"."Org" SET "id" = ("Org"."id" + $1) WHERE "Org"."id" IN ($2,…);

-- 019 line 29: Badge deleteMany
SELECT "t0"."id", "t0"."orgId" FROM "public"."Badge" AS "t0" WHERE 1=1;
DELETE FROM "public"."Badge" WHERE "Badge"."id" IN ($1,…);

-- 020 line 30: Org updateMany
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
UPDATE "public"."Team" SET "orgCode" = $1 WHERE "Team"."id" IN ($2,…);
SELECT "t3"."id", "t3"."orgId" FROM "public"."Badge" AS "t3" WHERE "t3"."orgId" IN ($1,…);
UPDATE "public"."Org" SET "id" = ("Org"."id" + $1), "code" = $2 WHERE "Org"."id" IN ($3,…);

-- 021 line 32: Org upsertOne
SELECT "t0"."id", "t0"."code" FROM "public"."Org" AS "t0" WHERE "t0"."id" = $1;
SELECT "t1"."id", "t1"."orgCode", "t1"."slot" FROM "public"."Team" AS "t1" WHERE "t1"."orgCode" IN ($1,…);
SELECT "t2"."id", "t2"."name", "t2"."teamOrg", "t2"."teamSlot" FROM "public"."Member" AS "t2" WHERE ("t2"."teamOrg", "t2"."teamSlot") IN ((($1,…),…));
UPDATE "public"."Member" SET "teamOrg" = NULL, "teamSlot" = NULL WHERE "Member"."id" IN ($1,…);
UPDATE "public"."Team" SET "orgCode" = $1 WHERE "Team"."id" IN ($2,…);
UPDATE "public"."Org" SET "code" = $1 WHERE ("Org"."id" IN ($2,…) AND "Org"."id" = $3) RETURNING "id", "code";
INSERT INTO "public"."Org" ("id", "code") VALUES ($1, $2) RETURNING "id", "code";
SELECT "t3"."id", "t3"."code" FROM "public"."Org" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."orgCode", "t4"."slot" FROM "public"."Team" AS "t4" WHERE "t4"."orgCode" IN ($1,…) ORDER BY "t4"."id" ASC;
SELECT "t5"."id", "t5"."teamOrg", "t5"."teamSlot" FROM "public"."Member" AS "t5" WHERE "t5"."teamOrg" IN ($1,…) AND "t5"."teamSlot" IN ($2,…) ORDER BY "t5"."id" ASC;

