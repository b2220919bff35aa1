-- 000 line 1: Company createOne
INSERT INTO "Company" ("id") VALUES (?) RETURNING "id";
SELECT "t0"."id" FROM "Company" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 2: Visit createOne
INSERT INTO "Visit" ("id") VALUES (?) RETURNING "id";
SELECT "t0"."id" FROM "Visit" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 3: Visit updateOne
SELECT "t0"."id" FROM "Visit" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "Payment" AS "t1" WHERE "t1"."visitId" IN (?,…);
UPDATE "Payment" SET "visitId" = NULL WHERE "Payment"."id" IN (?,…);
SELECT "t2"."id" FROM "Company" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Payment" ("visitId", "companyId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "Visit" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."visitId" FROM "Payment" AS "t4" WHERE "t4"."visitId" IN (?,…);

-- 003 line 4: Visit updateOne
SELECT "t0"."id" FROM "Visit" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "Payment" AS "t1" WHERE "t1"."visitId" IN (?,…);
UPDATE "Payment" SET "visitId" = NULL WHERE "Payment"."id" IN (?,…);
SELECT "t2"."id" FROM "Company" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Payment" ("visitId", "companyId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "Visit" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."visitId" FROM "Payment" AS "t4" WHERE "t4"."visitId" IN (?,…);

-- 004 line 5: Visit updateOne
SELECT "t0"."id" FROM "Visit" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "Payment" AS "t1" WHERE "t1"."visitId" IN (?,…);
UPDATE "Payment" SET "visitId" = NULL WHERE "Payment"."id" IN (?,…);
SELECT "t2"."id" FROM "Company" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Payment" ("visitId", "companyId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "Visit" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."visitId" FROM "Payment" AS "t4" WHERE "t4"."visitId" IN (?,…);

