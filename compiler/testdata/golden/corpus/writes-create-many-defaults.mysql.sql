-- 000 line 2: Gen createMany
INSERT INTO `Gen` (`id`, `code`, `tag`, `n`) VALUES (?, ?, ?, DEFAULT), (?, DEFAULT, ?, DEFAULT), (?, ?, ?, ?), (?, DEFAULT, ?, ?);

-- 001 line 4: Gen createMany
INSERT INTO `Gen` (`tag`) VALUES (?), (?);

-- 002 line 5: Gen createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gen' does not match any query.

-- 003 line 7: Gen createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gen' does not match any query.

-- 004 line 8: Gen createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gen' does not match any query.

-- 005 line 10: Gen createMany
INSERT INTO `Gen` (`id`, `code`, `tag`) VALUES (?, DEFAULT, ?), (?, ?, ?), (?, DEFAULT, ?), (?, ?, ?);

-- 006 line 12: Parent createOne
INSERT INTO `Parent` (`id`) VALUES (?);
SELECT `id` FROM `Parent` WHERE `id` = ?;
INSERT INTO `Gen` (`id`, `code`, `tag`, `n`, `parentId`) VALUES (?, ?, ?, DEFAULT, ?), (?, DEFAULT, ?, DEFAULT, ?), (?, DEFAULT, ?, ?, ?);
SELECT `t0`.`id` FROM `Parent` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`code`, `t1`.`tag`, `t1`.`n`, `t1`.`parentId` FROM `Gen` AS `t1` WHERE `t1`.`parentId` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 007 line 14: Gen createMany
INSERT INTO `Gen` (`id`, `code`, `tag`) VALUES (?, DEFAULT, ?), (?, ?, ?), (?, ?, ?);

