-- 000 line 1: User createOne
INSERT INTO `User` (`id`, `nr`, `age`) VALUES (?, ?, ?);
SELECT `id`, `nr`, `age` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE `t1`.`user_id` IN (?,…) AND `t1`.`user_age` IN (?,…);

-- 001 line 2: Post createOne
INSERT INTO `Post` (`id`) VALUES (?);
SELECT `id`, `user_id`, `user_age` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`nr` IN (?,…) AND `t1`.`age` IN (?,…);

-- 002 line 3: Post createOne
INSERT INTO `Post` (`id`, `user_id`) VALUES (?, ?);
SELECT `id`, `user_id`, `user_age` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`nr` IN (?,…) AND `t1`.`age` IN (?,…);

-- 003 line 4: Post createOne
INSERT INTO `Post` (`id`, `user_id`, `user_age`) VALUES (?, ?, ?);
SELECT `id`, `user_id`, `user_age` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`nr` IN (?,…) AND `t1`.`age` IN (?,…);

-- 004 line 5: Post createOne
INSERT INTO `Post` (`id`, `user_id`, `user_age`) VALUES (?, ?, ?);
SELECT `id`, `user_id`, `user_age` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`nr` IN (?,…) AND `t1`.`age` IN (?,…);

-- 005 line 6: Post createOne
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE ((`t0`.`nr` = ? AND `t0`.`age` = ?)) LIMIT ?;
INSERT INTO `Post` (`user_id`, `user_age`, `id`) VALUES (?, ?, ?);
SELECT `id`, `user_id`, `user_age` FROM `Post` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`nr`, `t2`.`age` FROM `User` AS `t2` WHERE `t2`.`nr` IN (?,…) AND `t2`.`age` IN (?,…);

-- 006 line 7: Post updateOne
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE ((`t0`.`nr` = ? AND `t0`.`age` = ?)) LIMIT ?;
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `Post` SET `user_id` = ?, `user_age` = ? WHERE (`Post`.`id` IN (?,…) AND `Post`.`id` = ?);
SELECT `t2`.`id`, `t2`.`user_id`, `t2`.`user_age` FROM `Post` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`user_id`, `t3`.`user_age` FROM `Post` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`nr`, `t4`.`age` FROM `User` AS `t4` WHERE `t4`.`nr` IN (?,…) AND `t4`.`age` IN (?,…);

-- 007 line 8: Post updateOne
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE (`t1`.`nr`, `t1`.`age`) IN (((?,…),…));
UPDATE `Post` SET `user_id` = NULL, `user_age` = NULL WHERE `Post`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`user_id`, `t2`.`user_age` FROM `Post` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`nr`, `t3`.`age` FROM `User` AS `t3` WHERE `t3`.`nr` IN (?,…) AND `t3`.`age` IN (?,…);

-- 008 line 9: Post updateOne
SELECT `t0`.`id`, `t0`.`user_id`, `t0`.`user_age` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Post` SET `user_age` = NULL WHERE (`Post`.`id` IN (?,…) AND `Post`.`id` = ?);
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`user_id`, `t2`.`user_age` FROM `Post` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`nr`, `t3`.`age` FROM `User` AS `t3` WHERE `t3`.`nr` IN (?,…) AND `t3`.`age` IN (?,…);

-- 009 line 10: User updateOne
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Post` SET `user_id` = ?, `user_age` = ? WHERE ((`Post`.`id` = ? AND 1=1) OR (`Post`.`id` = ? AND 1=1));
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`user_id`, `t2`.`user_age` FROM `Post` AS `t2` WHERE `t2`.`user_id` IN (?,…) AND `t2`.`user_age` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 010 line 11: User updateOne
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `User` SET `age` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`id` = ?);
SELECT `t1`.`id`, `t1`.`nr`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`age`, `t2`.`nr` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`user_id`, `t3`.`user_age` FROM `Post` AS `t3` WHERE `t3`.`user_id` IN (?,…) AND `t3`.`user_age` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 011 line 12: User updateOne
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE ((`t1`.`id` = ?) AND (`t1`.`user_id`, `t1`.`user_age`) IN (((?,…),…)));
UPDATE `Post` SET `user_id` = NULL, `user_age` = NULL WHERE (`Post`.`id` IN (?,…) AND (`Post`.`id` = ?));
SELECT `t2`.`id`, `t2`.`nr`, `t2`.`age` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`user_id`, `t3`.`user_age` FROM `Post` AS `t3` WHERE `t3`.`user_id` IN (?,…) AND `t3`.`user_age` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 012 line 13: User deleteOne
SELECT `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `User` WHERE `User`.`id` = ?;

-- 013 line 14: User createOne
INSERT INTO `User` (`id`, `nr`, `age`) VALUES (?, ?, ?);
SELECT `id`, `nr`, `age` FROM `User` WHERE `id` = ?;
INSERT INTO `Post` (`id`, `user_id`, `user_age`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t0`.`id`, `t0`.`nr`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`user_id`, `t1`.`user_age` FROM `Post` AS `t1` WHERE `t1`.`user_id` IN (?,…) AND `t1`.`user_age` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 014 line 15: User deleteOne
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`nr` = ? AND `t0`.`age` = ?) ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `User` WHERE (`User`.`nr` = ? AND `User`.`age` = ?);

