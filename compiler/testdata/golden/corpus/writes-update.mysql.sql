-- 000 line 2: Account createMany
INSERT INTO `Account` (`id`, `handle`, `name`, `n`, `on`, `f`, `big`, `dec`, `mood`, `active`, `version`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 001 line 4: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `name` = ?, `mood` = ?, `active` = ?, `seenAt` = ?, `data` = ?, `bin` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 002 line 5: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`handle` = ? LIMIT ?;
UPDATE `Account` SET `name` = ?, `on` = NULL, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`handle` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 003 line 7: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `name` = NULL, `seenAt` = NULL, `data` = NULL, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 004 line 8: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `data` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 005 line 10: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = (`Account`.`n` + ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 006 line 11: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = (`Account`.`n` - ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 007 line 12: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = (`Account`.`n` * ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 008 line 13: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = (`Account`.`n` / ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 009 line 14: Account updateOne
error: expected a Int value, got {"increment":{"$type":"Param","value":1},"decrement":{"$type":"Param","value":1}}

-- 010 line 16: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `on` = (`Account`.`on` + ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 011 line 17: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `f` = (`Account`.`f` + ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 012 line 18: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `f` = (`Account`.`f` / ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 013 line 19: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `big` = (`Account`.`big` + ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 014 line 20: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `big` = (`Account`.`big` * ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 015 line 21: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `dec` = (`Account`.`dec` - ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 016 line 22: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `dec` = (`Account`.`dec` * ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 017 line 24: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = (`Account`.`n` / ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 018 line 25: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `f` = (`Account`.`f` / ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 019 line 27: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`version` = ?) LIMIT ?;
UPDATE `Account` SET `version` = (`Account`.`version` + ?), `name` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND (`Account`.`id` = ? AND `Account`.`version` = ?));
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 020 line 28: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`version` = ?) LIMIT ?;
UPDATE `Account` SET `version` = (`Account`.`version` + ?), `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND (`Account`.`id` = ? AND `Account`.`version` = ?));
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 021 line 30: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `name` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 022 line 32: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `handle` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 023 line 34: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `id` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` = ?;

-- 024 line 36: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 025 line 38: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `n` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 026 line 39: Account updateOne
error: Unknown field `color` in update data of `Account`

-- 027 line 40: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Account` SET `handle` = NULL, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`id` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 028 line 41: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE 1=1 LIMIT ?;
UPDATE `Account` SET `name` = ?, `updatedAt` = ? WHERE `Account`.`id` IN (?,…);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 029 line 42: Account updateOne
SELECT `t0`.`id`, `t0`.`handle`, `t0`.`name`, `t0`.`n`, `t0`.`on`, `t0`.`f`, `t0`.`big`, `t0`.`dec`, `t0`.`mood`, `t0`.`active`, `t0`.`seenAt`, `t0`.`data`, `t0`.`bin`, `t0`.`version`, `t0`.`updatedAt` FROM `Account` AS `t0` WHERE `t0`.`name` = ? LIMIT ?;
UPDATE `Account` SET `name` = ?, `updatedAt` = ? WHERE (`Account`.`id` IN (?,…) AND `Account`.`name` = ?);
SELECT `t1`.`id`, `t1`.`handle`, `t1`.`name`, `t1`.`n`, `t1`.`on`, `t1`.`f`, `t1`.`big`, `t1`.`dec`, `t1`.`mood`, `t1`.`active`, `t1`.`seenAt`, `t1`.`data`, `t1`.`bin`, `t1`.`version`, `t1`.`updatedAt` FROM `Account` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 030 line 44: Account updateMany
UPDATE `Account` SET `active` = ?, `n` = (`Account`.`n` + ?), `updatedAt` = ? WHERE `Account`.`n` < ?;

-- 031 line 45: Account updateMany
UPDATE `Account` SET `name` = ?, `updatedAt` = ? WHERE `Account`.`handle` = ?;

-- 032 line 46: Account updateMany
UPDATE `Account` SET `version` = (`Account`.`version` + ?), `updatedAt` = ? WHERE 1=1;

-- 033 line 48: Account updateMany
UPDATE `Account` SET `mood` = ?, `updatedAt` = ? WHERE (`Account`.`id`) IN (SELECT `tmp_subselect_table`.* FROM (SELECT `t0`.`id` FROM `Account` AS `t0` WHERE `t0`.`active` = ? LIMIT ?) AS `tmp_subselect_table`);

-- 034 line 50: Account updateMany
UPDATE `Account` SET `handle` = ?, `updatedAt` = ? WHERE `Account`.`id` IN (?,…);

-- 035 line 52: Account updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Account' does not match any query.

-- 036 line 53: Account updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Account' does not match any query.

-- 037 line 54: Account updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Account' does not match any query.

-- 038 line 55: Account updateManyAndReturn
error: Operation 'updateManyAndReturn' for model 'Account' does not match any query.

