-- 000 line 2: Reading aggregate
SELECT COUNT(`note`) AS `_count$note`, COUNT(*) AS `_count$_all`, AVG(`val`) AS `_avg$val`, AVG(`ticks`) AS `_avg$ticks`, AVG(`cost`) AS `_avg$cost`, SUM(`ticks`) AS `_sum$ticks`, SUM(`cost`) AS `_sum$cost`, MIN(`sensor name`) AS `_min$sensor name`, MAX(`val`) AS `_max$val` FROM (SELECT `t0`.`note`, `t0`.`val`, `t0`.`ticks`, `t0`.`cost`, `t0`.`sensor name` FROM `readings table` AS `t0` WHERE 1=1) AS `sub`;

-- 001 line 4: Device createMany
INSERT INTO `Device` (`id`, `label`) VALUES (?, ?), (?, ?), (?, ?);

-- 002 line 5: Reading createMany
INSERT INTO `readings table` (`reading_id`, `sensor name`, `val`, `min ok`, `maxOk`, `ticks`, `cost`, `note`, `deviceId`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, DEFAULT, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, DEFAULT, ?), (?, ?, ?, ?, ?, ?, ?, DEFAULT, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 003 line 7: Reading aggregate
SELECT COUNT(`note`) AS `_count$note`, COUNT(`deviceId`) AS `_count$deviceId`, COUNT(*) AS `_count$_all`, AVG(`val`) AS `_avg$val`, AVG(`ticks`) AS `_avg$ticks`, AVG(`cost`) AS `_avg$cost`, SUM(`val`) AS `_sum$val`, SUM(`ticks`) AS `_sum$ticks`, SUM(`cost`) AS `_sum$cost`, MIN(`sensor name`) AS `_min$sensor name`, MIN(`val`) AS `_min$val`, MIN(`ticks`) AS `_min$ticks`, MAX(`sensor name`) AS `_max$sensor name`, MAX(`cost`) AS `_max$cost` FROM (SELECT `t0`.`note`, `t0`.`deviceId`, `t0`.`val`, `t0`.`ticks`, `t0`.`cost`, `t0`.`sensor name` FROM `readings table` AS `t0` WHERE 1=1) AS `sub`;

-- 004 line 8: Reading aggregate
SELECT COUNT(*) AS `_count$_all`, AVG(`val`) AS `_avg$val` FROM (SELECT `t0`.`reading_id`, `t0`.`val` FROM `readings table` AS `t0` LEFT JOIN `Device` AS `j0` ON (`j0`.`id`) = (`t0`.`deviceId`) WHERE (`j0`.`label` = ? AND (`j0`.`id` IS NOT NULL))) AS `sub`;

-- 005 line 9: Reading aggregate
SELECT COUNT(*) AS `_count$_all`, SUM(`ticks`) AS `_sum$ticks` FROM (SELECT `t0`.`reading_id`, `t0`.`ticks` FROM `readings table` AS `t0` WHERE (`t0`.`deviceId` IS NULL)) AS `sub`;

-- 006 line 10: Reading aggregate
SELECT COUNT(*) AS `_count$_all`, MAX(`val`) AS `_max$val` FROM (SELECT `t0`.`reading_id`, `t0`.`val` FROM `readings table` AS `t0` WHERE `t0`.`val` > `t0`.`maxOk`) AS `sub`;

-- 007 line 11: Device aggregate
SELECT COUNT(*) AS `_count$_all`, MIN(`label`) AS `_min$label` FROM (SELECT `t0`.`id`, `t0`.`label` FROM `Device` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`deviceId` FROM `readings table` AS `t1` WHERE (1=1 AND (`t1`.`deviceId`) = (`t0`.`id`) AND `t1`.`deviceId` IS NOT NULL))) AS `sub`;

-- 008 line 12: Device aggregate
SELECT COUNT(`label`) AS `_count$label`, COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`label` FROM `Device` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`deviceId` FROM `readings table` AS `t1` WHERE ((NOT `t1`.`sensor name` = ?) AND (`t1`.`deviceId`) = (`t0`.`id`) AND `t1`.`deviceId` IS NOT NULL))) AS `sub`;

-- 009 line 14: Reading aggregate
SELECT COUNT(`note`) AS `_count$note`, COUNT(`deviceId`) AS `_count$deviceId`, COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`note`, `t0`.`deviceId` FROM `readings table` AS `t0` WHERE `t0`.`sensor name` = ?) AS `sub`;

