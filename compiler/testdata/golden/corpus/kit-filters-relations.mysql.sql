-- 000 line 2: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
INSERT INTO `Post` (`blog_id`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blog_id` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`id`, `text`, `likes`, `post_id`) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);
INSERT INTO `Post` (`blog_id`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blog_id` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`post_id`, `id`, `text`, `likes`) VALUES (?, ?, ?, ?);
SELECT `id`, `text`, `likes`, `post_id` FROM `Comment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
INSERT INTO `Post` (`blog_id`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blog_id` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`id`, `text`, `likes`, `post_id`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 4: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 6: Blog findMany
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`blog_id` FROM `Post` AS `t1` WHERE `t1`.`popularity` >= ? AND `t1`.`blog_id` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 004 line 8: Post findMany
SELECT `t0`.`title` FROM `Post` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blog_id`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 005 line 10: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`popularity` >= ? AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 006 line 11: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`popularity` >= ? AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 007 line 12: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((`t1`.`title` = ? AND `t1`.`title` = ?) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 008 line 13: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE (EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`title` = ? AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) AND EXISTS(SELECT `t2`.`blog_id` FROM `Post` AS `t2` WHERE (`t2`.`title` = ? AND (`t2`.`blog_id`) = (`t0`.`id`) AND `t2`.`blog_id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 009 line 14: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((`t1`.`title` = ? AND `t1`.`popularity` >= ?) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 010 line 15: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT `t1`.`popularity` >= ?) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 011 line 16: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT `t1`.`popularity` >= ?) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 012 line 17: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`popularity` >= ? AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 013 line 18: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`popularity` >= ? AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 014 line 19: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (1=1 AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 015 line 20: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT 1=1) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 016 line 21: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (1=1 AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 017 line 23: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 018 line 24: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 019 line 25: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` >= ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 020 line 26: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` = ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 021 line 27: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 022 line 28: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 023 line 29: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 024 line 30: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 025 line 31: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` >= ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 026 line 32: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` = ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 027 line 33: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 028 line 34: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 029 line 35: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 030 line 36: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` = ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 031 line 37: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` >= ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 032 line 38: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE ((NOT `t2`.`likes` >= ?) AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 033 line 39: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 034 line 40: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 035 line 42: Post findMany
SELECT `t0`.`title` FROM `Post` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blog_id`) WHERE (((EXISTS(SELECT `t1`.`blog_id` FROM `Post` AS `t1` WHERE (`t1`.`popularity` >= ? AND (`t1`.`blog_id`) = (`j0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) AND `j0`.`name` LIKE CONCAT('%', ?, '%')) AND (`j0`.`id` IS NOT NULL)) AND (EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t0`.`id`) AND `t2`.`post_id` IS NOT NULL)) AND EXISTS(SELECT `t3`.`post_id` FROM `Comment` AS `t3` WHERE (`t3`.`likes` <= ? AND (`t3`.`post_id`) = (`t0`.`id`) AND `t3`.`post_id` IS NOT NULL)))) ORDER BY `t0`.`id` ASC;

-- 036 line 44: Blog findMany
SELECT `t0`.`name`, `t0`.`id` FROM `Blog` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`id`, `t1`.`blog_id` FROM `Post` AS `t1` WHERE EXISTS(SELECT `t3`.`post_id` FROM `Comment` AS `t3` WHERE (`t3`.`likes` > ? AND (`t3`.`post_id`) = (`t1`.`id`) AND `t3`.`post_id` IS NOT NULL)) AND `t1`.`blog_id` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`likes`, `t2`.`post_id` FROM `Comment` AS `t2` WHERE `t2`.`likes` > ? AND `t2`.`post_id` IN (?,…) ORDER BY `t2`.`likes` DESC;

-- 037 line 45: Blog findMany
SELECT `t0`.`name`, (SELECT COUNT(*) FROM `Post` AS `t1` WHERE `t1`.`blog_id` = `t0`.`id` AND EXISTS(SELECT `t2`.`post_id` FROM `Comment` AS `t2` WHERE (`t2`.`likes` >= ? AND (`t2`.`post_id`) = (`t1`.`id`) AND `t2`.`post_id` IS NOT NULL))) FROM `Blog` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 038 line 47: Blog2 createOne
INSERT INTO `Blog2` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog2` WHERE `id` = ?;
INSERT INTO `Post2` (`blog_id`, `id`) VALUES (?, ?);
SELECT `id`, `blog_id` FROM `Post2` WHERE `id` = ?;
INSERT INTO `Comment2` (`postId`, `id`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `popularity`, `postId` FROM `Comment2` WHERE `id` = ?;
INSERT INTO `Post2` (`blog_id`, `id`) VALUES (?, ?);
SELECT `id`, `blog_id` FROM `Post2` WHERE `id` = ?;
INSERT INTO `Comment2` (`postId`, `id`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `popularity`, `postId` FROM `Comment2` WHERE `id` = ?;
INSERT INTO `Post2` (`blog_id`, `id`) VALUES (?, ?);
SELECT `id`, `blog_id` FROM `Post2` WHERE `id` = ?;
INSERT INTO `Comment2` (`postId`, `id`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `popularity`, `postId` FROM `Comment2` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog2` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 039 line 48: Blog2 createOne
INSERT INTO `Blog2` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog2` WHERE `id` = ?;
INSERT INTO `Post2` (`blog_id`, `id`) VALUES (?, ?);
SELECT `id`, `blog_id` FROM `Post2` WHERE `id` = ?;
INSERT INTO `Comment2` (`postId`, `id`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `popularity`, `postId` FROM `Comment2` WHERE `id` = ?;
INSERT INTO `Post2` (`blog_id`, `id`) VALUES (?, ?);
SELECT `id`, `blog_id` FROM `Post2` WHERE `id` = ?;
INSERT INTO `Comment2` (`postId`, `id`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `popularity`, `postId` FROM `Comment2` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog2` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 040 line 49: Blog2 createOne
INSERT INTO `Blog2` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog2` WHERE `id` = ?;
INSERT INTO `Post2` (`id`, `blog_id`) VALUES (?, ?), (?, ?);
SELECT `t0`.`id` FROM `Blog2` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 041 line 50: Blog2 createOne
INSERT INTO `Blog2` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog2` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog2` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 042 line 51: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` < ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 043 line 52: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 044 line 53: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 045 line 54: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 046 line 55: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`postId` IS NULL) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 047 line 56: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`postId` IS NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 048 line 57: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`postId` IS NULL) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 049 line 58: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 050 line 59: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` < ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 051 line 60: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 052 line 61: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 053 line 62: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 054 line 63: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`postId` IS NULL) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 055 line 64: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`postId` IS NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 056 line 65: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`postId` IS NULL) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 057 line 66: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 058 line 67: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` < ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 059 line 68: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (NOT (`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL)))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 060 line 69: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 061 line 70: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (NOT (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL)))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 062 line 71: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`postId` IS NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 063 line 72: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (NOT (`j0`.`postId` IS NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 064 line 73: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`postId` IS NULL)) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 065 line 74: Blog2 findMany
SELECT `t0`.`name` FROM `Blog2` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`blog_id` FROM `Post2` AS `t1` LEFT JOIN `Comment2` AS `j0` ON (`j0`.`postId`) = (`t1`.`id`) WHERE ((NOT (`j0`.`popularity` > ? AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`blog_id`) = (`t0`.`id`) AND `t1`.`blog_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 066 line 76: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
INSERT INTO `OPost` (`blogId`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blogId` FROM `OPost` WHERE `id` = ?;
INSERT INTO `OComment` (`postId`, `id`, `text`, `likes`) VALUES (?, ?, ?, ?);
SELECT `id`, `text`, `likes`, `postId` FROM `OComment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 067 line 77: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
INSERT INTO `OPost` (`blogId`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blogId` FROM `OPost` WHERE `id` = ?;
INSERT INTO `OComment` (`postId`, `id`, `text`, `likes`) VALUES (?, ?, ?, ?);
SELECT `id`, `text`, `likes`, `postId` FROM `OComment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 068 line 78: Blog createOne
INSERT INTO `Blog` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name` FROM `Blog` WHERE `id` = ?;
INSERT INTO `OPost` (`blogId`, `id`, `title`, `popularity`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `popularity`, `blogId` FROM `OPost` WHERE `id` = ?;
INSERT INTO `OComment` (`postId`, `id`, `text`, `likes`) VALUES (?, ?, ?, ?);
SELECT `id`, `text`, `likes`, `postId` FROM `OComment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Blog` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 069 line 79: OPost createOne
INSERT INTO `OPost` (`id`, `title`, `popularity`) VALUES (?, ?, ?);
SELECT `id`, `title`, `popularity`, `blogId` FROM `OPost` WHERE `id` = ?;
SELECT `t0`.`id` FROM `OPost` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 070 line 80: OComment createOne
INSERT INTO `OComment` (`id`, `text`, `likes`) VALUES (?, ?, ?);
SELECT `id`, `text`, `likes`, `postId` FROM `OComment` WHERE `id` = ?;
SELECT `t0`.`id` FROM `OComment` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 071 line 81: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blogId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 072 line 82: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 073 line 83: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 074 line 84: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND (NOT (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL)))) ORDER BY `t0`.`id` ASC;

-- 075 line 85: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` WHERE (`t0`.`blogId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 076 line 86: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` WHERE (NOT (`t0`.`blogId` IS NULL)) ORDER BY `t0`.`id` ASC;

-- 077 line 87: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` WHERE (`t0`.`blogId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 078 line 88: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blogId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 079 line 89: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND (`j0`.`popularity` >= ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 080 line 90: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) LEFT JOIN `OComment` AS `j1` ON (`j1`.`postId`) = (`j0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND ((`j1`.`likes` = ? AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 081 line 91: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) LEFT JOIN `OComment` AS `j1` ON (`j1`.`postId`) = (`j0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND ((`j1`.`likes` = ? AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 082 line 92: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) LEFT JOIN `OComment` AS `j1` ON (`j1`.`postId`) = (`j0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND ((`j1`.`likes` = ? AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 083 line 93: Blog findMany
SELECT `t0`.`name` FROM `Blog` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`blogId`) = (`t0`.`id`) LEFT JOIN `OComment` AS `j1` ON (`j1`.`postId`) = (`j0`.`id`) WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND (NOT ((NOT (`j1`.`likes` = ? AND (`j1`.`id` IS NOT NULL))) AND (`j0`.`id` IS NOT NULL)))) ORDER BY `t0`.`id` ASC;

-- 084 line 94: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blogId`) LEFT JOIN `OPost` AS `j1` ON (`j1`.`blogId`) = (`j0`.`id`) LEFT JOIN `OComment` AS `j2` ON (`j2`.`postId`) = (`t0`.`id`) WHERE ((((`j1`.`popularity` >= ? AND (`j1`.`id` IS NOT NULL)) AND `j0`.`name` LIKE CONCAT('%', ?, '%')) AND (`j0`.`id` IS NOT NULL)) AND ((`j2`.`likes` >= ? AND `j2`.`likes` <= ?) AND (`j2`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 085 line 95: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blogId`) WHERE (1=1 AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 086 line 96: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `Blog` AS `j0` ON (`j0`.`id`) = (`t0`.`blogId`) WHERE (NOT (1=1 AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 087 line 97: OPost findMany
SELECT `t0`.`title` FROM `OPost` AS `t0` LEFT JOIN `OComment` AS `j0` ON (`j0`.`postId`) = (`t0`.`id`) WHERE ((`j0`.`likes` > ? AND (`j0`.`id` IS NOT NULL)) AND (NOT (`t0`.`blogId` IS NULL))) ORDER BY `t0`.`id` ASC;

-- 088 line 98: OComment findMany
SELECT `t0`.`text` FROM `OComment` AS `t0` WHERE (`t0`.`postId` IS NULL);

-- 089 line 99: OComment findMany
SELECT `t0`.`text` FROM `OComment` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`id`) = (`t0`.`postId`) WHERE (NOT ((`j0`.`blogId` IS NULL) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 090 line 100: OComment findMany
SELECT `t0`.`text` FROM `OComment` AS `t0` LEFT JOIN `OPost` AS `j0` ON (`j0`.`id`) = (`t0`.`postId`) WHERE ((NOT (`j0`.`blogId` IS NULL)) AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 091 line 102: Message createOne
INSERT INTO `Message` (`id`, `messageName`) VALUES (?, ?);
SELECT `id`, `messageName`, `image_id` FROM `Message` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Message` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 092 line 103: Message createOne
INSERT INTO `Image` (`id`, `imageName`) VALUES (?, ?);
SELECT `id`, `imageName` FROM `Image` WHERE `id` = ?;
INSERT INTO `Message` (`image_id`, `id`, `messageName`) VALUES (?, ?, ?);
SELECT `id`, `messageName`, `image_id` FROM `Message` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Message` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 093 line 104: Image createOne
INSERT INTO `Image` (`id`, `imageName`) VALUES (?, ?);
SELECT `id`, `imageName` FROM `Image` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Image` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 094 line 105: Image findMany
SELECT `t0`.`imageName` FROM `Image` AS `t0` LEFT JOIN `Message` AS `j0` ON (`j0`.`image_id`) = (`t0`.`id`) WHERE (`j0`.`image_id` IS NULL);

-- 095 line 106: Message findMany
SELECT `t0`.`messageName` FROM `Message` AS `t0` WHERE (`t0`.`image_id` IS NULL);

-- 096 line 107: Image findMany
SELECT `t0`.`imageName` FROM `Image` AS `t0` LEFT JOIN `Message` AS `j0` ON (`j0`.`image_id`) = (`t0`.`id`) WHERE (NOT (`j0`.`image_id` IS NULL));

-- 097 line 108: Message findMany
SELECT `t0`.`messageName` FROM `Message` AS `t0` WHERE (NOT (`t0`.`image_id` IS NULL));

-- 098 line 109: Image findMany
SELECT `t0`.`imageName` FROM `Image` AS `t0` LEFT JOIN `Message` AS `j0` ON (`j0`.`image_id`) = (`t0`.`id`) WHERE (`j0`.`image_id` IS NULL);

-- 099 line 110: Image findMany
SELECT `t0`.`imageName` FROM `Image` AS `t0` LEFT JOIN `Message` AS `j0` ON (`j0`.`image_id`) = (`t0`.`id`) WHERE (NOT (`j0`.`image_id` IS NULL));

-- 100 line 112: Genre createOne
INSERT INTO `Genre` (`id`, `GenreId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `GenreId`, `Name` FROM `Genre` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Genre` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 101 line 113: Genre createOne
INSERT INTO `Genre` (`id`, `GenreId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `GenreId`, `Name` FROM `Genre` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Genre` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 102 line 114: Genre createOne
INSERT INTO `Genre` (`id`, `GenreId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `GenreId`, `Name` FROM `Genre` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Genre` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 103 line 115: MediaType createOne
INSERT INTO `MediaType` (`id`, `MediaTypeId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `MediaTypeId`, `Name` FROM `MediaType` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MediaType` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 104 line 116: MediaType createOne
INSERT INTO `MediaType` (`id`, `MediaTypeId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `MediaTypeId`, `Name` FROM `MediaType` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MediaType` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 105 line 117: MediaType createOne
INSERT INTO `MediaType` (`id`, `MediaTypeId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `MediaTypeId`, `Name` FROM `MediaType` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MediaType` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 106 line 118: Artist createOne
INSERT INTO `Artist` (`id`, `ArtistId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `ArtistId`, `Name` FROM `Artist` WHERE `id` = ?;
INSERT INTO `Album` (`ArtistId`, `id`, `AlbumId`, `Title`) VALUES (?, ?, ?, ?);
SELECT `id`, `AlbumId`, `Title`, `ArtistId` FROM `Album` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`MediaTypeId`, `t0`.`Name` FROM `MediaType` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Artist` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 107 line 119: Artist createOne
INSERT INTO `Artist` (`id`, `ArtistId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `ArtistId`, `Name` FROM `Artist` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Artist` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 108 line 120: Artist createOne
INSERT INTO `Artist` (`id`, `ArtistId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `ArtistId`, `Name` FROM `Artist` WHERE `id` = ?;
INSERT INTO `Album` (`ArtistId`, `id`, `AlbumId`, `Title`) VALUES (?, ?, ?, ?);
SELECT `id`, `AlbumId`, `Title`, `ArtistId` FROM `Album` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Artist` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 109 line 121: Artist createOne
INSERT INTO `Artist` (`id`, `ArtistId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `ArtistId`, `Name` FROM `Artist` WHERE `id` = ?;
INSERT INTO `Album` (`ArtistId`, `id`, `AlbumId`, `Title`) VALUES (?, ?, ?, ?);
SELECT `id`, `AlbumId`, `Title`, `ArtistId` FROM `Album` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`MediaTypeId`, `t2`.`Name` FROM `MediaType` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`GenreId`, `t3`.`Name` FROM `Genre` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`MediaTypeId`, `t0`.`Name` FROM `MediaType` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t4`.`id` FROM `Artist` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 110 line 122: Artist createOne
INSERT INTO `Artist` (`id`, `ArtistId`, `Name`) VALUES (?, ?, ?);
SELECT `id`, `ArtistId`, `Name` FROM `Artist` WHERE `id` = ?;
INSERT INTO `Album` (`ArtistId`, `id`, `AlbumId`, `Title`) VALUES (?, ?, ?, ?);
SELECT `id`, `AlbumId`, `Title`, `ArtistId` FROM `Album` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`MediaTypeId`, `t0`.`Name` FROM `MediaType` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`GenreId`, `t1`.`Name` FROM `Genre` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
INSERT INTO `Album` (`ArtistId`, `id`, `AlbumId`, `Title`) VALUES (?, ?, ?, ?);
SELECT `id`, `AlbumId`, `Title`, `ArtistId` FROM `Album` WHERE `id` = ?;
SELECT `t4`.`id`, `t4`.`MediaTypeId`, `t4`.`Name` FROM `MediaType` AS `t4` WHERE (`t4`.`id` = ?) LIMIT ?;
SELECT `t5`.`id`, `t5`.`GenreId`, `t5`.`Name` FROM `Genre` AS `t5` WHERE (`t5`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`MediaTypeId`, `t2`.`Name` FROM `MediaType` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
SELECT `t3`.`id`, `t3`.`GenreId`, `t3`.`Name` FROM `Genre` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
INSERT INTO `Track` (`AlbumId`, `GenreId`, `MediaTypeId`, `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `TrackId`, `Name`, `Composer`, `Milliseconds`, `Bytes`, `UnitPrice`, `AlbumId`, `MediaTypeId`, `GenreId` FROM `Track` WHERE `id` = ?;
SELECT `t6`.`id` FROM `Artist` AS `t6` WHERE `t6`.`id` = ? LIMIT ?;

-- 111 line 123: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE `t0`.`ArtistId` = ?;

-- 112 line 124: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` LEFT JOIN `Artist` AS `j0` ON (`j0`.`id`) = (`t0`.`ArtistId`) WHERE (`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 113 line 125: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (`t1`.`Title` LIKE CONCAT(?, '%') AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 114 line 126: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (`t1`.`Title` LIKE CONCAT(?, '%') AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 115 line 127: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (`t1`.`Title` LIKE CONCAT(?, '%') AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 116 line 128: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT `t1`.`Title` LIKE CONCAT('%', ?, '%')) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 117 line 129: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT `t1`.`Title` NOT LIKE CONCAT('%', ?, '%')) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 118 line 130: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (`t1`.`Title` LIKE CONCAT('%', ?, '%') AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 119 line 131: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (`t1`.`Title` LIKE CONCAT('%', ?, '%') AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 120 line 132: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Milliseconds` <= ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`Name` ASC;

-- 121 line 133: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Bytes` = ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 122 line 134: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`UnitPrice` > ?) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 123 line 135: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`Milliseconds` > ?) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 124 line 136: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Milliseconds` <= ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 125 line 137: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`UnitPrice` < ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 126 line 138: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Bytes` < ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 127 line 139: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Composer` = ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 128 line 140: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`Bytes` <= ?) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 129 line 141: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`TrackId` IN (?,…)) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 130 line 142: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`UnitPrice` <= ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 131 line 143: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE ((NOT NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Composer` = ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL))) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 132 line 144: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`UnitPrice` < ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 133 line 145: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Composer` = ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 134 line 146: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`UnitPrice` >= ?) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 135 line 147: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE ((NOT `t2`.`Name` LIKE CONCAT(?, '%')) AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 136 line 148: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Bytes` < ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 137 line 149: Artist findMany
SELECT `t0`.`Name` FROM `Artist` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`ArtistId` FROM `Album` AS `t1` WHERE (NOT EXISTS(SELECT `t2`.`AlbumId` FROM `Track` AS `t2` WHERE (`t2`.`Bytes` >= ? AND (`t2`.`AlbumId`) = (`t1`.`id`) AND `t2`.`AlbumId` IS NOT NULL)) AND (`t1`.`ArtistId`) = (`t0`.`id`) AND `t1`.`ArtistId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 138 line 150: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 139 line 151: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE ((NOT ((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL)))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 140 line 152: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 141 line 153: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 142 line 154: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) WHERE ((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 143 line 155: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE ((NOT ((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL)))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 144 line 156: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 145 line 157: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) OR (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 146 line 158: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE ((NOT ((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) OR (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL)))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 147 line 159: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)) OR (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 148 line 160: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) LEFT JOIN `Genre` AS `j1` ON (`j1`.`id`) = (`t1`.`GenreId`) WHERE (((NOT (`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL))) AND (NOT (`j1`.`Name` = ? AND (`j1`.`id` IS NOT NULL)))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 149 line 161: Album findMany
SELECT `t0`.`Title` FROM `Album` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`AlbumId` FROM `Track` AS `t1` LEFT JOIN `MediaType` AS `j0` ON (`j0`.`id`) = (`t1`.`MediaTypeId`) WHERE ((NOT (NOT (`j0`.`Name` = ? AND (`j0`.`id` IS NOT NULL)))) AND (`t1`.`AlbumId`) = (`t0`.`id`) AND `t1`.`AlbumId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 150 line 162: Genre findMany
SELECT `t0`.`Name` FROM `Genre` AS `t0` WHERE EXISTS(SELECT `t1`.`GenreId` FROM `Track` AS `t1` LEFT JOIN `Album` AS `j0` ON (`j0`.`id`) = (`t1`.`AlbumId`) LEFT JOIN `Artist` AS `j1` ON (`j1`.`id`) = (`j0`.`ArtistId`) WHERE (((EXISTS(SELECT `t2`.`ArtistId` FROM `Album` AS `t2` WHERE (EXISTS(SELECT `t3`.`AlbumId` FROM `Track` AS `t3` WHERE (`t3`.`Bytes` > ? AND (`t3`.`AlbumId`) = (`t2`.`id`) AND `t3`.`AlbumId` IS NOT NULL)) AND (`t2`.`ArtistId`) = (`j1`.`id`) AND `t2`.`ArtistId` IS NOT NULL)) AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`GenreId`) = (`t0`.`id`) AND `t1`.`GenreId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 151 line 163: Track findMany
SELECT `t0`.`Name` FROM `Track` AS `t0` LEFT JOIN `Album` AS `j0` ON (`j0`.`id`) = (`t0`.`AlbumId`) LEFT JOIN `Artist` AS `j1` ON (`j1`.`id`) = (`j0`.`ArtistId`) LEFT JOIN `Genre` AS `j2` ON (`j2`.`id`) = (`t0`.`GenreId`) LEFT JOIN `MediaType` AS `j3` ON (`j3`.`id`) = (`t0`.`MediaTypeId`) WHERE (((`j1`.`Name` LIKE CONCAT('%', ?) AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL)) AND ((`j2`.`Name` = ? AND (`j2`.`id` IS NOT NULL)) OR (`j3`.`Name` = ? AND (`j3`.`id` IS NOT NULL)))) ORDER BY `t0`.`TrackId` DESC;

-- 152 line 165: Song createOne
INSERT INTO `Song` (`id`, `title`) VALUES (?, ?);
SELECT `id`, `title` FROM `Song` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Song` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 153 line 166: Human createOne
SELECT `t0`.`id`, `t0`.`title` FROM `Song` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Human` (`title_id`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Human` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 154 line 167: Human createOne
INSERT INTO `Human` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Human` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 155 line 168: Human updateOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`wife_id`, `t0`.`mother_id`, `t0`.`father_id`, `t0`.`singer_id`, `t0`.`title_id` FROM `Human` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`wife_id`, `t1`.`mother_id`, `t1`.`father_id`, `t1`.`singer_id`, `t1`.`title_id` FROM `Human` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`wife_id`, `t2`.`mother_id`, `t2`.`father_id`, `t2`.`singer_id`, `t2`.`title_id` FROM `Human` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`name`, `t3`.`wife_id`, `t3`.`mother_id`, `t3`.`father_id`, `t3`.`singer_id`, `t3`.`title_id` FROM `Human` AS `t3` WHERE `t3`.`wife_id` IN (?,…);
UPDATE `Human` SET `wife_id` = NULL WHERE `Human`.`id` IN (?,…);
UPDATE `Human` SET `wife_id` = ? WHERE `Human`.`id` IN (?,…);
SELECT `t4`.`id` FROM `Human` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 156 line 169: Human createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`wife_id`, `t0`.`mother_id`, `t0`.`father_id`, `t0`.`singer_id`, `t0`.`title_id` FROM `Human` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`wife_id`, `t1`.`mother_id`, `t1`.`father_id`, `t1`.`singer_id`, `t1`.`title_id` FROM `Human` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`wife_id`, `t2`.`mother_id`, `t2`.`father_id`, `t2`.`singer_id`, `t2`.`title_id` FROM `Human` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Human` (`mother_id`, `father_id`, `singer_id`, `id`, `name`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t3`.`id` FROM `Human` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 157 line 170: Human createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`wife_id`, `t0`.`mother_id`, `t0`.`father_id`, `t0`.`singer_id`, `t0`.`title_id` FROM `Human` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`wife_id`, `t1`.`mother_id`, `t1`.`father_id`, `t1`.`singer_id`, `t1`.`title_id` FROM `Human` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
SELECT `t2`.`id`, `t2`.`name`, `t2`.`wife_id`, `t2`.`mother_id`, `t2`.`father_id`, `t2`.`singer_id`, `t2`.`title_id` FROM `Human` AS `t2` WHERE (`t2`.`id` = ?) LIMIT ?;
INSERT INTO `Human` (`mother_id`, `father_id`, `singer_id`, `id`, `name`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`name`, `t3`.`wife_id`, `t3`.`mother_id`, `t3`.`father_id`, `t3`.`singer_id`, `t3`.`title_id` FROM `Human` AS `t3` WHERE (`t3`.`id` = ?);
INSERT IGNORE INTO `_Stepson` (`A`, `B`) VALUES ((?,…),…);
SELECT `t4`.`id` FROM `Human` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;

-- 158 line 171: Human createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`wife_id`, `t0`.`mother_id`, `t0`.`father_id`, `t0`.`singer_id`, `t0`.`title_id` FROM `Human` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`name`, `t1`.`wife_id`, `t1`.`mother_id`, `t1`.`father_id`, `t1`.`singer_id`, `t1`.`title_id` FROM `Human` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Human` (`father_id`, `singer_id`, `id`, `name`) VALUES (?, ?, ?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Human` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 159 line 172: Human createOne
INSERT INTO `Human` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `wife_id`, `mother_id`, `father_id`, `singer_id`, `title_id` FROM `Human` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`wife_id`, `t0`.`mother_id`, `t0`.`father_id`, `t0`.`singer_id`, `t0`.`title_id` FROM `Human` AS `t0` WHERE ((`t0`.`id` = ? AND 1=1) OR (`t0`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_Stepson` (`B`, `A`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Human` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 160 line 173: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t0`.`wife_id`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 161 line 174: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Human` AS `j0` ON (`j0`.`wife_id`) = (`t0`.`id`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 162 line 175: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Human` AS `j0` ON (`j0`.`wife_id`) = (`t0`.`id`) WHERE (`j0`.`wife_id` IS NULL) ORDER BY `t0`.`id` ASC;

-- 163 line 176: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE (NOT (`t0`.`wife_id` IS NULL)) ORDER BY `t0`.`id` ASC;

-- 164 line 177: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t0`.`mother_id`) LEFT JOIN `Human` AS `j1` ON (`j1`.`id`) = (`t0`.`father_id`) WHERE ((`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`j1`.`name` = ? AND (`j1`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 165 line 178: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE EXISTS(SELECT `t1`.`mother_id` FROM `Human` AS `t1` WHERE (`t1`.`name` LIKE CONCAT(?, '%') AND (`t1`.`mother_id`) = (`t0`.`id`) AND `t1`.`mother_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 166 line 179: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`mother_id` FROM `Human` AS `t1` WHERE ((NOT `t1`.`name` LIKE CONCAT(?, '%')) AND (`t1`.`mother_id`) = (`t0`.`id`) AND `t1`.`mother_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 167 line 180: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`mother_id` FROM `Human` AS `t1` WHERE (1=1 AND (`t1`.`mother_id`) = (`t0`.`id`) AND `t1`.`mother_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 168 line 181: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE EXISTS(SELECT `t1`.`father_id` FROM `Human` AS `t1` LEFT JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t1`.`singer_id`) WHERE ((`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`father_id`) = (`t0`.`id`) AND `t1`.`father_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 169 line 182: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE EXISTS(SELECT `t1`.`singer_id` FROM `Human` AS `t1` WHERE (EXISTS(SELECT `t2`.`singer_id` FROM `Human` AS `t2` WHERE (1=1 AND (`t2`.`singer_id`) = (`t1`.`id`) AND `t2`.`singer_id` IS NOT NULL)) AND (`t1`.`singer_id`) = (`t0`.`id`) AND `t1`.`singer_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 170 line 183: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`singer_id` FROM `Human` AS `t1` LEFT JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t1`.`father_id`) LEFT JOIN `Human` AS `j1` ON (`j1`.`id`) = (`j0`.`wife_id`) WHERE ((NOT ((`j1`.`name` = ? AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`singer_id`) = (`t0`.`id`) AND `t1`.`singer_id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 171 line 184: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE EXISTS(SELECT `t1`.`B` FROM `_Stepson` AS `t1` INNER JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) WHERE (`j0`.`name` = ? AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 172 line 185: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE EXISTS(SELECT `t1`.`A` FROM `_Stepson` AS `t1` INNER JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE (1=1 AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 173 line 186: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`A` FROM `_Stepson` AS `t1` INNER JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE (`j0`.`name` = ? AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 174 line 187: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Song` AS `j0` ON (`j0`.`id`) = (`t0`.`title_id`) WHERE (`j0`.`title` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 175 line 188: Human findMany
SELECT `t0`.`name` FROM `Human` AS `t0` LEFT JOIN `Human` AS `j0` ON (`j0`.`id`) = (`t0`.`singer_id`) LEFT JOIN `Song` AS `j1` ON (`j1`.`id`) = (`j0`.`title_id`) WHERE ((`j1`.`title` = ? AND (`j1`.`id` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 176 line 189: Song findMany
SELECT `t0`.`title`, `t0`.`id` FROM `Song` AS `t0` WHERE 1=1;
SELECT `t1`.`name`, `t1`.`id`, `t1`.`title_id` FROM `Human` AS `t1` WHERE `t1`.`title_id` IN (?,…);
SELECT `t2`.`name`, `t2`.`id`, `t2`.`singer_id` FROM `Human` AS `t2` WHERE `t2`.`singer_id` IN (?,…) ORDER BY `t2`.`name` ASC;
SELECT `t3`.`name`, `j`.`A` FROM `Human` AS `t3` INNER JOIN `_Stepson` AS `j` ON `j`.`B` = `t3`.`id` WHERE `j`.`A` IN (?,…);

-- 177 line 190: Human findMany
SELECT `t0`.`name`, `t0`.`wife_id`, `t0`.`id`, `t0`.`mother_id`, `t0`.`father_id` FROM `Human` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`name`, `t1`.`id` FROM `Human` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`name`, `t2`.`wife_id` FROM `Human` AS `t2` WHERE `t2`.`wife_id` IN (?,…);
SELECT `t3`.`name`, `t3`.`id` FROM `Human` AS `t3` WHERE `t3`.`id` IN (?,…);
SELECT `t4`.`name`, `t4`.`id` FROM `Human` AS `t4` WHERE `t4`.`id` IN (?,…);
SELECT `t5`.`name`, `t5`.`mother_id` FROM `Human` AS `t5` WHERE `t5`.`mother_id` IN (?,…);
SELECT `t6`.`name`, `t6`.`father_id` FROM `Human` AS `t6` WHERE `t6`.`father_id` IN (?,…) ORDER BY `t6`.`name` DESC;
SELECT `t7`.`name`, `j`.`B` FROM `Human` AS `t7` INNER JOIN `_Stepson` AS `j` ON `j`.`A` = `t7`.`id` WHERE `j`.`B` IN (?,…);
SELECT `t8`.`name`, `j`.`A` FROM `Human` AS `t8` INNER JOIN `_Stepson` AS `j` ON `j`.`B` = `t8`.`id` WHERE `j`.`A` IN (?,…);

