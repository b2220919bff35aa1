-- 000 line 1: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 2: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 002 line 3: Author deleteOne
SELECT `t0`.`id`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `j`.`A` FROM `Club` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 003 line 4: Passport deleteOne
SELECT `t0`.`id` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Passport` WHERE `Passport`.`id` = ?;

-- 004 line 5: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 005 line 6: Club updateMany
UPDATE `Club` SET `name` = ? WHERE `Club`.`name` = ?;

-- 006 line 7: Passport createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 007 line 8: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`text`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 008 line 9: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`id` IN (?,…));
UPDATE `Card` SET `authorId` = NULL WHERE (`Card`.`id` IN (?,…) AND EXISTS(SELECT `t2`.`id` FROM `Author` AS `t2` WHERE (`t2`.`id` = ? AND (`t2`.`id`) = (`Card`.`authorId`) AND `t2`.`id` IS NOT NULL)));
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 009 line 10: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 010 line 11: Passport createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 011 line 12: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE ((`Book`.`id` = ? AND 1=1) OR (`Book`.`id` = ? AND 1=1));
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` = ?);
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);

-- 012 line 13: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 013 line 14: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `number` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`authorId` FROM `Book` AS `t4` WHERE `t4`.`authorId` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`authorId` FROM `Passport` AS `t5` WHERE `t5`.`authorId` IN (?,…);
SELECT `t6`.`id`, `t6`.`mentorId` FROM `Author` AS `t6` WHERE `t6`.`mentorId` IN (?,…) ORDER BY `t6`.`id` ASC;

-- 014 line 15: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 015 line 16: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Club` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 016 line 17: Card createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 017 line 18: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 018 line 19: Passport updateMany
UPDATE `Passport` SET `number` = ? WHERE 1=1;

-- 019 line 20: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t1`.`id`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`authorId` IN (?,…);
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 020 line 21: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Note` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 021 line 22: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`name` = ?;

-- 022 line 23: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 023 line 24: Note updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Note` SET `text` = ?, `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Note` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 024 line 25: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` = ?);
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `j`.`A` FROM `Club` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 025 line 26: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`authorId` IN (?,…) ORDER BY `t3`.`id` ASC;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 026 line 27: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 027 line 28: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`authorId` FROM `Note` AS `t5` WHERE `t5`.`authorId` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id`, `t6`.`authorId` FROM `Card` AS `t6` WHERE `t6`.`authorId` IN (?,…);
SELECT `t7`.`id`, `j`.`A` FROM `Club` AS `t7` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t7`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 028 line 29: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 029 line 30: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 030 line 31: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 031 line 32: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 032 line 33: Club updateMany
UPDATE `Club` SET `name` = ? WHERE 1=1;

-- 033 line 34: Book deleteMany
DELETE FROM `Book` WHERE `Book`.`title` = ?;

-- 034 line 35: Book updateMany
UPDATE `Book` SET `title` = ? WHERE 1=1;

-- 035 line 36: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`number` = ?;

-- 036 line 37: Author deleteOne
SELECT `t0`.`id`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`authorId` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 037 line 38: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 038 line 39: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 039 line 40: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`name` FROM `Club` AS `t3` WHERE ((`t3`.`id` = ? AND 1=1) OR (`t3`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t4`.`id`, `t4`.`name` FROM `Club` AS `t4` WHERE `t4`.`name` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 040 line 41: Club deleteOne
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `j`.`B` FROM `Author` AS `t1` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`id` ASC;
DELETE FROM `Club` WHERE `Club`.`id` = ?;

-- 041 line 42: Card deleteOne
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Card` WHERE `Card`.`id` = ?;

-- 042 line 43: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 043 line 44: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`id` = ?;

-- 044 line 45: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 045 line 46: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 046 line 47: Card deleteOne
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Card` WHERE `Card`.`id` = ?;

