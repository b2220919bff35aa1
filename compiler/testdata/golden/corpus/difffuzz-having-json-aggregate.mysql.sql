-- 000 line 1: Account createOne
INSERT INTO `Account` (`id`, `handle`, `version`, `data`, `n`, `f`, `big`, `dec`, `mood`, `active`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `handle`, `name`, `n`, `on`, `f`, `big`, `dec`, `mood`, `active`, `seenAt`, `data`, `bin`, `version`, `updatedAt` FROM `Account` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 6: Account groupBy
error: Input error. _max is not a valid scalar filter operation

-- 002 line 7: Account groupBy
error: Input error. _min is not a valid scalar filter operation

-- 003 line 8: Account groupBy
error: Input error. _count is not a valid scalar filter operation

-- 004 line 9: Account groupBy
error: Input error. _count is not a valid scalar filter operation

-- 005 line 12: Account groupBy
error: Input error. _max is not a valid scalar filter operation

