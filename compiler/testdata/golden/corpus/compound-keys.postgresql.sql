-- 000 line 2: Country createOne
INSERT INTO "public"."Country" ("code", "name") VALUES ($1, $2) RETURNING "code", "name";
INSERT INTO "public"."City" ("countryCode", "name", "population", "mayor_name") VALUES ($1, $2, $3, $4), ($5, $6, $7, DEFAULT);
SELECT "t0"."code" FROM "public"."Country" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;
SELECT "t1"."countryCode", "t1"."name", "t1"."population", "t1"."mayor_name" FROM "public"."City" AS "t1" WHERE "t1"."countryCode" IN ($1,…) ORDER BY "t1"."name" ASC;

-- 001 line 3: Country createOne
INSERT INTO "public"."Country" ("code", "name") VALUES ($1, $2) RETURNING "code", "name";
INSERT INTO "public"."City" ("countryCode", "name", "population", "mayor_name") VALUES ($1, $2, $3, $4) RETURNING "countryCode", "name", "population", "mayor_name";
SELECT "t0"."code" FROM "public"."Country" AS "t0" WHERE "t0"."code" = $1 LIMIT $2;

-- 002 line 4: District createOne
SELECT "t0"."countryCode", "t0"."name", "t0"."population", "t0"."mayor_name" FROM "public"."City" AS "t0" WHERE (("t0"."countryCode" = $1 AND "t0"."name" = $2)) LIMIT $3;
INSERT INTO "public"."District" ("cityCountry", "cityName", "id", "label") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t1"."id", "t1"."label", "t1"."cityCountry", "t1"."cityName" FROM "public"."District" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;
SELECT "t2"."name", "t2"."mayor_name", "t2"."countryCode" FROM "public"."City" AS "t2" WHERE "t2"."countryCode" IN ($1,…) AND "t2"."name" IN ($2,…);

-- 003 line 5: District createOne
INSERT INTO "public"."District" ("id", "label", "cityCountry", "cityName") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t0"."id", "t0"."label", "t0"."cityCountry", "t0"."cityName" FROM "public"."District" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 6: City createOne
SELECT "t0"."code", "t0"."name" FROM "public"."Country" AS "t0" WHERE ("t0"."code" = $1) LIMIT $2;
INSERT INTO "public"."City" ("countryCode", "name", "population") VALUES ($1, $2, $3) RETURNING "countryCode", "name", "population", "mayor_name";
INSERT INTO "public"."District" ("id", "label", "cityCountry", "cityName") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8);
SELECT "t1"."countryCode", "t1"."name", "t1"."population", "t1"."mayor_name" FROM "public"."City" AS "t1" WHERE "t1"."countryCode" = $1 AND "t1"."name" = $2 LIMIT $3;
SELECT "t2"."id", "t2"."cityCountry", "t2"."cityName" FROM "public"."District" AS "t2" WHERE "t2"."cityCountry" IN ($1,…) AND "t2"."cityName" IN ($2,…) ORDER BY "t2"."id" ASC;

-- 005 line 7: Pair createMany
INSERT INTO "public"."Pair" ("left", "right", "note") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12);

-- 006 line 9: City findUnique
SELECT "t0"."countryCode", "t0"."name", "t0"."population", "t0"."mayor_name" FROM "public"."City" AS "t0" WHERE (("t0"."countryCode" = $1 AND "t0"."name" = $2) AND 1=1) LIMIT $3;

-- 007 line 10: Pair findUnique
SELECT "t0"."left", "t0"."right", "t0"."note" FROM "public"."Pair" AS "t0" WHERE (("t0"."left" = $1 AND "t0"."right" = $2) AND 1=1) LIMIT $3;

-- 008 line 11: City findUnique
SELECT "t0"."countryCode", "t0"."name" FROM "public"."City" AS "t0" WHERE (("t0"."population" = $1 AND "t0"."mayor_name" = $2) AND 1=1) LIMIT $3;

-- 009 line 12: District findUnique
SELECT "t0"."id" FROM "public"."District" AS "t0" WHERE (("t0"."cityCountry" = $1 AND "t0"."cityName" = $2 AND "t0"."label" = $3) AND 1=1) LIMIT $4;

-- 010 line 14: City findUnique
SELECT "t0"."name" FROM "public"."City" AS "t0" WHERE (("t0"."population" = $1 AND "t0"."mayor_name" IS NULL) AND 1=1) LIMIT $2;

