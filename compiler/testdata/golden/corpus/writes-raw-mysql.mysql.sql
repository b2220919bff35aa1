-- 000 line 2: Row createMany
INSERT INTO `Row` (`id`, `name`, `n`, `f`, `big`, `dec`, `at`, `ok`, `bin`, `data`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);

-- 001 line 5:  queryRaw
SELECT `id`, `name`, `n`, `f`, `big`, `dec`, `at`, `ok`, `data` FROM `Row` ORDER BY `id`;

-- 002 line 6:  queryRaw
SELECT `id`, `name` FROM `Row` WHERE `id` = ?;

-- 003 line 8:  queryRaw
SELECT 1 AS one, 2.5 AS half, 'txt' AS t, NULL AS nul, COUNT(*) AS c FROM `Row`;

-- 004 line 9:  queryRaw
SELECT SUM(`n`) AS s, MAX(`name`) AS m FROM `Row`;

-- 005 line 11:  queryRaw
SELECT `id` FROM `Row` WHERE `name` = ? OR `n` = ?;

-- 006 line 12:  queryRaw
SELECT ? AS a, ? AS b, ? AS c, ? AS d;

-- 007 line 14:  queryRaw
SELECT `id` FROM `Row` WHERE `big` = ?;

-- 008 line 15:  queryRaw
SELECT `id` FROM `Row` WHERE `at` = ?;

-- 009 line 16:  queryRaw
SELECT `id` FROM `Row` WHERE `dec` = ?;

-- 010 line 17:  queryRaw
SELECT `id` FROM `Row` WHERE `bin` = ?;

-- 011 line 19:  executeRaw
INSERT INTO `Row` (`id`, `name`, `big`, `at`, `dec`, `bin`, `ok`) VALUES (?, ?, ?, ?, ?, ?, ?);

-- 012 line 20:  executeRaw
UPDATE `Row` SET `n` = ? WHERE `id` > ?;

-- 013 line 21:  executeRaw
DELETE FROM `Row` WHERE `id` = ?;

-- 014 line 23: Row findUnique
SELECT `t0`.`id`, `t0`.`name`, `t0`.`n`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`at`, `t0`.`ok`, `t0`.`bin`, `t0`.`data` FROM `Row` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;

-- 015 line 25:  queryRaw
SELEC 1;

-- 016 line 26:  queryRaw
SELECT * FROM nope;

-- 017 line 27:  executeRaw
INSERT INTO `Row` (`id`, `name`) VALUES (?, ?);

-- 018 line 28:  executeRaw
INSERT INTO `Row` (`id`) VALUES (?);

-- 019 line 29:  queryRaw
SELECT ? AS a;

-- 020 line 31:  queryRaw
SELECT ? AS j;

-- 022 line 34:  executeRaw
DELETE FROM `Row`;

-- 023 line 35:  queryRaw
SELECT COUNT(*) AS c FROM `Row`;

