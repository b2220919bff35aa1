-- 000 line 2: Top createOne
INSERT INTO "Top" ("id", "t") VALUES (?, ?) RETURNING "id", "t";
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "Top" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: Top createOne
INSERT INTO "Top" ("id", "t") VALUES (?, ?) RETURNING "id", "t";
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "Top" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: Top createOne
INSERT INTO "Top" ("id", "t") VALUES (?, ?) RETURNING "id", "t";
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
INSERT INTO "Middle" ("top_id", "id", "m") VALUES (?, ?, ?) RETURNING "id", "m", "top_id";
INSERT INTO "Bottom" ("id", "b", "middle_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "Top" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 6: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…);

-- 004 line 8: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."m" = ?)) ORDER BY "t1"."id" ASC;

-- 005 line 10: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 006 line 12: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 007 line 14: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 008 line 16: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…);

-- 009 line 18: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 010 line 20: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 011 line 22: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 012 line 24: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 013 line 26: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 014 line 28: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 015 line 30: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 016 line 32: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 017 line 34: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 018 line 36: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 019 line 38: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" ASC;

-- 020 line 40: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 021 line 42: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 022 line 44: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 023 line 46: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" DESC;

-- 024 line 48: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" DESC;

-- 025 line 50: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" DESC;

-- 026 line 52: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 027 line 54: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 028 line 56: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 029 line 58: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."b" DESC;

-- 030 line 60: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."b" ASC;

