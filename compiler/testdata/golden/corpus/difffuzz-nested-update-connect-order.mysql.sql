-- 000 line 3: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 001 line 6: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 7: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 8: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Club` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 004 line 11: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 005 line 14: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 006 line 17: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 007 line 20: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

