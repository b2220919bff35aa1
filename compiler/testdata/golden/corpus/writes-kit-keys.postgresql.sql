-- 000 line 1: User createOne
INSERT INTO "public"."User" ("id", "nr", "age") VALUES ($1, $2, $3) RETURNING "id", "nr", "age";
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE "t1"."user_id" IN ($1,…) AND "t1"."user_age" IN ($2,…);

-- 001 line 2: Post createOne
INSERT INTO "public"."Post" ("id") VALUES ($1) RETURNING "id", "user_id", "user_age";
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."nr" IN ($1,…) AND "t1"."age" IN ($2,…);

-- 002 line 3: Post createOne
INSERT INTO "public"."Post" ("id", "user_id") VALUES ($1, $2) RETURNING "id", "user_id", "user_age";
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."nr" IN ($1,…) AND "t1"."age" IN ($2,…);

-- 003 line 4: Post createOne
INSERT INTO "public"."Post" ("id", "user_id", "user_age") VALUES ($1, $2, $3) RETURNING "id", "user_id", "user_age";
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."nr" IN ($1,…) AND "t1"."age" IN ($2,…);

-- 004 line 5: Post createOne
INSERT INTO "public"."Post" ("id", "user_id", "user_age") VALUES ($1, $2, $3) RETURNING "id", "user_id", "user_age";
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."nr" IN ($1,…) AND "t1"."age" IN ($2,…);

-- 005 line 6: Post createOne
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE (("t0"."nr" = $1 AND "t0"."age" = $2)) LIMIT $3;
INSERT INTO "public"."Post" ("user_id", "user_age", "id") VALUES ($1, $2, $3) RETURNING "id", "user_id", "user_age";
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."nr", "t2"."age" FROM "public"."User" AS "t2" WHERE "t2"."nr" IN ($1,…) AND "t2"."age" IN ($2,…);

-- 006 line 7: Post updateOne
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE (("t0"."nr" = $1 AND "t0"."age" = $2)) LIMIT $3;
UPDATE "public"."Post" SET "user_id" = $1, "user_age" = $2 WHERE "Post"."id" = $3 RETURNING "id", "user_id", "user_age";
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."nr", "t2"."age" FROM "public"."User" AS "t2" WHERE "t2"."nr" IN ($1,…) AND "t2"."age" IN ($2,…);

-- 007 line 8: Post updateOne
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE ("t1"."nr", "t1"."age") IN ((($1,…),…));
UPDATE "public"."Post" SET "user_id" = NULL, "user_age" = NULL WHERE "Post"."id" IN ($1,…);
SELECT "t2"."id", "t2"."user_id", "t2"."user_age" FROM "public"."Post" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."nr", "t3"."age" FROM "public"."User" AS "t3" WHERE "t3"."nr" IN ($1,…) AND "t3"."age" IN ($2,…);

-- 008 line 9: Post updateOne
UPDATE "public"."Post" SET "user_age" = NULL WHERE "Post"."id" = $1 RETURNING "id", "user_id", "user_age";
SELECT "t0"."id", "t0"."user_id", "t0"."user_age" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."nr" IN ($1,…) AND "t1"."age" IN ($2,…);

-- 009 line 10: User updateOne
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
UPDATE "public"."Post" SET "user_id" = $1, "user_age" = $2 WHERE (("Post"."id" = $3 AND 1=1) OR ("Post"."id" = $4 AND 1=1));
SELECT "t1"."id", "t1"."nr", "t1"."age" FROM "public"."User" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."id", "t2"."user_id", "t2"."user_age" FROM "public"."Post" AS "t2" WHERE "t2"."user_id" IN ($1,…) AND "t2"."user_age" IN ($2,…) ORDER BY "t2"."id" ASC;

-- 010 line 11: User updateOne
UPDATE "public"."User" SET "age" = $1 WHERE "User"."id" = $2 RETURNING "id", "nr", "age";
SELECT "t0"."id", "t0"."age", "t0"."nr" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE "t1"."user_id" IN ($1,…) AND "t1"."user_age" IN ($2,…) ORDER BY "t1"."id" ASC;

-- 011 line 12: User updateOne
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE (("t1"."id" = $1) AND ("t1"."user_id", "t1"."user_age") IN ((($2,…),…)));
UPDATE "public"."Post" SET "user_id" = NULL, "user_age" = NULL WHERE ("Post"."id" IN ($1,…) AND ("Post"."id" = $2));
SELECT "t2"."id", "t2"."nr", "t2"."age" FROM "public"."User" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."id", "t3"."user_id", "t3"."user_age" FROM "public"."Post" AS "t3" WHERE "t3"."user_id" IN ($1,…) AND "t3"."user_age" IN ($2,…) ORDER BY "t3"."id" ASC;

