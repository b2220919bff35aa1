-- 000 line 2: Box createMany
INSERT INTO "public"."Box" ("id", "tags", "nums", "colors") VALUES ($1, $2, $3, CAST($4::text AS "public"."Color"[])), ($5, DEFAULT, DEFAULT, DEFAULT), ($6, $7, DEFAULT, DEFAULT);

-- 001 line 3: Owner createOne
INSERT INTO "public"."Owner" ("id", "names") VALUES ($1, $2) RETURNING "id", "names";
UPDATE "public"."Box" SET "ownerId" = $1 WHERE (("Box"."id" = $2 AND 1=1) OR ("Box"."id" = $3 AND 1=1));
SELECT "t0"."id" FROM "public"."Owner" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 5: Box updateOne
UPDATE "public"."Box" SET "tags" = ("Box"."tags" || $1), "nums" = ("Box"."nums" || $2), "colors" = ("Box"."colors" || CAST($3::text AS "public"."Color"[])) WHERE "Box"."id" = $4 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 003 line 6: Box updateOne
UPDATE "public"."Box" SET "tags" = ("Box"."tags" || $1), "colors" = ("Box"."colors" || CAST($2::text AS "public"."Color"[])), "dates" = ("Box"."dates" || $3) WHERE "Box"."id" = $4 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 004 line 7: Box updateOne
UPDATE "public"."Box" SET "decs" = ("Box"."decs" || $1), "bigs" = ("Box"."bigs" || $2) WHERE "Box"."id" = $3 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 005 line 9: Box updateOne
UPDATE "public"."Box" SET "tags" = $1, "nums" = $2, "colors" = CAST($3::text AS "public"."Color"[]) WHERE "Box"."id" = $4 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 006 line 11: Box updateMany
UPDATE "public"."Box" SET "tags" = ("Box"."tags" || $1) WHERE "Box"."id" IN ($2,…);

-- 007 line 12: Box updateManyAndReturn
UPDATE "public"."Box" SET "nums" = $1 WHERE "Box"."id" >= $2 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 008 line 14: Box upsertOne
INSERT INTO "public"."Box" ("id", "tags") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "tags" = ("Box"."tags" || $3) WHERE "Box"."id" = $4 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 009 line 15: Box upsertOne
INSERT INTO "public"."Box" ("id", "tags") VALUES ($1, $2) ON CONFLICT ("id") DO UPDATE SET "tags" = ("Box"."tags" || $3) WHERE "Box"."id" = $4 RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";

-- 010 line 16: Box upsertOne
SELECT "t0"."id", "t0"."tags", "t0"."nums", "t0"."colors"::text[], "t0"."dates", "t0"."decs", "t0"."bigs", "t0"."ownerId" FROM "public"."Box" AS "t0" WHERE "t0"."id" = $1;
UPDATE "public"."Box" SET "colors" = ("Box"."colors" || CAST($1::text AS "public"."Color"[])) WHERE ("Box"."id" IN ($2,…) AND "Box"."id" = $3) RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";
INSERT INTO "public"."Box" ("id") VALUES ($1) RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";
SELECT "t1"."id", "t1"."colors"::text[], "t1"."ownerId" FROM "public"."Box" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id" FROM "public"."Owner" AS "t2" WHERE "t2"."id" IN ($1,…);

-- 011 line 18: Owner updateOne
UPDATE "public"."Owner" SET "names" = ("Owner"."names" || $1) WHERE "Owner"."id" = $2 RETURNING "id", "names";
SELECT "t0"."id", "t0"."tags", "t0"."nums", "t0"."colors"::text[], "t0"."dates", "t0"."decs", "t0"."bigs", "t0"."ownerId" FROM "public"."Box" AS "t0" WHERE "t0"."ownerId" IN ($1,…);
UPDATE "public"."Box" SET "nums" = ("Box"."nums" || $1) WHERE "Box"."id" IN ($2,…);
INSERT INTO "public"."Box" ("ownerId", "id", "tags", "colors") VALUES ($1, $2, $3, CAST($4::text AS "public"."Color"[])) RETURNING "id", "tags", "nums", "colors"::text[], "dates", "decs", "bigs", "ownerId";
SELECT "t1"."id", "t1"."names" FROM "public"."Owner" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."nums", "t2"."tags", "t2"."colors"::text[], "t2"."ownerId" FROM "public"."Box" AS "t2" WHERE "t2"."ownerId" IN ($1,…) ORDER BY "t2"."id" ASC;

-- 012 line 20: Box updateMany
UPDATE "public"."Box" SET "colors" = CAST($1::text AS "public"."Color"[]) WHERE "Box"."tags" @> $2;

-- 013 line 21: Box deleteMany
DELETE FROM "public"."Box" WHERE "Box"."tags" @> $1;

