-- 000 line 1: Owner createOne
INSERT INTO `Owner` (`id`) VALUES (?);
SELECT `id` FROM `Owner` WHERE `id` = ?;
INSERT INTO `Hub` (`ownerId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `ownerId` FROM `Hub` WHERE `id` = ?;
INSERT INTO `First` (`hubId`, `id`) VALUES (?, ?);
SELECT `id`, `hubId` FROM `First` WHERE `id` = ?;
INSERT INTO `Last` (`hubId`, `id`) VALUES (?, ?);
SELECT `id`, `hubId` FROM `Last` WHERE `id` = ?;
INSERT INTO `Hub` (`ownerId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `ownerId` FROM `Hub` WHERE `id` = ?;
INSERT INTO `Hub` (`ownerId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `ownerId` FROM `Hub` WHERE `id` = ?;
INSERT INTO `Last` (`hubId`, `id`) VALUES (?, ?);
SELECT `id`, `hubId` FROM `Last` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 2: Hub deleteOne
SELECT `t0`.`id` FROM `Hub` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` = ?;

-- 002 line 3: Hub deleteMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);

-- 003 line 4: Hub deleteMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` IN (?,…);
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);

-- 004 line 5: Hub updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`ownerId` FROM `Hub` AS `t3` WHERE `t3`.`id` = ?;

-- 005 line 6: Hub updateMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `First` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `Last` AS `t2` WHERE `t2`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE `Hub`.`id` IN (?,…);

-- 006 line 7: Hub updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Hub' does not match any query.

-- 007 line 8: Hub upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`ownerId` FROM `Hub` AS `t3` WHERE `t3`.`id` = ?;
INSERT INTO `Hub` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `ownerId` FROM `Hub` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Hub` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 008 line 9: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`ownerId` IN (?,…));
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`ownerId` FROM `Hub` AS `t4` WHERE `t4`.`id` = ?;
SELECT `t5`.`id` FROM `Owner` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 009 line 10: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`ownerId` IN (?,…));
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`ownerId` FROM `Hub` AS `t4` WHERE `t4`.`id` = ?;
INSERT INTO `Hub` (`ownerId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `ownerId` FROM `Hub` WHERE `id` = ?;
SELECT `t5`.`id` FROM `Owner` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 010 line 11: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE ((`t1`.`id` = ?) AND `t1`.`ownerId` IN (?,…));
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE (`Hub`.`id` IN (?,…) AND (`Hub`.`id` = ?));
SELECT `t4`.`id` FROM `Owner` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 011 line 12: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`ownerId` IN (?,…));
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Owner` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 012 line 13: Hub deleteOne
SELECT `t0`.`id` FROM `Hub` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
SELECT `t3`.`id`, `t3`.`hubId` FROM `Last` AS `t3` WHERE `t3`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` = ?;

-- 013 line 14: Hub updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Hub` SET `name` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 014 line 15: Hub updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
UPDATE `Hub` SET `id` = ? WHERE (`Hub`.`id` IN (?,…) AND `Hub`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`ownerId` FROM `Hub` AS `t3` WHERE `t3`.`id` = ?;

-- 015 line 16: Hub deleteMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);

-- 016 line 17: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`ownerId` IN (?,…));
UPDATE `Hub` SET `id` = ? WHERE `Hub`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Owner` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`ownerId` FROM `Hub` AS `t3` WHERE `t3`.`ownerId` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 017 line 18: Last findMany
SELECT `t0`.`id`, `t0`.`hubId` FROM `Last` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id` FROM `Hub` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 018 line 19: Hub deleteMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);

-- 019 line 20: Hub deleteMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`hubId` FROM `Last` AS `t1` WHERE `t1`.`hubId` IN (?,…);
SELECT `t2`.`id`, `t2`.`hubId` FROM `First` AS `t2` WHERE `t2`.`hubId` IN (?,…);
DELETE FROM `Hub` WHERE `Hub`.`id` IN (?,…);

-- 020 line 21: Owner updateOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ownerId` FROM `Hub` AS `t1` WHERE `t1`.`ownerId` IN (?,…);
UPDATE `Hub` SET `ownerId` = ? WHERE `Hub`.`id` IN (?,…);
UPDATE `Owner` SET `id` = ? WHERE (`Owner`.`id` IN (?,…) AND `Owner`.`id` = ?);
SELECT `t2`.`id` FROM `Owner` AS `t2` WHERE `t2`.`id` = ?;
SELECT `t3`.`id` FROM `Owner` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`ownerId` FROM `Hub` AS `t4` WHERE `t4`.`ownerId` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 021 line 22: Owner deleteOne
SELECT `t0`.`id` FROM `Owner` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Owner` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`ownerId` FROM `Hub` AS `t2` WHERE `t2`.`ownerId` IN (?,…);
UPDATE `Hub` SET `ownerId` = NULL WHERE `Hub`.`id` IN (?,…);
DELETE FROM `Owner` WHERE `Owner`.`id` = ?;

-- 022 line 23: Hub findMany
SELECT `t0`.`id`, `t0`.`ownerId` FROM `Hub` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