-- 012 line 13: User deleteOne
DELETE FROM "public"."User" WHERE "User"."id" = $1 RETURNING "id", "nr", "age";

-- 013 line 14: User createOne
INSERT INTO "public"."User" ("id", "nr", "age") VALUES ($1, $2, $3) RETURNING "id", "nr", "age";
INSERT INTO "public"."Post" ("id", "user_id", "user_age") VALUES ($1, $2, $3), ($4, $5, $6);
SELECT "t0"."id", "t0"."nr", "t0"."age" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."user_id", "t1"."user_age" FROM "public"."Post" AS "t1" WHERE "t1"."user_id" IN ($1,…) AND "t1"."user_age" IN ($2,…) ORDER BY "t1"."id" ASC;

-- 014 line 15: User deleteOne
DELETE FROM "public"."User" WHERE ("User"."nr" = $1 AND "User"."age" = $2) RETURNING "id", "nr", "age";

-- 015 line 16: Post deleteMany
DELETE FROM "public"."Post" WHERE "Post"."user_age" = $1;

-- 016 line 17: User deleteOne
DELETE FROM "public"."User" WHERE ("User"."nr" = $1 AND "User"."age" = $2) RETURNING "id", "nr", "age";

-- 017 line 18: Parent createOne
INSERT INTO "public"."Child" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t0"."name", "t0"."age", "t0"."child_id" FROM "public"."Parent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 LIMIT $3;
SELECT "t1"."id", "t1"."name" FROM "public"."Child" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 018 line 19: Parent updateOne
UPDATE "public"."Parent" SET "age" = $1 WHERE ("Parent"."name" = $2 AND "Parent"."child_id" = $3) RETURNING "name", "age", "child_id";

-- 019 line 20: Child updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "age" = $1 WHERE ("Parent"."name", "Parent"."child_id") IN ((($2,…),…)) RETURNING "name", "age", "child_id";
SELECT "t2"."id" FROM "public"."Child" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."age", "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);

-- 020 line 21: Parent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id" FROM "public"."Parent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2);
UPDATE "public"."Parent" SET "name" = $1, "age" = $2 WHERE (("Parent"."name", "Parent"."child_id") IN ((($3,…),…)) AND ("Parent"."name" = $4 AND "Parent"."child_id" = $5)) RETURNING "name", "age", "child_id";
INSERT INTO "public"."Child" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t1"."age" FROM "public"."Parent" AS "t1" WHERE "t1"."name" = $1 AND "t1"."child_id" = $2 LIMIT $3;

-- 021 line 22: Parent deleteOne
DELETE FROM "public"."Parent" WHERE ("Parent"."name" = $1 AND "Parent"."child_id" = $2) RETURNING "name", "age", "child_id";

-- 022 line 23: Parent createOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "child_id" = NULL WHERE ("Parent"."name", "Parent"."child_id") IN ((($1,…),…));
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t2"."name", "t2"."child_id" FROM "public"."Parent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 LIMIT $3;
SELECT "t3"."id" FROM "public"."Child" AS "t3" WHERE "t3"."id" IN ($1,…);

-- 023 line 24: Child createOne
INSERT INTO "public"."Child" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
SELECT "t0"."id" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 024 line 25: Child updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "name" = $1 WHERE ("Parent"."name", "Parent"."child_id") IN ((($2,…),…)) RETURNING "name", "age", "child_id";
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t2"."id" FROM "public"."Child" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Child" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 025 line 26: Child updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "name" = $1 WHERE ("Parent"."name", "Parent"."child_id") IN ((($2,…),…)) RETURNING "name", "age", "child_id";
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t2"."id" FROM "public"."Child" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Child" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 026 line 27: Child updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
DELETE FROM "public"."Parent" WHERE ("Parent"."name", "Parent"."child_id") IN ((($1,…),…));
SELECT "t2"."id" FROM "public"."Child" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Child" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 027 line 28: Child updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
DELETE FROM "public"."Parent" WHERE ("Parent"."name", "Parent"."child_id") IN ((($1,…),…));
SELECT "t2"."id" FROM "public"."Child" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);
SELECT "t4"."id" FROM "public"."Child" AS "t4" WHERE "t4"."id" IN ($1,…);

