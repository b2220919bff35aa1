-- 000 line 2: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."TrackId", "t1"."Name", "t1"."Composer", "t1"."Milliseconds", "t1"."Bytes", "t1"."UnitPrice", "t1"."AlbumId", "t1"."MediaTypeId", "t1"."GenreId" FROM "public"."Track" AS "t1" WHERE ("t1"."TrackId" = $1 AND "t1"."AlbumId" IN ($2,…));
SELECT "t2"."id", "t2"."GenreId", "t2"."Name" FROM "public"."Genre" AS "t2" WHERE ("t2"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t3"."id", "t3"."AlbumId", "t3"."Title", "t3"."ArtistId" FROM "public"."Album" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 001 line 5: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."GenreId", "t1"."Name" FROM "public"."Genre" AS "t1" WHERE ("t1"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t2"."id", "t2"."AlbumId", "t2"."Title", "t2"."ArtistId" FROM "public"."Album" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 002 line 8: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."GenreId", "t1"."Name" FROM "public"."Genre" AS "t1" WHERE ("t1"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."MediaType" ("id", "MediaTypeId", "Name") VALUES ($1, $2, $3) RETURNING "id", "MediaTypeId", "Name";
INSERT INTO "public"."Track" ("AlbumId", "MediaTypeId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t2"."id", "t2"."AlbumId", "t2"."Title", "t2"."ArtistId" FROM "public"."Album" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 003 line 11: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."TrackId", "t1"."Name", "t1"."Composer", "t1"."Milliseconds", "t1"."Bytes", "t1"."UnitPrice", "t1"."AlbumId", "t1"."MediaTypeId", "t1"."GenreId" FROM "public"."Track" AS "t1" WHERE ("t1"."TrackId" = $1 AND "t1"."AlbumId" IN ($2,…));
SELECT "t2"."id", "t2"."GenreId", "t2"."Name" FROM "public"."Genre" AS "t2" WHERE ("t2"."GenreId" = $1) LIMIT $2;
SELECT "t3"."id", "t3"."MediaTypeId", "t3"."Name" FROM "public"."MediaType" AS "t3" WHERE "t3"."MediaTypeId" = $1 LIMIT $2;
INSERT INTO "public"."MediaType" ("id", "MediaTypeId", "Name") VALUES ($1, $2, $3) RETURNING "id", "MediaTypeId", "Name";
INSERT INTO "public"."Track" ("AlbumId", "MediaTypeId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t4"."id", "t4"."AlbumId", "t4"."Title", "t4"."ArtistId" FROM "public"."Album" AS "t4" WHERE "t4"."id" = $1 LIMIT $2;

-- 004 line 14: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."TrackId", "t1"."Name", "t1"."Composer", "t1"."Milliseconds", "t1"."Bytes", "t1"."UnitPrice", "t1"."AlbumId", "t1"."MediaTypeId", "t1"."GenreId" FROM "public"."Track" AS "t1" WHERE "t1"."TrackId" = $1 LIMIT $2;
UPDATE "public"."Track" SET "AlbumId" = $1 WHERE "Track"."TrackId" = $2;
SELECT "t2"."id", "t2"."GenreId", "t2"."Name" FROM "public"."Genre" AS "t2" WHERE ("t2"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t3"."id", "t3"."AlbumId", "t3"."Title", "t3"."ArtistId" FROM "public"."Album" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 005 line 17: Genre createOne
INSERT INTO "public"."Genre" ("id", "GenreId", "Name") VALUES ($1, $2, $3) RETURNING "id", "GenreId", "Name";
SELECT "t0"."id" FROM "public"."Genre" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;

-- 006 line 18: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."TrackId", "t1"."Name", "t1"."Composer", "t1"."Milliseconds", "t1"."Bytes", "t1"."UnitPrice", "t1"."AlbumId", "t1"."MediaTypeId", "t1"."GenreId" FROM "public"."Track" AS "t1" WHERE ("t1"."TrackId" = $1 AND "t1"."AlbumId" IN ($2,…));
SELECT "t2"."id", "t2"."GenreId", "t2"."Name" FROM "public"."Genre" AS "t2" WHERE ("t2"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t3"."id", "t3"."AlbumId", "t3"."Title", "t3"."ArtistId" FROM "public"."Album" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

-- 007 line 19: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."GenreId", "t1"."Name" FROM "public"."Genre" AS "t1" WHERE ("t1"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t2"."id", "t2"."AlbumId", "t2"."Title", "t2"."ArtistId" FROM "public"."Album" AS "t2" WHERE "t2"."id" = $1 LIMIT $2;

-- 008 line 20: Album updateOne
SELECT "t0"."id", "t0"."AlbumId", "t0"."Title", "t0"."ArtistId" FROM "public"."Album" AS "t0" WHERE "t0"."id" = $1 LIMIT $2;
SELECT "t1"."id", "t1"."TrackId", "t1"."Name", "t1"."Composer", "t1"."Milliseconds", "t1"."Bytes", "t1"."UnitPrice", "t1"."AlbumId", "t1"."MediaTypeId", "t1"."GenreId" FROM "public"."Track" AS "t1" WHERE "t1"."TrackId" = $1 LIMIT $2;
UPDATE "public"."Track" SET "AlbumId" = $1 WHERE "Track"."TrackId" = $2;
SELECT "t2"."id", "t2"."GenreId", "t2"."Name" FROM "public"."Genre" AS "t2" WHERE ("t2"."GenreId" = $1) LIMIT $2;
INSERT INTO "public"."Track" ("AlbumId", "GenreId", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "TrackId", "Name", "Composer", "Milliseconds", "Bytes", "UnitPrice", "AlbumId", "MediaTypeId", "GenreId";
SELECT "t3"."id", "t3"."AlbumId", "t3"."Title", "t3"."ArtistId" FROM "public"."Album" AS "t3" WHERE "t3"."id" = $1 LIMIT $2;