-- 047 line 48: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`name` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 048 line 49: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 049 line 50: Book upsertOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Book` SET `title` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 050 line 51: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 051 line 52: Club deleteMany
DELETE FROM `Club` WHERE `Club`.`name` = ?;

-- 052 line 53: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`name` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 053 line 54: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ?, `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 054 line 55: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 055 line 56: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t4`.`id`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 056 line 57: Book updateMany
UPDATE `Book` SET `title` = ? WHERE 1=1;

-- 057 line 58: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 058 line 59: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 059 line 60: Passport updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`number`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Passport` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 060 line 61: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` = ?);
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t5`.`id`, `t5`.`authorId` FROM `Card` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id` FROM `Author` AS `t6` WHERE `t6`.`id` IN (?,…);

-- 061 line 62: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 062 line 63: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`mentorId` IN (?,…);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE 1=0;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` IN (?,…);
UPDATE `Author` SET `mentorId` = NULL WHERE `Author`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id`, `t6`.`authorId` FROM `Passport` AS `t6` WHERE `t6`.`authorId` IN (?,…);
SELECT `t7`.`id`, `t7`.`mentorId` FROM `Author` AS `t7` WHERE `t7`.`mentorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 063 line 64: Author updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name` FROM `Club` AS `t2` WHERE EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`B` = `t2`.`id` AND `t3`.`A` IN (?,…));
DELETE FROM `_AuthorToClub` WHERE `A` = ? AND `B` IN (?,…);
SELECT `t4`.`id`, `t4`.`name` FROM `Club` AS `t4` WHERE (`t4`.`name` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t5`.`id`, `t5`.`name` FROM `Club` AS `t5` WHERE (`t5`.`name` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t6` WHERE `t6`.`B` = `t5`.`id` AND `t6`.`A` IN (?,…)));
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`name` = ?);
SELECT `t7`.`id`, `t7`.`name` FROM `Club` AS `t7` WHERE `t7`.`id` IN (?,…);
SELECT `t8`.`id`, `t8`.`number`, `t8`.`authorId` FROM `Passport` AS `t8` WHERE `t8`.`authorId` IN (?,…);
SELECT `t9`.`id`, `t9`.`number`, `t9`.`authorId` FROM `Passport` AS `t9` WHERE `t9`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t10`.`id` FROM `Author` AS `t10` WHERE `t10`.`id` = ? LIMIT ?;
SELECT `t11`.`id`, `t11`.`authorId` FROM `Passport` AS `t11` WHERE `t11`.`authorId` IN (?,…);

-- 064 line 65: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 065 line 66: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 066 line 67: Note updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 067 line 68: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 068 line 69: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 069 line 70: Note updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `text` = ?, `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 070 line 71: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 071 line 72: Author updateMany
UPDATE `Author` SET `name` = ? WHERE 1=1;

-- 072 line 73: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 073 line 74: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 074 line 75: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 075 line 76: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE ((`t2`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…)));
DELETE FROM `Author` WHERE (`Author`.`id` IN (?,…) AND (`Author`.`id` = ?));
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 076 line 77: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `j`.`A` FROM `Club` AS `t5` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t5`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 077 line 78: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 078 line 79: Note updateMany
UPDATE `Note` SET `text` = ? WHERE `Note`.`text` = ?;

-- 079 line 80: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
UPDATE `Note` SET `authorId` = ? WHERE ((`Note`.`id` = ? AND 1=1) OR (`Note`.`id` = ? AND 1=1));
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`number`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`number`, `t5`.`authorId` FROM `Passport` AS `t5` WHERE `t5`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t6`.`id` FROM `Author` AS `t6` WHERE `t6`.`id` = ? LIMIT ?;
SELECT `t7`.`id`, `t7`.`authorId` FROM `Note` AS `t7` WHERE `t7`.`authorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 080 line 81: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 081 line 82: Book deleteOne
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 082 line 83: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 083 line 84: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 084 line 85: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 085 line 86: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 086 line 87: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 087 line 88: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` = ?);
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`id`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`mentorId` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 088 line 89: Author updateMany
UPDATE `Author` SET `name` = ? WHERE 1=1;

-- 089 line 90: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 090 line 91: Card updateMany
UPDATE `Card` SET `code` = ? WHERE `Card`.`code` = ?;

-- 091 line 92: Card updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 092 line 93: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 093 line 94: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 094 line 95: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE ((`Book`.`id` = ? AND 1=1) OR (`Book`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…));
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 095 line 96: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 096 line 97: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 097 line 98: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 098 line 99: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 099 line 100: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Book` SET `authorId` = NULL WHERE `Book`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 100 line 101: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 101 line 102: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE ((`t1`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
DELETE FROM `Author` WHERE (`Author`.`id` IN (?,…) AND (`Author`.`id` = ?));
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE (`t3`.`name` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t4` WHERE `t4`.`A` = `t3`.`id` AND `t4`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 102 line 103: Note updateOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?);
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Note` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 103 line 104: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `j`.`B` FROM `Author` AS `t3` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t3`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 104 line 105: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t5`.`id` FROM `Card` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 105 line 106: Passport deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Passport` WHERE `Passport`.`id` = ?;

-- 106 line 107: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 107 line 108: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 108 line 109: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 109 line 110: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 110 line 111: Book deleteMany
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 111 line 112: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t4`.`id`, `t4`.`code`, `t4`.`authorId` FROM `Card` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id`, `t5`.`name`, `t5`.`mentorId` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t6`.`id` FROM `Card` AS `t6` WHERE `t6`.`id` = ? LIMIT ?;

-- 112 line 113: Card deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Card` WHERE `Card`.`id` = ?;

-- 113 line 114: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 114 line 115: Book createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 115 line 116: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 116 line 117: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`code`, `t4`.`authorId` FROM `Card` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Card` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 117 line 118: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 118 line 119: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 119 line 120: Author deleteOne
SELECT `t0`.`id`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `j`.`A` FROM `Club` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 120 line 121: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`text`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`name` FROM `Club` AS `t4` WHERE (`t4`.`id` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id`, `t6`.`authorId` FROM `Passport` AS `t6` WHERE `t6`.`authorId` IN (?,…);
SELECT `t7`.`id`, `t7`.`authorId` FROM `Card` AS `t7` WHERE `t7`.`authorId` IN (?,…);
SELECT `t8`.`id`, `j`.`A` FROM `Club` AS `t8` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t8`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t8`.`id` ASC;
SELECT `t9`.`id`, `t9`.`mentorId` FROM `Author` AS `t9` WHERE `t9`.`mentorId` IN (?,…) ORDER BY `t9`.`id` ASC;

-- 121 line 122: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 122 line 123: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`id` = ?;

-- 123 line 124: Book deleteOne
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 124 line 125: Card updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 125 line 126: Book deleteOne
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 126 line 127: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 127 line 128: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 128 line 129: Passport updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 129 line 130: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 130 line 131: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE ((`t1`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
DELETE FROM `_AuthorToClub` WHERE `B` = ? AND `A` IN (?,…);
SELECT `t3`.`id` FROM `Club` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 131 line 132: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 132 line 133: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 133 line 134: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 134 line 135: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 135 line 136: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 136 line 137: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `j`.`A` FROM `Club` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`mentorId` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 137 line 138: Card deleteOne
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Card` WHERE `Card`.`id` = ?;

-- 138 line 139: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 139 line 140: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`text`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Book` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 140 line 141: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 141 line 142: Book upsertOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Book` SET `title` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 142 line 143: Passport updateMany
UPDATE `Passport` SET `number` = ? WHERE `Passport`.`number` = ?;

-- 143 line 144: Passport createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 144 line 145: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 145 line 146: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 146 line 147: Note updateMany
UPDATE `Note` SET `text` = ? WHERE `Note`.`text` = ?;

-- 147 line 148: Book deleteMany
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 148 line 149: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE ((`t1`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`B` = `t1`.`id` AND `t2`.`A` IN (?,…)));
DELETE FROM `_AuthorToClub` WHERE `A` = ? AND `B` IN (?,…);
SELECT `t3`.`id`, `t3`.`name` FROM `Club` AS `t3` WHERE (`t3`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t4` WHERE `t4`.`B` = `t3`.`id` AND `t4`.`A` IN (?,…)));
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t5`.`id`, `t5`.`name` FROM `Club` AS `t5` WHERE `t5`.`id` IN (?,…);
SELECT `t6`.`id`, `t6`.`mentorId` FROM `Author` AS `t6` WHERE `t6`.`id` = ? LIMIT ?;
SELECT `t7`.`id`, `t7`.`authorId` FROM `Book` AS `t7` WHERE `t7`.`authorId` IN (?,…) ORDER BY `t7`.`id` ASC;
SELECT `t8`.`id`, `t8`.`authorId` FROM `Note` AS `t8` WHERE `t8`.`authorId` IN (?,…) ORDER BY `t8`.`id` ASC;
SELECT `t9`.`id`, `j`.`A` FROM `Club` AS `t9` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t9`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t9`.`id` ASC;
SELECT `t10`.`id` FROM `Author` AS `t10` WHERE `t10`.`id` IN (?,…);

-- 149 line 150: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 150 line 151: Card createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` = ?);
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` = ?);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 151 line 152: Club deleteOne
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Club` WHERE `Club`.`id` = ?;

-- 152 line 153: Club deleteOne
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Club` WHERE `Club`.`id` = ?;

-- 153 line 154: Passport createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 154 line 155: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Book` SET `authorId` = NULL WHERE `Book`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 155 line 156: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id`, `j`.`B` FROM `Author` AS `t6` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t6`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t6`.`id` ASC;

-- 156 line 157: Note deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Note` WHERE `Note`.`id` = ?;

-- 157 line 158: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 158 line 159: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `code` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`text`, `t3`.`authorId` FROM `Note` AS `t3` WHERE (`t3`.`id` = ? AND `t3`.`authorId` IN (?,…));
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t4`.`id`, `t4`.`text`, `t4`.`authorId` FROM `Note` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id`, `t5`.`mentorId` FROM `Author` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id` FROM `Author` AS `t6` WHERE `t6`.`id` IN (?,…);
SELECT `t7`.`id`, `t7`.`mentorId` FROM `Author` AS `t7` WHERE `t7`.`mentorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 159 line 160: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 160 line 161: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 161 line 162: Passport deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Passport` WHERE `Passport`.`id` = ?;

-- 162 line 163: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`number` = ?;

-- 163 line 164: Book deleteMany
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 164 line 165: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 165 line 166: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 166 line 167: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 167 line 168: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 168 line 169: Passport updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`number`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Passport` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 169 line 170: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t5`.`id` FROM `Club` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 170 line 171: Club updateMany
UPDATE `Club` SET `name` = ? WHERE 1=1;

-- 171 line 172: Author createOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`authorId` IN (?,…);

-- 172 line 173: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 173 line 174: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 174 line 175: Note updateMany
UPDATE `Note` SET `text` = ? WHERE `Note`.`text` = ?;

-- 175 line 176: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`name` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 176 line 177: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 177 line 178: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`number` = ?;

-- 178 line 179: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ?, `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 179 line 180: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 180 line 181: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 181 line 182: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `j`.`B` FROM `Author` AS `t1` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 182 line 183: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 183 line 184: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE ((`t2`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…)));
DELETE FROM `_AuthorToClub` WHERE `B` = ? AND `A` IN (?,…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `j`.`B` FROM `Author` AS `t5` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t5`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 184 line 185: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE ((`t2`.`id` = ? AND 1=1) OR (`t2`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t3`.`id` FROM `Club` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 185 line 186: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 186 line 187: Passport updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`number`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t5`.`id`, `t5`.`authorId` FROM `Passport` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id` FROM `Author` AS `t6` WHERE `t6`.`id` IN (?,…);

-- 187 line 188: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE ((`Book`.`id` = ? AND 1=1) OR (`Book`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 188 line 189: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?);
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t4`.`id`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `j`.`A` FROM `Club` AS `t5` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t5`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id` FROM `Author` AS `t6` WHERE `t6`.`id` IN (?,…);

-- 189 line 190: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`number` = ?;

-- 190 line 191: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 191 line 192: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 192 line 193: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE `Note`.`id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t1`.`id`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `j`.`A` FROM `Club` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`mentorId` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 193 line 194: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 194 line 195: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Book` SET `authorId` = NULL WHERE `Book`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 195 line 196: Passport createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 196 line 197: Passport deleteMany
DELETE FROM `Passport` WHERE `Passport`.`number` = ?;

-- 197 line 198: Card updateMany
UPDATE `Card` SET `code` = ? WHERE 1=1;

-- 198 line 199: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE ((`t1`.`id` = ?) AND `t1`.`mentorId` IN (?,…));
UPDATE `Author` SET `mentorId` = NULL WHERE (`Author`.`id` IN (?,…) AND (`Author`.`id` = ?));
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`authorId` IN (?,…);

-- 199 line 200: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`id`, `j`.`A` FROM `Club` AS `t4` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t4`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`mentorId` FROM `Author` AS `t5` WHERE `t5`.`mentorId` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 200 line 201: Note updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `text` = ?, `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 201 line 202: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 202 line 203: Note deleteMany
DELETE FROM `Note` WHERE `Note`.`id` = ?;

-- 203 line 204: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 204 line 205: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 205 line 206: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ?, `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Book` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 206 line 207: Book upsertOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Book` SET `title` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 207 line 208: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` = ?);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 208 line 209: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ?, `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Book` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 209 line 210: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name` FROM `Club` AS `t2` WHERE ((`t2`.`id` = ?) AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`B` = `t2`.`id` AND `t3`.`A` IN (?,…)));
DELETE FROM `Club` WHERE (`Club`.`id` IN (?,…) AND (`Club`.`id` = ?));
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`authorId` FROM `Book` AS `t5` WHERE `t5`.`authorId` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id`, `t6`.`authorId` FROM `Note` AS `t6` WHERE `t6`.`authorId` IN (?,…) ORDER BY `t6`.`id` ASC;
SELECT `t7`.`id`, `t7`.`authorId` FROM `Passport` AS `t7` WHERE `t7`.`authorId` IN (?,…);

-- 210 line 211: Note updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 211 line 212: Card updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE `Author`.`id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ?, `authorId` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 212 line 213: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 213 line 214: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`name` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t4`.`id`, `t4`.`title`, `t4`.`authorId` FROM `Book` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Book` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 214 line 215: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` = ?);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id`, `t2`.`name` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Card` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 215 line 216: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 216 line 217: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 217 line 218: Note updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 218 line 219: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`name` FROM `Club` AS `t3` WHERE (`t3`.`name` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 219 line 220: Passport updateMany
UPDATE `Passport` SET `number` = ? WHERE 1=1;

-- 220 line 221: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t3`.`id` FROM `Club` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `j`.`B` FROM `Author` AS `t4` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t4`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 221 line 222: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`name` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 222 line 223: Note deleteMany
DELETE FROM `Note` WHERE `Note`.`text` = ?;

-- 223 line 224: Note deleteMany
DELETE FROM `Note` WHERE `Note`.`text` = ?;

-- 224 line 225: Note updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Book` SET `authorId` = ? WHERE ((`Book`.`id` = ? AND 1=1) OR (`Book`.`id` = ? AND 1=1));
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 225 line 226: Card createOne
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 226 line 227: Note updateMany
UPDATE `Note` SET `text` = ? WHERE `Note`.`text` = ?;

-- 227 line 228: Author updateOne
error: The change you are trying to make would violate the required relation 'AuthorToPassport' between the `Passport` and `Author` models.

-- 228 line 229: Card updateMany
UPDATE `Card` SET `code` = ? WHERE 1=1;

-- 229 line 230: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 230 line 231: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Book` SET `authorId` = NULL WHERE `Book`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 231 line 232: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 232 line 233: Note updateMany
UPDATE `Note` SET `text` = ? WHERE 1=1;

-- 233 line 234: Book updateMany
UPDATE `Book` SET `title` = ? WHERE `Book`.`title` = ?;

-- 234 line 235: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `mentorId` = NULL WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 235 line 236: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 236 line 237: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, ?), (?, ?, ?);
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` = ?);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 237 line 238: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Club` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `j`.`B` FROM `Author` AS `t2` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t2`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 238 line 239: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…));
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Club` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 239 line 240: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 240 line 241: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 241 line 242: Note updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Note` SET `authorId` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`authorId` FROM `Note` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 242 line 243: Book updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Book` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 243 line 244: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` = ?);
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 244 line 245: Book deleteMany
DELETE FROM `Book` WHERE `Book`.`title` = ?;

-- 245 line 246: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 246 line 247: Passport updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 247 line 248: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`authorId` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 248 line 249: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 249 line 250: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Author` SET `mentorId` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`authorId` FROM `Note` AS `t4` WHERE `t4`.`authorId` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`mentorId` FROM `Author` AS `t5` WHERE `t5`.`mentorId` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 250 line 251: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`name` = ?;

-- 251 line 252: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 252 line 253: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 253 line 254: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE ((`t1`.`id` = ?) AND `t1`.`authorId` IN (?,…));
DELETE FROM `Note` WHERE (`Note`.`id` IN (?,…) AND (`Note`.`id` = ?));
SELECT `t2`.`id`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`authorId` IN (?,…) ORDER BY `t3`.`id` ASC;
SELECT `t4`.`id`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`authorId` IN (?,…);
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 254 line 255: Club deleteMany
DELETE FROM `Club` WHERE `Club`.`name` = ?;

-- 255 line 256: Club updateMany
UPDATE `Club` SET `name` = ? WHERE 1=1;

-- 256 line 257: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 257 line 258: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 258 line 259: Note updateOne
error: The change you are trying to make would violate the required relation 'AuthorToNote' between the `Note` and `Author` models.

-- 259 line 260: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE (`t1`.`id` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…)));
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 260 line 261: Author deleteMany
DELETE FROM `Author` WHERE `Author`.`name` = ?;

-- 261 line 262: Book updateMany
UPDATE `Book` SET `title` = ? WHERE 1=1;

-- 262 line 263: Note createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 263 line 264: Book updateMany
UPDATE `Book` SET `title` = ? WHERE `Book`.`title` = ?;

-- 264 line 265: Card upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Card` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 265 line 266: Card deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Card` WHERE `Card`.`id` = ?;

-- 266 line 267: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `authorId` = ? WHERE `Book`.`id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Note` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 267 line 268: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 268 line 269: Note upsertOne
SELECT `t0`.`id`, `t0`.`text`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Note` SET `text` = ? WHERE (`Note`.`id` IN (?,…) AND `Note`.`id` = ?);
SELECT `t1`.`id`, `t1`.`text`, `t1`.`authorId` FROM `Note` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Note` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 269 line 270: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 270 line 271: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`name` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`name` = ? AND EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t3` WHERE `t3`.`A` = `t2`.`id` AND `t3`.`B` IN (?,…)));
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `j`.`B` FROM `Author` AS `t5` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t5`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 271 line 272: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`name`, `t4`.`mentorId` FROM `Author` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Passport` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 272 line 273: Book deleteOne
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 273 line 274: Passport updateOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 274 line 275: Club createOne
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 275 line 276: Note createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Note` (`authorId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `authorId` FROM `Note` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Note` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 276 line 277: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id` FROM `Author` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 277 line 278: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 278 line 279: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`mentorId` IN (?,…) ORDER BY `t1`.`id` ASC;
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 279 line 280: Card updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`authorId` FROM `Card` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
UPDATE `Author` SET `name` = ? WHERE `Author`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Card` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 280 line 281: Book updateOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Author` (`id`, `name`, `mentorId`) VALUES (?, ?, ?);
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Book` SET `title` = ?, `authorId` = ? WHERE (`Book`.`id` IN (?,…) AND `Book`.`id` = ?);
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Book` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 281 line 282: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 282 line 283: Card updateMany
UPDATE `Card` SET `code` = ? WHERE `Card`.`code` = ?;