-- 028 line 29: Parent createOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE "t1"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "child_id" = NULL WHERE ("Parent"."name", "Parent"."child_id") IN ((($1,…),…));
INSERT INTO "public"."Parent" ("child_id", "name", "age") VALUES ($1, $2, $3) RETURNING "name", "age", "child_id";
SELECT "t2"."name" FROM "public"."Parent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 LIMIT $3;

-- 029 line 30: Parent updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Child" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id" FROM "public"."Parent" AS "t1" WHERE ("t1"."name" = $1 AND "t1"."child_id" = $2) LIMIT $3;
SELECT "t2"."id", "t2"."name" FROM "public"."Child" AS "t2" WHERE "t2"."id" IN ($1,…);
SELECT "t3"."name", "t3"."age", "t3"."child_id" FROM "public"."Parent" AS "t3" WHERE "t3"."child_id" IN ($1,…);
UPDATE "public"."Parent" SET "child_id" = NULL WHERE ("Parent"."name", "Parent"."child_id") IN ((($1,…),…));
UPDATE "public"."Parent" SET "child_id" = $1 WHERE ("Parent"."name", "Parent"."child_id") IN ((($2,…),…));
SELECT "t4"."name", "t4"."child_id" FROM "public"."Parent" AS "t4" WHERE "t4"."name" = $1 AND "t4"."child_id" = $2 LIMIT $3;
SELECT "t5"."id" FROM "public"."Child" AS "t5" WHERE "t5"."id" IN ($1,…);

-- 030 line 31: Parent updateOne
UPDATE "public"."Parent" SET "child_id" = $1 WHERE ("Parent"."name" = $2 AND "Parent"."child_id" = $3) RETURNING "name", "age", "child_id";
SELECT "t0"."name", "t0"."child_id" FROM "public"."Parent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 LIMIT $3;
SELECT "t1"."id" FROM "public"."Child" AS "t1" WHERE "t1"."id" IN ($1,…);

-- 031 line 32: Child deleteOne
DELETE FROM "public"."Child" WHERE "Child"."id" = $1 RETURNING "id", "name";

-- 032 line 33: Child deleteOne
DELETE FROM "public"."Child" WHERE "Child"."id" = $1 RETURNING "id", "name";