-- 015 line 16: Post deleteMany
DELETE FROM `Post` WHERE `Post`.`user_age` = ?;

-- 016 line 17: User deleteOne
SELECT `t0`.`id`, `t0`.`nr` FROM `User` AS `t0` WHERE (`t0`.`nr` = ? AND `t0`.`age` = ?) ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `User` WHERE (`User`.`nr` = ? AND `User`.`age` = ?);

-- 017 line 18: Parent createOne
INSERT INTO `Child` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Child` WHERE `id` = ?;
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id` FROM `Parent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Child` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 018 line 19: Parent updateOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id` FROM `Parent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ?) LIMIT ?;
UPDATE `Parent` SET `age` = ? WHERE ((`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…)) AND (`Parent`.`name` = ? AND `Parent`.`child_id` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE (`t1`.`name`, `t1`.`child_id`) IN (((?,…),…));

-- 019 line 20: Child updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
UPDATE `Parent` SET `age` = ? WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id` FROM `Parent` AS `t2` WHERE (`t2`.`name`, `t2`.`child_id`) IN (((?,…),…));
SELECT `t3`.`id` FROM `Child` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`age`, `t4`.`child_id` FROM `Parent` AS `t4` WHERE `t4`.`child_id` IN (?,…);

-- 020 line 21: Parent upsertOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id` FROM `Parent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ?);
UPDATE `Parent` SET `name` = ?, `age` = ? WHERE ((`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…)) AND (`Parent`.`name` = ? AND `Parent`.`child_id` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`name` = ? AND `t1`.`child_id` = ?;
INSERT INTO `Child` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Child` WHERE `id` = ?;
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t2`.`age` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? LIMIT ?;

-- 021 line 22: Parent deleteOne
SELECT `t0`.`name` FROM `Parent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ?) ORDER BY `t0`.`name` ASC, `t0`.`child_id` ASC LIMIT ?;
DELETE FROM `Parent` WHERE (`Parent`.`name` = ? AND `Parent`.`child_id` = ?);

-- 022 line 23: Parent createOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
UPDATE `Parent` SET `child_id` = NULL WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t2`.`name`, `t2`.`child_id` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Child` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 023 line 24: Child createOne
INSERT INTO `Child` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Child` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 024 line 25: Child updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
UPDATE `Parent` SET `name` = ? WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ?;
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t3`.`id` FROM `Child` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`child_id` FROM `Parent` AS `t4` WHERE `t4`.`child_id` IN (?,…);
SELECT `t5`.`id` FROM `Child` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 025 line 26: Child updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
UPDATE `Parent` SET `name` = ? WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ?;
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t3`.`id` FROM `Child` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`name`, `t4`.`child_id` FROM `Parent` AS `t4` WHERE `t4`.`child_id` IN (?,…);
SELECT `t5`.`id` FROM `Child` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 026 line 27: Child updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
DELETE FROM `Parent` WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t2`.`id` FROM `Child` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`child_id` FROM `Parent` AS `t3` WHERE `t3`.`child_id` IN (?,…);
SELECT `t4`.`id` FROM `Child` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 027 line 28: Child updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
DELETE FROM `Parent` WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t2`.`id` FROM `Child` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`child_id` FROM `Parent` AS `t3` WHERE `t3`.`child_id` IN (?,…);
SELECT `t4`.`id` FROM `Child` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 028 line 29: Parent createOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`child_id` IN (?,…);
UPDATE `Parent` SET `child_id` = NULL WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
INSERT INTO `Parent` (`child_id`, `name`, `age`) VALUES (?, ?, ?);
SELECT `name`, `age`, `child_id` FROM `Parent` WHERE `name` = ? AND `child_id` = ?;
SELECT `t2`.`name` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? LIMIT ?;

-- 029 line 30: Parent updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Child` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE (`t1`.`name` = ? AND `t1`.`child_id` = ?) LIMIT ?;
SELECT `t2`.`id`, `t2`.`name` FROM `Child` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id` FROM `Parent` AS `t3` WHERE `t3`.`child_id` IN (?,…);
UPDATE `Parent` SET `child_id` = NULL WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
UPDATE `Parent` SET `child_id` = ? WHERE (`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…));
SELECT `t4`.`name`, `t4`.`child_id` FROM `Parent` AS `t4` WHERE `t4`.`name` = ? AND `t4`.`child_id` = ? LIMIT ?;
SELECT `t5`.`id` FROM `Child` AS `t5` WHERE `t5`.`id` IN (?,…);

