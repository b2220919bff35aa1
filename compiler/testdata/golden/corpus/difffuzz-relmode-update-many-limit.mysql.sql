-- 000 line 2: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 3: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 4: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 5: Team createOne
INSERT INTO `Team` (`id`, `orgCode`) VALUES (?, ?);
SELECT `id`, `orgCode` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`orgCode` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 6: Team createOne
INSERT INTO `Team` (`id`, `orgCode`) VALUES (?, ?);
SELECT `id`, `orgCode` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`orgCode` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 005 line 7: Team createOne
INSERT INTO `Team` (`id`, `orgCode`) VALUES (?, ?);
SELECT `id`, `orgCode` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`orgCode` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 007 line 13: Org updateMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`id` >= ?;
SELECT `t1`.`id`, `t1`.`orgCode` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…);
UPDATE `Team` SET `orgCode` = ? WHERE `Team`.`id` IN (?,…);
UPDATE `Org` SET `code` = ? WHERE `Org`.`id` IN (?,…);

-- 009 line 19: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 010 line 20: Team createOne
INSERT INTO `Team` (`id`, `orgCode`) VALUES (?, ?);
SELECT `id`, `orgCode` FROM `Team` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`orgCode` FROM `Team` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 011 line 21: Org updateMany
SELECT `t0`.`id` FROM `Org` AS `t0` WHERE 1=1;
UPDATE `Org` SET `name` = ? WHERE `Org`.`id` IN (?,…);

-- 012 line 22: Org updateMany
SELECT `t0`.`id` FROM `Org` AS `t0` WHERE `t0`.`name` IS NULL;
UPDATE `Org` SET `name` = ? WHERE `Org`.`id` IN (?,…);

-- 013 line 25: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 014 line 26: Org createOne
INSERT INTO `Org` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `name` FROM `Org` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code`, `t0`.`name` FROM `Org` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 015 line 27: Org deleteMany
SELECT `t0`.`id`, `t0`.`code` FROM `Org` AS `t0` WHERE `t0`.`code` LIKE CONCAT(?, '%');
SELECT `t1`.`id`, `t1`.`orgCode` FROM `Team` AS `t1` WHERE `t1`.`orgCode` IN (?,…);
DELETE FROM `Team` WHERE `Team`.`id` IN (?,…);
DELETE FROM `Org` WHERE `Org`.`id` IN (?,…);

-- 016 line 30: Club createOne
INSERT INTO `Club` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 017 line 31: Club createOne
INSERT INTO `Club` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code` FROM `Club` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code` FROM `Club` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 018 line 32: Club updateMany
SELECT `t0`.`id`, `t0`.`code` FROM `Club` AS `t0` WHERE 1=1;
SELECT `t1`.`id`, `t1`.`clubCode` FROM `Member` AS `t1` WHERE `t1`.`clubCode` IN (?,…);
UPDATE `Member` SET `clubCode` = ? WHERE `Member`.`id` IN (?,…);
UPDATE `Club` SET `code` = ? WHERE `Club`.`id` IN (?,…);

-- 019 line 33: Club deleteMany
SELECT `t0`.`id`, `t0`.`code` FROM `Club` AS `t0` WHERE 1=1;
SELECT `t1`.`id`, `t1`.`clubCode` FROM `Member` AS `t1` WHERE `t1`.`clubCode` IN (?,…);
DELETE FROM `Member` WHERE `Member`.`id` IN (?,…);
DELETE FROM `Club` WHERE `Club`.`id` IN (?,…);

