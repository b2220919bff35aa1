-- 000 line 2: Tag createMany
INSERT INTO `Tag` (`id`, `label`) VALUES (?, ?), (?, ?), (?, ?), (?, ?);

-- 001 line 3: Author createOne
INSERT INTO `Author` (`id`, `name`) VALUES (?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Address` (`authorId`, `id`, `city`) VALUES (?, ?, ?);
SELECT `id`, `city`, `authorId` FROM `Address` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`, `pages`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`label` FROM `Tag` AS `t0` WHERE ((`t0`.`label` = ? AND 1=1) OR (`t0`.`label` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Book` (`authorId`, `id`, `title`, `pages`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE (`t1`.`id` = ?);
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Book` AS `t3` WHERE `t3`.`authorId` IN (?,…) ORDER BY `t3`.`id` ASC;
SELECT `t4`.`label`, `j`.`A` FROM `Tag` AS `t4` INNER JOIN `_BookToTag` AS `j` ON `j`.`B` = `t4`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 002 line 4: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`, `pages`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE (`t1`.`id` = ?);
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `Book` (`authorId`, `id`, `title`, `pages`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`label` FROM `Tag` AS `t2` WHERE (`t2`.`id` = ?);
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id`, `t3`.`mentorId` FROM `Author` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 003 line 5: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
INSERT INTO `Address` (`authorId`, `id`, `city`) VALUES (?, ?, ?);
SELECT `id`, `city`, `authorId` FROM `Address` WHERE `id` = ?;
INSERT INTO `Book` (`authorId`, `id`, `title`, `pages`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Author` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 004 line 6: Author createOne
SELECT `t0`.`id`, `t0`.`name`, `t0`.`mentorId` FROM `Author` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Author` (`mentorId`, `id`, `name`) VALUES (?, ?, ?);
SELECT `id`, `name`, `mentorId` FROM `Author` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Author` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 005 line 7: Book createOne
INSERT INTO `Book` (`id`, `title`, `pages`) VALUES (?, ?, ?);
SELECT `id`, `title`, `pages`, `authorId` FROM `Book` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 006 line 9: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (`t1`.`pages` > ? AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 007 line 10: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE ((NOT `t1`.`pages` > ?) AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 008 line 11: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (`t1`.`pages` > ? AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 009 line 13: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (1=1 AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 010 line 14: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE ((NOT 1=1) AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 011 line 15: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (1=1 AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 012 line 17: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE ((NOT `t1`.`title` = ?) AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 013 line 19: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE (EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (`t1`.`pages` < ? AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) AND NOT EXISTS(SELECT `t2`.`authorId` FROM `Book` AS `t2` WHERE ((NOT `t2`.`pages` < ?) AND (`t2`.`authorId`) = (`t0`.`id`) AND `t2`.`authorId` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 014 line 21: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 015 line 22: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE (NOT (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 016 line 23: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE (`t0`.`authorId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 017 line 24: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE (NOT (`t0`.`authorId` IS NULL)) ORDER BY `t0`.`id` ASC;

-- 018 line 25: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 019 line 26: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE (`t0`.`authorId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 020 line 28: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (`j0`.`city` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 021 line 29: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (`j0`.`authorId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 022 line 30: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (NOT (`j0`.`authorId` IS NULL)) ORDER BY `t0`.`id` ASC;

-- 023 line 31: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (NOT (`j0`.`city` = ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 024 line 32: Address findMany
SELECT `t0`.`id` FROM `Address` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE (EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (`t1`.`title` = ? AND (`t1`.`authorId`) = (`j0`.`id`) AND `t1`.`authorId` IS NOT NULL)) AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 025 line 34: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE EXISTS(SELECT `t1`.`A` FROM `_BookToTag` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE (`j0`.`label` = ? AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 026 line 35: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`A` FROM `_BookToTag` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE (1=1 AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 027 line 36: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`A` FROM `_BookToTag` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE ((NOT `j0`.`label` IN (?,…)) AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 028 line 37: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE EXISTS(SELECT `t1`.`B` FROM `_BookToTag` AS `t1` INNER JOIN `Book` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) LEFT JOIN `Author` AS `j1` ON (`j1`.`id`) = (`j0`.`authorId`) WHERE ((`j1`.`name` = ? AND (`j1`.`id` IS NOT NULL)) AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 029 line 38: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`B` FROM `_BookToTag` AS `t1` INNER JOIN `Book` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) WHERE (1=1 AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 030 line 40: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`mentorId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 031 line 41: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE (`t0`.`mentorId` IS NULL) ORDER BY `t0`.`id` ASC;

-- 032 line 42: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE EXISTS(SELECT `t1`.`mentorId` FROM `Author` AS `t1` WHERE (1=1 AND (`t1`.`mentorId`) = (`t0`.`id`) AND `t1`.`mentorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 033 line 43: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE EXISTS(SELECT `t1`.`mentorId` FROM `Author` AS `t1` WHERE (EXISTS(SELECT `t2`.`mentorId` FROM `Author` AS `t2` WHERE (1=1 AND (`t2`.`mentorId`) = (`t1`.`id`) AND `t2`.`mentorId` IS NOT NULL)) AND (`t1`.`mentorId`) = (`t0`.`id`) AND `t1`.`mentorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 034 line 44: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`mentorId` FROM `Author` AS `t1` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t1`.`id`) WHERE ((NOT (NOT (`j0`.`authorId` IS NULL))) AND (`t1`.`mentorId`) = (`t0`.`id`) AND `t1`.`mentorId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 035 line 46: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE EXISTS(SELECT `t1`.`B` FROM `_BookToTag` AS `t1` INNER JOIN `Book` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) LEFT JOIN `Author` AS `j1` ON (`j1`.`id`) = (`j0`.`authorId`) LEFT JOIN `Address` AS `j2` ON (`j2`.`authorId`) = (`j1`.`id`) WHERE (((`j2`.`city` = ? AND (`j2`.`id` IS NOT NULL)) AND (`j1`.`id` IS NOT NULL)) AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 036 line 48: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Address` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (1=1 AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL)) OR (`j0`.`city` = ? AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 037 line 49: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` WHERE (NOT EXISTS(SELECT `t1`.`authorId` FROM `Book` AS `t1` WHERE (EXISTS(SELECT `t2`.`A` FROM `_BookToTag` AS `t2` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t2`.`B`) WHERE (`j0`.`label` = ? AND (`t1`.`id`) = (`t2`.`A`) AND `t2`.`A` IS NOT NULL)) AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 038 line 50: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE ((NOT (`t0`.`authorId` IS NULL)) AND (NOT EXISTS(SELECT `t1`.`A` FROM `_BookToTag` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`B`) WHERE (`j0`.`label` = ? AND (`t0`.`id`) = (`t1`.`A`) AND `t1`.`A` IS NOT NULL)))) ORDER BY `t0`.`id` ASC;

-- 039 line 52: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` LEFT JOIN `Author` AS `j0` ON (`j0`.`id`) = (`t0`.`authorId`) WHERE (`t0`.`pages` > ? AND ((`j0`.`mentorId` IS NULL) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 040 line 54: Book findMany
SELECT `t0`.`id` FROM `Book` AS `t0` WHERE EXISTS(SELECT `t1`.`id` FROM `Author` AS `t1` WHERE (1=1 AND (`t1`.`id`) = (`t0`.`authorId`) AND `t1`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 041 line 55: Author findMany
SELECT `t0`.`id` FROM `Author` AS `t0` LEFT JOIN `Book` AS `j0` ON (`j0`.`authorId`) = (`t0`.`id`) WHERE (1=1 AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 042 line 56: Author findMany
error: Unknown where field `nope` on `Book`