-- 033 line 34: Parent findMany
SELECT "t0"."name", "t0"."child_id" FROM "public"."Parent" AS "t0" WHERE ("t0"."name" >= (SELECT "t0"."name" FROM "public"."Parent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2)) ORDER BY "t0"."name" ASC;

-- 034 line 35: MParent createOne
INSERT INTO "public"."MChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
INSERT INTO "public"."MParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."MParent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3 LIMIT $4;
SELECT "t1"."id", "t1"."name", "t1"."ssn" FROM "public"."MChild" AS "t1" WHERE "t1"."id" IN ($1,…) AND "t1"."ssn" IN ($2,…);

-- 035 line 36: MParent updateOne
UPDATE "public"."MParent" SET "age" = $1 WHERE ("MParent"."name" = $2 AND "MParent"."child_id" = $3 AND "MParent"."child_ssn" = $4) RETURNING "name", "age", "child_id", "child_ssn";

-- 036 line 37: MChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."MChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."MParent" AS "t1" WHERE ("t1"."child_id", "t1"."child_ssn") IN ((($1,…),…));
UPDATE "public"."MParent" SET "age" = $1 WHERE ("MParent"."name", "MParent"."child_id", "MParent"."child_ssn") IN ((($2,…),…)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."id", "t2"."ssn" FROM "public"."MChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."MParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…);

-- 037 line 38: MParent upsertOne
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."MParent" AS "t0" WHERE ("t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3);
UPDATE "public"."MParent" SET "name" = $1, "age" = $2 WHERE (("MParent"."name", "MParent"."child_id", "MParent"."child_ssn") IN ((($3,…),…)) AND ("MParent"."name" = $4 AND "MParent"."child_id" = $5 AND "MParent"."child_ssn" = $6)) RETURNING "name", "age", "child_id", "child_ssn";
INSERT INTO "public"."MChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
INSERT INTO "public"."MParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."MParent" AS "t1" WHERE "t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3 LIMIT $4;
SELECT "t2"."id", "t2"."ssn" FROM "public"."MChild" AS "t2" WHERE "t2"."id" IN ($1,…) AND "t2"."ssn" IN ($2,…);

-- 038 line 39: MParent deleteOne
DELETE FROM "public"."MParent" WHERE ("MParent"."name" = $1 AND "MParent"."child_id" = $2 AND "MParent"."child_ssn" = $3) RETURNING "name", "age", "child_id", "child_ssn";

-- 039 line 40: MParent createOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."MChild" AS "t0" WHERE ("t0"."id" = $1) LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."MParent" AS "t1" WHERE ("t1"."child_id", "t1"."child_ssn") IN ((($1,…),…));
UPDATE "public"."MParent" SET "child_id" = NULL, "child_ssn" = NULL WHERE ("MParent"."name", "MParent"."child_id", "MParent"."child_ssn") IN ((($1,…),…));
INSERT INTO "public"."MParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."name", "t2"."child_id", "t2"."child_ssn" FROM "public"."MParent" AS "t2" WHERE "t2"."name" = $1 AND "t2"."child_id" = $2 AND "t2"."child_ssn" = $3 LIMIT $4;
SELECT "t3"."id", "t3"."ssn" FROM "public"."MChild" AS "t3" WHERE "t3"."id" IN ($1,…) AND "t3"."ssn" IN ($2,…);

-- 040 line 41: MChild createOne
INSERT INTO "public"."MChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
SELECT "t0"."id" FROM "public"."MChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 041 line 42: MChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."MChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."MParent" AS "t1" WHERE ("t1"."child_id", "t1"."child_ssn") IN ((($1,…),…));
UPDATE "public"."MParent" SET "name" = $1 WHERE ("MParent"."name", "MParent"."child_id", "MParent"."child_ssn") IN ((($2,…),…)) RETURNING "name", "age", "child_id", "child_ssn";
INSERT INTO "public"."MParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."id", "t2"."ssn" FROM "public"."MChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."child_id", "t3"."child_ssn" FROM "public"."MParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…);
SELECT "t4"."id", "t4"."ssn" FROM "public"."MChild" AS "t4" WHERE "t4"."id" IN ($1,…) AND "t4"."ssn" IN ($2,…);

-- 042 line 43: MChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."MChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."MParent" AS "t1" WHERE ("t1"."child_id", "t1"."child_ssn") IN ((($1,…),…));
DELETE FROM "public"."MParent" WHERE ("MParent"."name", "MParent"."child_id", "MParent"."child_ssn") IN ((($1,…),…));
SELECT "t2"."id", "t2"."ssn" FROM "public"."MChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."child_id", "t3"."child_ssn" FROM "public"."MParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…);
SELECT "t4"."id", "t4"."ssn" FROM "public"."MChild" AS "t4" WHERE "t4"."id" IN ($1,…) AND "t4"."ssn" IN ($2,…);

-- 043 line 44: MChild updateOne
UPDATE "public"."MChild" SET "ssn" = $1 WHERE "MChild"."ssn" = $2 RETURNING "id", "ssn", "name";

-- 044 line 45: MChild updateOne
UPDATE "public"."MChild" SET "name" = $1 WHERE ("MChild"."id" = $2 AND "MChild"."ssn" = $3) RETURNING "id", "ssn", "name";

-- 045 line 46: NParent createOne
INSERT INTO "public"."NChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
INSERT INTO "public"."NParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t0"."name", "t0"."age", "t0"."child_id", "t0"."child_ssn" FROM "public"."NParent" AS "t0" WHERE "t0"."name" = $1 AND "t0"."child_id" = $2 AND "t0"."child_ssn" = $3 LIMIT $4;
SELECT "t1"."id", "t1"."name", "t1"."ssn" FROM "public"."NChild" AS "t1" WHERE "t1"."id" IN ($1,…) AND "t1"."ssn" IN ($2,…);

-- 046 line 47: NParent createOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE (("t0"."id" = $1 AND "t0"."ssn" = $2)) LIMIT $3;
INSERT INTO "public"."NParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE "t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3 LIMIT $4;
SELECT "t2"."id", "t2"."name", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" IN ($1,…) AND "t2"."ssn" IN ($2,…);

-- 047 line 48: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE (("t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3) AND ("t1"."child_id", "t1"."child_ssn") IN ((($4,…),…)));
UPDATE "public"."NParent" SET "age" = $1 WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…)) AND ("NParent"."name" = $3 AND "NParent"."child_id" = $4 AND "NParent"."child_ssn" = $5)) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 048 line 49: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE ("t1"."age" > $1 AND ("t1"."child_id", "t1"."child_ssn") IN ((($2,…),…)));
UPDATE "public"."NParent" SET "age" = ("NParent"."age" + $1) WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…));
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 049 line 50: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE (("t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3) AND ("t1"."child_id", "t1"."child_ssn") IN ((($4,…),…)));
UPDATE "public"."NParent" SET "age" = $1 WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…)) AND ("NParent"."name" = $3 AND "NParent"."child_id" = $4 AND "NParent"."child_ssn" = $5)) RETURNING "name", "age", "child_id", "child_ssn";
INSERT INTO "public"."NParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 050 line 51: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE (("t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3) AND ("t1"."child_id", "t1"."child_ssn") IN ((($4,…),…)));
UPDATE "public"."NParent" SET "age" = $1 WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($2,…),…)) AND ("NParent"."name" = $3 AND "NParent"."child_id" = $4 AND "NParent"."child_ssn" = $5)) RETURNING "name", "age", "child_id", "child_ssn";
INSERT INTO "public"."NParent" ("child_id", "child_ssn", "name", "age") VALUES ($1, $2, $3, $4) RETURNING "name", "age", "child_id", "child_ssn";
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 051 line 52: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE ((("t1"."name" = $1 AND "t1"."child_id" = $2 AND "t1"."child_ssn" = $3)) AND ("t1"."child_id", "t1"."child_ssn") IN ((($4,…),…)));
DELETE FROM "public"."NParent" WHERE (("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($1,…),…)) AND (("NParent"."name" = $2 AND "NParent"."child_id" = $3 AND "NParent"."child_ssn" = $4)));
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 052 line 53: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE ("t1"."age" < $1 AND ("t1"."child_id", "t1"."child_ssn") IN ((($2,…),…)));
DELETE FROM "public"."NParent" WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($1,…),…));
SELECT "t2"."id", "t2"."ssn" FROM "public"."NChild" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."age", "t3"."child_id", "t3"."child_ssn" FROM "public"."NParent" AS "t3" WHERE "t3"."child_id" IN ($1,…) AND "t3"."child_ssn" IN ($2,…) ORDER BY "t3"."name" ASC;

