-- 000 line 2: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Org` WHERE `id` = ?;
INSERT INTO `Team` (`orgCode`, `id`, `slot`) VALUES (?, ?, ?);
SELECT `id`, `orgCode`, `slot` FROM `Team` WHERE `id` = ?;
INSERT INTO `Member` (`id`, `name`, `teamOrg`, `teamSlot`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);
INSERT INTO `Team` (`orgCode`, `id`, `slot`) VALUES (?, ?, ?);
SELECT `id`, `orgCode`, `slot` FROM `Team` WHERE `id` = ?;
INSERT INTO `Member` (`teamOrg`, `teamSlot`, `id`, `name`) VALUES (?, ?, ?, ?);
SELECT `id`, `name`, `teamOrg`, `teamSlot` FROM `Member` WHERE `id` = ?;
INSERT INTO `Tag` (`id`) VALUES (?);
SELECT `id` FROM `Tag` WHERE `id` = ?;
INSERT IGNORE INTO `_OrgToTag` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Tag` (`id`) VALUES (?);
SELECT `id` FROM `Tag` WHERE `id` = ?;
INSERT IGNORE INTO `_OrgToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE `t2`.`teamOrg` IN (?,…) AND `t2`.`teamSlot` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 001 line 3: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Org` WHERE `id` = ?;
INSERT INTO `Team` (`orgCode`, `id`, `slot`) VALUES (?, ?, ?);
SELECT `id`, `orgCode`, `slot` FROM `Team` WHERE `id` = ?;
INSERT INTO `Member` (`teamOrg`, `teamSlot`, `id`, `name`) VALUES (?, ?, ?, ?);
SELECT `id`, `name`, `teamOrg`, `teamSlot` FROM `Member` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_OrgToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id`, `t1`.`code` FROM `Org` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…) ORDER BY `t2`.`id` ASC;
SELECT `t3`.`id`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE `t3`.`teamOrg` IN (?,…) AND `t3`.`teamSlot` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 002 line 4: Member createOne
INSERT INTO `Member` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `teamOrg`, `teamSlot` FROM `Member` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Member` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 6: Org updateOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`orgCode` IN (?,…));
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
UPDATE `Team` SET `slot` = ? WHERE (`Team`.`id` IN (?,…) AND `Team`.`id` = ?);
SELECT `t3`.`id`, `t3`.`orgCode`, `t3`.`slot` FROM `Team` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`code` FROM `Org` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`orgCode`, `t5`.`slot` FROM `Team` AS `t5` WHERE `t5`.`orgCode` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id`, `t6`.`teamOrg`, `t6`.`teamSlot` FROM `Member` AS `t6` WHERE `t6`.`teamOrg` IN (?,…) AND `t6`.`teamSlot` IN (?,…) ORDER BY `t6`.`id` ASC;

-- 004 line 8: Team updateOne
SELECT `t0`.`id`, `t0`.`orgCode`, `t0`.`slot` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code` FROM `Org` AS `t1` WHERE `t1`.`code` IN (?,…);
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
UPDATE `Team` SET `orgCode` = ? WHERE `Team`.`id` IN (?,…);
UPDATE `Org` SET `code` = ? WHERE `Org`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`code` FROM `Org` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`id`, `t5`.`orgCode` FROM `Team` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 005 line 10: Member updateMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`teamOrg`, `t0`.`teamSlot` FROM `Member` AS `t0` WHERE `t0`.`id` IN (?,…);
UPDATE `Member` SET `teamOrg` = ?, `teamSlot` = ? WHERE `Member`.`id` IN (?,…);