-- 011 line 16: City findUnique
SELECT "t0"."name" FROM "public"."City" AS "t0" WHERE (("t0"."countryCode" = $1 AND "t0"."name" IS NULL) AND 1=1) LIMIT $2;

-- 012 line 17: City findUnique
SELECT "t0"."name" FROM "public"."City" AS "t0" WHERE (1=1 AND ("t0"."countryCode" = $1 AND "t0"."name" = $2)) LIMIT $3;

-- 013 line 19: Pair findUniqueOrThrow
SELECT "t0"."left", "t0"."right", "t0"."note" FROM "public"."Pair" AS "t0" WHERE (("t0"."left" = $1 AND "t0"."right" = $2) AND 1=1) LIMIT $3;

-- 014 line 21: City findUnique
SELECT "t0"."name" FROM "public"."City" AS "t0" WHERE (("t0"."countryCode" = $1 AND "t0"."name" = $2) AND "t0"."population" > $3) LIMIT $4;

-- 015 line 23: City findMany
SELECT "t0"."countryCode", "t0"."name" FROM "public"."City" AS "t0" WHERE EXISTS(SELECT "t2"."cityCountry" FROM "public"."District" AS "t2" WHERE ("t2"."label"::text LIKE ($1 || '%') AND ("t2"."cityCountry", "t2"."cityName") = ("t0"."countryCode", "t0"."name") AND "t2"."cityCountry" IS NOT NULL AND "t2"."cityName" IS NOT NULL)) ORDER BY "t0"."countryCode" ASC, "t0"."name" ASC;
SELECT "t1"."label", "t1"."cityCountry", "t1"."cityName" FROM "public"."District" AS "t1" WHERE "t1"."cityCountry" IN ($1,…) AND "t1"."cityName" IN ($2,…) ORDER BY "t1"."label" ASC;

-- 016 line 24: District findMany
SELECT "t0"."id", "t0"."cityCountry", "t0"."cityName" FROM "public"."District" AS "t0" LEFT JOIN "public"."City" AS "j0" ON ("j0"."countryCode", "j0"."name") = ("t0"."cityCountry", "t0"."cityName") LEFT JOIN "public"."Country" AS "j1" ON ("j1"."code") = ("j0"."countryCode") WHERE (("j1"."name" = $1 AND ("j1"."code" IS NOT NULL)) AND ("j0"."countryCode" IS NOT NULL)) ORDER BY "t0"."id" ASC;
SELECT "t1"."countryCode", "t1"."name", "t1"."population" FROM "public"."City" AS "t1" WHERE "t1"."countryCode" IN ($1,…) AND "t1"."name" IN ($2,…);

-- 017 line 25: Country findMany
SELECT "t0"."code", (SELECT COUNT(*) FROM "public"."City" AS "t3" WHERE "t3"."countryCode" = "t0"."code") FROM "public"."Country" AS "t0" WHERE 1=1 ORDER BY "t0"."code" ASC;
SELECT "t1"."name", (SELECT COUNT(*) FROM "public"."District" AS "t2" WHERE "t2"."cityCountry" = "t1"."countryCode" AND "t2"."cityName" = "t1"."name"), "t1"."countryCode" FROM "public"."City" AS "t1" WHERE "t1"."countryCode" IN ($1,…) ORDER BY "t1"."population" DESC;

-- 018 line 27: Pair findMany
SELECT "t0"."left", "t0"."right" FROM "public"."Pair" AS "t0" WHERE 1=1 ORDER BY "t0"."left" DESC, "t0"."right" ASC;

-- 019 line 28: Pair findMany
SELECT "t0"."note", "t0"."left", "t0"."right" FROM "public"."Pair" AS "t0" WHERE ((("t0"."left" = (SELECT "t0"."left" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $1 AND "t0"."right" = $2) AND "t0"."right" >= (SELECT "t0"."right" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $3 AND "t0"."right" = $4)) OR ("t0"."left" > (SELECT "t0"."left" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $5 AND "t0"."right" = $6)))) ORDER BY "t0"."left" ASC, "t0"."right" ASC;

