-- 000 line 2: NChild createOne
INSERT INTO `NChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `NChild` WHERE `id` = ?;
SELECT `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: NParent createOne
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t0`.`name`, `t0`.`age` FROM `NParent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ? LIMIT ?;

-- 002 line 4: NChild createOne
INSERT INTO `NChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `NChild` WHERE `id` = ?;
SELECT `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 5: NParent createOne
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t0`.`name`, `t0`.`age` FROM `NParent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ? LIMIT ?;

-- 004 line 9: NParent upsertOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `NParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?);
SELECT `t1`.`id`, `t1`.`ssn`, `t1`.`name` FROM `NChild` AS `t1` WHERE (`t1`.`id`, `t1`.`ssn`) IN (((?,…),…));
UPDATE `NChild` SET `ssn` = ? WHERE `NChild`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`ssn`, `t2`.`name` FROM `NChild` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `NChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `NChild` WHERE `id` = ?;
UPDATE `NParent` SET `child_id` = ?, `child_ssn` = ? WHERE (`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…));
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`name` = ? AND `t3`.`child_id` = ? AND `t3`.`child_ssn` = ? LIMIT ?;

-- 005 line 12: NParent upsertOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `NParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?);
UPDATE `NParent` SET `age` = ? WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND (`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE (`t1`.`name`, `t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`ssn`, `t2`.`name` FROM `NChild` AS `t2` WHERE (`t2`.`id`, `t2`.`ssn`) IN (((?,…),…));
UPDATE `NChild` SET `ssn` = ? WHERE `NChild`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`ssn`, `t3`.`name` FROM `NChild` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t4`.`name`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`name` = ? AND `t4`.`child_id` = ? AND `t4`.`child_ssn` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`ssn`, `t5`.`name` FROM `NChild` AS `t5` WHERE `t5`.`id` IN (?,…) AND `t5`.`ssn` IN (?,…);

-- 006 line 15: NParent updateOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `NParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`ssn`, `t1`.`name` FROM `NChild` AS `t1` WHERE (`t1`.`id`, `t1`.`ssn`) IN (((?,…),…));
UPDATE `NChild` SET `ssn` = ? WHERE `NChild`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`ssn`, `t2`.`name` FROM `NChild` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`name` = ? AND `t3`.`child_id` = ? AND `t3`.`child_ssn` = ? LIMIT ?;

-- 007 line 18: NParent upsertOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `NParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?);
UPDATE `NParent` SET `name` = ? WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND (`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE `t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?;
SELECT `t2`.`id`, `t2`.`ssn`, `t2`.`name` FROM `NChild` AS `t2` WHERE (`t2`.`id`, `t2`.`ssn`) IN (((?,…),…));
UPDATE `NChild` SET `name` = ? WHERE `NChild`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`ssn`, `t3`.`name` FROM `NChild` AS `t3` WHERE `t3`.`id` IN (?,…);
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t4`.`name`, `t4`.`age`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`name` = ? AND `t4`.`child_id` = ? AND `t4`.`child_ssn` = ? LIMIT ?;