-- 030 line 31: Parent updateOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id` FROM `Parent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ?) LIMIT ?;
UPDATE `Parent` SET `child_id` = ? WHERE ((`Parent`.`name`, `Parent`.`child_id`) IN (((?,…),…)) AND (`Parent`.`name` = ? AND `Parent`.`child_id` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id` FROM `Parent` AS `t1` WHERE `t1`.`name` = ? AND `t1`.`child_id` = ?;
SELECT `t2`.`name`, `t2`.`child_id` FROM `Parent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? LIMIT ?;
SELECT `t3`.`id` FROM `Child` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 031 line 32: Child deleteOne
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Child` WHERE `Child`.`id` = ?;

-- 032 line 33: Child deleteOne
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Child` WHERE `Child`.`id` = ?;

-- 033 line 34: Parent findMany
SELECT `t0`.`name`, `t0`.`child_id` FROM `Parent` AS `t0` WHERE (`t0`.`name` >= (SELECT `t0`.`name` FROM `Parent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ?)) ORDER BY `t0`.`name` ASC;

-- 034 line 35: MParent createOne
INSERT INTO `MChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `MChild` WHERE `id` = ?;
INSERT INTO `MParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `MParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `MParent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ssn` FROM `MChild` AS `t1` WHERE `t1`.`id` IN (?,…) AND `t1`.`ssn` IN (?,…);

-- 035 line 36: MParent updateOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `MParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?) LIMIT ?;
UPDATE `MParent` SET `age` = ? WHERE ((`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…)) AND (`MParent`.`name` = ? AND `MParent`.`child_id` = ? AND `MParent`.`child_ssn` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE (`t1`.`name`, `t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));

-- 036 line 37: MChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
UPDATE `MParent` SET `age` = ? WHERE (`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `MParent` AS `t2` WHERE (`t2`.`name`, `t2`.`child_id`, `t2`.`child_ssn`) IN (((?,…),…));
SELECT `t3`.`id`, `t3`.`ssn` FROM `MChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`age`, `t4`.`child_id`, `t4`.`child_ssn` FROM `MParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…);

-- 037 line 38: MParent upsertOne
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `MParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?);
UPDATE `MParent` SET `name` = ?, `age` = ? WHERE ((`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…)) AND (`MParent`.`name` = ? AND `MParent`.`child_id` = ? AND `MParent`.`child_ssn` = ?));
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE `t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?;
INSERT INTO `MChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `MChild` WHERE `id` = ?;
INSERT INTO `MParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `MParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `MParent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? AND `t2`.`child_ssn` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`ssn` FROM `MChild` AS `t3` WHERE `t3`.`id` IN (?,…) AND `t3`.`ssn` IN (?,…);

-- 038 line 39: MParent deleteOne
SELECT `t0`.`name` FROM `MParent` AS `t0` WHERE (`t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ?) ORDER BY `t0`.`name` ASC, `t0`.`child_id` ASC, `t0`.`child_ssn` ASC LIMIT ?;
DELETE FROM `MParent` WHERE (`MParent`.`name` = ? AND `MParent`.`child_id` = ? AND `MParent`.`child_ssn` = ?);