-- 006 line 11: Org updateOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`code` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
UPDATE `Team` SET `orgCode` = ? WHERE `Team`.`id` IN (?,…);
UPDATE `Org` SET `code` = ? WHERE (`Org`.`id` IN (?,…) AND `Org`.`code` = ?);
SELECT `t3`.`id`, `t3`.`code` FROM `Org` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`code` FROM `Org` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`orgCode`, `t5`.`slot` FROM `Team` AS `t5` WHERE `t5`.`orgCode` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id`, `t6`.`teamOrg`, `t6`.`teamSlot` FROM `Member` AS `t6` WHERE `t6`.`teamOrg` IN (?,…) AND `t6`.`teamSlot` IN (?,…) ORDER BY `t6`.`id` ASC;

-- 007 line 13: Org updateOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE ((`t1`.`id` = ?) AND `t1`.`orgCode` IN (?,…));
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE (`Team`.`id` IN (?,…) AND (`Team`.`id` = ?));
SELECT `t3`.`id`, `t3`.`code` FROM `Org` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`orgCode`, `t4`.`slot` FROM `Team` AS `t4` WHERE `t4`.`orgCode` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`teamOrg`, `t5`.`teamSlot` FROM `Member` AS `t5` WHERE `t5`.`teamOrg` IN (?,…) AND `t5`.`teamSlot` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 008 line 14: Org updateOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE (`t1`.`slot` > ? AND `t1`.`orgCode` IN (?,…));
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`code` FROM `Org` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`orgCode`, `t4`.`slot` FROM `Team` AS `t4` WHERE `t4`.`orgCode` IN (?,…) ORDER BY `t4`.`id` ASC;
SELECT `t5`.`id`, `t5`.`teamOrg`, `t5`.`teamSlot` FROM `Member` AS `t5` WHERE `t5`.`teamOrg` IN (?,…) AND `t5`.`teamSlot` IN (?,…) ORDER BY `t5`.`id` ASC;

-- 009 line 16: Badge createOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Badge` (`orgId`, `id`) VALUES (?, ?);
SELECT `id`, `orgId` FROM `Badge` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`orgId` FROM `Badge` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 010 line 17: Org deleteOne
SELECT `t0`.`id` FROM `Org` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`code` FROM `Org` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`orgId` FROM `Badge` AS `t4` WHERE `t4`.`orgId` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` = ?;

-- 011 line 18: Org updateOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`orgId` FROM `Badge` AS `t1` WHERE `t1`.`orgId` IN (?,…);
UPDATE `Org` SET `id` = ? WHERE (`Org`.`id` IN (?,…) AND `Org`.`id` = ?);
SELECT `t2`.`id`, `t2`.`code` FROM `Org` AS `t2` WHERE `t2`.`id` = ?;

-- 012 line 19: Team createOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Team` (`orgCode`, `id`, `slot`) VALUES (?, ?, ?);
SELECT `id`, `orgCode`, `slot` FROM `Team` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Team` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 013 line 20: Team updateOne
SELECT `t0`.`id`, `t0`.`orgCode`, `t0`.`slot` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code` FROM `Org` AS `t1` WHERE `t1`.`code` IN (?,…);
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`orgId` FROM `Badge` AS `t4` WHERE `t4`.`orgId` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` IN (?,…);
SELECT `t5`.`id` FROM `Team` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;

-- 014 line 22: Org deleteOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id`, `t1`.`code` FROM `Org` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
SELECT `t4`.`id`, `t4`.`orgId` FROM `Badge` AS `t4` WHERE `t4`.`orgId` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` = ?;

-- 015 line 24: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Org` WHERE `id` = ?;
INSERT INTO `Team` (`orgCode`, `id`, `slot`) VALUES (?, ?, ?);
SELECT `id`, `orgCode`, `slot` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 016 line 25: Org deleteMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` >= ?;
SELECT `t1`.`id`, `t1`.`orgId` FROM `Badge` AS `t1` WHERE `t1`.`orgId` IN (?,…);
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` IN (?,…);

-- 017 line 26: Org deleteMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE 1=1;
SELECT `t1`.`id`, `t1`.`orgId` FROM `Badge` AS `t1` WHERE `t1`.`orgId` IN (?,…);
SELECT `t2`.`id`, `t2`.`orgCode`, `t2`.`slot` FROM `Team` AS `t2` WHERE `t2`.`orgCode` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`teamOrg`, `t3`.`teamSlot` FROM `Member` AS `t3` WHERE (`t3`.`teamOrg`, `t3`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` IN (?,…);

-- 018 line 28: Org updateMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`orgId` FROM `Badge` AS `t1` WHERE `t1`.`orgId` IN (?,…);
UPDATE `Org` SET `id` = (`Org`.`id` + ?) WHERE `Org`.`id` IN (?,…);

-- 019 line 29: Badge deleteMany
SELECT `t0`.`id`, `t0`.`orgId` FROM `Badge` AS `t0` WHERE 1=1;
DELETE FROM `Badge` WHERE `Badge`.`id` IN (?,…);

-- 020 line 30: Org updateMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
UPDATE `Team` SET `orgCode` = ? WHERE `Team`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`orgId` FROM `Badge` AS `t3` WHERE `t3`.`orgId` IN (?,…);
UPDATE `Org` SET `id` = (`Org`.`id` + ?), `code` = ? WHERE `Org`.`id` IN (?,…);

-- 021 line 32: Org upsertOne
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` = ?;
SELECT `t1`.`id`, `t1`.`orgCode`, `t1`.`slot` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`teamOrg`, `t2`.`teamSlot` FROM `Member` AS `t2` WHERE (`t2`.`teamOrg`, `t2`.`teamSlot`) IN (((?,…),…));
UPDATE `Member` SET `teamOrg` = NULL, `teamSlot` = NULL WHERE `Member`.`id` IN (?,…);
UPDATE `Team` SET `orgCode` = ? WHERE `Team`.`id` IN (?,…);
UPDATE `Org` SET `code` = ? WHERE (`Org`.`id` IN (?,…) AND `Org`.`id` = ?);
SELECT `t3`.`id`, `t3`.`code` FROM `Org` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Org` WHERE `id` = ?;
SELECT `t4`.`id`, `t4`.`code` FROM `Org` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`orgCode`, `t5`.`slot` FROM `Team` AS `t5` WHERE `t5`.`orgCode` IN (?,…) ORDER BY `t5`.`id` ASC;
SELECT `t6`.`id`, `t6`.`teamOrg`, `t6`.`teamSlot` FROM `Member` AS `t6` WHERE `t6`.`teamOrg` IN (?,…) AND `t6`.`teamSlot` IN (?,…) ORDER BY `t6`.`id` ASC;