-- 010 line 16: Reading groupBy
SELECT `t0`.`sensor name`, COUNT(*) AS `_count$_all`, AVG(`t0`.`val`) AS `_avg$val`, SUM(`t0`.`ticks`) AS `_sum$ticks`, SUM(`t0`.`cost`) AS `_sum$cost` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` ORDER BY `t0`.`sensor name` ASC;

-- 011 line 17: Reading groupBy
SELECT `t0`.`ticks`, COUNT(*) AS `_count$_all` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`ticks` ORDER BY `t0`.`ticks` ASC;

-- 012 line 18: Reading groupBy
SELECT `t0`.`cost`, COUNT(*) AS `_count$_all`, SUM(`t0`.`cost`) AS `_sum$cost` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`cost` ORDER BY `t0`.`cost` DESC;

-- 013 line 19: Reading groupBy
SELECT `t0`.`min ok`, `t0`.`maxOk`, MIN(`t0`.`val`) AS `_min$val`, MAX(`t0`.`val`) AS `_max$val` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`min ok`, `t0`.`maxOk` ORDER BY `t0`.`min ok` ASC, `t0`.`maxOk` ASC;

-- 014 line 20: Reading groupBy
SELECT `t0`.`deviceId`, COUNT(`t0`.`note`) AS `_count$note`, COUNT(*) AS `_count$_all` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`deviceId` ORDER BY `t0`.`deviceId` IS NULL DESC, `t0`.`deviceId` ASC;

-- 015 line 22: Reading groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: minOk, maxOk

-- 016 line 23: Reading groupBy
SELECT `t0`.`sensor name`, `t0`.`maxOk`, MAX(`t0`.`val`) AS `_max$val` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name`, `t0`.`maxOk` HAVING MAX(`t0`.`val`) > `t0`.`maxOk` ORDER BY `t0`.`sensor name` ASC;

-- 017 line 25: Reading groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: maxOk

-- 018 line 27: Reading groupBy
SELECT `t0`.`sensor name`, AVG(`t0`.`val`) AS `_avg$val` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` HAVING (AVG(`t0`.`val`) >= ? AND COUNT(`t0`.`val`) > ?) ORDER BY `t0`.`sensor name` ASC;

-- 019 line 28: Reading groupBy
SELECT `t0`.`sensor name`, SUM(`t0`.`cost`) AS `_sum$cost`, SUM(`t0`.`ticks`) AS `_sum$ticks` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` HAVING (NOT (SUM(`t0`.`cost`) > ? OR SUM(`t0`.`ticks`) < ?)) ORDER BY `t0`.`sensor name` ASC;

-- 020 line 29: Reading groupBy
SELECT `t0`.`sensor name`, COUNT(`t0`.`note`) AS `_count$note` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` HAVING COUNT(`t0`.`note`) = ? ORDER BY `t0`.`sensor name` ASC;

-- 021 line 30: Reading groupBy
SELECT `t0`.`sensor name` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` HAVING MIN(`t0`.`sensor name`) LIKE CONCAT(?, '%') ORDER BY `t0`.`sensor name` ASC;

-- 022 line 32: Reading groupBy
SELECT `t0`.`sensor name`, AVG(`t0`.`val`) AS `_avg$val` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` ORDER BY AVG(`t0`.`val`) DESC LIMIT ?;

-- 023 line 33: Reading groupBy
SELECT `t0`.`sensor name`, COUNT(`t0`.`note`) AS `_count$note` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` ORDER BY COUNT(`t0`.`note`) DESC, `t0`.`sensor name` ASC LIMIT 18446744073709551615 OFFSET ?;

-- 024 line 34: Reading groupBy
SELECT `t0`.`sensor name`, SUM(`t0`.`ticks`) AS `_sum$ticks` FROM `readings table` AS `t0` WHERE 1=1 GROUP BY `t0`.`sensor name` ORDER BY SUM(`t0`.`ticks`) ASC;

-- 025 line 36: Reading groupBy
SELECT `t0`.`deviceId`, COUNT(*) AS `_count$_all`, MAX(`t0`.`val`) AS `_max$val` FROM `readings table` AS `t0` LEFT JOIN `Device` AS `j0` ON (`j0`.`id`) = (`t0`.`deviceId`) WHERE (`j0`.`label` IN (?,…) AND (`j0`.`id` IS NOT NULL)) GROUP BY `t0`.`deviceId` ORDER BY `t0`.`deviceId` ASC;

-- 026 line 38: Reading groupBy
error: Unknown orderBy field `_count._all`

