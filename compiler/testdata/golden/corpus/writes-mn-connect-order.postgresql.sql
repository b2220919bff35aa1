-- 000 line 1: User createMany
INSERT INTO "public"."User" ("id") VALUES ($1), ($2), ($3), ($4), ($5), ($6);

-- 001 line 2: Group createMany
INSERT INTO "public"."Group" ("id") VALUES ($1), ($2), ($3), ($4);

-- 002 line 4: User updateOne
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Group" AS "t1" WHERE (("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1) OR ("t1"."id" = $3 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."User" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."B" FROM "public"."Group" AS "t3" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t3"."id" WHERE "j"."B" IN ($1,…);

-- 003 line 5: User createOne
INSERT INTO "public"."User" ("id") VALUES ($1) RETURNING "id";
SELECT "t0"."id" FROM "public"."Group" AS "t0" WHERE (("t0"."id" = $1 AND 1=1) OR ("t0"."id" = $2 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Group" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "j"."B" FROM "public"."Group" AS "t2" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t2"."id" WHERE "j"."B" IN ($1,…);

-- 004 line 6: User updateOne
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."Group" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Group" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Group" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
INSERT INTO "public"."Group" ("id") VALUES ($1) RETURNING "id";
INSERT INTO "public"."_GroupToUser" ("B", "A") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t3"."id" FROM "public"."User" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."id", "j"."B" FROM "public"."Group" AS "t4" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t4"."id" WHERE "j"."B" IN ($1,…);

-- 005 line 8: Group updateOne
SELECT "t0"."id" FROM "public"."Group" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE (("t1"."id" = $1 AND 1=1) OR ("t1"."id" = $2 AND 1=1) OR ("t1"."id" = $3 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t2"."id" FROM "public"."Group" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "j"."A" FROM "public"."User" AS "t3" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."B" = "t3"."id" WHERE "j"."A" IN ($1,…);

-- 006 line 9: Group updateOne
SELECT "t0"."id" FROM "public"."Group" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id" FROM "public"."User" AS "t1" WHERE EXISTS(SELECT 1 FROM "public"."_GroupToUser" AS "t2" WHERE "t2"."B" = "t1"."id" AND "t2"."A" IN ($1,…));
DELETE FROM "public"."_GroupToUser" WHERE "A" = $1 AND "B" IN ($2,…);
SELECT "t3"."id" FROM "public"."User" AS "t3" WHERE (("t3"."id" = $1 AND 1=1) OR ("t3"."id" = $2 AND 1=1) OR ("t3"."id" = $3 AND 1=1));
INSERT INTO "public"."_GroupToUser" ("A", "B") VALUES (($1,…),…) ON CONFLICT DO NOTHING;
SELECT "t4"."id" FROM "public"."Group" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;
SELECT "t5"."id", "j"."A" FROM "public"."User" AS "t5" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."B" = "t5"."id" WHERE "j"."A" IN ($1,…);

-- 007 line 11: User findMany
SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."B" FROM "public"."Group" AS "t1" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN ($1,…);

-- 008 line 12: Group findMany
SELECT "t0"."id" FROM "public"."Group" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."A" FROM "public"."User" AS "t1" INNER JOIN "public"."_GroupToUser" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN ($1,…);

