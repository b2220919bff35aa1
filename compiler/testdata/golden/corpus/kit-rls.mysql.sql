-- 000 line 2: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
INSERT INTO `Post` (`authorId`, `id`, `title`, `content`) VALUES (?, ?, ?, ?);
SELECT `id`, `authorId`, `title`, `content`, `score` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId`, `t0`.`title`, `t0`.`content`, `t0`.`score` FROM `Post` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`authorId`, `postId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 002 line 5: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 003 line 6: User findFirst
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 004 line 7: User findFirstOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 005 line 8: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 006 line 9: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 007 line 10: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 008 line 12: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 009 line 13: User findFirst
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 010 line 14: User findFirstOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 011 line 15: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 012 line 16: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 013 line 17: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 014 line 19: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 015 line 20: User findFirst
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 016 line 21: User findFirstOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 017 line 22: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 018 line 23: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 019 line 24: User findUniqueOrThrow
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`login` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`authorId`, `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
SELECT `t3`.`login`, `t3`.`id` FROM `User` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 020 line 26: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE 1=1;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`id`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);

-- 021 line 27: User aggregate
SELECT COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`id` FROM `User` AS `t0` WHERE 1=1) AS `sub`;

-- 022 line 28: User groupBy
SELECT `t0`.`id` FROM `User` AS `t0` WHERE 1=1 GROUP BY `t0`.`id`;

-- 023 line 29: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE 1=1;

-- 024 line 31: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
INSERT INTO `Profile` (`userId`, `id`, `bio`) VALUES (?, ?, ?);
SELECT `id`, `bio`, `userId` FROM `Profile` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE ((`t0`.`id` = ? AND 1=1) OR (`t0`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_friends` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Post` (`authorId`, `id`, `title`, `content`, `score`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `authorId`, `title`, `content`, `score` FROM `Post` WHERE `id` = ?;
INSERT INTO `Cat` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Cat` WHERE `id` = ?;
INSERT IGNORE INTO `_CatToPost` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Cat` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Cat` WHERE `id` = ?;
INSERT IGNORE INTO `_CatToPost` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Post` (`authorId`, `id`, `title`, `content`, `score`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `authorId`, `title`, `content`, `score` FROM `Post` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`name` FROM `Cat` AS `t1` WHERE (`t1`.`id` = ?);
INSERT IGNORE INTO `_CatToPost` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `Post` (`authorId`, `id`, `title`, `content`, `score`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `authorId`, `title`, `content`, `score` FROM `Post` WHERE `id` = ?;
SELECT `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 025 line 32: Comment createOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId`, `t1`.`title`, `t1`.`content`, `t1`.`score` FROM `Post` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`postId`, `authorId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Comment` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 026 line 33: Comment createOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId`, `t1`.`title`, `t1`.`content`, `t1`.`score` FROM `Post` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`postId`, `authorId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Comment` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 027 line 34: Comment createOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`authorId`, `t1`.`title`, `t1`.`content`, `t1`.`score` FROM `Post` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`postId`, `authorId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Comment` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 028 line 35: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_friends` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 029 line 37: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`title` DESC;

-- 030 line 38: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 031 line 39: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 032 line 40: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`score`, `t1`.`authorId` FROM `Post` AS `t1` WHERE EXISTS(SELECT `t2`.`postId` FROM `Comment` AS `t2` WHERE (1=1 AND (`t2`.`postId`) = (`t1`.`id`) AND `t2`.`postId` IS NOT NULL)) AND `t1`.`authorId` IN (?,…) ORDER BY `t1`.`score` IS NULL ASC, `t1`.`score` ASC;

-- 033 line 41: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 034 line 42: User findMany
SELECT `t0`.`login`, (SELECT COUNT(*) FROM `Post` AS `t1` WHERE `t1`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t4` INNER JOIN `User` AS `t3` ON `t4`.`A` = `t3`.`id` WHERE `t4`.`B` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t6` INNER JOIN `User` AS `t5` ON `t6`.`B` = `t5`.`id` WHERE `t6`.`A` = `t0`.`id`), `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t7`.`id`, (SELECT COUNT(*) FROM `Comment` AS `t8` WHERE `t8`.`postId` = `t7`.`id`), (SELECT COUNT(*) FROM `_CatToPost` AS `t10` INNER JOIN `Cat` AS `t9` ON `t10`.`A` = `t9`.`id` WHERE `t10`.`B` = `t7`.`id`), `t7`.`authorId` FROM `Post` AS `t7` WHERE `t7`.`authorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 035 line 43: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`login`, `t1`.`id`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`login` ASC;
SELECT `t2`.`login`, `j`.`A` FROM `User` AS `t2` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` DESC;
SELECT `t3`.`id`, `j`.`A` FROM `User` AS `t3` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t3`.`id` WHERE `j`.`A` IN (?,…);

