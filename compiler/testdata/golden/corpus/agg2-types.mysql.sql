-- 000 line 2: Item aggregate
SELECT COUNT(`id`) AS `_count$id`, COUNT(`cat`) AS `_count$cat`, COUNT(`n`) AS `_count$n`, COUNT(`big`) AS `_count$big`, COUNT(`fl`) AS `_count$fl`, COUNT(`dec`) AS `_count$dec`, COUNT(`on`) AS `_count$on`, COUNT(`at`) AS `_count$at`, COUNT(`tier`) AS `_count$tier`, COUNT(`blob`) AS `_count$blob`, COUNT(`meta`) AS `_count$meta`, COUNT(`label`) AS `_count$label`, COUNT(*) AS `_count$_all`, AVG(`id`) AS `_avg$id`, AVG(`n`) AS `_avg$n`, AVG(`big`) AS `_avg$big`, AVG(`fl`) AS `_avg$fl`, AVG(`dec`) AS `_avg$dec`, SUM(`id`) AS `_sum$id`, SUM(`n`) AS `_sum$n`, SUM(`big`) AS `_sum$big`, SUM(`fl`) AS `_sum$fl`, SUM(`dec`) AS `_sum$dec`, MIN(`id`) AS `_min$id`, MIN(`cat`) AS `_min$cat`, MIN(`n`) AS `_min$n`, MIN(`big`) AS `_min$big`, MIN(`fl`) AS `_min$fl`, MIN(`dec`) AS `_min$dec`, MIN(`on`) AS `_min$on`, MIN(`at`) AS `_min$at`, MIN(`tier`) AS `_min$tier`, MIN(`blob`) AS `_min$blob`, MIN(`label`) AS `_min$label`, MAX(`id`) AS `_max$id`, MAX(`cat`) AS `_max$cat`, MAX(`n`) AS `_max$n`, MAX(`big`) AS `_max$big`, MAX(`fl`) AS `_max$fl`, MAX(`dec`) AS `_max$dec`, MAX(`on`) AS `_max$on`, MAX(`at`) AS `_max$at`, MAX(`tier`) AS `_max$tier`, MAX(`blob`) AS `_max$blob`, MAX(`label`) AS `_max$label` FROM (SELECT `t0`.`id`, `t0`.`cat`, `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec`, `t0`.`on`, `t0`.`at`, `t0`.`tier`, `t0`.`blob`, `t0`.`meta`, `t0`.`label` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 001 line 4: Item groupBy
SELECT `t0`.`tier`, COUNT(`t0`.`id`) AS `_count$id`, COUNT(`t0`.`cat`) AS `_count$cat`, COUNT(`t0`.`n`) AS `_count$n`, COUNT(`t0`.`big`) AS `_count$big`, COUNT(`t0`.`fl`) AS `_count$fl`, COUNT(`t0`.`dec`) AS `_count$dec`, COUNT(`t0`.`on`) AS `_count$on`, COUNT(`t0`.`at`) AS `_count$at`, COUNT(`t0`.`tier`) AS `_count$tier`, COUNT(`t0`.`blob`) AS `_count$blob`, COUNT(`t0`.`meta`) AS `_count$meta`, COUNT(`t0`.`label`) AS `_count$label`, COUNT(*) AS `_count$_all`, MAX(`t0`.`blob`) AS `_max$blob`, MAX(`t0`.`on`) AS `_max$on` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`tier`;

-- 002 line 6: Pair aggregate
SELECT COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`a`, `t0`.`b` FROM `Pair` AS `t0` WHERE 1=1) AS `sub`;

