-- 000 line 2: Tag createOne
INSERT INTO `Tag` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Tag` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: Post createOne
INSERT INTO `Post` (`id`, `rank`) VALUES (?, ?);
SELECT `id`, `rank` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 4: Post createOne
INSERT INTO `Post` (`id`, `rank`) VALUES (?, ?);
SELECT `id`, `rank` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name` FROM `Tag` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_PostToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 003 line 5: Comment createOne
INSERT INTO `Comment` (`id`, `rank`, `postId`) VALUES (?, ?, ?);
SELECT `id`, `rank`, `postId` FROM `Comment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Comment` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 6: Comment createOne
INSERT INTO `Comment` (`id`, `rank`, `postId`) VALUES (?, ?, ?);
SELECT `id`, `rank`, `postId` FROM `Comment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Comment` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 005 line 7: Game createOne
INSERT INTO `Game` (`season`, `round`, `code`, `points`) VALUES (?, ?, ?, ?);
SELECT `season`, `round`, `code`, `points` FROM `Game` WHERE `season` = ? AND `round` = ?;
SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ? LIMIT ?;

-- 006 line 8: Game createOne
INSERT INTO `Game` (`season`, `round`, `code`, `points`) VALUES (?, ?, ?, ?);
SELECT `season`, `round`, `code`, `points` FROM `Game` WHERE `season` = ? AND `round` = ?;
SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ? LIMIT ?;

-- 007 line 12: Post findUnique
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`id`, `t1`.`postId` FROM `Comment` AS `t1` WHERE `t1`.`postId` IN (?,…) AND (((`t1`.`rank` = (SELECT `t1`.`rank` FROM `Comment` AS `t1` WHERE `t1`.`id` = ?) AND `t1`.`id` <= (SELECT `t1`.`id` FROM `Comment` AS `t1` WHERE `t1`.`id` = ?)) OR (`t1`.`rank` < (SELECT `t1`.`rank` FROM `Comment` AS `t1` WHERE `t1`.`id` = ?)))) ORDER BY `t1`.`rank` DESC, `t1`.`id` DESC;

-- 008 line 13: Tag findUnique
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`id`, `j`.`B` FROM `Post` AS `t1` INNER JOIN `_PostToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (((`t1`.`rank` = (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?) AND `t1`.`id` <= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) OR (`t1`.`rank` < (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)))) ORDER BY `t1`.`rank` DESC, `t1`.`id` DESC;

-- 009 line 16: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `j`.`B` FROM `Post` AS `t1` INNER JOIN `_PostToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (((`t1`.`rank` = (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?) AND `t1`.`id` <= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) OR (`t1`.`rank` < (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)))) ORDER BY `t1`.`rank` DESC, `t1`.`id` DESC;
SELECT `t2`.`id`, `j`.`A` FROM `Tag` AS `t2` INNER JOIN `_PostToTag` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…);

-- 010 line 17: Tag findUnique
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`id`, `j`.`B` FROM `Post` AS `t1` INNER JOIN `_PostToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (((`t1`.`rank` = (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?) AND `t1`.`id` <= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) OR (`t1`.`rank` < (SELECT `t1`.`rank` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)))) ORDER BY `t1`.`rank` DESC, `t1`.`id` DESC;

