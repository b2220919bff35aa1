-- 000 line 2: User createOne
INSERT INTO "Vehicle" ("id", "brand", "unique", "parked") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "brand", "parked";
INSERT INTO "User" ("vehicle_id", "id", "name", "unique") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "name", "optional", "vehicle_id";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 001 line 3: User createOne
INSERT INTO "Vehicle" ("id", "brand", "unique", "parked") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "brand", "parked";
INSERT INTO "User" ("vehicle_id", "id", "name", "unique") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "name", "optional", "vehicle_id";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 002 line 4: User createOne
INSERT INTO "Vehicle" ("id", "brand", "unique", "parked") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "brand", "parked";
INSERT INTO "User" ("vehicle_id", "id", "name", "unique") VALUES (?, ?, ?, ?) RETURNING "id", "unique", "name", "optional", "vehicle_id";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 003 line 5: User createOne
INSERT INTO "User" ("id", "name", "unique") VALUES (?, ?, ?) RETURNING "id", "unique", "name", "optional", "vehicle_id";
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 004 line 6: ParkingLot createOne
INSERT INTO "ParkingLot" ("id", "area", "unique", "capacity", "size") VALUES (?, ?, ?, ?, ?) RETURNING "id", "unique", "area", "size", "capacity";
SELECT "t0"."id" FROM "ParkingLot" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 005 line 7: ParkingLot createOne
INSERT INTO "ParkingLot" ("id", "area", "unique", "capacity", "size") VALUES (?, ?, ?, ?, ?) RETURNING "id", "unique", "area", "size", "capacity";
SELECT "t0"."id" FROM "ParkingLot" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 006 line 9: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE 1=1;

-- 007 line 10: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" WHERE 1=1;

-- 008 line 11: ParkingLot findMany
SELECT "t0"."unique" FROM "ParkingLot" AS "t0" WHERE 1=1;

-- 009 line 13: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" = ?;

-- 010 line 15: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" <> ?;

-- 011 line 17: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" <> ?;

-- 012 line 19: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" = ?;

-- 013 line 21: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" IS NULL;

-- 014 line 23: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."optional" IS NULL;

-- 015 line 25: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" IN (?,…);

-- 016 line 27: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" NOT IN (?,…);

-- 017 line 29: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" IS NOT NULL;

-- 018 line 31: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ("t0"."vehicle_id" IS NULL);

-- 019 line 33: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ("t0"."unique" > ? AND "t0"."name" LIKE (? || '%'));

-- 020 line 35: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE 1=1;

-- 021 line 37: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ("t0"."unique" > ? OR "t0"."name" LIKE (? || '%'));

-- 022 line 39: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE 1=0;

-- 023 line 41: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE 1=1;

-- 024 line 43: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE (NOT "t0"."name" LIKE (? || '%'));

-- 025 line 45: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE (NOT (NOT "t0"."name" LIKE (? || '%')));

-- 026 line 47: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ((NOT "t0"."name" LIKE ('%' || ? || '%')) AND (NOT "t0"."unique" = ?));

-- 027 line 49: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" LEFT JOIN "Vehicle" AS "j0" ON ("j0"."id") = ("t0"."vehicle_id") WHERE ("j0"."brand" LIKE (? || '%') AND ("j0"."id" IS NOT NULL));

-- 028 line 51: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" LIKE (? || '%');

-- 029 line 53: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" LIKE ('%' || ? || '%');

-- 030 line 55: ParkingLot findMany
SELECT "t0"."unique" FROM "ParkingLot" AS "t0" WHERE "t0"."size" > ?;

-- 031 line 57: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."name" IS NOT NULL;

-- 032 line 59: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE "t0"."unique" IS NOT NULL;

-- 033 line 61: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ("t0"."unique" > ? AND ("t0"."name" = ? OR "t0"."name" = ?));

-- 034 line 63: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE ("t0"."name" IS NULL OR "t0"."unique" = ?);

-- 035 line 65: User findMany
SELECT "t0"."unique" FROM "User" AS "t0" WHERE 1=1;

-- 036 line 66: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" LEFT JOIN "User" AS "j0" ON ("j0"."vehicle_id") = ("t0"."id") WHERE ("j0"."name" IN (?,…) AND ("j0"."id" IS NOT NULL));

-- 037 line 67: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" LEFT JOIN "User" AS "j0" ON ("j0"."vehicle_id") = ("t0"."id") WHERE (NOT ("j0"."name" = ? AND ("j0"."id" IS NOT NULL)));

-- 038 line 68: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" WHERE "t0"."parked" = ?;

