-- 000 line 2: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`qty`) > ? ORDER BY SUM(`t0`.`qty`) DESC;

-- 001 line 4: Customer createMany
INSERT INTO `Customer` (`id`, `name`, `vip`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 002 line 5: Order createMany
INSERT INTO `Order` (`id`, `shop`, `city`, `qty`, `cap`, `price`, `total`, `weight`, `placed`, `status`, `note`, `customerId`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 003 line 7: Order groupBy
SELECT `t0`.`shop`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING `t0`.`shop` = ? ORDER BY `t0`.`shop` ASC;

-- 004 line 8: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING `t0`.`shop` NOT IN (?,…) ORDER BY `t0`.`shop` ASC;

-- 005 line 9: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING `t0`.`shop` NOT IN (?,…) ORDER BY `t0`.`shop` ASC;

-- 006 line 10: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING `t0`.`shop` LIKE CONCAT(?, '%');

-- 007 line 11: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING (`t0`.`shop` LIKE CONCAT('%', ?, '%') AND `t0`.`shop` < ?) ORDER BY `t0`.`shop` ASC;

-- 008 line 13: Order groupBy
SELECT `t0`.`city`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`city` HAVING `t0`.`city` IS NULL;

-- 009 line 14: Order groupBy
SELECT `t0`.`city`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`city` HAVING `t0`.`city` IS NOT NULL ORDER BY `t0`.`city` ASC;

-- 010 line 16: Order groupBy
SELECT `t0`.`status`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`status` HAVING `t0`.`status` IN (?,…) ORDER BY `t0`.`status` ASC;

-- 011 line 18: Order groupBy
SELECT `t0`.`shop`, COUNT(`t0`.`note`) AS `_count$note` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING COUNT(`t0`.`note`) IN (?,…) ORDER BY `t0`.`shop` ASC;

-- 012 line 19: Order groupBy
SELECT `t0`.`shop`, COUNT(`t0`.`id`) AS `_count$id` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING COUNT(`t0`.`id`) NOT IN (?,…) ORDER BY `t0`.`shop` ASC;

-- 013 line 21: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`qty`) <> ? ORDER BY `t0`.`shop` ASC;

-- 014 line 22: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`qty`) < ? ORDER BY `t0`.`shop` ASC;

-- 015 line 24: Order groupBy
SELECT `t0`.`shop`, AVG(`t0`.`qty`) AS `_avg$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING AVG(`t0`.`qty`) > ? ORDER BY `t0`.`shop` ASC;

-- 016 line 25: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING AVG(`t0`.`qty`) = ?;

-- 017 line 27: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`total`) AS `_sum$total` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`total`) >= ? ORDER BY `t0`.`shop` ASC;

-- 018 line 28: Order groupBy
SELECT `t0`.`shop`, AVG(`t0`.`total`) AS `_avg$total` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING AVG(`t0`.`total`) < ? ORDER BY `t0`.`shop` ASC;

-- 019 line 30: Order groupBy
SELECT `t0`.`shop`, MAX(`t0`.`weight`) AS `_max$weight` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING MAX(`t0`.`weight`) > ?;

-- 020 line 31: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`weight`) AS `_sum$weight` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`weight`) < ?;

-- 021 line 33: Order groupBy
SELECT `t0`.`shop`, MIN(`t0`.`placed`) AS `_min$placed`, MAX(`t0`.`placed`) AS `_max$placed` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING (MIN(`t0`.`placed`) >= ? AND MAX(`t0`.`placed`) < ?) ORDER BY `t0`.`shop` ASC;

-- 022 line 35: Order groupBy
SELECT `t0`.`shop`, MAX(`t0`.`status`) AS `_max$status` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING MAX(`t0`.`status`) = ? ORDER BY `t0`.`shop` ASC;

-- 023 line 36: Order groupBy
SELECT `t0`.`shop`, MIN(`t0`.`status`) AS `_min$status` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING MIN(`t0`.`status`) IN (?,…) ORDER BY `t0`.`shop` ASC;

-- 024 line 38: Order groupBy
SELECT `t0`.`shop`, MAX(`t0`.`city`) AS `_max$city` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING MAX(`t0`.`city`) LIKE CONCAT('%', ?) ORDER BY `t0`.`shop` ASC;

-- 025 line 39: Order groupBy
SELECT `t0`.`shop`, MIN(`t0`.`note`) AS `_min$note` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING MIN(`t0`.`note`) IS NULL ORDER BY `t0`.`shop` ASC;

-- 026 line 41: Order groupBy
SELECT `t0`.`shop`, `t0`.`cap`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop`, `t0`.`cap` HAVING SUM(`t0`.`qty`) > `t0`.`cap` ORDER BY `t0`.`shop` ASC, `t0`.`cap` ASC;

-- 027 line 43: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING ((MIN(`t0`.`price`) >= ? AND MAX(`t0`.`price`) <= ?) AND COUNT(`t0`.`qty`) > ?) ORDER BY `t0`.`shop` ASC;