-- 036 line 44: Cat findMany
SELECT `t0`.`name`, `t0`.`id` FROM `Cat` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `j`.`A` FROM `Post` AS `t1` INNER JOIN `_CatToPost` AS `j` ON `j`.`B` = `t1`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 037 line 45: Profile findMany
SELECT `t0`.`bio`, `t0`.`userId` FROM `Profile` AS `t0` WHERE 1=1;
SELECT `t1`.`login`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`score` > ? AND `t2`.`authorId` IN (?,…);

-- 038 line 46: Comment findMany
SELECT `t0`.`body`, `t0`.`postId`, `t0`.`authorId` FROM `Comment` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`name`, `j`.`B` FROM `Cat` AS `t3` INNER JOIN `_CatToPost` AS `j` ON `j`.`A` = `t3`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t3`.`name` DESC;
SELECT `t4`.`login`, `t4`.`id` FROM `User` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 039 line 47: User findMany
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;
SELECT `t1`.`id`, `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId`, `t2`.`title`, `t2`.`content`, `t2`.`score` FROM `Post` AS `t2` WHERE NOT EXISTS(SELECT `t3`.`B` FROM `_CatToPost` AS `t3` INNER JOIN `Cat` AS `j0` ON (`j0`.`id`) = (`t3`.`A`) WHERE (1=1 AND (`t2`.`id`) = (`t3`.`B`) AND `t3`.`B` IS NOT NULL)) AND `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 040 line 48: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE EXISTS(SELECT `t3`.`authorId` FROM `Post` AS `t3` WHERE (1=1 AND (`t3`.`authorId`) = (`t0`.`id`) AND `t3`.`authorId` IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM `Post` AS `t4` WHERE `t4`.`authorId` = `t0`.`id`) DESC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`postId` = `t1`.`id`) DESC, `t1`.`id` ASC;

-- 041 line 49: Post findMany
SELECT `t0`.`id`, `t0`.`authorId` FROM `Post` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY (SELECT `t3`.`login` FROM `User` AS `t3` WHERE `t3`.`id` = `t2`.`authorId`) ASC, `t2`.`id` DESC;

-- 042 line 50: Post findFirst
SELECT `t0`.`title`, `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` DESC LIMIT ?;
SELECT `t1`.`body`, `t1`.`postId` FROM `Comment` AS `t1` WHERE `t1`.`body` LIKE CONCAT(?, '%') AND `t1`.`postId` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 043 line 51: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`login`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE EXISTS(SELECT `t2`.`authorId` FROM `Post` AS `t2` WHERE (`t2`.`title` = ? AND (`t2`.`authorId`) = (`t1`.`id`) AND `t2`.`authorId` IS NOT NULL)) AND `j`.`B` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 044 line 52: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Comment` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 045 line 54: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`title` DESC;

-- 046 line 55: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 047 line 56: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 048 line 57: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`score`, `t1`.`authorId` FROM `Post` AS `t1` WHERE EXISTS(SELECT `t2`.`postId` FROM `Comment` AS `t2` WHERE (1=1 AND (`t2`.`postId`) = (`t1`.`id`) AND `t2`.`postId` IS NOT NULL)) AND `t1`.`authorId` IN (?,…) ORDER BY `t1`.`score` IS NULL ASC, `t1`.`score` ASC;

-- 049 line 58: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 050 line 59: User findMany
SELECT `t0`.`login`, (SELECT COUNT(*) FROM `Post` AS `t1` WHERE `t1`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t4` INNER JOIN `User` AS `t3` ON `t4`.`A` = `t3`.`id` WHERE `t4`.`B` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t6` INNER JOIN `User` AS `t5` ON `t6`.`B` = `t5`.`id` WHERE `t6`.`A` = `t0`.`id`), `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t7`.`id`, (SELECT COUNT(*) FROM `Comment` AS `t8` WHERE `t8`.`postId` = `t7`.`id`), (SELECT COUNT(*) FROM `_CatToPost` AS `t10` INNER JOIN `Cat` AS `t9` ON `t10`.`A` = `t9`.`id` WHERE `t10`.`B` = `t7`.`id`), `t7`.`authorId` FROM `Post` AS `t7` WHERE `t7`.`authorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 051 line 60: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`login`, `t1`.`id`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`login` ASC;
SELECT `t2`.`login`, `j`.`A` FROM `User` AS `t2` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` DESC;
SELECT `t3`.`id`, `j`.`A` FROM `User` AS `t3` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t3`.`id` WHERE `j`.`A` IN (?,…);

