-- 000 line 2: Pair createOne
INSERT INTO `Pair` (`a`, `b`, `v`) VALUES (?, ?, ?);
SELECT `a`, `b`, `v` FROM `Pair` WHERE `a` = ? AND `b` = ?;
SELECT `t0`.`a` FROM `Pair` AS `t0` WHERE `t0`.`a` = ? AND `t0`.`b` = ? LIMIT ?;

-- 001 line 3: Pair createOne
INSERT INTO `Pair` (`a`, `b`, `v`) VALUES (?, ?, ?);
SELECT `a`, `b`, `v` FROM `Pair` WHERE `a` = ? AND `b` = ?;
SELECT `t0`.`a` FROM `Pair` AS `t0` WHERE `t0`.`a` = ? AND `t0`.`b` = ? LIMIT ?;

-- 002 line 4: Pair createOne
INSERT INTO `Pair` (`a`, `b`, `v`) VALUES (?, ?, ?);
SELECT `a`, `b`, `v` FROM `Pair` WHERE `a` = ? AND `b` = ?;
SELECT `t0`.`a` FROM `Pair` AS `t0` WHERE `t0`.`a` = ? AND `t0`.`b` = ? LIMIT ?;

-- 003 line 5: Item createOne
INSERT INTO `Item` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Item` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Item` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 8: Pair updateMany
SELECT `t0`.`a`, `t0`.`b`, `t0`.`v` FROM `Pair` AS `t0` WHERE `t0`.`b` = ?;

-- 005 line 9: Item updateMany
SELECT `t0`.`id`, `t0`.`name` FROM `Item` AS `t0` WHERE 1=1;

-- 008 line 17: Pair updateMany
SELECT `t0`.`a`, `t0`.`b`, `t0`.`v` FROM `Pair` AS `t0` WHERE (`t0`.`a`, `t0`.`b`) IN (SELECT `tmp_subselect_table`.* FROM (SELECT `t1`.`a`, `t1`.`b` FROM `Pair` AS `t1` WHERE `t1`.`b` = ? LIMIT ?) AS `tmp_subselect_table`);

-- 009 line 18: Pair updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Pair' does not match any query.

-- 010 line 21: Pair updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Pair' does not match any query.

