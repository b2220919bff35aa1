-- 000 line 2: Author createMany
INSERT INTO "public"."Author" ("id", "name") VALUES ($1, $2), ($3, $4);

-- 001 line 3: Post createMany
INSERT INTO "public"."Post" ("id", "title", "body", "note", "authorId") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15), ($16, $17, $18, $19, $20), ($21, $22, $23, $24, $25), ($26, $27, $28, $29, $30);

-- 002 line 5: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 003 line 7: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 004 line 9: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 005 line 11: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 006 line 13: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 007 line 15: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body","t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 008 line 17: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE (to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1) AND to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($2)) ORDER BY "t0"."id" ASC;

-- 009 line 19: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body","t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 010 line 21: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body","t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 011 line 23: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body","t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 012 line 25: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE ("t0"."note" = $1 AND to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($2)) ORDER BY "t0"."id" ASC;

-- 013 line 27: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE (NOT to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1)) ORDER BY "t0"."id" ASC;

-- 014 line 29: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE (NOT to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1)) ORDER BY "t0"."id" ASC;

-- 015 line 30: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE ((NOT to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1)) AND to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($2)) ORDER BY "t0"."id" ASC;

-- 016 line 32: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE ((NOT to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1)) AND (NOT to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($2))) ORDER BY "t0"."id" ASC;

-- 017 line 34: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body","t0"."note")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 018 line 36: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

-- 019 line 38: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" LEFT JOIN "public"."Author" AS "j0" ON ("j0"."id") = ("t0"."authorId") WHERE (("j0"."name" = $1 AND ("j0"."id" IS NOT NULL)) AND to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($2)) ORDER BY "t0"."id" ASC;

-- 020 line 40: Author findMany
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE EXISTS(SELECT "t1"."authorId" FROM "public"."Post" AS "t1" WHERE (to_tsvector(concat_ws(' ', "t1"."title")) @@ to_tsquery($1) AND ("t1"."authorId") = ("t0"."id") AND "t1"."authorId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 021 line 41: Author findMany
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE NOT EXISTS(SELECT "t1"."authorId" FROM "public"."Post" AS "t1" WHERE ((NOT to_tsvector(concat_ws(' ', "t1"."body")) @@ to_tsquery($1)) AND ("t1"."authorId") = ("t0"."id") AND "t1"."authorId" IS NOT NULL)) ORDER BY "t0"."id" ASC;

-- 022 line 43: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($1)) DESC, "t0"."id" ASC;

-- 023 line 44: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."title","t0"."body")), to_tsquery($1)) DESC, "t0"."id" ASC;

-- 024 line 45: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."body")), to_tsquery($1)) ASC, "t0"."id" DESC;

-- 025 line 47: Post findMany
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."body")) @@ to_tsquery($1) ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."body")), to_tsquery($2)) DESC, "t0"."id" ASC LIMIT $3;

-- 026 line 48: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE 1=1 ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."title","t0"."body")), to_tsquery($1)) DESC, "t0"."id" ASC LIMIT $2 OFFSET $3;

-- 027 line 49: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE (((ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($1)) = (SELECT ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($2)) FROM "public"."Post" AS "t0" WHERE "t0"."id" = $3) AND "t0"."id" >= (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE "t0"."id" = $4)) OR (ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($5)) < (SELECT ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($6)) FROM "public"."Post" AS "t0" WHERE "t0"."id" = $7)))) ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery($8)) DESC, "t0"."id" ASC LIMIT $9;

-- 028 line 51: Author findMany
SELECT "t0"."id" FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."authorId" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" IN ($1,…) ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t1"."body")), to_tsquery($2)) DESC, "t1"."id" ASC;

-- 029 line 53: Post aggregate
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1)) AS "sub";

-- 030 line 54: Author findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = "t0"."id" AND to_tsvector(concat_ws(' ', "t1"."body")) @@ to_tsquery($1)) FROM "public"."Author" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 031 line 55: Post updateMany
UPDATE "public"."Post" SET "note" = $1 WHERE to_tsvector(concat_ws(' ', "Post"."title")) @@ to_tsquery($2);

-- 032 line 57: Post findMany
SELECT "t0"."id" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery($1) ORDER BY "t0"."id" ASC;

