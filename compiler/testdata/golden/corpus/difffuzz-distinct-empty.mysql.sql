-- 000 line 2: UniqueTypes createOne
INSERT INTO `UniqueTypes` (`id`, `bInt`, `bytes`, `dt`, `decimal`, `enum`, `float`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `bInt`, `bytes`, `dt`, `decimal`, `enum`, `float` FROM `UniqueTypes` WHERE `id` = ?;
SELECT `t0`.`float` FROM `UniqueTypes` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: UniqueTypes createOne
INSERT INTO `UniqueTypes` (`id`, `bInt`, `bytes`, `dt`, `decimal`, `enum`, `float`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `bInt`, `bytes`, `dt`, `decimal`, `enum`, `float` FROM `UniqueTypes` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`bInt`, `t0`.`bytes` FROM `UniqueTypes` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 6: UniqueTypes findMany
SELECT `t0`.`dt` FROM `UniqueTypes` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC;

-- 003 line 9: Parent createOne
INSERT INTO `Parent` (`id`) VALUES (?);
SELECT `id` FROM `Parent` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Parent` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 10: Child createOne
INSERT INTO `Child` (`id`, `parentId`, `string`, `int`, `bInt`, `float`, `decimal`, `bytes`, `bool`, `dt`, `enum`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `parentId`, `oneId`, `string`, `int`, `bInt`, `float`, `decimal`, `bytes`, `bool`, `dt`, `enum` FROM `Child` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 005 line 11: Child createOne
INSERT INTO `Child` (`id`, `parentId`, `string`, `int`, `bInt`, `float`, `decimal`, `bytes`, `bool`, `dt`, `enum`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `parentId`, `oneId`, `string`, `int`, `bInt`, `float`, `decimal`, `bytes`, `bool`, `dt`, `enum` FROM `Child` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 006 line 14: Parent findMany
SELECT `t0`.`id` FROM `Parent` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`parentId` FROM `Child` AS `t1` WHERE `t1`.`parentId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 007 line 17: Child findMany
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC;

-- 008 line 18: Child findFirst
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC;

-- 009 line 21: Child findMany
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC;

-- 010 line 24: Child findFirst
SELECT `t0`.`id` FROM `Child` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;