-- 005 line 6: Visit updateOne
SELECT "t0"."id" FROM "Visit" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."companyId", "t1"."visitId" FROM "Payment" AS "t1" WHERE "t1"."visitId" IN (?,…);
UPDATE "Payment" SET "visitId" = NULL WHERE "Payment"."id" IN (?,…);
INSERT INTO "Company" ("id") VALUES (?) RETURNING "id";
INSERT INTO "Payment" ("visitId", "companyId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t2"."id" FROM "Visit" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."companyId", "t3"."visitId" FROM "Payment" AS "t3" WHERE "t3"."visitId" IN (?,…);
SELECT "t4"."id" FROM "Company" AS "t4" WHERE "t4"."id" IN (?,…);

-- 006 line 7: Visit createOne
INSERT INTO "Visit" ("id") VALUES (?) RETURNING "id";
SELECT "t0"."id", "t0"."companyId", "t0"."visitId" FROM "Payment" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
UPDATE "Payment" SET "visitId" = ? WHERE "Payment"."id" IN (?,…);
SELECT "t1"."id" FROM "Company" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
INSERT INTO "Payment" ("visitId", "companyId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t2"."id" FROM "Visit" AS "t2" WHERE "t2"."id" = ? LIMIT ?;
SELECT "t3"."id", "t3"."visitId" FROM "Payment" AS "t3" WHERE "t3"."visitId" IN (?,…);

-- 007 line 8: Company updateOne
SELECT "t0"."id" FROM "Company" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id" FROM "Visit" AS "t1" WHERE ("t1"."id" = ?) LIMIT ?;
SELECT "t2"."id", "t2"."companyId", "t2"."visitId" FROM "Payment" AS "t2" WHERE "t2"."visitId" IN (?,…);
UPDATE "Payment" SET "visitId" = NULL WHERE "Payment"."id" IN (?,…);
INSERT INTO "Payment" ("companyId", "visitId", "id") VALUES (?, ?, ?) RETURNING "id", "companyId", "visitId";
SELECT "t3"."id" FROM "Company" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."visitId", "t4"."companyId" FROM "Payment" AS "t4" WHERE "t4"."companyId" IN (?,…) ORDER BY "t4"."id" ASC;

-- 008 line 9: RecordConfig createOne
INSERT INTO "RecordConfig" DEFAULT VALUES RETURNING "id";
SELECT "t0"."id" FROM "RecordConfig" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 009 line 10: Container createOne
INSERT INTO "Container" DEFAULT VALUES RETURNING "id";
SELECT "t0"."id" FROM "Container" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 010 line 11: Record createOne
SELECT "t0"."id", "t0"."type" FROM "RecordType" AS "t0" WHERE "t0"."type" = ? LIMIT ?;
INSERT INTO "RecordType" ("type") VALUES (?) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "RecordLocation" AS "t1" WHERE "t1"."location" = ? LIMIT ?;
INSERT INTO "RecordLocation" ("location") VALUES (?) RETURNING "id", "location";
SELECT "t2"."id" FROM "RecordConfig" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
SELECT "t3"."id" FROM "Container" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
INSERT INTO "Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES (?, ?, ?, ?) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "Record" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 011 line 12: Record createOne
SELECT "t0"."id", "t0"."type" FROM "RecordType" AS "t0" WHERE "t0"."type" = ? LIMIT ?;
INSERT INTO "RecordType" ("type") VALUES (?) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "RecordLocation" AS "t1" WHERE "t1"."location" = ? LIMIT ?;
INSERT INTO "RecordLocation" ("location") VALUES (?) RETURNING "id", "location";
SELECT "t2"."id" FROM "RecordConfig" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
SELECT "t3"."id" FROM "Container" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
INSERT INTO "Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES (?, ?, ?, ?) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id", "t4"."locationId", "t4"."recordTypeId", "t4"."configId", "t4"."containerId" FROM "Record" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 012 line 13: Record createOne
SELECT "t0"."id", "t0"."type" FROM "RecordType" AS "t0" WHERE "t0"."type" = ? LIMIT ?;
INSERT INTO "RecordType" ("type") VALUES (?) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "RecordLocation" AS "t1" WHERE "t1"."location" = ? LIMIT ?;
INSERT INTO "RecordLocation" ("location") VALUES (?) RETURNING "id", "location";
SELECT "t2"."id" FROM "RecordConfig" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
INSERT INTO "Container" DEFAULT VALUES RETURNING "id";
INSERT INTO "Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES (?, ?, ?, ?) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t3"."id", "t3"."locationId", "t3"."recordTypeId", "t3"."configId", "t3"."containerId" FROM "Record" AS "t3" WHERE "t3"."id" = ? LIMIT ?;

-- 013 line 14: Record createOne
SELECT "t0"."id", "t0"."type" FROM "RecordType" AS "t0" WHERE "t0"."type" = ? LIMIT ?;
INSERT INTO "RecordType" ("type") VALUES (?) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "RecordLocation" AS "t1" WHERE "t1"."location" = ? LIMIT ?;
INSERT INTO "RecordLocation" ("location") VALUES (?) RETURNING "id", "location";
SELECT "t2"."id" FROM "RecordConfig" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
SELECT "t3"."id" FROM "Container" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
INSERT INTO "Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES (?, ?, ?, ?) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "Record" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 014 line 15: RecordLocation findMany
SELECT "t0"."id", "t0"."location" FROM "RecordLocation" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 015 line 16: Record createOne
SELECT "t0"."id", "t0"."type" FROM "RecordType" AS "t0" WHERE "t0"."type" = ? LIMIT ?;
INSERT INTO "RecordType" ("type") VALUES (?) RETURNING "id", "type";
SELECT "t1"."id", "t1"."location" FROM "RecordLocation" AS "t1" WHERE "t1"."location" = ? LIMIT ?;
INSERT INTO "RecordLocation" ("location") VALUES (?) RETURNING "id", "location";
SELECT "t2"."id" FROM "RecordConfig" AS "t2" WHERE ("t2"."id" = ?) LIMIT ?;
SELECT "t3"."id" FROM "Container" AS "t3" WHERE ("t3"."id" = ?) LIMIT ?;
INSERT INTO "Record" ("containerId", "configId", "locationId", "recordTypeId") VALUES (?, ?, ?, ?) RETURNING "id", "locationId", "recordTypeId", "configId", "containerId";
SELECT "t4"."id" FROM "Record" AS "t4" WHERE "t4"."id" = ? LIMIT ?;

-- 016 line 17: Item createOne
INSERT INTO "Item" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 017 line 18: MyModel createOne
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "MyModel" AS "t1" WHERE "t1"."itemId" IN (?,…);
UPDATE "MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN (?,…);
INSERT INTO "MyModel" ("itemId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "itemId";
SELECT "t2"."id" FROM "MyModel" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 018 line 19: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "MyModel" AS "t1" WHERE "t1"."itemId" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "MyModel" AS "t2" WHERE "t2"."itemId" IN (?,…);
UPDATE "MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN (?,…);
UPDATE "MyModel" SET "itemId" = ? WHERE "MyModel"."id" IN (?,…);
INSERT INTO "MyModel" ("itemId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "Item" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "MyModel" AS "t4" WHERE "t4"."itemId" IN (?,…);

-- 019 line 20: MyModel findMany
SELECT "t0"."id", "t0"."itemId" FROM "MyModel" AS "t0" WHERE 1=1;
SELECT "t1"."id" FROM "Item" AS "t1" WHERE "t1"."id" IN (?,…);

-- 020 line 21: Item createOne
INSERT INTO "Item" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 021 line 22: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "MyModel" AS "t1" WHERE "t1"."itemId" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "MyModel" AS "t2" WHERE "t2"."itemId" IN (?,…);
UPDATE "MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN (?,…);
UPDATE "MyModel" SET "itemId" = ? WHERE "MyModel"."id" IN (?,…);
INSERT INTO "MyModel" ("itemId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "Item" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "MyModel" AS "t4" WHERE "t4"."itemId" IN (?,…);

-- 022 line 23: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "MyModel" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "MyModel" AS "t2" WHERE "t2"."itemId" IN (?,…);
UPDATE "MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN (?,…);
UPDATE "MyModel" SET "itemId" = ? WHERE "MyModel"."id" IN (?,…);
INSERT INTO "MyModel" ("itemId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "Item" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "MyModel" AS "t4" WHERE "t4"."itemId" IN (?,…);

-- 023 line 24: Item updateOne
SELECT "t0"."id", "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT "t1"."id", "t1"."name", "t1"."itemId" FROM "MyModel" AS "t1" WHERE "t1"."id" = ? LIMIT ?;
SELECT "t2"."id", "t2"."name", "t2"."itemId" FROM "MyModel" AS "t2" WHERE "t2"."itemId" IN (?,…);
UPDATE "MyModel" SET "itemId" = NULL WHERE "MyModel"."id" IN (?,…);
UPDATE "MyModel" SET "itemId" = ? WHERE "MyModel"."id" IN (?,…);
INSERT INTO "MyModel" ("itemId", "id", "name") VALUES (?, ?, ?) RETURNING "id", "name", "itemId";
SELECT "t3"."id", "t3"."name" FROM "Item" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."id", "t4"."name", "t4"."itemId" FROM "MyModel" AS "t4" WHERE "t4"."itemId" IN (?,…);

-- 024 line 25: MyModel findMany
SELECT "t0"."id", "t0"."itemId" FROM "MyModel" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 025 line 26: Article createOne
INSERT INTO "Article" ("id") VALUES (?) RETURNING "id", "author";
SELECT "t0"."author" FROM "Article" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 026 line 27: Article createOne
INSERT INTO "Writer" ("id") VALUES (?) RETURNING "id";
INSERT INTO "Article" ("author", "id") VALUES (?, ?) RETURNING "id", "author";
SELECT "t0"."author" FROM "Article" AS "t0" WHERE "t0"."id" = ? LIMIT ?;
SELECT (SELECT COUNT(*) FROM "Article" AS "t2" WHERE "t2"."author" = "t1"."id"), "t1"."id" FROM "Writer" AS "t1" WHERE "t1"."id" IN (?,…);

-- 027 line 28: SPost createOne
INSERT INTO "SPost" ("id", "identifier") VALUES (?, ?) RETURNING "id", "identifier";
SELECT "t0"."id" FROM "SPost" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 028 line 29: OPost createOne
INSERT INTO "OPost" ("id", "identifier") VALUES (?, ?) RETURNING "id", "identifier", "relatedId";
SELECT "t0"."id" FROM "OPost" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 029 line 30: SPost createOne
INSERT INTO "SPost" ("id", "identifier") VALUES (?, ?) RETURNING "id", "identifier";
SELECT "t0"."id" FROM "SPost" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 030 line 31: OPost createOne
INSERT INTO "OPost" ("id", "identifier") VALUES (?, ?) RETURNING "id", "identifier", "relatedId";
SELECT "t0"."id" FROM "OPost" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 031 line 32: SPost updateOne
SELECT "t0"."id", "t0"."identifier" FROM "SPost" AS "t0" WHERE "t0"."identifier" = ? LIMIT ?;
SELECT "t1"."id", "t1"."identifier" FROM "SPost" AS "t1" WHERE ("t1"."identifier" = ?);
INSERT INTO "_RelatedPosts" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."identifier" FROM "SPost" AS "t2" WHERE "t2"."id" = ? LIMIT ?;

-- 032 line 33: SPost findUnique
SELECT "t0"."identifier", "t0"."id" FROM "SPost" AS "t0" WHERE ("t0"."identifier" = ? AND 1=1) LIMIT ?;
SELECT "t1"."identifier", "j"."B" FROM "SPost" AS "t1" INNER JOIN "_RelatedPosts" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…);
SELECT "t2"."identifier", "j"."A" FROM "SPost" AS "t2" INNER JOIN "_RelatedPosts" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN (?,…);

-- 033 line 34: SPost findUnique
SELECT "t0"."identifier", "t0"."id" FROM "SPost" AS "t0" WHERE ("t0"."identifier" = ? AND 1=1) LIMIT ?;
SELECT "t1"."identifier", "j"."B" FROM "SPost" AS "t1" INNER JOIN "_RelatedPosts" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?,…);
SELECT "t2"."identifier", "j"."A" FROM "SPost" AS "t2" INNER JOIN "_RelatedPosts" AS "j" ON "j"."B" = "t2"."id" WHERE "j"."A" IN (?,…);

-- 034 line 35: SPost updateOne
SELECT "t0"."id", "t0"."identifier" FROM "SPost" AS "t0" WHERE "t0"."identifier" = ? LIMIT ?;
SELECT "t1"."id", "t1"."identifier" FROM "SPost" AS "t1" WHERE ("t1"."identifier" = ?);
INSERT INTO "_RelatedPosts" ("B", "A") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id", "t2"."identifier" FROM "SPost" AS "t2" WHERE (("t2"."identifier" = ?) AND EXISTS(SELECT 1 FROM "_RelatedPosts" AS "t3" WHERE "t3"."B" = "t2"."id" AND "t3"."A" IN (?,…)));
DELETE FROM "_RelatedPosts" WHERE "A" = ? AND "B" IN (?,…);
SELECT "t4"."identifier", "t4"."id" FROM "SPost" AS "t4" WHERE "t4"."id" = ? LIMIT ?;
SELECT "t5"."identifier", "j"."B" FROM "SPost" AS "t5" INNER JOIN "_RelatedPosts" AS "j" ON "j"."A" = "t5"."id" WHERE "j"."B" IN (?,…);
SELECT "t6"."identifier", "j"."A" FROM "SPost" AS "t6" INNER JOIN "_RelatedPosts" AS "j" ON "j"."B" = "t6"."id" WHERE "j"."A" IN (?,…);

-- 035 line 36: SPost deleteOne
DELETE FROM "SPost" WHERE "SPost"."identifier" = ? RETURNING "id", "identifier";

-- 036 line 37: OPost updateOne
SELECT "t0"."id", "t0"."identifier", "t0"."relatedId" FROM "OPost" AS "t0" WHERE ("t0"."identifier" = ?) LIMIT ?;
UPDATE "OPost" SET "relatedId" = ? WHERE "OPost"."identifier" = ? RETURNING "id", "identifier", "relatedId";
SELECT "t1"."identifier" FROM "OPost" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 037 line 38: OPost findUnique
SELECT "t0"."identifier", "t0"."relatedId" FROM "OPost" AS "t0" WHERE ("t0"."identifier" = ? AND 1=1) LIMIT ?;
SELECT "t1"."identifier", "t1"."id" FROM "OPost" AS "t1" WHERE "t1"."id" IN (?,…);

-- 038 line 39: OPost findUnique
SELECT "t0"."identifier", "t0"."relatedId", "t0"."id" FROM "OPost" AS "t0" WHERE ("t0"."identifier" = ? AND 1=1) LIMIT ?;
SELECT "t1"."identifier", "t1"."id" FROM "OPost" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."identifier", "t2"."relatedId" FROM "OPost" AS "t2" WHERE "t2"."relatedId" IN (?,…);

-- 039 line 40: OPost updateOne
SELECT "t0"."id", "t0"."identifier", "t0"."relatedId" FROM "OPost" AS "t0" WHERE ("t0"."identifier" = ?) LIMIT ?;
UPDATE "OPost" SET "relatedId" = ? WHERE "OPost"."identifier" = ? RETURNING "id", "identifier", "relatedId";
SELECT "t1"."id", "t1"."identifier", "t1"."relatedId" FROM "OPost" AS "t1" WHERE "t1"."relatedId" IN (?,…);
SELECT "t2"."id", "t2"."identifier", "t2"."relatedId" FROM "OPost" AS "t2" WHERE 1=0;
UPDATE "OPost" SET "relatedId" = ? WHERE "OPost"."id" IN (?,…);
UPDATE "OPost" SET "relatedId" = NULL WHERE "OPost"."id" IN (?,…);
SELECT "t3"."identifier", "t3"."relatedId", "t3"."id" FROM "OPost" AS "t3" WHERE "t3"."id" = ? LIMIT ?;
SELECT "t4"."identifier", "t4"."id" FROM "OPost" AS "t4" WHERE "t4"."id" IN (?,…);
SELECT "t5"."identifier", "t5"."relatedId" FROM "OPost" AS "t5" WHERE "t5"."relatedId" IN (?,…);

-- 040 line 41: OPost deleteOne
DELETE FROM "OPost" WHERE "OPost"."identifier" = ? RETURNING "id", "identifier", "relatedId";

