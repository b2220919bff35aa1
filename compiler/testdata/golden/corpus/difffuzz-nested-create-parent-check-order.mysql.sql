-- 000 line 2: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`TrackId`, `t1`.`Name`, `t1`.`Composer`, `t1`.`Milliseconds`, `t1`.`Bytes`, `t1`.`UnitPrice`, `t1`.`AlbumId`, `t1`.`MediaTypeId`, `t1`.`GenreId` FROM `Track` AS `t1` WHERE (`t1`.`TrackId` = ? AND `t1`.`AlbumId` IN (?,…));
SELECT `t2`.`id`, `t2`.`GenreId`, `t2`.`Name` FROM `Genre` AS `t2` WHERE (`t2`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`AlbumId`, `t3`.`Title`, `t3`.`ArtistId` FROM `Album` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 001 line 5: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`AlbumId`, `t2`.`Title`, `t2`.`ArtistId` FROM `Album` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 002 line 8: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`GenreId` = ?) LIMIT ?;
INSERT INTO `MediaType` (`id`, `MediaTypeId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `MediaTypeId`, `Name` FROM `MediaType` WHERE `id` = ?;
INSERT INTO `Track` (`AlbumId`, `MediaTypeId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`AlbumId`, `t2`.`Title`, `t2`.`ArtistId` FROM `Album` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 003 line 11: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`TrackId`, `t1`.`Name`, `t1`.`Composer`, `t1`.`Milliseconds`, `t1`.`Bytes`, `t1`.`UnitPrice`, `t1`.`AlbumId`, `t1`.`MediaTypeId`, `t1`.`GenreId` FROM `Track` AS `t1` WHERE (`t1`.`TrackId` = ? AND `t1`.`AlbumId` IN (?,…));
SELECT `t2`.`id`, `t2`.`GenreId`, `t2`.`Name` FROM `Genre` AS `t2` WHERE (`t2`.`GenreId` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`MediaTypeId`, `t3`.`Name` FROM `MediaType` AS `t3` WHERE `t3`.`MediaTypeId` = ? LIMIT ?;
INSERT INTO `MediaType` (`id`, `MediaTypeId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `MediaTypeId`, `Name` FROM `MediaType` WHERE `id` = ?;
INSERT INTO `Track` (`AlbumId`, `MediaTypeId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t4`.`id`, `t4`.`AlbumId`, `t4`.`Title`, `t4`.`ArtistId` FROM `Album` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 004 line 14: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`TrackId`, `t1`.`Name`, `t1`.`Composer`, `t1`.`Milliseconds`, `t1`.`Bytes`, `t1`.`UnitPrice`, `t1`.`AlbumId`, `t1`.`MediaTypeId`, `t1`.`GenreId` FROM `Track` AS `t1` WHERE `t1`.`TrackId` = ? LIMIT ?;
UPDATE `Track` SET `AlbumId` = ? WHERE `Track`.`TrackId` = ?;
SELECT `t2`.`id`, `t2`.`GenreId`, `t2`.`Name` FROM `Genre` AS `t2` WHERE (`t2`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`AlbumId`, `t3`.`Title`, `t3`.`ArtistId` FROM `Album` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 005 line 17: Genre createOne
INSERT INTO `Genre` (`id`, `GenreId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `GenreId`, `Name` FROM `Genre` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Genre` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 006 line 18: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`TrackId`, `t1`.`Name`, `t1`.`Composer`, `t1`.`Milliseconds`, `t1`.`Bytes`, `t1`.`UnitPrice`, `t1`.`AlbumId`, `t1`.`MediaTypeId`, `t1`.`GenreId` FROM `Track` AS `t1` WHERE (`t1`.`TrackId` = ? AND `t1`.`AlbumId` IN (?,…));
SELECT `t2`.`id`, `t2`.`GenreId`, `t2`.`Name` FROM `Genre` AS `t2` WHERE (`t2`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`AlbumId`, `t3`.`Title`, `t3`.`ArtistId` FROM `Album` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 007 line 19: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`AlbumId`, `t2`.`Title`, `t2`.`ArtistId` FROM `Album` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 008 line 20: Album updateOne
SELECT `t0`.`id`, `t0`.`AlbumId`, `t0`.`Title`, `t0`.`ArtistId` FROM `Album` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`TrackId`, `t1`.`Name`, `t1`.`Composer`, `t1`.`Milliseconds`, `t1`.`Bytes`, `t1`.`UnitPrice`, `t1`.`AlbumId`, `t1`.`MediaTypeId`, `t1`.`GenreId` FROM `Track` AS `t1` WHERE `t1`.`TrackId` = ? LIMIT ?;
UPDATE `Track` SET `AlbumId` = ? WHERE `Track`.`TrackId` = ?;
SELECT `t2`.`id`, `t2`.`GenreId`, `t2`.`Name` FROM `Genre` AS `t2` WHERE (`t2`.`GenreId` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `id`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`AlbumId`, `t3`.`Title`, `t3`.`ArtistId` FROM `Album` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