-- 052 line 61: Cat findMany
SELECT `t0`.`name`, `t0`.`id` FROM `Cat` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `j`.`A` FROM `Post` AS `t1` INNER JOIN `_CatToPost` AS `j` ON `j`.`B` = `t1`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 053 line 62: Profile findMany
SELECT `t0`.`bio`, `t0`.`userId` FROM `Profile` AS `t0` WHERE 1=1;
SELECT `t1`.`login`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`score` > ? AND `t2`.`authorId` IN (?,…);

-- 054 line 63: Comment findMany
SELECT `t0`.`body`, `t0`.`postId`, `t0`.`authorId` FROM `Comment` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`name`, `j`.`B` FROM `Cat` AS `t3` INNER JOIN `_CatToPost` AS `j` ON `j`.`A` = `t3`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t3`.`name` DESC;
SELECT `t4`.`login`, `t4`.`id` FROM `User` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 055 line 64: User findMany
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;
SELECT `t1`.`id`, `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId`, `t2`.`title`, `t2`.`content`, `t2`.`score` FROM `Post` AS `t2` WHERE NOT EXISTS(SELECT `t3`.`B` FROM `_CatToPost` AS `t3` INNER JOIN `Cat` AS `j0` ON (`j0`.`id`) = (`t3`.`A`) WHERE (1=1 AND (`t2`.`id`) = (`t3`.`B`) AND `t3`.`B` IS NOT NULL)) AND `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 056 line 65: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE EXISTS(SELECT `t3`.`authorId` FROM `Post` AS `t3` WHERE (1=1 AND (`t3`.`authorId`) = (`t0`.`id`) AND `t3`.`authorId` IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM `Post` AS `t4` WHERE `t4`.`authorId` = `t0`.`id`) DESC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`postId` = `t1`.`id`) DESC, `t1`.`id` ASC;

-- 057 line 66: Post findMany
SELECT `t0`.`id`, `t0`.`authorId` FROM `Post` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY (SELECT `t3`.`login` FROM `User` AS `t3` WHERE `t3`.`id` = `t2`.`authorId`) ASC, `t2`.`id` DESC;

-- 058 line 67: Post findFirst
SELECT `t0`.`title`, `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` DESC LIMIT ?;
SELECT `t1`.`body`, `t1`.`postId` FROM `Comment` AS `t1` WHERE `t1`.`body` LIKE CONCAT(?, '%') AND `t1`.`postId` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 059 line 68: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`login`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE EXISTS(SELECT `t2`.`authorId` FROM `Post` AS `t2` WHERE (`t2`.`title` = ? AND (`t2`.`authorId`) = (`t1`.`id`) AND `t2`.`authorId` IS NOT NULL)) AND `j`.`B` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 060 line 69: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Comment` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 061 line 71: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`title` DESC;

-- 062 line 72: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 063 line 73: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 064 line 74: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`score`, `t1`.`authorId` FROM `Post` AS `t1` WHERE EXISTS(SELECT `t2`.`postId` FROM `Comment` AS `t2` WHERE (1=1 AND (`t2`.`postId`) = (`t1`.`id`) AND `t2`.`postId` IS NOT NULL)) AND `t1`.`authorId` IN (?,…) ORDER BY `t1`.`score` IS NULL ASC, `t1`.`score` ASC;

-- 065 line 75: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` DESC;

