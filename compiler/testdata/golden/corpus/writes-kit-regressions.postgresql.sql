-- 000 line 1: Company createOne
INSERT INTO "public"."Company" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."Company" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 2: Visit createOne
INSERT INTO "public"."Visit" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."Visit" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 3: Visit updateOne
SELECT "t0"."id" FROM "public"."Visit" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "public"."Payment" AS "t1" WHERE "t1"."visitId" IN ($1,…);
UPDATE "public"."Payment" SET "visitId" = NULL WHERE "Payment"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Company" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Payment" ("visitId", "companyId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "public"."Visit" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."visitId" FROM "public"."Payment" AS "t4" WHERE "t4"."visitId" IN ($1,…);

-- 003 line 4: Visit updateOne
SELECT "t0"."id" FROM "public"."Visit" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "public"."Payment" AS "t1" WHERE "t1"."visitId" IN ($1,…);
UPDATE "public"."Payment" SET "visitId" = NULL WHERE "Payment"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Company" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Payment" ("visitId", "companyId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "public"."Visit" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."visitId" FROM "public"."Payment" AS "t4" WHERE "t4"."visitId" IN ($1,…);

-- 004 line 5: Visit updateOne
SELECT "t0"."id" FROM "public"."Visit" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "public"."Payment" AS "t1" WHERE "t1"."visitId" IN ($1,…);
UPDATE "public"."Payment" SET "visitId" = NULL WHERE "Payment"."id" IN ($1,…);
SELECT "t2"."id" FROM "public"."Company" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Payment" ("visitId", "companyId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "public"."Visit" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."visitId" FROM "public"."Payment" AS "t4" WHERE "t4"."visitId" IN ($1,…);

-- 005 line 6: Visit updateOne
SELECT "t0"."id" FROM "public"."Visit" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "public"."Payment" AS "t1" WHERE "t1"."visitId" IN ($1,…);
UPDATE "public"."Payment" SET "visitId" = NULL WHERE "Payment"."id" IN ($1,…);
INSERT INTO "public"."Company" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."Payment" ("visitId", "companyId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t2"."id" FROM "public"."Visit" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."companyId", "t3"."visitId" FROM "public"."Payment" AS "t3" WHERE "t3"."visitId" IN ($1,…);
SELECT "t4"."id" FROM "public"."Company" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 006 line 7: Visit createOne
INSERT INTO "public"."Visit" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id", "t0"."companyId", "t0"."visitId" FROM "public"."Payment" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Payment" SET "visitId" = $1 WHERE "Payment"."id" IN ($2,…);
SELECT "t1"."id" FROM "public"."Company" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
INSERT INTO "public"."Payment" ("visitId", "companyId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t2"."id" FROM "public"."Visit" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."visitId" FROM "public"."Payment" AS "t3" WHERE "t3"."visitId" IN ($1,…);

-- 007 line 8: Company updateOne
SELECT "t0"."id" FROM "public"."Company" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Visit" AS "t1" WHERE ("t1"."id" = $1) LIMIT $2;
SELECT "t2"."id", "t2"."companyId", "t2"."visitId" FROM "public"."Payment" AS "t2" WHERE "t2"."visitId" IN ($1,…);
UPDATE "public"."Payment" SET "visitId" = NULL WHERE "Payment"."id" IN ($1,…);
INSERT INTO "public"."Payment" ("companyId", "visitId", "id") VALUES ($1, $2, $3) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "public"."Company" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."visitId", "t4"."companyId" FROM "public"."Payment" AS "t4" WHERE "t4"."companyId" IN ($1,…) ORDER BY "t4"."id" ASC;

-- 008 line 9: RecordConfig createOne
INSERT INTO "public"."RecordConfig" DEFAULT VALUES RETURNING "id";
SELECT "t0"."id" FROM "public"."RecordConfig" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 009 line 10: Container createOne
INSERT INTO "public"."Container" DEFAULT VALUES RETURNING "id";
SELECT "t0"."id" FROM "public"."Container" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 010 line 11: Record createOne
SELECT "t0"."id", "t0"."type" FROM "public"."RecordType" AS "t0" WHERE "t0"."type" = $1 LIMIT $2;
INSERT INTO "public"."RecordType" ("type") VALUES ($1) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "public"."RecordLocation" AS "t1" WHERE "t1"."location" = $1 LIMIT $2;
INSERT INTO "public"."RecordLocation" ("location") VALUES ($1) RETURNING "id", "location";
SELECT "t2"."id" FROM "public"."RecordConfig" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
SELECT "t3"."id" FROM "public"."Container" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
INSERT INTO "public"."Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES ($1, $2, $3, $4) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "public"."Record" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 011 line 12: Record createOne
SELECT "t0"."id", "t0"."type" FROM "public"."RecordType" AS "t0" WHERE "t0"."type" = $1 LIMIT $2;
INSERT INTO "public"."RecordType" ("type") VALUES ($1) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "public"."RecordLocation" AS "t1" WHERE "t1"."location" = $1 LIMIT $2;
INSERT INTO "public"."RecordLocation" ("location") VALUES ($1) RETURNING "id", "location";
SELECT "t2"."id" FROM "public"."RecordConfig" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
SELECT "t3"."id" FROM "public"."Container" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
INSERT INTO "public"."Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES ($1, $2, $3, $4) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id", "t4"."locationId", "t4"."recordTypeId", "t4"."configId", "t4"."containerId" FROM "public"."Record" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 012 line 13: Record createOne
SELECT "t0"."id", "t0"."type" FROM "public"."RecordType" AS "t0" WHERE "t0"."type" = $1 LIMIT $2;
INSERT INTO "public"."RecordType" ("type") VALUES ($1) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "public"."RecordLocation" AS "t1" WHERE "t1"."location" = $1 LIMIT $2;
INSERT INTO "public"."RecordLocation" ("location") VALUES ($1) RETURNING "id", "location";
SELECT "t2"."id" FROM "public"."RecordConfig" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
INSERT INTO "public"."Container" DEFAULT VALUES RETURNING "id";
INSERT INTO "public"."Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES ($1, $2, $3, $4) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t3"."id", "t3"."locationId", "t3"."recordTypeId", "t3"."configId", "t3"."containerId" FROM "public"."Record" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 013 line 14: Record createOne
SELECT "t0"."id", "t0"."type" FROM "public"."RecordType" AS "t0" WHERE "t0"."type" = $1 LIMIT $2;
INSERT INTO "public"."RecordType" ("type") VALUES ($1) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "public"."RecordLocation" AS "t1" WHERE "t1"."location" = $1 LIMIT $2;
INSERT INTO "public"."RecordLocation" ("location") VALUES ($1) RETURNING "id", "location";
SELECT "t2"."id" FROM "public"."RecordConfig" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
SELECT "t3"."id" FROM "public"."Container" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
INSERT INTO "public"."Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES ($1, $2, $3, $4) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "public"."Record" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 014 line 15: RecordLocation findMany
SELECT "t0"."id", "t0"."location" FROM "public"."RecordLocation" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 015 line 16: Record createOne
SELECT "t0"."id", "t0"."type" FROM "public"."RecordType" AS "t0" WHERE "t0"."type" = $1 LIMIT $2;
INSERT INTO "public"."RecordType" ("type") VALUES ($1) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "public"."RecordLocation" AS "t1" WHERE "t1"."location" = $1 LIMIT $2;
INSERT INTO "public"."RecordLocation" ("location") VALUES ($1) RETURNING "id", "location";
SELECT "t2"."id" FROM "public"."RecordConfig" AS "t2" WHERE ("t2"."id" = $1) LIMIT $2;
SELECT "t3"."id" FROM "public"."Container" AS "t3" WHERE ("t3"."id" = $1) LIMIT $2;
INSERT INTO "public"."Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES ($1, $2, $3, $4) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "public"."Record" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 016 line 17: Item createOne
INSERT INTO "public"."Item" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 017 line 18: MyModel createOne
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "public"."MyModel" AS "t1" WHERE "t1"."itemId" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN ($1,…);
INSERT INTO "public"."MyModel" ("itemId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "itemId";
SELECT "t2"."id" FROM "public"."MyModel" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 018 line 19: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "public"."MyModel" AS "t1" WHERE "t1"."itemId" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "public"."MyModel" AS "t2" WHERE "t2"."itemId" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = $1 WHERE "MyModel"."id" IN ($2,…);
INSERT INTO "public"."MyModel" ("itemId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "public"."Item" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "public"."MyModel" AS "t4" WHERE "t4"."itemId" IN ($1,…);

-- 019 line 20: MyModel findMany
SELECT "t0"."id", "t0"."itemId" FROM "public"."MyModel" AS "t0" WHERE 1=1;
SELECT "t1"."id" FROM "public"."Item" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 020 line 21: Item createOne
INSERT INTO "public"."Item" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 021 line 22: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "public"."MyModel" AS "t1" WHERE "t1"."itemId" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "public"."MyModel" AS "t2" WHERE "t2"."itemId" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = $1 WHERE "MyModel"."id" IN ($2,…);
INSERT INTO "public"."MyModel" ("itemId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "public"."Item" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "public"."MyModel" AS "t4" WHERE "t4"."itemId" IN ($1,…);

-- 022 line 23: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "public"."MyModel" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "public"."MyModel" AS "t2" WHERE "t2"."itemId" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = $1 WHERE "MyModel"."id" IN ($2,…);
INSERT INTO "public"."MyModel" ("itemId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "public"."Item" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "public"."MyModel" AS "t4" WHERE "t4"."itemId" IN ($1,…);

-- 023 line 24: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Item" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "public"."MyModel" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "public"."MyModel" AS "t2" WHERE "t2"."itemId" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN ($1,…);
UPDATE "public"."MyModel" SET "itemId" = $1 WHERE "MyModel"."id" IN ($2,…);
INSERT INTO "public"."MyModel" ("itemId", "id", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "public"."Item" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "public"."MyModel" AS "t4" WHERE "t4"."itemId" IN ($1,…);

-- 024 line 25: MyModel findMany
SELECT "t0"."id", "t0"."itemId" FROM "public"."MyModel" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 025 line 26: Article createOne
INSERT INTO "public"."Article" ("id") VALUES ($1) RETURNING "id", "author";
SELECT "t0"."author" FROM "public"."Article" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 026 line 27: Article createOne
INSERT INTO "public"."Writer" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."Article" ("author", "id") VALUES ($1, $2) RETURNING "id", "author";
SELECT "t0"."author" FROM "public"."Article" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT (SELECT COUNT(*) FROM "public"."Article" AS "t2" WHERE "t2"."author" = "t1"."id"), "t1"."id" FROM "public"."Writer" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 027 line 28: SPost createOne
INSERT INTO "public"."SPost" ("id", "identifier") VALUES ($1, $2) RETURNING "id", "identifier";
SELECT "t0"."id" FROM "public"."SPost" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 028 line 29: OPost createOne
INSERT INTO "public"."OPost" ("id", "identifier") VALUES ($1, $2) RETURNING "id", "identifier", "relatedId";
SELECT "t0"."id" FROM "public"."OPost" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 029 line 30: SPost createOne
INSERT INTO "public"."SPost" ("id", "identifier") VALUES ($1, $2) RETURNING "id", "identifier";
SELECT "t0"."id" FROM "public"."SPost" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 030 line 31: OPost createOne
INSERT INTO "public"."OPost" ("id", "identifier") VALUES ($1, $2) RETURNING "id", "identifier", "relatedId";
SELECT "t0"."id" FROM "public"."OPost" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 031 line 32: SPost updateOne
SELECT "t0"."id", "t0"."identifier" FROM "public"."SPost" AS "t0" WHERE "t0"."identifier" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."identifier" FROM "public"."SPost" AS "t1" WHERE ("t1"."identifier" = $1);
INSERT INTO "public"."_RelatedPosts" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."identifier" FROM "public"."SPost" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 032 line 33: SPost findUnique
SELECT "t0"."identifier", "t0"."id" FROM "public"."SPost" AS "t0" WHERE ("t0"."identifier" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."identifier", "j"."B" FROM "public"."SPost" AS "t1" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…);
SELECT "t2"."identifier", "j"."A" FROM "public"."SPost" AS "t2" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…);

-- 033 line 34: SPost findUnique
SELECT "t0"."identifier", "t0"."id" FROM "public"."SPost" AS "t0" WHERE ("t0"."identifier" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."identifier", "j"."B" FROM "public"."SPost" AS "t1" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…);
SELECT "t2"."identifier", "j"."A" FROM "public"."SPost" AS "t2" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN ($1,…);

-- 034 line 35: SPost updateOne
SELECT "t0"."id", "t0"."identifier" FROM "public"."SPost" AS "t0" WHERE "t0"."identifier" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."identifier" FROM "public"."SPost" AS "t1" WHERE ("t1"."identifier" = $1);
INSERT INTO "public"."_RelatedPosts" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."identifier" FROM "public"."SPost" AS "t2" WHERE (("t2"."identifier" = $1) AND EXISTS(SELECT 1 FROM "public"."_RelatedPosts" AS "t3" WHERE "t3"."B" = "t2"."id" AND "t3"."A" IN ($2,…)));
DELETE FROM "public"."_RelatedPosts" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t4"."identifier", "t4"."id" FROM "public"."SPost" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."identifier", "j"."B" FROM "public"."SPost" AS "t5" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN ($1,…);
SELECT "t6"."identifier", "j"."A" FROM "public"."SPost" AS "t6" INNER JOIN "public"."_RelatedPosts" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN ($1,…);

-- 035 line 36: SPost deleteOne
DELETE FROM "public"."SPost" WHERE "SPost"."identifier" = $1 RETURNING "id", "identifier";

-- 036 line 37: OPost updateOne
SELECT "t0"."id", "t0"."identifier", "t0"."relatedId" FROM "public"."OPost" AS "t0" WHERE ("t0"."identifier" = $1) LIMIT $2;
UPDATE "public"."OPost" SET "relatedId" = $1 WHERE "OPost"."identifier" = $2 RETURNING "id", "identifier", "relatedId";
SELECT "t1"."identifier" FROM "public"."OPost" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 037 line 38: OPost findUnique
SELECT "t0"."identifier", "t0"."relatedId" FROM "public"."OPost" AS "t0" WHERE ("t0"."identifier" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."identifier", "t1"."id" FROM "public"."OPost" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 038 line 39: OPost findUnique
SELECT "t0"."identifier", "t0"."relatedId", "t0"."id" FROM "public"."OPost" AS "t0" WHERE ("t0"."identifier" = $1 AND 1=1) LIMIT $2;
SELECT "t1"."identifier", "t1"."id" FROM "public"."OPost" AS "t1" WHERE "t1"."id" IN ($1,…);
SELECT "t2"."identifier", "t2"."relatedId" FROM "public"."OPost" AS "t2" WHERE "t2"."relatedId" IN ($1,…);

-- 039 line 40: OPost updateOne
SELECT "t0"."id", "t0"."identifier", "t0"."relatedId" FROM "public"."OPost" AS "t0" WHERE ("t0"."identifier" = $1) LIMIT $2;
UPDATE "public"."OPost" SET "relatedId" = $1 WHERE "OPost"."identifier" = $2 RETURNING "id", "identifier", "relatedId";
SELECT "t1"."id", "t1"."identifier", "t1"."relatedId" FROM "public"."OPost" AS "t1" WHERE "t1"."relatedId" IN ($1,…);
SELECT "t2"."id", "t2"."identifier", "t2"."relatedId" FROM "public"."OPost" AS "t2" WHERE 1=0;
UPDATE "public"."OPost" SET "relatedId" = $1 WHERE "OPost"."id" IN ($2,…);
UPDATE "public"."OPost" SET "relatedId" = NULL WHERE "OPost"."id" IN ($1,…);
SELECT "t3"."identifier", "t3"."relatedId", "t3"."id" FROM "public"."OPost" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."identifier", "t4"."id" FROM "public"."OPost" AS "t4" WHERE "t4"."id" IN ($1,…);
SELECT "t5"."identifier", "t5"."relatedId" FROM "public"."OPost" AS "t5" WHERE "t5"."relatedId" IN ($1,…);

-- 040 line 41: OPost deleteOne
DELETE FROM "public"."OPost" WHERE "OPost"."identifier" = $1 RETURNING "id", "identifier", "relatedId";