-- 283 line 284: Book deleteOne
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Book` WHERE `Book`.`id` = ?;

-- 284 line 285: Card updateMany
UPDATE `Card` SET `code` = ? WHERE 1=1;

-- 285 line 286: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Note` (`id`, `text`, `authorId`) VALUES (?, ?, ?);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 286 line 287: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Author` WHERE `Author`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 287 line 288: Club upsertOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Club` SET `name` = ? WHERE (`Club`.`id` IN (?,…) AND `Club`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name` FROM `Club` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Club` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 288 line 289: Passport updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 289 line 290: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`name` FROM `Club` AS `t2` WHERE (`t2`.`id` = ?);
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Club` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Club` WHERE `id` = ?;
INSERT IGNORE INTO `_AuthorToClub` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`authorId` FROM `Note` AS `t4` WHERE `t4`.`authorId` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`authorId` FROM `Passport` AS `t5` WHERE `t5`.`authorId` IN (?,…);
SELECT `t6`.`id`, `t6`.`authorId` FROM `Card` AS `t6` WHERE `t6`.`authorId` IN (?,…);

-- 290 line 291: Author deleteOne
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`id`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE `t2`.`mentorId` IN (?,…) ORDER BY `t2`.`id` ASC;
DELETE FROM `Author` WHERE `Author`.`id` = ?;

-- 291 line 292: Book createOne
INSERT INTO `Book` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 292 line 293: Passport upsertOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Passport` SET `number` = ? WHERE (`Passport`.`id` IN (?,…) AND `Passport`.`id` = ?);
SELECT `t1`.`id`, `t1`.`number`, `t1`.`authorId` FROM `Passport` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`mentorId` FROM `Author` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`number`, `t3`.`authorId` FROM `Passport` AS `t3` WHERE `t3`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Passport` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 293 line 294: Author upsertOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`number`, `t2`.`authorId` FROM `Passport` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `j`.`A` FROM `Club` AS `t4` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`B` = `t4`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 294 line 295: Club updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE EXISTS(SELECT 1 FROM `_AuthorToClub` AS `t2` WHERE `t2`.`A` = `t1`.`id` AND `t2`.`B` IN (?,…));
DELETE FROM `_AuthorToClub` WHERE `B` = ? AND `A` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE ((`t3`.`id` = ? AND 1=1) OR (`t3`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_AuthorToClub` (`B`, `A`) VALUES ((?,…),…);
SELECT `t4`.`id` FROM `Club` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `j`.`B` FROM `Author` AS `t5` INNER JOIN `_AuthorToClub` AS `j` ON `j`.`A` = `t5`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 295 line 296: Author updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Author` SET `name` = ? WHERE (`Author`.`id` IN (?,…) AND `Author`.`id` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`mentorId` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`authorId` IN (?,…);
UPDATE `Card` SET `code` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`code`, `t3`.`authorId` FROM `Card` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t4`.`id`, `t4`.`number`, `t4`.`authorId` FROM `Passport` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Passport` SET `authorId` = NULL WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Passport` (`authorId`, `id`, `number`) VALUES (?, ?, ?);
SELECT `id`, `number`, `authorId` FROM `Passport` WHERE `id` = ?;
SELECT `t5`.`id` FROM `Author` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id`, `t6`.`authorId` FROM `Book` AS `t6` WHERE `t6`.`authorId` IN (?,…) ORDER BY `t6`.`id` ASC;
SELECT `t7`.`id`, `t7`.`authorId` FROM `Card` AS `t7` WHERE `t7`.`authorId` IN (?,…);

-- 296 line 297: Note deleteOne
SELECT `t0`.`id`, `t0`.`authorId` FROM `Note` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` IN (?,…);
DELETE FROM `Note` WHERE `Note`.`id` = ?;

-- 297 line 298: Card createOne
SELECT `t0`.`id`, `t0`.`number`, `t0`.`authorId` FROM `Passport` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
UPDATE `Passport` SET `authorId` = ? WHERE `Passport`.`id` IN (?,…);
INSERT INTO `Card` (`authorId`, `id`, `code`) VALUES (?, ?, ?);
SELECT `id`, `code`, `authorId` FROM `Card` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 298 line 299: Card updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`authorId` FROM `Card` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Card` SET `code` = ? WHERE (`Card`.`id` IN (?,…) AND `Card`.`id` = ?);
SELECT `t2`.`id`, `t2`.`code`, `t2`.`authorId` FROM `Card` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`code`, `t4`.`authorId` FROM `Card` AS `t4` WHERE `t4`.`authorId` IN (?,…);
UPDATE `Card` SET `authorId` = NULL WHERE `Card`.`id` IN (?,…);
UPDATE `Card` SET `authorId` = ? WHERE `Card`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Card` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 299 line 300: Club updateMany
UPDATE `Club` SET `name` = ? WHERE 1=1;