-- 028 line 45: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING (NOT (SUM(`t0`.`qty`) < ? OR `t0`.`shop` = ?)) ORDER BY `t0`.`shop` ASC;

-- 029 line 46: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING ((MAX(`t0`.`qty`) >= ? AND AVG(`t0`.`price`) < ?) OR COUNT(`t0`.`id`) = ?) ORDER BY `t0`.`shop` ASC;

-- 030 line 47: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING ((NOT `t0`.`shop` = ?) AND (NOT MIN(`t0`.`qty`) = ?)) ORDER BY `t0`.`shop` ASC;

-- 031 line 49: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING 1=1 ORDER BY `t0`.`shop` ASC;

-- 032 line 50: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING 1=0 ORDER BY `t0`.`shop` ASC;

-- 033 line 52: Order groupBy
SELECT `t0`.`shop`, COUNT(`t0`.`qty`) AS `_count$qty` FROM `Order` AS `t0` WHERE `t0`.`status` <> ? GROUP BY `t0`.`shop` HAVING COUNT(`t0`.`qty`) >= ? ORDER BY `t0`.`shop` ASC;

-- 034 line 54: Order groupBy
SELECT `t0`.`shop`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` LEFT JOIN `Customer` AS `j0` ON (`j0`.`id`) = (`t0`.`customerId`) WHERE (`j0`.`vip` = ? AND (`j0`.`id` IS NOT NULL)) GROUP BY `t0`.`shop` ORDER BY `t0`.`shop` ASC;

-- 035 line 55: Order groupBy
SELECT `t0`.`customerId`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` LEFT JOIN `Customer` AS `j0` ON (`j0`.`id`) = (`t0`.`customerId`) WHERE (NOT (`j0`.`name` = ? AND (`j0`.`id` IS NOT NULL))) GROUP BY `t0`.`customerId` ORDER BY `t0`.`customerId` IS NULL ASC, `t0`.`customerId` ASC;

-- 036 line 56: Customer groupBy
SELECT `t0`.`vip`, COUNT(*) AS `_count$_all`, MAX(`t0`.`name`) AS `_max$name` FROM `Customer` AS `t0` WHERE EXISTS(SELECT `t1`.`customerId` FROM `Order` AS `t1` WHERE (`t1`.`qty` >= ? AND (`t1`.`customerId`) = (`t0`.`id`) AND `t1`.`customerId` IS NOT NULL)) GROUP BY `t0`.`vip` ORDER BY `t0`.`vip` ASC;

-- 037 line 58: Order groupBy
SELECT `t0`.`shop`, COUNT(`t0`.`note`) AS `_count$note` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY COUNT(`t0`.`note`) ASC, `t0`.`shop` DESC;

-- 038 line 59: Order groupBy
SELECT `t0`.`shop`, AVG(`t0`.`total`) AS `_avg$total` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY AVG(`t0`.`total`) DESC;

-- 039 line 60: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`weight`) AS `_sum$weight` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY SUM(`t0`.`weight`) ASC;

-- 040 line 61: Order groupBy
SELECT `t0`.`shop`, MIN(`t0`.`placed`) AS `_min$placed` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY MIN(`t0`.`placed`) ASC;

-- 041 line 62: Order groupBy
SELECT `t0`.`shop`, MAX(`t0`.`status`) AS `_max$status` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY MAX(`t0`.`status`) DESC, `t0`.`shop` ASC;

-- 042 line 64: Order groupBy
SELECT `t0`.`shop`, MAX(`t0`.`city`) AS `_max$city` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY MAX(`t0`.`city`) DESC, `t0`.`shop` ASC;

-- 043 line 66: Order groupBy
SELECT `t0`.`city` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`city` ORDER BY SUM(`t0`.`price`) DESC;

-- 044 line 68: Order groupBy
SELECT `t0`.`city`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`city` ORDER BY `t0`.`city` IS NULL ASC, `t0`.`city` ASC;

-- 045 line 69: Order groupBy
SELECT `t0`.`city`, COUNT(*) AS `_count$_all` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`city` ORDER BY `t0`.`city` IS NULL DESC, `t0`.`city` DESC;

-- 046 line 71: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY SUM(`t0`.`qty`) DESC LIMIT ? OFFSET ?;

-- 047 line 72: Order groupBy
SELECT `t0`.`shop`, SUM(`t0`.`qty`) AS `_sum$qty` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY SUM(`t0`.`qty`) ASC LIMIT ?;

-- 048 line 73: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY `t0`.`shop` ASC LIMIT ?;

-- 049 line 74: Order groupBy
SELECT `t0`.`shop` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` ORDER BY `t0`.`shop` ASC LIMIT 18446744073709551615 OFFSET ?;

-- 050 line 75: Order groupBy
SELECT `t0`.`shop`, AVG(`t0`.`price`) AS `_avg$price` FROM `Order` AS `t0` WHERE 1=1 GROUP BY `t0`.`shop` HAVING SUM(`t0`.`qty`) > ? ORDER BY AVG(`t0`.`price`) DESC LIMIT ? OFFSET ?;

