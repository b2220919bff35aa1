-- 000 line 2: Sale createOne
INSERT INTO `Sale` (`id`, `units`) VALUES (?, ?);
SELECT `id`, `units` FROM `Sale` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: Sale createOne
INSERT INTO `Sale` (`id`, `units`) VALUES (?, ?);
SELECT `id`, `units` FROM `Sale` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 6: Sale upsertOne
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Sale` SET `id` = (`Sale`.`id` / ?) WHERE (`Sale`.`id` IN (?,…) AND `Sale`.`id` = ?);
SELECT `t1`.`id`, `t1`.`units` FROM `Sale` AS `t1` WHERE `t1`.`id` = (? / ?);
INSERT INTO `Sale` (`id`, `units`) VALUES (?, ?);
SELECT `id`, `units` FROM `Sale` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`units` FROM `Sale` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 003 line 7: Sale updateOne
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Sale` SET `id` = (`Sale`.`id` / ?) WHERE (`Sale`.`id` IN (?,…) AND `Sale`.`id` = ?);
SELECT `t1`.`id`, `t1`.`units` FROM `Sale` AS `t1` WHERE `t1`.`id` = (? / ?);

-- 004 line 10: Sale upsertOne
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Sale` SET `id` = (`Sale`.`id` + ?) WHERE (`Sale`.`id` IN (?,…) AND `Sale`.`id` = ?);
SELECT `t1`.`id`, `t1`.`units` FROM `Sale` AS `t1` WHERE `t1`.`id` = (? + ?);
INSERT INTO `Sale` (`id`, `units`) VALUES (?, ?);
SELECT `id`, `units` FROM `Sale` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`units` FROM `Sale` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 005 line 11: Sale updateOne
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Sale` SET `id` = (`Sale`.`id` * ?) WHERE (`Sale`.`id` IN (?,…) AND `Sale`.`id` = ?);
SELECT `t1`.`id`, `t1`.`units` FROM `Sale` AS `t1` WHERE `t1`.`id` = (? * ?);

-- 006 line 12: Sale upsertOne
SELECT `t0`.`id`, `t0`.`units` FROM `Sale` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Sale` SET `id` = (`Sale`.`id` / ?), `units` = (`Sale`.`units` + ?) WHERE (`Sale`.`id` IN (?,…) AND `Sale`.`id` = ?);
SELECT `t1`.`id`, `t1`.`units` FROM `Sale` AS `t1` WHERE `t1`.`id` = (? / ?);
INSERT INTO `Sale` (`id`, `units`) VALUES (?, ?);
SELECT `id`, `units` FROM `Sale` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`units` FROM `Sale` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