-- 020 line 29: Pair findMany
SELECT "t0"."note", "t0"."left", "t0"."right" FROM "public"."Pair" AS "t0" WHERE ((("t0"."left" = (SELECT "t0"."left" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $1 AND "t0"."right" = $2) AND "t0"."right" <= (SELECT "t0"."right" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $3 AND "t0"."right" = $4)) OR ("t0"."left" < (SELECT "t0"."left" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $5 AND "t0"."right" = $6)))) ORDER BY "t0"."left" DESC, "t0"."right" DESC;

-- 021 line 30: City findMany
SELECT "t0"."name", "t0"."population", "t0"."countryCode" FROM "public"."City" AS "t0" WHERE ("t0"."population" >= (SELECT "t0"."population" FROM "public"."City" AS "t0" WHERE "t0"."countryCode" = $1 AND "t0"."name" = $2)) ORDER BY "t0"."population" ASC;

-- 022 line 32: Pair findMany
SELECT "t0"."note" FROM "public"."Pair" AS "t0" WHERE ("t0"."left" = $1 AND "t0"."right" > $2);

-- 023 line 33: Pair findMany
SELECT "t0"."note" FROM "public"."Pair" AS "t0" WHERE (("t0"."left" = $1 AND "t0"."right" = $2) OR ("t0"."left" = $3 AND "t0"."right" = $4)) ORDER BY "t0"."note" DESC;

-- 024 line 35: Pair createOne
INSERT INTO "public"."Pair" ("left", "right", "note") VALUES ($1, $2, $3) RETURNING "left", "right", "note";
SELECT "t0"."left", "t0"."right", "t0"."note" FROM "public"."Pair" AS "t0" WHERE "t0"."left" = $1 AND "t0"."right" = $2 LIMIT $3;

-- 025 line 37: District createOne
SELECT "t0"."countryCode", "t0"."name", "t0"."population", "t0"."mayor_name" FROM "public"."City" AS "t0" WHERE (("t0"."countryCode" = $1 AND "t0"."name" = $2)) LIMIT $3;
INSERT INTO "public"."District" ("cityCountry", "cityName", "id", "label") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t1"."id" FROM "public"."District" AS "t1" WHERE "t1"."id" = $1 LIMIT $2;

-- 026 line 38: District createOne
INSERT INTO "public"."District" ("id", "label", "cityCountry", "cityName") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t0"."id" FROM "public"."District" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 027 line 40: District createOne
SELECT "t0"."countryCode", "t0"."name", "t0"."population", "t0"."mayor_name" FROM "public"."City" AS "t0" WHERE ("t0"."countryCode" = $1 AND "t0"."name" = $2) LIMIT $3;
SELECT "t1"."code", "t1"."name" FROM "public"."Country" AS "t1" WHERE ("t1"."code" = $1) LIMIT $2;
INSERT INTO "public"."City" ("countryCode", "name", "population") VALUES ($1, $2, $3) RETURNING "countryCode", "name", "population", "mayor_name";
INSERT INTO "public"."District" ("cityCountry", "cityName", "id", "label") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t2"."id", "t2"."cityCountry", "t2"."cityName" FROM "public"."District" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."name", "t3"."population", "t3"."countryCode" FROM "public"."City" AS "t3" WHERE "t3"."countryCode" IN ($1,…) AND "t3"."name" IN ($2,…);

-- 028 line 41: District createOne
SELECT "t0"."countryCode", "t0"."name", "t0"."population", "t0"."mayor_name" FROM "public"."City" AS "t0" WHERE ("t0"."countryCode" = $1 AND "t0"."name" = $2) LIMIT $3;
SELECT "t1"."code", "t1"."name" FROM "public"."Country" AS "t1" WHERE ("t1"."code" = $1) LIMIT $2;
INSERT INTO "public"."City" ("countryCode", "name", "population") VALUES ($1, $2, $3) RETURNING "countryCode", "name", "population", "mayor_name";
INSERT INTO "public"."District" ("cityCountry", "cityName", "id", "label") VALUES ($1, $2, $3, $4) RETURNING "id", "label", "cityCountry", "cityName";
SELECT "t2"."id", "t2"."cityCountry", "t2"."cityName" FROM "public"."District" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;
SELECT "t3"."countryCode", "t3"."name", "t3"."population" FROM "public"."City" AS "t3" WHERE "t3"."countryCode" IN ($1,…) AND "t3"."name" IN ($2,…);

