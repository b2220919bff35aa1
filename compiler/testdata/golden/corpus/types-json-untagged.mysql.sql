-- 000 line 2: D createOne
INSERT INTO `D` (`id`, `data`) VALUES (?, ?);
SELECT `id`, `data`, `opt` FROM `D` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: D createOne
INSERT INTO `D` (`id`, `data`, `opt`) VALUES (?, ?, ?);
SELECT `id`, `data`, `opt` FROM `D` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 5: D createOne
INSERT INTO `D` (`id`, `data`) VALUES (?, ?);
SELECT `id`, `data`, `opt` FROM `D` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 6: D createMany
INSERT INTO `D` (`id`, `data`, `opt`) VALUES (?, ?, DEFAULT), (?, ?, ?);

-- 004 line 8: D updateOne
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `D` SET `data` = ?, `opt` = ? WHERE (`D`.`id` IN (?,…) AND `D`.`id` = ?);
SELECT `t1`.`id`, `t1`.`data`, `t1`.`opt` FROM `D` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 005 line 9: D updateMany
UPDATE `D` SET `opt` = ? WHERE `D`.`id` > ?;

-- 006 line 10: D upsertOne
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `D` SET `data` = ? WHERE (`D`.`id` IN (?,…) AND `D`.`id` = ?);
SELECT `t1`.`id`, `t1`.`data`, `t1`.`opt` FROM `D` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `D` (`id`, `data`) VALUES (?, ?);
SELECT `id`, `data`, `opt` FROM `D` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`data`, `t2`.`opt` FROM `D` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 007 line 11: D upsertOne
SELECT `t0`.`id`, `t0`.`data`, `t0`.`opt` FROM `D` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `D` SET `data` = ? WHERE (`D`.`id` IN (?,…) AND `D`.`id` = ?);
SELECT `t1`.`id`, `t1`.`data`, `t1`.`opt` FROM `D` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `D` (`id`, `data`) VALUES (?, ?);
SELECT `id`, `data`, `opt` FROM `D` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`data`, `t2`.`opt` FROM `D` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 008 line 13: D findMany
SELECT `t0`.`id` FROM `D` AS `t0` WHERE (JSON_CONTAINS(`t0`.`data`, ?) AND JSON_CONTAINS(?, `t0`.`data`)) ORDER BY `t0`.`id` ASC;

-- 009 line 14: D findMany
SELECT `t0`.`id` FROM `D` AS `t0` WHERE (JSON_CONTAINS(`t0`.`data`, ?) AND JSON_CONTAINS(?, `t0`.`data`)) ORDER BY `t0`.`id` ASC;

-- 010 line 15: D findMany
SELECT `t0`.`id` FROM `D` AS `t0` WHERE (NOT JSON_CONTAINS(`t0`.`data`, ?) OR NOT JSON_CONTAINS(?, `t0`.`data`)) ORDER BY `t0`.`id` ASC;

-- 011 line 16: D findMany
SELECT `t0`.`id` FROM `D` AS `t0` WHERE (JSON_CONTAINS(`t0`.`data`, ?) AND JSON_CONTAINS(?, `t0`.`data`)) ORDER BY `t0`.`id` ASC;