-- 066 line 76: User findMany
SELECT `t0`.`login`, (SELECT COUNT(*) FROM `Post` AS `t1` WHERE `t1`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`authorId` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t4` INNER JOIN `User` AS `t3` ON `t4`.`A` = `t3`.`id` WHERE `t4`.`B` = `t0`.`id`), (SELECT COUNT(*) FROM `_friends` AS `t6` INNER JOIN `User` AS `t5` ON `t6`.`B` = `t5`.`id` WHERE `t6`.`A` = `t0`.`id`), `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t7`.`id`, (SELECT COUNT(*) FROM `Comment` AS `t8` WHERE `t8`.`postId` = `t7`.`id`), (SELECT COUNT(*) FROM `_CatToPost` AS `t10` INNER JOIN `Cat` AS `t9` ON `t10`.`A` = `t9`.`id` WHERE `t10`.`B` = `t7`.`id`), `t7`.`authorId` FROM `Post` AS `t7` WHERE `t7`.`authorId` IN (?,…) ORDER BY `t7`.`id` ASC;

-- 067 line 77: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`login`, `t1`.`id`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`login` ASC;
SELECT `t2`.`login`, `j`.`A` FROM `User` AS `t2` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` DESC;
SELECT `t3`.`id`, `j`.`A` FROM `User` AS `t3` INNER JOIN `_friends` AS `j` ON `j`.`B` = `t3`.`id` WHERE `j`.`A` IN (?,…);

-- 068 line 78: Cat findMany
SELECT `t0`.`name`, `t0`.`id` FROM `Cat` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `j`.`A` FROM `Post` AS `t1` INNER JOIN `_CatToPost` AS `j` ON `j`.`B` = `t1`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 069 line 79: Profile findMany
SELECT `t0`.`bio`, `t0`.`userId` FROM `Profile` AS `t0` WHERE 1=1;
SELECT `t1`.`login`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`score` > ? AND `t2`.`authorId` IN (?,…);

-- 070 line 80: Comment findMany
SELECT `t0`.`body`, `t0`.`postId`, `t0`.`authorId` FROM `Comment` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`name`, `j`.`B` FROM `Cat` AS `t3` INNER JOIN `_CatToPost` AS `j` ON `j`.`A` = `t3`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t3`.`name` DESC;
SELECT `t4`.`login`, `t4`.`id` FROM `User` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 071 line 81: User findMany
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;
SELECT `t1`.`id`, `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId`, `t2`.`title`, `t2`.`content`, `t2`.`score` FROM `Post` AS `t2` WHERE NOT EXISTS(SELECT `t3`.`B` FROM `_CatToPost` AS `t3` INNER JOIN `Cat` AS `j0` ON (`j0`.`id`) = (`t3`.`A`) WHERE (1=1 AND (`t2`.`id`) = (`t3`.`B`) AND `t3`.`B` IS NOT NULL)) AND `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 072 line 82: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE EXISTS(SELECT `t3`.`authorId` FROM `Post` AS `t3` WHERE (1=1 AND (`t3`.`authorId`) = (`t0`.`id`) AND `t3`.`authorId` IS NOT NULL)) ORDER BY (SELECT COUNT(*) FROM `Post` AS `t4` WHERE `t4`.`authorId` = `t0`.`id`) DESC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY (SELECT COUNT(*) FROM `Comment` AS `t2` WHERE `t2`.`postId` = `t1`.`id`) DESC, `t1`.`id` ASC;

-- 073 line 83: Post findMany
SELECT `t0`.`id`, `t0`.`authorId` FROM `Post` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY (SELECT `t3`.`login` FROM `User` AS `t3` WHERE `t3`.`id` = `t2`.`authorId`) ASC, `t2`.`id` DESC;

-- 074 line 84: Post findFirst
SELECT `t0`.`title`, `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` DESC LIMIT ?;
SELECT `t1`.`body`, `t1`.`postId` FROM `Comment` AS `t1` WHERE `t1`.`body` LIKE CONCAT(?, '%') AND `t1`.`postId` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 075 line 85: User findUnique
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`login`, `j`.`B` FROM `User` AS `t1` INNER JOIN `_friends` AS `j` ON `j`.`A` = `t1`.`id` WHERE EXISTS(SELECT `t2`.`authorId` FROM `Post` AS `t2` WHERE (`t2`.`title` = ? AND (`t2`.`authorId`) = (`t1`.`id`) AND `t2`.`authorId` IS NOT NULL)) AND `j`.`B` IN (?,…);
SELECT `t3`.`bio`, `t3`.`userId` FROM `Profile` AS `t3` WHERE `t3`.`userId` IN (?,…);

-- 076 line 86: User findMany
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`authorId` FROM `Comment` AS `t2` WHERE `t2`.`authorId` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 077 line 88: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId`, `t0`.`title`, `t0`.`content`, `t0`.`score` FROM `Post` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`authorId`, `postId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t1`.`login`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`postId`, `t2`.`body`, `t2`.`authorId` FROM `Comment` AS `t2` WHERE `t2`.`authorId` IN (?,…);
SELECT `t3`.`title`, `t3`.`id` FROM `Post` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 078 line 89: User updateOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
UPDATE `User` SET `login` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`login` = ?);
SELECT `t1`.`id`, `t1`.`login` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`title`, `t3`.`id`, `t3`.`authorId` FROM `Post` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`body`, `t4`.`postId` FROM `Comment` AS `t4` WHERE `t4`.`postId` IN (?,…);

-- 079 line 90: User upsertOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE `t0`.`login` = ?;
UPDATE `User` SET `login` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`login` = ?);
SELECT `t1`.`id`, `t1`.`login` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`postId`, `t3`.`body`, `t3`.`authorId` FROM `Comment` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`title`, `t4`.`id` FROM `Post` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 080 line 91: User createOne
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId`, `t0`.`title`, `t0`.`content`, `t0`.`score` FROM `Post` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Comment` (`authorId`, `postId`, `id`, `body`) VALUES (?, ?, ?, ?);
SELECT `id`, `body`, `postId`, `authorId` FROM `Comment` WHERE `id` = ?;
SELECT `t1`.`login`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`postId`, `t2`.`body`, `t2`.`authorId` FROM `Comment` AS `t2` WHERE `t2`.`authorId` IN (?,…);
SELECT `t3`.`title`, `t3`.`id` FROM `Post` AS `t3` WHERE `t3`.`id` IN (?,…);

-- 081 line 92: User updateOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE `t0`.`login` = ? LIMIT ?;
UPDATE `User` SET `login` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`login` = ?);
SELECT `t1`.`id`, `t1`.`login` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`title`, `t3`.`id`, `t3`.`authorId` FROM `Post` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`body`, `t4`.`postId` FROM `Comment` AS `t4` WHERE `t4`.`postId` IN (?,…);

-- 082 line 93: User upsertOne
SELECT `t0`.`id`, `t0`.`login` FROM `User` AS `t0` WHERE `t0`.`login` = ?;
UPDATE `User` SET `login` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`login` = ?);
SELECT `t1`.`id`, `t1`.`login` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`id`, `login`) VALUES (?, ?);
SELECT `id`, `login` FROM `User` WHERE `id` = ?;
SELECT `t2`.`login`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`postId`, `t3`.`body`, `t3`.`authorId` FROM `Comment` AS `t3` WHERE `t3`.`authorId` IN (?,…);
SELECT `t4`.`title`, `t4`.`id` FROM `Post` AS `t4` WHERE `t4`.`id` IN (?,…);

-- 083 line 94: User deleteOne
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);
SELECT `t2`.`body`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);
DELETE FROM `User` WHERE `User`.`login` = ?;

-- 084 line 95: User deleteOne
SELECT `t0`.`login`, `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`login` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
SELECT `t1`.`body`, `t1`.`authorId` FROM `Comment` AS `t1` WHERE `t1`.`authorId` IN (?,…);
DELETE FROM `User` WHERE `User`.`login` = ?;