-- 039 line 69: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" WHERE "t0"."parked" <> ?;

-- 040 line 70: Vehicle findMany
SELECT "t0"."unique" FROM "Vehicle" AS "t0" WHERE "t0"."parked" IS NOT NULL;

-- 041 line 72: ModelB createOne
INSERT INTO "ModelB" ("id", "int") VALUES (?, ?) RETURNING "id", "int";
SELECT "t0"."id" FROM "ModelB" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 042 line 73: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optEnum", "optDateTime") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 043 line 74: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optEnum", "optDateTime") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 044 line 75: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optEnum", "optDateTime") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 045 line 76: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optEnum", "optDateTime") VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 046 line 77: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optBoolean") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 047 line 78: ModelA createOne
INSERT INTO "ModelA" ("id", "idTest", "optDateTime") VALUES (?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."id" = ? LIMIT ?;

-- 048 line 79: ModelA createOne
SELECT "t0"."id", "t0"."int" FROM "ModelB" AS "t0" WHERE ("t0"."id" = ?) LIMIT ?;
INSERT INTO "ModelA" ("b_id", "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optEnum", "optDateTime") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "idTest", "optString", "optInt", "optFloat", "optBoolean", "optDateTime", "optEnum", "b_id";
SELECT "t1"."idTest" FROM "ModelA" AS "t1" WHERE "t1"."id" = ? LIMIT ?;

-- 049 line 81: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optString" LIKE (? || '%') AND "t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?)) ORDER BY "t0"."id" ASC;

-- 050 line 82: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" LIKE (? || '%') AND "t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?)) ORDER BY "t0"."id" ASC;

-- 051 line 84: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optString" LIKE (? || '%') AND "t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?)) ORDER BY "t0"."id" ASC;

-- 052 line 85: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND ("t0"."optString" LIKE (? || '%') AND "t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?))) ORDER BY "t0"."id" ASC;

-- 053 line 87: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?) AND "t0"."optString" LIKE (? || '%')) ORDER BY "t0"."id" ASC;

-- 054 line 88: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND ("t0"."optBoolean" = ? AND "t0"."idTest" LIKE ('%' || ?) AND "t0"."optString" LIKE (? || '%'))) ORDER BY "t0"."id" ASC;

-- 055 line 90: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optBoolean" = ? AND ("t0"."optString" LIKE (? || '%') OR "t0"."idTest" LIKE ('%' || ?))) ORDER BY "t0"."id" ASC;

-- 056 line 91: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optBoolean" = ? AND ("t0"."optString" LIKE (? || '%') OR "t0"."idTest" LIKE ('%' || ?))) ORDER BY "t0"."id" ASC;

-- 057 line 93: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optString" LIKE (? || '%') AND ("t0"."optBoolean" = ? OR "t0"."idTest" LIKE ('%' || ?))) ORDER BY "t0"."id" ASC;

-- 058 line 94: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND ("t0"."optString" LIKE (? || '%') AND ("t0"."optBoolean" = ? OR "t0"."idTest" LIKE ('%' || ?)))) ORDER BY "t0"."id" ASC;

-- 059 line 96: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NULL ORDER BY "t0"."id" ASC;

-- 060 line 97: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" IS NULL) ORDER BY "t0"."id" ASC;

-- 061 line 99: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 062 line 100: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" IS NOT NULL) ORDER BY "t0"."id" ASC;

-- 063 line 102: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 064 line 104: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 065 line 106: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NULL ORDER BY "t0"."id" ASC;

-- 066 line 107: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" IS NULL) ORDER BY "t0"."id" ASC;

-- 067 line 109: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IS NOT NULL ORDER BY "t0"."id" ASC;

-- 068 line 110: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" IS NOT NULL) ORDER BY "t0"."id" ASC;

-- 069 line 112: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" = ? ORDER BY "t0"."id" ASC;

-- 070 line 113: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" = ?) ORDER BY "t0"."id" ASC;

-- 071 line 115: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" <> ? ORDER BY "t0"."id" ASC;

-- 072 line 117: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" <> ? ORDER BY "t0"."id" ASC;

-- 073 line 119: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" IN (?,…) ORDER BY "t0"."id" ASC;

-- 074 line 121: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 075 line 122: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 076 line 124: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 077 line 126: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" < ? ORDER BY "t0"."id" ASC;

-- 078 line 128: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" >= ? ORDER BY "t0"."id" ASC;

-- 079 line 130: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" <= ? ORDER BY "t0"."id" ASC;

