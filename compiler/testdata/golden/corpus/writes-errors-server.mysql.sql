-- 000 line 1: Box createOne
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`code` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 2: Box createOne
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 3: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `code` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 003 line 4: Box updateMany
UPDATE `Box` SET `code` = ? WHERE 1=1;

-- 004 line 5: Box upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Box` SET `code` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Box` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 005 line 6: Box upsertOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `Box` SET `code` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
SELECT `t2`.`id` FROM `Box` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 006 line 7: Box createOne
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
INSERT INTO `Item` (`id`, `label`, `boxId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t0`.`id` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 007 line 8: Box createOne
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
INSERT INTO `Item` (`boxId`, `id`, `label`) VALUES (?, ?, ?);
SELECT `id`, `label`, `boxId` FROM `Item` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 008 line 9: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `Item` (`boxId`, `id`, `label`) VALUES (?, ?, ?);
SELECT `id`, `label`, `boxId` FROM `Item` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Box` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 009 line 10: Box createMany
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?), (?, ?);

-- 010 line 11: Item createOne
INSERT INTO `Box` (`id`, `code`) VALUES (?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
INSERT INTO `Item` (`boxId`, `id`, `label`) VALUES (?, ?, ?);
SELECT `id`, `label`, `boxId` FROM `Item` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Item` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 011 line 12: Box createOne
INSERT INTO `Box` (`id`, `code`, `small`) VALUES (?, ?, ?);
SELECT `id`, `code`, `small`, `price` FROM `Box` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 012 line 13: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `small` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 013 line 14: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `small` = (`Box`.`small` + ?) WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 014 line 15: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `small` = (`Box`.`small` * ?) WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 015 line 16: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `price` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 016 line 17: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `price` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 017 line 18: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `price` = (`Box`.`price` * ?) WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 018 line 19: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `price` = (`Box`.`price` + ?) WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 019 line 20: Item createOne
INSERT INTO `Item` (`id`, `label`, `boxId`) VALUES (?, ?, ?);
SELECT `id`, `label`, `boxId` FROM `Item` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Item` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 020 line 21: Item createOne
INSERT INTO `Item` (`id`, `label`, `boxId`) VALUES (?, ?, ?);
SELECT `id`, `label`, `boxId` FROM `Item` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`boxId` FROM `Item` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 021 line 22: Box updateOne
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Box` SET `id` = ? WHERE (`Box`.`id` IN (?,…) AND `Box`.`id` = ?);
SELECT `t1`.`id`, `t1`.`code`, `t1`.`small`, `t1`.`price` FROM `Box` AS `t1` WHERE `t1`.`id` = ?;

-- 022 line 23: Item updateOne
SELECT `t0`.`id`, `t0`.`label`, `t0`.`boxId` FROM `Item` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Item` SET `boxId` = ? WHERE (`Item`.`id` IN (?,…) AND `Item`.`id` = ?);
SELECT `t1`.`id`, `t1`.`label`, `t1`.`boxId` FROM `Item` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 023 line 24: Box deleteOne
SELECT `t0`.`id` FROM `Box` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `Box` WHERE `Box`.`id` = ?;

-- 024 line 25: Item findMany
SELECT `t0`.`id`, `t0`.`boxId` FROM `Item` AS `t0` WHERE 1=1;

-- 025 line 26: Box findMany
SELECT `t0`.`id`, `t0`.`code`, `t0`.`small`, `t0`.`price` FROM `Box` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`label`, `t1`.`boxId` FROM `Item` AS `t1` WHERE `t1`.`boxId` IN (?,…);

