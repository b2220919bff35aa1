-- 000 line 1: Book createMany
INSERT INTO `Book` (`id`, `title`, `authorId`) VALUES (?, ?, DEFAULT), (?, ?, DEFAULT), (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 001 line 2: Tag createMany
INSERT INTO `Tag` (`id`, `label`) VALUES (?, ?), (?, ?), (?, ?), (?, ?);

-- 002 line 3: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 003 line 4: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 004 line 5: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 005 line 6: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE ((`t1`.`id` = ? AND 1=1) OR (`t1`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 006 line 7: Book updateOne
SELECT `t0`.`id`, `t0`.`title`, `t0`.`authorId` FROM `Book` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`label` FROM `Tag` AS `t1` WHERE (`t1`.`id` = ?);
INSERT IGNORE INTO `_BookToTag` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `Book` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 007 line 9: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Book` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 008 line 10: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Book` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 009 line 11: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Book` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 010 line 12: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (`t1`.`id` <= (SELECT `t1`.`id` FROM `Book` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` DESC;

-- 011 line 14: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `j`.`B`, `t1`.`authorId` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) AND (`t1`.`id` >= (SELECT `t1`.`id` FROM `Book` AS `t1` WHERE `t1`.`id` = ?)) ORDER BY `t1`.`id` ASC;

-- 012 line 15: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`authorId`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 013 line 17: Tag findMany
SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `j`.`B` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`id` ASC;
SELECT `t2`.`id`, `t2`.`label`, `j`.`A` FROM `Tag` AS `t2` INNER JOIN `_BookToTag` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) AND (`t2`.`id` >= (SELECT `t2`.`id` FROM `Tag` AS `t2` WHERE `t2`.`id` = ?)) ORDER BY `t2`.`id` ASC;

-- 014 line 18: Tag findMany
SELECT `t0`.`id`, `t0`.`label` FROM `Tag` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Tag` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `j`.`B`, `t1`.`authorId` FROM `Book` AS `t1` INNER JOIN `_BookToTag` AS `j` ON `j`.`A` = `t1`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t1`.`id` ASC;