-- 080 line 132: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" > ? ORDER BY "t0"."id" ASC;

-- 081 line 134: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" > ? ORDER BY "t0"."id" ASC;

-- 082 line 135: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" > ?) ORDER BY "t0"."id" ASC;

-- 083 line 137: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" <= ? ORDER BY "t0"."id" ASC;

-- 084 line 139: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" >= ? ORDER BY "t0"."id" ASC;

-- 085 line 141: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" < ? ORDER BY "t0"."id" ASC;

-- 086 line 143: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optString" > ? AND "t0"."optString" < ?) ORDER BY "t0"."id" ASC;

-- 087 line 145: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" = ? ORDER BY "t0"."id" ASC;

-- 088 line 146: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optInt" = ?) ORDER BY "t0"."id" ASC;

-- 089 line 148: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" <> ? ORDER BY "t0"."id" ASC;

-- 090 line 150: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" <> ? ORDER BY "t0"."id" ASC;

-- 091 line 152: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" IN (?,…) ORDER BY "t0"."id" ASC;

-- 092 line 154: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 093 line 155: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optInt" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 094 line 157: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 095 line 159: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" < ? ORDER BY "t0"."id" ASC;

-- 096 line 161: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" >= ? ORDER BY "t0"."id" ASC;

-- 097 line 163: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" <= ? ORDER BY "t0"."id" ASC;

-- 098 line 165: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" > ? ORDER BY "t0"."id" ASC;

-- 099 line 167: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" > ? ORDER BY "t0"."id" ASC;

-- 100 line 168: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optInt" > ?) ORDER BY "t0"."id" ASC;

-- 101 line 170: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" <= ? ORDER BY "t0"."id" ASC;

-- 102 line 172: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" >= ? ORDER BY "t0"."id" ASC;

-- 103 line 174: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optInt" < ? ORDER BY "t0"."id" ASC;

-- 104 line 176: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optInt" > ? AND "t0"."optInt" < ?) ORDER BY "t0"."id" ASC;

-- 105 line 178: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" = ? ORDER BY "t0"."id" ASC;

-- 106 line 179: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optFloat" = ?) ORDER BY "t0"."id" ASC;

-- 107 line 181: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" <> ? ORDER BY "t0"."id" ASC;

-- 108 line 183: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" <> ? ORDER BY "t0"."id" ASC;

-- 109 line 185: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" IN (?,…) ORDER BY "t0"."id" ASC;

-- 110 line 187: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 111 line 188: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optFloat" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 112 line 190: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 113 line 192: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" < ? ORDER BY "t0"."id" ASC;

-- 114 line 194: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" >= ? ORDER BY "t0"."id" ASC;

-- 115 line 196: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" <= ? ORDER BY "t0"."id" ASC;

-- 116 line 198: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" > ? ORDER BY "t0"."id" ASC;

-- 117 line 200: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" > ? ORDER BY "t0"."id" ASC;

-- 118 line 201: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optFloat" > ?) ORDER BY "t0"."id" ASC;

-- 119 line 203: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" <= ? ORDER BY "t0"."id" ASC;

-- 120 line 205: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" >= ? ORDER BY "t0"."id" ASC;

-- 121 line 207: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optFloat" < ? ORDER BY "t0"."id" ASC;

-- 122 line 209: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optFloat" > ? AND "t0"."optFloat" < ?) ORDER BY "t0"."id" ASC;

-- 123 line 211: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" = ? ORDER BY "t0"."id" ASC;

-- 124 line 212: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optDateTime" = ?) ORDER BY "t0"."id" ASC;

-- 125 line 214: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" <> ? ORDER BY "t0"."id" ASC;

-- 126 line 216: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" <> ? ORDER BY "t0"."id" ASC;

-- 127 line 218: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" IN (?,…) ORDER BY "t0"."id" ASC;

-- 128 line 220: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 129 line 221: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optDateTime" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 130 line 223: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 131 line 225: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" < ? ORDER BY "t0"."id" ASC;

-- 132 line 227: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" >= ? ORDER BY "t0"."id" ASC;

-- 133 line 229: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" <= ? ORDER BY "t0"."id" ASC;

-- 134 line 231: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" > ? ORDER BY "t0"."id" ASC;

-- 135 line 233: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" > ? ORDER BY "t0"."id" ASC;

-- 136 line 234: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optDateTime" > ?) ORDER BY "t0"."id" ASC;

-- 137 line 236: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" <= ? ORDER BY "t0"."id" ASC;

-- 138 line 238: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" >= ? ORDER BY "t0"."id" ASC;