-- 053 line 54: NChild createOne
INSERT INTO "public"."NChild" ("id", "ssn", "name") VALUES ($1, $2, $3) RETURNING "id", "ssn", "name";
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8);
SELECT "t0"."id", "t0"."ssn" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE "t1"."child_id" IN ($1,…) AND "t1"."child_ssn" IN ($2,…) ORDER BY "t1"."name" ASC;

-- 054 line 55: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
INSERT INTO "public"."NParent" ("name", "age", "child_id", "child_ssn") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) ON CONFLICT DO NOTHING;
SELECT "t1"."id", "t1"."ssn" FROM "public"."NChild" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE "t2"."child_id" IN ($1,…) AND "t2"."child_ssn" IN ($2,…) ORDER BY "t2"."name" ASC;

-- 055 line 56: NChild updateOne
error: The change you are trying to make would violate the required relation 'NChildToNParent' between the `NParent` and `NChild` models.

-- 056 line 57: NChild updateOne
SELECT "t0"."id", "t0"."ssn", "t0"."name" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."age", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE ("t1"."child_id", "t1"."child_ssn") IN ((($1,…),…));
SELECT "t2"."name", "t2"."age", "t2"."child_id", "t2"."child_ssn" FROM "public"."NParent" AS "t2" WHERE 1=0;
UPDATE "public"."NParent" SET "child_id" = $1, "child_ssn" = $2 WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($3,…),…));
UPDATE "public"."NParent" SET "child_id" = NULL, "child_ssn" = NULL WHERE ("NParent"."name", "NParent"."child_id", "NParent"."child_ssn") IN ((($1,…),…));
SELECT "t3"."id", "t3"."ssn" FROM "public"."NChild" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;
SELECT "t4"."name", "t4"."child_id", "t4"."child_ssn" FROM "public"."NParent" AS "t4" WHERE "t4"."child_id" IN ($1,…) AND "t4"."child_ssn" IN ($2,…);

-- 057 line 58: NChild updateOne
UPDATE "public"."NChild" SET "id" = $1 WHERE "NChild"."id" = $2 RETURNING "id", "ssn", "name";
SELECT "t0"."id", "t0"."ssn" FROM "public"."NChild" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."name", "t1"."child_id", "t1"."child_ssn" FROM "public"."NParent" AS "t1" WHERE "t1"."child_id" IN ($1,…) AND "t1"."child_ssn" IN ($2,…);

