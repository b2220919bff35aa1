-- 000 line 2: Team createOne
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: Team createOne
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 4: Player createOne
INSERT INTO `Player` (`id`, `name`, `score`, `teamId`) VALUES (?, ?, ?, ?);
SELECT `id`, `name`, `score`, `nick`, `level`, `teamId` FROM `Player` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score`, `t0`.`nick`, `t0`.`level`, `t0`.`teamId` FROM `Player` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 5: Player createOne
INSERT INTO `Player` (`id`, `name`, `score`) VALUES (?, ?, ?);
SELECT `id`, `name`, `score`, `nick`, `level`, `teamId` FROM `Player` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score`, `t0`.`nick`, `t0`.`level`, `t0`.`teamId` FROM `Player` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 8: Player updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score`, `t0`.`nick`, `t0`.`level`, `t0`.`teamId` FROM `Player` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Team` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`id` IN (?,…));
UPDATE `Team` SET `name` = ? WHERE (`Team`.`id` IN (?,…) AND `Team`.`id` = ?);
SELECT `t2`.`id`, `t2`.`name` FROM `Team` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Team` WHERE `id` = ?;
UPDATE `Player` SET `teamId` = ? WHERE `Player`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`score`, `t3`.`nick`, `t3`.`level`, `t3`.`teamId` FROM `Player` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`name` FROM `Team` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 005 line 11: Player updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score`, `t0`.`nick`, `t0`.`level`, `t0`.`teamId` FROM `Player` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Team` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`id` IN (?,…));
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Team` WHERE `id` = ?;
UPDATE `Player` SET `teamId` = ? WHERE `Player`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`score`, `t2`.`nick`, `t2`.`level`, `t2`.`teamId` FROM `Player` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 008 line 20: Player updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score`, `t0`.`nick`, `t0`.`level`, `t0`.`teamId` FROM `Player` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Team` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Team` WHERE `id` = ?;
UPDATE `Player` SET `teamId` = ? WHERE `Player`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`name`, `t2`.`score`, `t2`.`nick`, `t2`.`level`, `t2`.`teamId` FROM `Player` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`name` FROM `Team` AS `t3` WHERE `t3`.`id` IN (?,…);