-- 139 line 240: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optDateTime" < ? ORDER BY "t0"."id" ASC;

-- 140 line 242: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."optDateTime" > ? AND "t0"."optDateTime" < ?) ORDER BY "t0"."id" ASC;

-- 141 line 244: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" = ? ORDER BY "t0"."id" ASC;

-- 142 line 245: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optEnum" = ?) ORDER BY "t0"."id" ASC;

-- 143 line 247: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" <> ? ORDER BY "t0"."id" ASC;

-- 144 line 249: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" <> ? ORDER BY "t0"."id" ASC;

-- 145 line 251: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" IN (?,…) ORDER BY "t0"."id" ASC;

-- 146 line 253: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 147 line 254: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optEnum" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 148 line 256: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optEnum" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 149 line 258: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" = ? ORDER BY "t0"."id" ASC;

-- 150 line 259: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optBoolean" = ?) ORDER BY "t0"."id" ASC;

-- 151 line 261: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" <> ? ORDER BY "t0"."id" ASC;

-- 152 line 263: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" <> ? ORDER BY "t0"."id" ASC;

-- 153 line 265: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" IN (?,…) ORDER BY "t0"."id" ASC;

-- 154 line 267: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 155 line 268: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optBoolean" NOT IN (?,…)) ORDER BY "t0"."id" ASC;

-- 156 line 270: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optBoolean" NOT IN (?,…) ORDER BY "t0"."id" ASC;

-- 157 line 272: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" LIKE ('%' || ? || '%') ORDER BY "t0"."id" ASC;

-- 158 line 273: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" LIKE ('%' || ? || '%')) ORDER BY "t0"."id" ASC;

-- 159 line 275: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT LIKE ('%' || ? || '%') ORDER BY "t0"."id" ASC;

-- 160 line 277: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" LIKE (? || '%') ORDER BY "t0"."id" ASC;

-- 161 line 279: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT LIKE (? || '%') ORDER BY "t0"."id" ASC;

-- 162 line 281: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" LIKE ('%' || ?) ORDER BY "t0"."id" ASC;

-- 163 line 283: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT LIKE ('%' || ?) ORDER BY "t0"."id" ASC;

-- 164 line 285: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" LIKE ('%' || ? || '%') ORDER BY "t0"."id" ASC;

-- 165 line 286: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND "t0"."optString" LIKE ('%' || ? || '%')) ORDER BY "t0"."id" ASC;

-- 166 line 288: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT LIKE ('%' || ? || '%') ORDER BY "t0"."id" ASC;

-- 167 line 290: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" LIKE ('%' || ?) ORDER BY "t0"."id" ASC;

-- 168 line 292: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE "t0"."optString" NOT LIKE ('%' || ?) ORDER BY "t0"."id" ASC;

-- 169 line 294: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC;

-- 170 line 296: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC;

-- 171 line 298: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE (NOT ("t0"."optInt" < ? OR "t0"."optEnum" = ?)) ORDER BY "t0"."id" ASC;

-- 172 line 299: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE (("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) AND (NOT ("t0"."optInt" < ? OR "t0"."optEnum" = ?))) ORDER BY "t0"."id" ASC;

-- 173 line 301: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ("t1"."optString" LIKE ('%' || ? || '%') AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 174 line 302: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ("t1"."optInt" > ? AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 175 line 303: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE NOT EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ((NOT "t1"."optString" LIKE ('%' || ? || '%')) AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 176 line 304: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE NOT EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ((NOT "t1"."optInt" > ?) AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 177 line 305: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE NOT EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ("t1"."optString" LIKE ('%' || ? || '%') AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 178 line 306: ModelB findMany
SELECT "t0"."int" FROM "ModelB" AS "t0" WHERE NOT EXISTS(SELECT "t1"."b_id" FROM "ModelA" AS "t1" WHERE ("t1"."optInt" > ? AND ("t1"."b_id") = ("t0"."id") AND "t1"."b_id" IS NOT NULL));

-- 179 line 308: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE ("t0"."b_id" IS NULL) ORDER BY "t0"."id" ASC;

-- 180 line 309: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" WHERE (NOT ("t0"."b_id" IS NULL)) ORDER BY "t0"."id" ASC;

-- 181 line 310: ModelA findMany
SELECT "t0"."idTest" FROM "ModelA" AS "t0" LEFT JOIN "ModelB" AS "j0" ON ("j0"."id") = ("t0"."b_id") WHERE ("j0"."int" = ? AND ("j0"."id" IS NOT NULL)) ORDER BY "t0"."id" ASC;