-- 003 line 8: Item createMany
INSERT INTO `Item` (`id`, `cat`, `n`, `big`, `fl`, `dec`, `on`, `at`, `tier`, `blob`, `meta`, `label`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 004 line 9: Pair createMany
INSERT INTO `Pair` (`a`, `b`, `v`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 005 line 10: Tag createMany
INSERT INTO `Tag` (`name`, `w`) VALUES (?, ?), (?, ?), (?, ?);

-- 006 line 12: Item aggregate
SELECT COUNT(`id`) AS `_count$id`, COUNT(`cat`) AS `_count$cat`, COUNT(`n`) AS `_count$n`, COUNT(`big`) AS `_count$big`, COUNT(`fl`) AS `_count$fl`, COUNT(`dec`) AS `_count$dec`, COUNT(`on`) AS `_count$on`, COUNT(`at`) AS `_count$at`, COUNT(`tier`) AS `_count$tier`, COUNT(`blob`) AS `_count$blob`, COUNT(`meta`) AS `_count$meta`, COUNT(`label`) AS `_count$label`, COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`id`, `t0`.`cat`, `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec`, `t0`.`on`, `t0`.`at`, `t0`.`tier`, `t0`.`blob`, `t0`.`meta`, `t0`.`label` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 007 line 14: Item aggregate
SELECT COUNT(`id`) AS `_count$id`, COUNT(`cat`) AS `_count$cat`, COUNT(`n`) AS `_count$n`, COUNT(`big`) AS `_count$big`, COUNT(`fl`) AS `_count$fl`, COUNT(`dec`) AS `_count$dec`, COUNT(`on`) AS `_count$on`, COUNT(`at`) AS `_count$at`, COUNT(`tier`) AS `_count$tier`, COUNT(`blob`) AS `_count$blob`, COUNT(`meta`) AS `_count$meta`, COUNT(`label`) AS `_count$label`, COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`id`, `t0`.`cat`, `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec`, `t0`.`on`, `t0`.`at`, `t0`.`tier`, `t0`.`blob`, `t0`.`meta`, `t0`.`label` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 008 line 16: Item aggregate
SELECT AVG(`id`) AS `_avg$id`, AVG(`n`) AS `_avg$n`, AVG(`big`) AS `_avg$big`, AVG(`fl`) AS `_avg$fl`, AVG(`dec`) AS `_avg$dec`, SUM(`id`) AS `_sum$id`, SUM(`n`) AS `_sum$n`, SUM(`big`) AS `_sum$big`, SUM(`fl`) AS `_sum$fl`, SUM(`dec`) AS `_sum$dec` FROM (SELECT `t0`.`id`, `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec` FROM `Item` AS `t0` WHERE `t0`.`id` <= ?) AS `sub`;

-- 009 line 18: Item aggregate
SELECT MIN(`id`) AS `_min$id`, MIN(`cat`) AS `_min$cat`, MIN(`n`) AS `_min$n`, MIN(`big`) AS `_min$big`, MIN(`fl`) AS `_min$fl`, MIN(`dec`) AS `_min$dec`, MIN(`at`) AS `_min$at`, MIN(`tier`) AS `_min$tier`, MIN(`label`) AS `_min$label`, MAX(`id`) AS `_max$id`, MAX(`cat`) AS `_max$cat`, MAX(`n`) AS `_max$n`, MAX(`big`) AS `_max$big`, MAX(`fl`) AS `_max$fl`, MAX(`dec`) AS `_max$dec`, MAX(`at`) AS `_max$at`, MAX(`tier`) AS `_max$tier`, MAX(`label`) AS `_max$label` FROM (SELECT `t0`.`id`, `t0`.`cat`, `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec`, `t0`.`at`, `t0`.`tier`, `t0`.`label` FROM `Item` AS `t0` WHERE `t0`.`id` <= ?) AS `sub`;

-- 010 line 20: Item aggregate
SELECT MIN(`on`) AS `_min$on`, MAX(`on`) AS `_max$on` FROM (SELECT `t0`.`on` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 011 line 22: Item aggregate
SELECT MIN(`tier`) AS `_min$tier`, MAX(`tier`) AS `_max$tier` FROM (SELECT `t0`.`tier` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 012 line 24: Item aggregate
SELECT MIN(`at`) AS `_min$at`, MAX(`at`) AS `_max$at` FROM (SELECT `t0`.`at` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 013 line 26: Item aggregate
SELECT COUNT(`meta`) AS `_count$meta`, COUNT(`blob`) AS `_count$blob`, COUNT(`label`) AS `_count$label`, COUNT(*) AS `_count$_all` FROM (SELECT `t0`.`meta`, `t0`.`blob`, `t0`.`label` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 014 line 28: Item aggregate
SELECT COUNT(`n`) AS `_count$n`, COUNT(`meta`) AS `_count$meta`, COUNT(*) AS `_count$_all`, AVG(`n`) AS `_avg$n`, AVG(`big`) AS `_avg$big`, AVG(`fl`) AS `_avg$fl`, AVG(`dec`) AS `_avg$dec`, SUM(`n`) AS `_sum$n`, SUM(`big`) AS `_sum$big`, SUM(`fl`) AS `_sum$fl`, SUM(`dec`) AS `_sum$dec`, MIN(`at`) AS `_min$at`, MIN(`tier`) AS `_min$tier`, MAX(`on`) AS `_max$on`, MAX(`label`) AS `_max$label` FROM (SELECT `t0`.`n`, `t0`.`meta`, `t0`.`big`, `t0`.`fl`, `t0`.`dec`, `t0`.`at`, `t0`.`tier`, `t0`.`on`, `t0`.`label` FROM `Item` AS `t0` WHERE `t0`.`cat` = ?) AS `sub`;

-- 015 line 30: Item aggregate
SELECT SUM(`big`) AS `_sum$big`, SUM(`n`) AS `_sum$n`, AVG(`big`) AS `_avg$big`, AVG(`n`) AS `_avg$n` FROM (SELECT `t0`.`big`, `t0`.`n` FROM `Item` AS `t0` WHERE `t0`.`cat` = ?) AS `sub`;

-- 016 line 32: Item aggregate
SELECT SUM(`dec`) AS `_sum$dec`, AVG(`dec`) AS `_avg$dec`, MIN(`dec`) AS `_min$dec`, MAX(`dec`) AS `_max$dec` FROM (SELECT `t0`.`dec` FROM `Item` AS `t0` WHERE `t0`.`cat` = ?) AS `sub`;

-- 017 line 34: Item aggregate
SELECT SUM(`fl`) AS `_sum$fl`, AVG(`fl`) AS `_avg$fl` FROM (SELECT `t0`.`fl` FROM `Item` AS `t0` WHERE `t0`.`cat` = ?) AS `sub`;

-- 018 line 36: Item aggregate
SELECT SUM(`n`) AS `_sum$n`, MAX(`n`) AS `_max$n`, MIN(`n`) AS `_min$n` FROM (SELECT `t0`.`n` FROM `Item` AS `t0` WHERE 1=1) AS `sub`;

-- 019 line 38: Item aggregate
SELECT AVG(`n`) AS `_avg$n`, AVG(`big`) AS `_avg$big`, AVG(`fl`) AS `_avg$fl`, AVG(`dec`) AS `_avg$dec` FROM (SELECT `t0`.`n`, `t0`.`big`, `t0`.`fl`, `t0`.`dec` FROM `Item` AS `t0` WHERE `t0`.`n` = ?) AS `sub`;

-- 020 line 40: Item groupBy
SELECT `t0`.`tier`, COUNT(`t0`.`n`) AS `_count$n`, COUNT(*) AS `_count$_all`, AVG(`t0`.`n`) AS `_avg$n`, AVG(`t0`.`dec`) AS `_avg$dec`, SUM(`t0`.`big`) AS `_sum$big`, SUM(`t0`.`fl`) AS `_sum$fl`, MIN(`t0`.`at`) AS `_min$at`, MIN(`t0`.`label`) AS `_min$label`, MAX(`t0`.`label`) AS `_max$label`, MAX(`t0`.`on`) AS `_max$on` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`tier` ORDER BY `t0`.`tier` IS NULL DESC, `t0`.`tier` ASC;

-- 021 line 42: Item groupBy
SELECT `t0`.`on`, COUNT(*) AS `_count$_all`, SUM(`t0`.`n`) AS `_sum$n` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`on` ORDER BY `t0`.`on` IS NULL ASC, `t0`.`on` DESC;

-- 022 line 44: Item groupBy
SELECT `t0`.`at`, COUNT(*) AS `_count$_all` FROM `Item` AS `t0` WHERE `t0`.`at` IS NOT NULL GROUP BY `t0`.`at` ORDER BY `t0`.`at` ASC;

-- 023 line 46: Item groupBy
SELECT `t0`.`blob`, COUNT(*) AS `_count$_all` FROM `Item` AS `t0` WHERE `t0`.`blob` IS NOT NULL GROUP BY `t0`.`blob` ORDER BY `t0`.`blob` ASC;

-- 024 line 48: Item groupBy
SELECT `t0`.`big`, COUNT(*) AS `_count$_all`, SUM(`t0`.`big`) AS `_sum$big` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`big` ORDER BY `t0`.`big` DESC;

-- 025 line 49: Item groupBy
SELECT `t0`.`dec`, COUNT(*) AS `_count$_all`, SUM(`t0`.`dec`) AS `_sum$dec` FROM `Item` AS `t0` WHERE `t0`.`dec` IS NOT NULL GROUP BY `t0`.`dec` ORDER BY `t0`.`dec` ASC;

-- 026 line 51: Item groupBy
SELECT `t0`.`fl`, COUNT(*) AS `_count$_all` FROM `Item` AS `t0` WHERE `t0`.`fl` IS NOT NULL GROUP BY `t0`.`fl` ORDER BY `t0`.`fl` ASC;

-- 027 line 53: Item groupBy
SELECT `t0`.`cat`, `t0`.`label`, COUNT(`t0`.`id`) AS `_count$id`, COUNT(`t0`.`cat`) AS `_count$cat`, COUNT(`t0`.`n`) AS `_count$n`, COUNT(`t0`.`big`) AS `_count$big`, COUNT(`t0`.`fl`) AS `_count$fl`, COUNT(`t0`.`dec`) AS `_count$dec`, COUNT(`t0`.`on`) AS `_count$on`, COUNT(`t0`.`at`) AS `_count$at`, COUNT(`t0`.`tier`) AS `_count$tier`, COUNT(`t0`.`blob`) AS `_count$blob`, COUNT(`t0`.`meta`) AS `_count$meta`, COUNT(`t0`.`label`) AS `_count$label`, COUNT(*) AS `_count$_all` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`cat`, `t0`.`label` ORDER BY `t0`.`cat` ASC, `t0`.`label` IS NULL DESC, `t0`.`label` ASC;

-- 028 line 55: Item groupBy
SELECT `t0`.`cat`, COUNT(*) AS `_count$_all` FROM `Item` AS `t0` WHERE 1=1 GROUP BY `t0`.`cat`, `t0`.`n` ORDER BY `t0`.`cat` ASC, `t0`.`n` ASC;

-- 029 line 57: Pair aggregate
SELECT COUNT(`b`) AS `_count$b`, COUNT(*) AS `_count$_all`, SUM(`v`) AS `_sum$v`, SUM(`a`) AS `_sum$a` FROM (SELECT `t0`.`b`, `t0`.`v`, `t0`.`a` FROM `Pair` AS `t0` WHERE 1=1) AS `sub`;

-- 030 line 58: Pair aggregate
SELECT COUNT(*) AS `_count$_all`, MAX(`b`) AS `_max$b` FROM (SELECT `t0`.`a`, `t0`.`b` FROM `Pair` AS `t0` WHERE 1=1 ORDER BY `t0`.`a` ASC, `t0`.`b` ASC LIMIT ?) AS `sub`;

-- 031 line 59: Pair groupBy
SELECT `t0`.`a`, `t0`.`b`, SUM(`t0`.`v`) AS `_sum$v` FROM `Pair` AS `t0` WHERE 1=1 GROUP BY `t0`.`a`, `t0`.`b` ORDER BY `t0`.`a` ASC, `t0`.`b` ASC LIMIT ?;

-- 032 line 60: Pair groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: b

-- 033 line 62: Tag aggregate
SELECT COUNT(*) AS `_count$_all`, MIN(`name`) AS `_min$name`, SUM(`w`) AS `_sum$w` FROM (SELECT `t0`.`name`, `t0`.`w` FROM `Tag` AS `t0` WHERE 1=1 ORDER BY `t0`.`name` ASC LIMIT 18446744073709551615 OFFSET ?) AS `sub`;

-- 034 line 63: Tag groupBy
SELECT `t0`.`name`, AVG(`t0`.`w`) AS `_avg$w` FROM `Tag` AS `t0` WHERE 1=1 GROUP BY `t0`.`name` ORDER BY `t0`.`name` DESC LIMIT ?;

-- 035 line 64: Tag groupBy
error: Input error. Every field used for orderBy must be included in the by-arguments of the query. Missing fields: name

-- 036 line 66: Item createMany
INSERT INTO `Item` (`id`, `cat`, `big`) VALUES (?, ?, ?);

-- 037 line 67: Item aggregate
SELECT SUM(`big`) AS `_sum$big` FROM (SELECT `t0`.`big` FROM `Item` AS `t0` WHERE `t0`.`cat` IN (?,…)) AS `sub`;

-- 038 line 68: Item aggregate
SELECT AVG(`big`) AS `_avg$big` FROM (SELECT `t0`.`big` FROM `Item` AS `t0` WHERE `t0`.`cat` IN (?,…)) AS `sub`;

-- 039 line 69: Item groupBy
SELECT `t0`.`cat`, SUM(`t0`.`big`) AS `_sum$big` FROM `Item` AS `t0` WHERE `t0`.`cat` IN (?,…) GROUP BY `t0`.`cat` ORDER BY `t0`.`cat` ASC;

