-- 000 line 2: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id", "t0"."name", "t0"."status", "t0"."stock", "t0"."ratio", "t0"."onSale", "t0"."label", "t0"."since", "t0"."bigDef", "t0"."decDef", "t0"."note", "t0"."createdAt", "t0"."updatedAt" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 001 line 4: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id", "t0"."name", "t0"."status", "t0"."stock", "t0"."ratio", "t0"."onSale", "t0"."label", "t0"."since", "t0"."bigDef", "t0"."decDef", "t0"."note" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 002 line 6: Gadget createOne
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 003 line 7: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 004 line 9: Gadget createOne
INSERT INTO "public"."Gadget" ("id", "name", "createdAt", "updatedAt", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef") VALUES ($1, $2, $3, $4, CAST($5::text AS "public"."status_enum"), $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 005 line 10: Gadget findMany
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE ("t0"."createdAt" = $1 AND "t0"."updatedAt" = $2);

-- 006 line 12: Gadget createOne
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."name" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 007 line 14: Gadget createOne
INSERT INTO "public"."Gadget" ("stock", "status", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 008 line 15: Gadget createOne
error: Unknown field `color` in create data of `Gadget`

-- 009 line 16: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "stock", "status", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 010 line 17: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 011 line 18: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, CAST($2::text AS "public"."status_enum"), $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 012 line 19: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "since", "status", "stock", "ratio", "onSale", "label", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 013 line 20: Gadget createOne
INSERT INTO "public"."Gadget" ("status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES (CAST($1::text AS "public"."status_enum"), $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 014 line 21: Gadget createOne
INSERT INTO "public"."Gadget" ("name", "stock", "status", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";
SELECT "t0"."id" FROM "public"."Gadget" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 015 line 23: Token createOne
INSERT INTO "public"."Token" ("purpose", "uuid", "uuid7", "cuid", "cuid2", "ulid", "nanoid", "nano8") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "uuid", "uuid7", "cuid", "cuid2", "ulid", "nanoid", "nano8", "purpose";
SELECT "t0"."uuid", "t0"."uuid7", "t0"."cuid", "t0"."cuid2", "t0"."ulid", "t0"."nanoid", "t0"."nano8", "t0"."purpose" FROM "public"."Token" AS "t0" WHERE "t0"."uuid" = $1 LIMIT $2;

-- 016 line 24: Token createOne
INSERT INTO "public"."Token" ("purpose", "uuid", "uuid7", "cuid", "cuid2", "ulid", "nanoid", "nano8") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "uuid", "uuid7", "cuid", "cuid2", "ulid", "nanoid", "nano8", "purpose";
SELECT "t0"."uuid", "t0"."purpose" FROM "public"."Token" AS "t0" WHERE "t0"."uuid" = $1 LIMIT $2;

-- 017 line 25: Token createMany
INSERT INTO "public"."Token" ("uuid", "uuid7", "cuid", "cuid2", "ulid", "nanoid", "nano8", "purpose") VALUES ($1, $2, $3, $4, $5, $6, $7, $8), ($9, $10, $11, $12, $13, $14, $15, $16);

-- 018 line 26: Token findMany
SELECT "t0"."purpose", "t0"."uuid", "t0"."nano8" FROM "public"."Token" AS "t0" WHERE "t0"."purpose" IN ($1,…) ORDER BY "t0"."purpose" ASC;

-- 019 line 28: Mapped createOne
INSERT INTO "public"."mapped table" ("user id", "full name", "e-mail", "status") VALUES ($1, $2, $3, CAST($4::text AS "public"."status_enum")) RETURNING "user id", "full name", "e-mail", "status";
SELECT "t0"."user id", "t0"."full name", "t0"."e-mail", "t0"."status" FROM "public"."mapped table" AS "t0" WHERE "t0"."user id" = $1 LIMIT $2;

-- 020 line 29: Mapped createMany
INSERT INTO "public"."mapped table" ("user id", "full name", "e-mail", "status") VALUES ($1, $2, $3, CAST($4::text AS "public"."status_enum")), ($5, $6, $7, CAST($8::text AS "public"."status_enum"));

-- 021 line 30: Mapped findMany
SELECT "t0"."user id", "t0"."full name", "t0"."e-mail", "t0"."status" FROM "public"."mapped table" AS "t0" WHERE ("t0"."status" IN ($1,…) AND "t0"."e-mail"::text LIKE ('%' || $2)) ORDER BY "t0"."full name" DESC;

-- 022 line 31: Mapped findUnique
SELECT "t0"."user id", "t0"."status" FROM "public"."mapped table" AS "t0" WHERE ("t0"."e-mail" = $1 AND 1=1) LIMIT $2;

-- 023 line 33: Mapped createOne
INSERT INTO "public"."mapped table" ("user id", "full name", "e-mail", "status") VALUES ($1, $2, $3, CAST($4::text AS "public"."status_enum")) RETURNING "user id", "full name", "e-mail", "status";
SELECT "t0"."user id", "t0"."full name", "t0"."e-mail", "t0"."status" FROM "public"."mapped table" AS "t0" WHERE "t0"."user id" = $1 LIMIT $2;

-- 024 line 35: Stamp createOne
INSERT INTO "public"."Stamp" ("at", "v") VALUES ($1, $2) RETURNING "at", "v";
SELECT "t0"."at", "t0"."v" FROM "public"."Stamp" AS "t0" WHERE "t0"."at" = $1 LIMIT $2;

-- 025 line 36: Stamp findUnique
SELECT "t0"."at", "t0"."v" FROM "public"."Stamp" AS "t0" WHERE ("t0"."at" = $1 AND 1=1) LIMIT $2;

-- 026 line 38: Gadget createMany
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, CAST($15::text AS "public"."status_enum"), $16, $17, $18, $19, $20, $21, $22, $23, $24), ($25, $26, CAST($27::text AS "public"."status_enum"), $28, $29, $30, $31, $32, $33, $34, $35, $36);

-- 027 line 39: Gadget createMany

-- 028 line 40: Gadget createMany
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- 029 line 42: Gadget createMany
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, CAST($15::text AS "public"."status_enum"), $16, $17, $18, $19, $20, $21, $22, $23, $24) ON CONFLICT DO NOTHING;

-- 030 line 44: Gadget createMany
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, CAST($15::text AS "public"."status_enum"), $16, $17, $18, $19, $20, $21, $22, $23, $24);

-- 031 line 46: Gadget createMany
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13), ($14, $15, CAST($16::text AS "public"."status_enum"), $17, $18, $19, $20, $21, $22, $23, DEFAULT, $24, $25);

-- 032 line 48: Gadget createManyAndReturn
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, CAST($15::text AS "public"."status_enum"), $16, $17, $18, $19, $20, $21, $22, $23, $24) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";

-- 033 line 49: Gadget createManyAndReturn
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";

-- 034 line 50: Gadget createManyAndReturn
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";

-- 035 line 51: Gadget createManyAndReturn

-- 036 line 52: Mapped createManyAndReturn
INSERT INTO "public"."mapped table" ("user id", "full name", "e-mail", "status") VALUES ($1, $2, $3, CAST($4::text AS "public"."status_enum")) RETURNING "user id", "full name", "e-mail", "status";

-- 037 line 54: Gadget createManyAndReturn
INSERT INTO "public"."Gadget" ("id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "createdAt", "updatedAt") VALUES ($1, $2, CAST($3::text AS "public"."status_enum"), $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id", "name", "status", "stock", "ratio", "onSale", "label", "since", "bigDef", "decDef", "note", "createdAt", "updatedAt";