-- 039 line 40: MParent createOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
UPDATE `MParent` SET `child_id` = NULL, `child_ssn` = NULL WHERE (`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…));
INSERT INTO `MParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `MParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t2`.`name`, `t2`.`child_id`, `t2`.`child_ssn` FROM `MParent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? AND `t2`.`child_ssn` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`ssn` FROM `MChild` AS `t3` WHERE `t3`.`id` IN (?,…) AND `t3`.`ssn` IN (?,…);

-- 040 line 41: MChild createOne
INSERT INTO `MChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `MChild` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 041 line 42: MChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
UPDATE `MParent` SET `name` = ? WHERE (`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `MParent` AS `t2` WHERE `t2`.`name` = ? AND `t2`.`child_id` = ? AND `t2`.`child_ssn` = ?;
INSERT INTO `MParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `MParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t3`.`id`, `t3`.`ssn` FROM `MChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`child_id`, `t4`.`child_ssn` FROM `MParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…);
SELECT `t5`.`id`, `t5`.`ssn` FROM `MChild` AS `t5` WHERE `t5`.`id` IN (?,…) AND `t5`.`ssn` IN (?,…);

-- 042 line 43: MChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `MParent` AS `t1` WHERE (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
DELETE FROM `MParent` WHERE (`MParent`.`name`, `MParent`.`child_id`, `MParent`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`ssn` FROM `MChild` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`child_id`, `t3`.`child_ssn` FROM `MParent` AS `t3` WHERE `t3`.`child_id` IN (?,…) AND `t3`.`child_ssn` IN (?,…);
SELECT `t4`.`id`, `t4`.`ssn` FROM `MChild` AS `t4` WHERE `t4`.`id` IN (?,…) AND `t4`.`ssn` IN (?,…);

-- 043 line 44: MChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE `t0`.`ssn` = ? LIMIT ?;
UPDATE `MChild` SET `ssn` = ? WHERE (`MChild`.`id` IN (?,…) AND `MChild`.`ssn` = ?);
SELECT `t1`.`id`, `t1`.`ssn`, `t1`.`name` FROM `MChild` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 044 line 45: MChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `MChild` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`ssn` = ?) LIMIT ?;
UPDATE `MChild` SET `name` = ? WHERE (`MChild`.`id` IN (?,…) AND (`MChild`.`id` = ? AND `MChild`.`ssn` = ?));
SELECT `t1`.`id`, `t1`.`ssn`, `t1`.`name` FROM `MChild` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 045 line 46: NParent createOne
INSERT INTO `NChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `NChild` WHERE `id` = ?;
INSERT INTO `NParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t0`.`name`, `t0`.`age`, `t0`.`child_id`, `t0`.`child_ssn` FROM `NParent` AS `t0` WHERE `t0`.`name` = ? AND `t0`.`child_id` = ? AND `t0`.`child_ssn` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`ssn` FROM `NChild` AS `t1` WHERE `t1`.`id` IN (?,…) AND `t1`.`ssn` IN (?,…);

-- 046 line 47: NParent createOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE ((`t0`.`id` = ? AND `t0`.`ssn` = ?)) LIMIT ?;
INSERT INTO `NParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE `t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`ssn` FROM `NChild` AS `t2` WHERE `t2`.`id` IN (?,…) AND `t2`.`ssn` IN (?,…);

-- 047 line 48: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE ((`t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?) AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
UPDATE `NParent` SET `age` = ? WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND (`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `NParent` AS `t2` WHERE (`t2`.`name`, `t2`.`child_id`, `t2`.`child_ssn`) IN (((?,…),…));
SELECT `t3`.`id`, `t3`.`ssn` FROM `NChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`name`, `t4`.`age`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…) ORDER BY `t4`.`name` ASC;

-- 048 line 49: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE (`t1`.`age` > ? AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
UPDATE `NParent` SET `age` = (`NParent`.`age` + ?) WHERE (`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`ssn` FROM `NChild` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`child_id` IN (?,…) AND `t3`.`child_ssn` IN (?,…) ORDER BY `t3`.`name` ASC;

-- 049 line 50: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE ((`t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?) AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
UPDATE `NParent` SET `age` = ? WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND (`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `NParent` AS `t2` WHERE (`t2`.`name`, `t2`.`child_id`, `t2`.`child_ssn`) IN (((?,…),…));
INSERT INTO `NParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t3`.`id`, `t3`.`ssn` FROM `NChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`name`, `t4`.`age`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…) ORDER BY `t4`.`name` ASC;

-- 050 line 51: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE ((`t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?) AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
UPDATE `NParent` SET `age` = ? WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND (`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `NParent` AS `t2` WHERE (`t2`.`name`, `t2`.`child_id`, `t2`.`child_ssn`) IN (((?,…),…));
INSERT INTO `NParent` (`child_id`, `child_ssn`, `name`, `age`) VALUES (?, ?, ?, ?);
SELECT `name`, `age`, `child_id`, `child_ssn` FROM `NParent` WHERE `name` = ? AND `child_id` = ? AND `child_ssn` = ?;
SELECT `t3`.`id`, `t3`.`ssn` FROM `NChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`name`, `t4`.`age`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…) ORDER BY `t4`.`name` ASC;

-- 051 line 52: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE (((`t1`.`name` = ? AND `t1`.`child_id` = ? AND `t1`.`child_ssn` = ?)) AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
DELETE FROM `NParent` WHERE ((`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…)) AND ((`NParent`.`name` = ? AND `NParent`.`child_id` = ? AND `NParent`.`child_ssn` = ?)));
SELECT `t2`.`id`, `t2`.`ssn` FROM `NChild` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`child_id` IN (?,…) AND `t3`.`child_ssn` IN (?,…) ORDER BY `t3`.`name` ASC;

-- 052 line 53: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE (`t1`.`age` < ? AND (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…)));
DELETE FROM `NParent` WHERE (`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`ssn` FROM `NChild` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`name`, `t3`.`age`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`child_id` IN (?,…) AND `t3`.`child_ssn` IN (?,…) ORDER BY `t3`.`name` ASC;

-- 053 line 54: NChild createOne
INSERT INTO `NChild` (`id`, `ssn`, `name`) VALUES (?, ?, ?);
SELECT `id`, `ssn`, `name` FROM `NChild` WHERE `id` = ?;
INSERT INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);
SELECT `t0`.`id`, `t0`.`ssn` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE `t1`.`child_id` IN (?,…) AND `t1`.`child_ssn` IN (?,…) ORDER BY `t1`.`name` ASC;

-- 054 line 55: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `NParent` (`name`, `age`, `child_id`, `child_ssn`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);
SELECT `t1`.`id`, `t1`.`ssn` FROM `NChild` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `NParent` AS `t2` WHERE `t2`.`child_id` IN (?,…) AND `t2`.`child_ssn` IN (?,…) ORDER BY `t2`.`name` ASC;

-- 055 line 56: NChild updateOne
error: The change you are trying to make would violate the required relation 'NChildToNParent' between the `NParent` and `NChild` models.

-- 056 line 57: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`name`, `t1`.`age`, `t1`.`child_id`, `t1`.`child_ssn` FROM `NParent` AS `t1` WHERE (`t1`.`child_id`, `t1`.`child_ssn`) IN (((?,…),…));
SELECT `t2`.`name`, `t2`.`age`, `t2`.`child_id`, `t2`.`child_ssn` FROM `NParent` AS `t2` WHERE 1=0;
UPDATE `NParent` SET `child_id` = ?, `child_ssn` = ? WHERE (`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…));
UPDATE `NParent` SET `child_id` = NULL, `child_ssn` = NULL WHERE (`NParent`.`name`, `NParent`.`child_id`, `NParent`.`child_ssn`) IN (((?,…),…));
SELECT `t3`.`id`, `t3`.`ssn` FROM `NChild` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`name`, `t4`.`child_id`, `t4`.`child_ssn` FROM `NParent` AS `t4` WHERE `t4`.`child_id` IN (?,…) AND `t4`.`child_ssn` IN (?,…);