-- 031 line 62: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id", "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) AND ("t1"."id" >= (SELECT "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."id" ASC;

-- 032 line 64: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id", "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) AND ("t1"."id" <= (SELECT "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."id" DESC;

-- 033 line 66: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."m", "t1"."top_id", "t1"."id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) AND ("t1"."m" >= (SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = ?)) ORDER BY "t1"."m" ASC;

-- 034 line 68: Top findMany
SELECT "t0"."id" FROM "Top" AS "t0" WHERE 1=1;
SELECT "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…);
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) AND ("t2"."id" >= (SELECT "t2"."id" FROM "Bottom" AS "t2" WHERE "t2"."b" = ?)) ORDER BY "t2"."id" ASC;

-- 035 line 70: Top findMany
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE 1=1 ORDER BY "t0"."t" DESC LIMIT ? OFFSET ?;
SELECT "t1"."m", "t1"."id", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."m" DESC;
SELECT "t2"."b", "t2"."middle_id" FROM "Bottom" AS "t2" WHERE "t2"."middle_id" IN (?,…) ORDER BY "t2"."id" DESC;

-- 036 line 71: Middle findMany
SELECT "t0"."m", "t0"."id" FROM "Middle" AS "t0" LEFT JOIN "Top" AS "j0" ON ("j0"."id") = ("t0"."top_id") WHERE ("j0"."t" = ? AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" DESC LIMIT ?;
SELECT "t1"."b", "t1"."middle_id" FROM "Bottom" AS "t1" WHERE "t1"."middle_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 037 line 72: Middle findMany
SELECT "t0"."m" FROM "Middle" AS "t0" WHERE ("t0"."m" >= (SELECT "t0"."m" FROM "Middle" AS "t0" WHERE "t0"."m" = ?)) ORDER BY "t0"."m" ASC LIMIT ? OFFSET ?;

-- 038 line 73: Middle findMany
SELECT "t0"."m" FROM "Middle" AS "t0" WHERE ("t0"."m" <= (SELECT "t0"."m" FROM "Middle" AS "t0" WHERE "t0"."m" = ?)) ORDER BY "t0"."m" DESC LIMIT ? OFFSET ?;

-- 039 line 74: Bottom findMany
SELECT "t0"."b" FROM "Bottom" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Bottom" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT ?;

-- 040 line 75: Bottom findMany
SELECT "t0"."b" FROM "Bottom" AS "t0" WHERE ("t0"."id" <= (SELECT "t0"."id" FROM "Bottom" AS "t0" WHERE "t0"."b" = ?)) ORDER BY "t0"."id" DESC LIMIT ?;

-- 041 line 76: Bottom findMany
SELECT "t0"."b" FROM "Bottom" AS "t0" WHERE ((((SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = "t0"."middle_id") = (SELECT (SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = "t0"."middle_id") FROM "Bottom" AS "t0" WHERE "t0"."id" = ?) AND "t0"."b" >= (SELECT "t0"."b" FROM "Bottom" AS "t0" WHERE "t0"."id" = ?)) OR ((SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = "t0"."middle_id") < (SELECT (SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = "t0"."middle_id") FROM "Bottom" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY (SELECT "t1"."m" FROM "Middle" AS "t1" WHERE "t1"."id" = "t0"."middle_id") DESC, "t0"."b" ASC LIMIT ?;

-- 042 line 77: Middle findFirst
SELECT "t0"."m" FROM "Middle" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ? OFFSET ?;

-- 043 line 78: Middle findFirst
SELECT "t0"."m" FROM "Middle" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?;

-- 044 line 79: Bottom findFirst
SELECT "t0"."b" FROM "Bottom" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Bottom" AS "t0" WHERE "t0"."b" = ?)) ORDER BY "t0"."id" ASC LIMIT ? OFFSET ?;

-- 045 line 81: Top findFirst
SELECT "t0"."t", "t0"."id" FROM "Top" AS "t0" WHERE "t0"."t" = ? LIMIT ?;
SELECT "t1"."m", "t1"."top_id" FROM "Middle" AS "t1" WHERE "t1"."top_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 046 line 83: ModelA createOne
INSERT INTO "ModelC" ("id") VALUES (?) RETURNING "id", "a_id";
INSERT INTO "ModelB" ("c_id", "id") VALUES (?, ?) RETURNING "id", "c_id";
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 047 line 84: ModelA createOne
INSERT INTO "ModelC" ("id") VALUES (?) RETURNING "id", "a_id";
INSERT INTO "ModelB" ("c_id", "id") VALUES (?, ?) RETURNING "id", "c_id";
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 048 line 85: ModelA createOne
INSERT INTO "ModelB" ("id") VALUES (?) RETURNING "id", "c_id";
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 049 line 86: ModelA createOne
INSERT INTO "ModelA" ("id") VALUES (?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 050 line 87: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") >= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 051 line 88: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") >= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 052 line 89: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ((((SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") = (SELECT (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ?)) OR (((SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") > (SELECT (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t3"."c_id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") IS NULL)))) ORDER BY (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC, "t0"."id" DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 053 line 90: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE 1=1 ORDER BY (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC, "t0"."id" DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 054 line 91: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE 1=1 ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 055 line 92: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") <= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 056 line 93: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") <= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 057 line 94: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") <= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 058 line 95: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ((((SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") = (SELECT (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ?)) OR (((SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") < (SELECT (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t3"."c_id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") IS NULL)))) ORDER BY (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC, "t0"."id" DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 059 line 96: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE 1=1 ORDER BY (SELECT (SELECT "t4"."id" FROM "ModelC" AS "t4" WHERE "t4"."id" = "t3"."c_id") FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC, "t0"."id" DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 060 line 97: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE 1=1 ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") DESC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 061 line 98: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE (((SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") >= (SELECT (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR "t0"."b_id" IS NULL)) ORDER BY (SELECT "t3"."id" FROM "ModelB" AS "t3" WHERE "t3"."id" = "t0"."b_id") ASC;
SELECT "t1"."id", "t1"."c_id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);

-- 062 line 99: ModelA createOne
INSERT INTO "ModelC" ("id") VALUES (?) RETURNING "id", "a_id";
INSERT INTO "ModelB" ("c_id", "id") VALUES (?, ?) RETURNING "id", "c_id";
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 063 line 100: ModelC updateOne
UPDATE "ModelC" SET "a_id" = ? WHERE "ModelC"."id" = ? RETURNING "id", "a_id";

-- 064 line 101: ModelA createOne
INSERT INTO "ModelA" ("id") VALUES (?) RETURNING "id", "b_id";
INSERT INTO "ModelC" ("a_id", "id") VALUES (?, ?) RETURNING "id", "a_id";
INSERT INTO "ModelB" ("c_id", "id") VALUES (?, ?) RETURNING "id", "c_id";
INSERT INTO "ModelA" ("b_id", "id") VALUES (?, ?) RETURNING "id", "b_id";
SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 065 line 103: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ((((SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") = (SELECT (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ?)) OR (((SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") > (SELECT (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR (SELECT (SELECT "t5"."a_id" FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") IS NULL)))) ORDER BY (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") ASC, "t0"."id" ASC;
SELECT "t1"."c_id", "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."a_id", "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id" FROM "ModelA" AS "t3" WHERE "t3"."id" IN (?,…);

-- 066 line 104: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE "t0"."id" >= ? ORDER BY (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") ASC, "t0"."id" ASC;
SELECT "t1"."c_id", "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."a_id", "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id" FROM "ModelA" AS "t3" WHERE "t3"."id" IN (?,…);

-- 067 line 105: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE ((((SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") = (SELECT (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "ModelA" AS "t0" WHERE "t0"."id" = ?)) OR (((SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") < (SELECT (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") FROM "ModelA" AS "t0" WHERE "t0"."id" = ?) OR (SELECT (SELECT "t5"."a_id" FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") IS NULL)))) ORDER BY (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") DESC, "t0"."id" ASC;
SELECT "t1"."c_id", "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."a_id", "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id" FROM "ModelA" AS "t3" WHERE "t3"."id" IN (?,…);

-- 068 line 106: ModelA findMany
SELECT "t0"."id", "t0"."b_id" FROM "ModelA" AS "t0" WHERE "t0"."id" >= ? ORDER BY (SELECT (SELECT (SELECT "t6"."id" FROM "ModelA" AS "t6" WHERE "t6"."id" = "t5"."a_id") FROM "ModelC" AS "t5" WHERE "t5"."id" = "t4"."c_id") FROM "ModelB" AS "t4" WHERE "t4"."id" = "t0"."b_id") DESC, "t0"."id" ASC;
SELECT "t1"."c_id", "t1"."id" FROM "ModelB" AS "t1" WHERE "t1"."id" IN (?,…);
SELECT "t2"."a_id", "t2"."id" FROM "ModelC" AS "t2" WHERE "t2"."id" IN (?,…);
SELECT "t3"."id" FROM "ModelA" AS "t3" WHERE "t3"."id" IN (?,…);

-- 069 line 108: ModelB findMany
SELECT "t0"."id" FROM "ModelB" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."id" FROM "ModelA" AS "t1" WHERE "t1"."b_id" = "t0"."id") DESC, "t0"."id" ASC;

-- 070 line 109: ModelC findMany
SELECT "t0"."id" FROM "ModelC" AS "t0" WHERE 1=1 ORDER BY (SELECT (SELECT "t2"."id" FROM "ModelA" AS "t2" WHERE "t2"."b_id" = "t1"."id") FROM "ModelB" AS "t1" WHERE "t1"."c_id" = "t0"."id") ASC, "t0"."id" DESC;

-- 071 line 110: ModelC findMany
SELECT "t0"."id" FROM "ModelC" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE "t1"."id" = "t0"."a_id") ASC, "t0"."id" DESC LIMIT ?;

-- 072 line 112: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1;

-- 073 line 113: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email", "birthday") VALUES (?, ?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Post" ("id", "title", "author_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 074 line 114: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email", "birthday") VALUES (?, ?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Post" ("id", "title", "author_id") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 075 line 115: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email") VALUES (?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 076 line 116: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email") VALUES (?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Post" ("id", "title", "author_id") VALUES (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 077 line 117: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email", "birthday") VALUES (?, ?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
INSERT INTO "Post" ("id", "title", "author_id") VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 078 line 118: User createOne
INSERT INTO "User" ("id", "first_name", "last_name", "email") VALUES (?, ?, ?, ?) RETURNING "id", "first_name", "last_name", "email", "birthday";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 079 line 119: Category createOne
INSERT INTO "Category" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_CategoryToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Category" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 080 line 120: Category createOne
INSERT INTO "Category" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE ("t0"."id" = ?);
INSERT INTO "_CategoryToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Category" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 081 line 121: Category createOne
INSERT INTO "Category" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id" FROM "Category" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 082 line 122: Category createOne
INSERT INTO "Category" ("id", "name") VALUES (?, ?) RETURNING "id", "name";
SELECT "t0"."id", "t0"."first_name", "t0"."last_name", "t0"."email", "t0"."birthday" FROM "User" AS "t0" WHERE (("t0"."id" = ? AND 1=1) OR ("t0"."id" = ? AND 1=1));
INSERT INTO "_CategoryToUser" ("A", "B") VALUES ((?,…),…) ON CONFLICT DO NOTHING;
SELECT "t1"."id" FROM "Category" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 083 line 123: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1;

-- 084 line 124: User findMany
SELECT "t0"."id", "t0"."first_name" FROM "User" AS "t0" WHERE 1=1;

-- 085 line 125: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."first_name" DESC;

-- 086 line 126: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 087 line 127: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."first_name" DESC, "t0"."id" DESC, "t0"."last_name" DESC;

-- 088 line 128: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."first_name" DESC, "t0"."last_name" DESC, "t0"."id" DESC;

-- 089 line 129: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 090 line 130: User findMany
SELECT "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."first_name" ASC;

-- 091 line 131: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 092 line 132: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;

-- 093 line 133: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC;

-- 094 line 134: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 095 line 135: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."first_name" ASC;
SELECT "t1"."title", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."title" ASC;

-- 096 line 136: User findMany
SELECT "t0"."id", "t0"."first_name", "t0"."last_name" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC;
SELECT "t1"."title", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."id" DESC;

-- 097 line 137: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."title", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 098 line 138: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."title", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY "t1"."id" ASC;

-- 099 line 139: Post findMany
SELECT "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."author_id" DESC;

-- 100 line 140: Post findMany
SELECT "t0"."title" FROM "Post" AS "t0" WHERE "t0"."author_id" IN (?,…) ORDER BY "t0"."title" DESC;

-- 101 line 141: Post findFirst
SELECT "t0"."id", "t0"."title" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."title" DESC LIMIT ?;

-- 102 line 142: Post findFirst
SELECT "t0"."id", "t0"."title" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."title" ASC, "t0"."id" DESC;

-- 103 line 144: Post findFirst
SELECT "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 104 line 145: Post findFirst
SELECT "t0"."id", "t0"."author_id" FROM "Post" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC;

-- 105 line 146: Post findFirst
SELECT "t0"."id", "t0"."title" FROM "Post" AS "t0" WHERE "t0"."title" = ? ORDER BY "t0"."author_id" DESC, "t0"."id" ASC LIMIT ?;

-- 106 line 148: User findMany
SELECT "t0"."id", "t0"."birthday" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 107 line 149: Post findMany
SELECT "t0"."id", "t0"."title", "t0"."author_id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY (SELECT "t1"."first_name" FROM "User" AS "t1" WHERE "t1"."id" = "t0"."author_id") ASC, "t0"."id" DESC;

-- 108 line 151: User findMany
SELECT "t0"."id", (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "Post" AS "t2" WHERE "t2"."author_id" = "t0"."id") ASC, "t0"."id" ASC;

-- 109 line 152: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") DESC, "t0"."id" ASC;

-- 110 line 153: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") DESC, "t0"."id" DESC;

-- 111 line 154: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") ASC, (SELECT COUNT(*) FROM "Post" AS "t3" WHERE "t3"."author_id" = "t0"."id") DESC, "t0"."id" ASC;

-- 112 line 155: Category findMany
SELECT "t0"."name" FROM "Category" AS "t0" WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "User" AS "t1" ON "t2"."B" = "t1"."id" WHERE "t2"."A" = "t0"."id") DESC, "t0"."name" ASC;

-- 113 line 156: Post findMany
SELECT "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "Post" AS "t2" WHERE "t2"."author_id" = "t1"."id") FROM "User" AS "t1" WHERE "t1"."id" = "t0"."author_id"), ?) DESC, "t0"."id" ASC;

-- 114 line 157: Post findMany
SELECT "t0"."id" FROM "Post" AS "t0" WHERE 1=1 ORDER BY COALESCE((SELECT (SELECT COUNT(*) FROM "_CategoryToUser" AS "t3" INNER JOIN "Category" AS "t2" ON "t3"."A" = "t2"."id" WHERE "t3"."B" = "t1"."id") FROM "User" AS "t1" WHERE "t1"."id" = "t0"."author_id"), ?) ASC, "t0"."id" DESC LIMIT ?;

-- 115 line 158: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE ((((SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") = (SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) OR ((SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") < (SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") DESC, "t0"."id" ASC LIMIT ?;

-- 116 line 159: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE ((((SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") = (SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" <= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) OR ((SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") > (SELECT (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY (SELECT COUNT(*) FROM "Post" AS "t1" WHERE "t1"."author_id" = "t0"."id") ASC, "t0"."id" DESC LIMIT ?;

-- 117 line 160: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE ((((SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") = (SELECT (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?) AND "t0"."id" >= (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?)) OR ((SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") < (SELECT (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") FROM "User" AS "t0" WHERE "t0"."id" = ?)))) ORDER BY (SELECT COUNT(*) FROM "_CategoryToUser" AS "t2" INNER JOIN "Category" AS "t1" ON "t2"."A" = "t1"."id" WHERE "t2"."B" = "t0"."id") DESC, "t0"."id" ASC LIMIT ?;

-- 118 line 161: Category findMany
SELECT "t0"."id" FROM "Category" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "j"."A" FROM "User" AS "t1" INNER JOIN "_CategoryToUser" AS "j" ON "j"."B" = "t1"."id" WHERE "j"."A" IN (?,…) ORDER BY (SELECT COUNT(*) FROM "Post" AS "t2" WHERE "t2"."author_id" = "t1"."id") DESC, "t1"."id" ASC;

-- 119 line 162: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;
SELECT "t1"."id", "t1"."author_id" FROM "Post" AS "t1" WHERE "t1"."author_id" IN (?,…) ORDER BY (SELECT "t2"."email" FROM "User" AS "t2" WHERE "t2"."id" = "t1"."author_id") DESC, "t1"."id" DESC;

-- 120 line 163: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."birthday" ASC, "t0"."id" DESC;

-- 121 line 164: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."birthday" ASC NULLS LAST, "t0"."id" DESC;

-- 122 line 165: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."birthday" DESC NULLS FIRST, "t0"."id" ASC;

-- 123 line 166: User findMany
SELECT "t0"."id" FROM "User" AS "t0" WHERE 1=1 ORDER BY "t0"."birthday" DESC, "t0"."id" ASC;

-- 124 line 168: Item createMany
INSERT INTO "Item" ("id", "name", "rank", "score", "group") VALUES (?, ?, ?, ?, ?), (?, ?, NULL, NULL, ?), (?, ?, ?, ?, NULL), (?, ?, ?, NULL, ?), (?, ?, NULL, ?, ?), (?, ?, ?, ?, NULL), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, NULL, NULL, NULL), (?, ?, ?, ?, ?);

-- 125 line 169: Item findMany
SELECT "t0"."id", "t0"."rank" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" ASC NULLS FIRST, "t0"."id" ASC;

-- 126 line 170: Item findMany
SELECT "t0"."id", "t0"."rank" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" ASC NULLS LAST, "t0"."id" ASC;

-- 127 line 171: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" ASC NULLS LAST, "t0"."score" ASC NULLS FIRST, "t0"."id" ASC;

-- 128 line 172: Item findMany
SELECT "t0"."id", "t0"."rank" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" DESC NULLS FIRST, "t0"."id" ASC;

-- 129 line 173: Item findMany
SELECT "t0"."id", "t0"."rank" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" DESC NULLS LAST, "t0"."id" ASC;

-- 130 line 174: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" DESC NULLS LAST, "t0"."score" DESC NULLS FIRST, "t0"."id" DESC;

-- 131 line 175: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."group" ASC, "t0"."rank" DESC;

-- 132 line 176: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (((("t0"."rank" = (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL OR "t0"."rank" IS NULL) AND "t0"."id" >= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) OR (("t0"."rank" > (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)))) ORDER BY "t0"."rank" ASC NULLS LAST, "t0"."id" ASC;

-- 133 line 177: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (((("t0"."rank" = (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL OR "t0"."rank" IS NULL) AND "t0"."id" <= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) OR (("t0"."rank" < (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)))) ORDER BY "t0"."rank" DESC NULLS LAST, "t0"."id" DESC;

-- 134 line 178: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (("t0"."rank" <= (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)) ORDER BY "t0"."rank" DESC NULLS LAST;

-- 135 line 179: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (("t0"."rank" >= (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)) ORDER BY "t0"."rank" ASC;

-- 136 line 180: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (("t0"."rank" <= (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)) ORDER BY "t0"."rank" DESC;

-- 137 line 181: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (("t0"."score" <= (SELECT "t0"."score" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."score" IS NULL OR (SELECT "t0"."score" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)) ORDER BY "t0"."score" DESC;

-- 138 line 182: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE (((("t0"."group" = (SELECT "t0"."group" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t0"."group" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL OR "t0"."group" IS NULL) AND "t0"."name" >= (SELECT "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) OR (("t0"."group" < (SELECT "t0"."group" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."group" IS NULL OR (SELECT "t0"."group" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)))) ORDER BY "t0"."group" DESC, "t0"."name" ASC;

-- 139 line 183: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC;

-- 140 line 184: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT -1 OFFSET ?;

-- 141 line 185: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT ?;

-- 142 line 186: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE ("t0"."id" >= (SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) ORDER BY "t0"."id" ASC LIMIT ?;

-- 143 line 187: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."id" DESC LIMIT ?;

-- 144 line 188: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ? OFFSET ?;

-- 145 line 189: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT -1 OFFSET ?;

-- 146 line 190: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."name" ASC LIMIT ? OFFSET ?;

-- 147 line 191: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."group" <> ? ORDER BY "t0"."score" ASC LIMIT ?;

-- 148 line 192: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."rank" IS NOT NULL AND (((("t0"."rank" = (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL OR "t0"."rank" IS NULL) AND "t0"."name" <= (SELECT "t0"."name" FROM "Item" AS "t0" WHERE "t0"."id" = ?)) OR (("t0"."rank" > (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)))) ORDER BY "t0"."rank" ASC, "t0"."name" DESC;

-- 149 line 193: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE "t0"."rank" IS NOT NULL AND (("t0"."rank" >= (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) OR "t0"."rank" IS NULL OR (SELECT "t0"."rank" FROM "Item" AS "t0" WHERE "t0"."id" = ?) IS NULL)) ORDER BY "t0"."rank" ASC;

-- 150 line 195: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."name" DESC LIMIT ?;

-- 151 line 196: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."name" DESC, "t0"."id" ASC LIMIT ?;

-- 152 line 197: Item findMany
SELECT "t0"."id" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?;

-- 153 line 198: Item findMany
SELECT "t0"."id", "t0"."rank" FROM "Item" AS "t0" WHERE 1=1 ORDER BY "t0"."rank" ASC NULLS LAST;