-- 058 line 59: NChild deleteOne
DELETE FROM "public"."NChild" WHERE "NChild"."id" = $1 RETURNING "id", "ssn", "name";

-- 059 line 60: NParent deleteMany
DELETE FROM "public"."NParent" WHERE "NParent"."child_id" = $1;

-- 060 line 61: NChild deleteOne
DELETE FROM "public"."NChild" WHERE "NChild"."id" = $1 RETURNING "id", "ssn", "name";

-- 061 line 62: List createOne
INSERT INTO "public"."Todo" ("name", "id") VALUES ($1, $2) RETURNING "id", "name";
INSERT INTO "public"."List" ("todoId", "todoName", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "todoId", "todoName";
SELECT "t0"."id" FROM "public"."List" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 062 line 63: List findMany
SELECT "t0"."name", "t0"."todoId", "t0"."todoName" FROM "public"."List" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."name", "t1"."id" FROM "public"."Todo" AS "t1" WHERE "t1"."id" IN ($1,…) AND "t1"."name" IN ($2,…);

-- 063 line 64: List createOne
INSERT INTO "public"."List" ("name", "todoId", "todoName") VALUES ($1, $2, $3) RETURNING "id", "name", "todoId", "todoName";
SELECT "t0"."id", "t0"."todoId", "t0"."todoName" FROM "public"."List" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Todo" AS "t1" WHERE "t1"."id" IN ($1,…) AND "t1"."name" IN ($2,…);

-- 064 line 65: List createOne
INSERT INTO "public"."List" ("name", "todoName", "todoId") VALUES ($1, $2, $3) RETURNING "id", "name", "todoId", "todoName";
SELECT "t0"."id", "t0"."todoId", "t0"."todoName" FROM "public"."List" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."name" FROM "public"."Todo" AS "t1" WHERE "t1"."id" IN ($1,…) AND "t1"."name" IN ($2,…);

-- 065 line 66: List createOne
SELECT "t0"."id", "t0"."name" FROM "public"."Todo" AS "t0" WHERE (("t0"."id" = $1 AND "t0"."name" = $2)) LIMIT $3;
INSERT INTO "public"."List" ("todoId", "todoName", "name") VALUES ($1, $2, $3) RETURNING "id", "name", "todoId", "todoName";
SELECT "t1"."id", "t1"."todoId", "t1"."todoName" FROM "public"."List" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 066 line 67: List createMany
INSERT INTO "public"."List" ("name", "todoId", "todoName") VALUES ($1, $2, $3), ($4, $5, $6);

-- 067 line 68: List updateOne
INSERT INTO "public"."Todo" ("id", "name") VALUES ($1, $2) RETURNING "id", "name";
UPDATE "public"."List" SET "todoId" = $1, "todoName" = $2 WHERE "List"."name" = $3 RETURNING "id", "name", "todoId", "todoName";
SELECT "t0"."name", "t0"."todoId", "t0"."todoName" FROM "public"."List" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 068 line 69: Todo deleteOne
DELETE FROM "public"."Todo" WHERE ("Todo"."id" = $1 AND "Todo"."name" = $2) RETURNING "id", "name";

-- 069 line 70: Todo updateOne
SELECT "t0"."id", "t0"."name" FROM "public"."Todo" AS "t0" WHERE ("t0"."id" = $1 AND "t0"."name" = $2) LIMIT $3;
SELECT "t1"."id", "t1"."name", "t1"."todoId", "t1"."todoName" FROM "public"."List" AS "t1" WHERE ("t1"."todoId", "t1"."todoName") IN ((($1,…),…));
DELETE FROM "public"."List" WHERE "List"."id" IN ($1,…);
SELECT "t2"."id", "t2"."name" FROM "public"."Todo" AS "t2" WHERE "t2"."id" = $1 AND "t2"."name" = $2 LIMIT $3;
SELECT "t3"."id", "t3"."todoId", "t3"."todoName" FROM "public"."List" AS "t3" WHERE "t3"."todoId" IN ($1,…) AND "t3"."todoName" IN ($2,…);

-- 070 line 71: Todo deleteOne
DELETE FROM "public"."Todo" WHERE ("Todo"."id" = $1 AND "Todo"."name" = $2) RETURNING "id", "name";

-- 071 line 72: List findMany
SELECT "t0"."id", "t0"."name", "t0"."todoId", "t0"."todoName" FROM "public"."List" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

