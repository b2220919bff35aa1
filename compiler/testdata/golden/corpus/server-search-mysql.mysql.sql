-- 000 line 2: Author createMany
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?), (?, ?);

-- 001 line 3: Post createMany
INSERT INTO `Post` (`id`, `title`, `body`, `note`, `authorId`) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- 002 line 5: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 003 line 7: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 004 line 9: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 005 line 11: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 006 line 13: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 007 line 15: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`,`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 008 line 17: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) AND MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 009 line 19: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`,`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 010 line 21: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`,`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 011 line 23: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`,`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 012 line 25: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (`t0`.`note` = ? AND MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 013 line 27: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (NOT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 014 line 29: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (NOT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 015 line 30: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE ((NOT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) AND MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 016 line 32: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE ((NOT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) AND (NOT MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE))) ORDER BY `t0`.`id` ASC;

-- 017 line 34: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (`t0`.`note` = ? AND MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 018 line 36: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 019 line 38: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE ((`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) AND MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) ORDER BY `t0`.`id` ASC;

-- 020 line 40: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE EXISTS(SELECT `t1`.`authorId` FROM `Post` AS `t1` WHERE (MATCH (`t1`.`title`)AGAINST (? IN BOOLEAN MODE) AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 021 line 42: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`note`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 022 line 44: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`note`,`t0`.`title`)AGAINST (? IN BOOLEAN MODE) ORDER BY `t0`.`id` ASC;

-- 023 line 46: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) DESC, `t0`.`id` ASC;

-- 024 line 47: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY MATCH (`t0`.`title`,`t0`.`body`)AGAINST (? IN BOOLEAN MODE) DESC, `t0`.`id` ASC;

-- 025 line 48: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ASC, `t0`.`id` DESC;

-- 026 line 50: Post findMany
SELECT `t0`.`id`, `t0`.`title` FROM `Post` AS `t0` WHERE MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) ORDER BY MATCH (`t0`.`body`)AGAINST (? IN BOOLEAN MODE) DESC, `t0`.`id` ASC LIMIT ?;

-- 027 line 51: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY MATCH (`t0`.`title`,`t0`.`body`)AGAINST (? IN BOOLEAN MODE) DESC, `t0`.`id` ASC LIMIT ? OFFSET ?;

-- 028 line 52: Post findMany
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (((MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) = (SELECT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) FROM `Post` AS `t0` WHERE `t0`.`id` = ?) AND `t0`.`id` >= (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ?)) OR (MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) < (SELECT MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) FROM `Post` AS `t0` WHERE `t0`.`id` = ?)))) ORDER BY MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE) DESC, `t0`.`id` ASC LIMIT ?;

-- 029 line 54: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…) ORDER BY MATCH (`t1`.`body`)AGAINST (? IN BOOLEAN MODE) DESC, `t1`.`id` ASC;

-- 030 line 56: Post aggregate
SELECT COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE MATCH (`t0`.`title`)AGAINST (? IN BOOLEAN MODE)) AS `sub`;

-- 031 line 57: Author findMany
SELECT `t0`.`id`, (SELECT COUNT(*) FROM `Post` AS `t1` WHERE `t1`.`authorId` = `t0`.`id` AND MATCH (`t1`.`body`)AGAINST (? IN BOOLEAN MODE)) FROM `Author` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 032 line 58: Post updateMany
UPDATE `Post` SET `note` = ? WHERE MATCH (`Post`.`title`)AGAINST (? IN BOOLEAN MODE);