-- 057 line 58: NChild updateOne
SELECT `t0`.`id`, `t0`.`ssn`, `t0`.`name` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `NChild` SET `id` = ? WHERE (`NChild`.`id` IN (?,…) AND `NChild`.`id` = ?);
SELECT `t1`.`id`, `t1`.`ssn`, `t1`.`name` FROM `NChild` AS `t1` WHERE `t1`.`id` = ?;
SELECT `t2`.`id`, `t2`.`ssn` FROM `NChild` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`name`, `t3`.`child_id`, `t3`.`child_ssn` FROM `NParent` AS `t3` WHERE `t3`.`child_id` IN (?,…) AND `t3`.`child_ssn` IN (?,…);

-- 058 line 59: NChild deleteOne
SELECT `t0`.`id` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `NChild` WHERE `NChild`.`id` = ?;

-- 059 line 60: NParent deleteMany
DELETE FROM `NParent` WHERE `NParent`.`child_id` = ?;

-- 060 line 61: NChild deleteOne
SELECT `t0`.`id` FROM `NChild` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `NChild` WHERE `NChild`.`id` = ?;

-- 061 line 62: List createOne
INSERT INTO `Todo` (`name`, `id`) VALUES (?, ?);
SELECT `id`, `name` FROM `Todo` WHERE `id` = ? AND `name` = ?;
INSERT INTO `List` (`todoId`, `todoName`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `todoId`, `todoName` FROM `List` WHERE `id` = ?;
SELECT `t0`.`id` FROM `List` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 062 line 63: List findMany
SELECT `t0`.`name`, `t0`.`todoId`, `t0`.`todoName` FROM `List` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`name`, `t1`.`id` FROM `Todo` AS `t1` WHERE `t1`.`id` IN (?,…) AND `t1`.`name` IN (?,…);

-- 063 line 64: List createOne
INSERT INTO `List` (`name`, `todoId`, `todoName`) VALUES (?, ?, ?);
SELECT `id`, `name`, `todoId`, `todoName` FROM `List` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`todoId`, `t0`.`todoName` FROM `List` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Todo` AS `t1` WHERE `t1`.`id` IN (?,…) AND `t1`.`name` IN (?,…);

-- 064 line 65: List createOne
INSERT INTO `List` (`name`, `todoName`, `todoId`) VALUES (?, ?, ?);
SELECT `id`, `name`, `todoId`, `todoName` FROM `List` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`todoId`, `t0`.`todoName` FROM `List` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Todo` AS `t1` WHERE `t1`.`id` IN (?,…) AND `t1`.`name` IN (?,…);

-- 065 line 66: List createOne
SELECT `t0`.`id`, `t0`.`name` FROM `Todo` AS `t0` WHERE ((`t0`.`id` = ? AND `t0`.`name` = ?)) LIMIT ?;
INSERT INTO `List` (`todoId`, `todoName`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `todoId`, `todoName` FROM `List` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`todoId`, `t1`.`todoName` FROM `List` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 066 line 67: List createMany
INSERT INTO `List` (`name`, `todoId`, `todoName`) VALUES (?, ?, ?), (?, ?, ?);

-- 067 line 68: List updateOne
INSERT INTO `Todo` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Todo` WHERE `id` = ? AND `name` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`todoId`, `t0`.`todoName` FROM `List` AS `t0` WHERE `t0`.`name` = ? LIMIT ?;
UPDATE `List` SET `todoId` = ?, `todoName` = ? WHERE (`List`.`id` IN (?,…) AND `List`.`name` = ?);
SELECT `t1`.`id`, `t1`.`name`, `t1`.`todoId`, `t1`.`todoName` FROM `List` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`name`, `t2`.`todoId`, `t2`.`todoName` FROM `List` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 068 line 69: Todo deleteOne
SELECT `t0`.`id` FROM `Todo` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`name` = ?) ORDER BY `t0`.`id` ASC, `t0`.`name` ASC LIMIT ?;
DELETE FROM `Todo` WHERE (`Todo`.`id` = ? AND `Todo`.`name` = ?);

-- 069 line 70: Todo updateOne
SELECT `t0`.`id`, `t0`.`name` FROM `Todo` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`name` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`todoId`, `t1`.`todoName` FROM `List` AS `t1` WHERE (`t1`.`todoId`, `t1`.`todoName`) IN (((?,…),…));
DELETE FROM `List` WHERE `List`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name` FROM `Todo` AS `t2` WHERE `t2`.`id` = ? AND `t2`.`name` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`todoId`, `t3`.`todoName` FROM `List` AS `t3` WHERE `t3`.`todoId` IN (?,…) AND `t3`.`todoName` IN (?,…);

-- 070 line 71: Todo deleteOne
SELECT `t0`.`id`, `t0`.`name` FROM `Todo` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`name` = ?) ORDER BY `t0`.`id` ASC, `t0`.`name` ASC LIMIT ?;
DELETE FROM `Todo` WHERE (`Todo`.`id` = ? AND `Todo`.`name` = ?);

-- 071 line 72: List findMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`todoId`, `t0`.`todoName` FROM `List` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

