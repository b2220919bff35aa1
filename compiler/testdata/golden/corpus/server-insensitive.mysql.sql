-- 000 line 2: Person createMany
INSERT INTO `Person` (`id`, `name`, `alt`, `code`) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 001 line 3: Pet createMany
INSERT INTO `Pet` (`id`, `name`, `ownerId`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 002 line 5: Person updateOne
error: Unknown field `tags` in update data of `Person`

-- 003 line 6: Person updateOne
error: Unknown field `tags` in update data of `Person`

-- 004 line 7: Person updateOne
error: Unknown field `tags` in update data of `Person`

-- 005 line 8: Person updateOne
error: Unknown field `tags` in update data of `Person`

-- 006 line 9: Person updateOne
error: Unknown field `tags` in update data of `Person`

-- 007 line 11: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 008 line 13: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT('%', ?, '%') ORDER BY `t0`.`id` ASC;

-- 009 line 15: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 010 line 17: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 011 line 18: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 012 line 19: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 013 line 21: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 014 line 23: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` <> ? ORDER BY `t0`.`id` ASC;

-- 015 line 24: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` <> ? ORDER BY `t0`.`id` ASC;

-- 016 line 26: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`alt` IS NULL ORDER BY `t0`.`id` ASC;

-- 017 line 27: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`alt` IS NOT NULL ORDER BY `t0`.`id` ASC;

-- 018 line 29: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`alt` <> ? ORDER BY `t0`.`id` ASC;

-- 019 line 31: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` IN (?,…) ORDER BY `t0`.`id` ASC;

-- 020 line 32: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` IN (?,…) ORDER BY `t0`.`id` ASC;

-- 021 line 33: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` NOT IN (?,…) ORDER BY `t0`.`id` ASC;

-- 022 line 34: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE 1=0 ORDER BY `t0`.`id` ASC;

-- 023 line 35: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` NOT IN (?,…) ORDER BY `t0`.`id` ASC;

-- 024 line 37: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` < ? ORDER BY `t0`.`id` ASC;

-- 025 line 38: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE (`t0`.`name` >= ? AND `t0`.`name` <= ?) ORDER BY `t0`.`id` ASC;

-- 026 line 39: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` > ? ORDER BY `t0`.`id` ASC;

-- 027 line 40: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` >= ? ORDER BY `t0`.`id` ASC;

-- 028 line 42: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT('%', ?, '%') ORDER BY `t0`.`id` ASC;

-- 029 line 43: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT(?, '%') ORDER BY `t0`.`id` ASC;

-- 030 line 44: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT('%', ?) ORDER BY `t0`.`id` ASC;

-- 031 line 46: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT('%', ?, '%') ORDER BY `t0`.`id` ASC;

-- 032 line 48: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` NOT LIKE CONCAT('%', ?, '%') ORDER BY `t0`.`id` ASC;

-- 033 line 49: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE (`t0`.`name` NOT LIKE CONCAT(?, '%') AND `t0`.`name` NOT LIKE CONCAT('%', ?)) ORDER BY `t0`.`id` ASC;

-- 034 line 51: Person findMany
error: Unknown where field `mode` on `Person`

-- 035 line 53: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE (`t0`.`name` LIKE CONCAT(?, '%') AND `t0`.`name` LIKE CONCAT('%', ?, '%') AND `t0`.`name` LIKE CONCAT('%', ?)) ORDER BY `t0`.`id` ASC;

-- 036 line 55: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = ? ORDER BY `t0`.`id` ASC;

-- 037 line 57: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` = `t0`.`alt` ORDER BY `t0`.`id` ASC;

-- 038 line 58: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` <> `t0`.`alt` ORDER BY `t0`.`id` ASC;

-- 039 line 59: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`alt` LIKE CONCAT('%', `t0`.`name`, '%') ORDER BY `t0`.`id` ASC;

-- 040 line 60: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`alt` LIKE CONCAT(`t0`.`name`, '%') ORDER BY `t0`.`id` ASC;

-- 041 line 61: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` > `t0`.`alt` ORDER BY `t0`.`id` ASC;

-- 042 line 63: Person findMany
error: Input error. The referenced scalar field Person.tags does not exist.

-- 043 line 64: Person findMany
error: Input error. The referenced scalar field Person.tags does not exist.

-- 044 line 66: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE (NOT `t0`.`name` LIKE CONCAT('%', ?, '%')) ORDER BY `t0`.`id` ASC;

-- 045 line 67: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE (`t0`.`name` LIKE CONCAT(?, '%') OR `t0`.`alt` = ?) ORDER BY `t0`.`id` ASC;

-- 046 line 69: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE EXISTS(SELECT `t1`.`ownerId` FROM `Pet` AS `t1` WHERE (`t1`.`name` LIKE CONCAT(?, '%') AND (`t1`.`ownerId`) = (`t0`.`id`) AND `t1`.`ownerId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 047 line 70: Pet findMany
SELECT `t0`.`id` FROM `Pet` AS `t0` LEFT JOIN `Person` AS `j0` ON (`j0`.`id`) = (`t0`.`ownerId`) WHERE (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 048 line 72: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`code` = ? ORDER BY `t0`.`id` ASC;

-- 049 line 74: Person findMany
SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`code` IN (?,…) ORDER BY `t0`.`id` ASC;

-- 050 line 76: Person groupBy
SELECT `t0`.`name`, COUNT(*) AS `_count$_all` FROM `Person` AS `t0` WHERE 1=1 GROUP BY `t0`.`name` HAVING `t0`.`name` LIKE CONCAT(?, '%') ORDER BY `t0`.`name` ASC;

-- 051 line 78: Person aggregate
SELECT COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`id` FROM `Person` AS `t0` WHERE `t0`.`name` LIKE CONCAT('%', ?, '%')) AS `sub`;

-- 052 line 79: Pet updateMany
UPDATE `Pet` SET `name` = ? WHERE `Pet`.`name` LIKE CONCAT(?, '%');

-- 053 line 80: Pet deleteMany
DELETE FROM `Pet` WHERE `Pet`.`name` = ?;

