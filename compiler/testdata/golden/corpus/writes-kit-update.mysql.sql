-- 000 line 1: Opt createOne
INSERT INTO `Opt` (`id`) VALUES (?);
SELECT `id`, `optString`, `optInt`, `optFloat`, `optBoolean`, `optDateTime`, `uniq` FROM `Opt` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 2: Opt createOne
INSERT INTO `Opt` (`id`, `optInt`, `optFloat`) VALUES (?, ?, ?);
SELECT `id`, `optString`, `optInt`, `optFloat`, `optBoolean`, `optDateTime`, `uniq` FROM `Opt` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 3: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` + ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 003 line 4: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` + ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 004 line 5: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` - ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 005 line 6: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` - ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 006 line 7: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` * ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 007 line 8: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` * ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 008 line 9: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 009 line 10: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 010 line 11: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 011 line 12: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 012 line 13: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = NULL WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 013 line 14: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = NULL WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 014 line 15: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` + ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 015 line 16: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` + ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 016 line 17: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` - ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 017 line 18: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` - ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 018 line 19: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` * ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 019 line 20: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` * ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 020 line 21: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 021 line 22: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 022 line 23: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 023 line 24: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 024 line 25: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = NULL WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 025 line 26: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = NULL WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 026 line 27: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = ?, `optFloat` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 027 line 28: Opt updateMany
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` + ?), `optFloat` = (`Opt`.`optFloat` * ?) WHERE 1=1;

-- 028 line 29: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optInt` = (`Opt`.`optInt` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 029 line 30: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optFloat` = (`Opt`.`optFloat` / ?) WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 030 line 31: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `optString` = ?, `optBoolean` = ?, `optDateTime` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 031 line 32: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 032 line 33: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`optString` = ?) LIMIT ?;
UPDATE `Opt` SET `optString` = ? WHERE (`Opt`.`id` IN (?,…) AND (`Opt`.`id` = ? AND `Opt`.`optString` = ?));
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 033 line 34: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`optBoolean` = ?) LIMIT ?;
UPDATE `Opt` SET `optString` = ? WHERE (`Opt`.`id` IN (?,…) AND (`Opt`.`id` = ? AND `Opt`.`optBoolean` = ?));
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 034 line 35: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`uniq` = ? LIMIT ?;
UPDATE `Opt` SET `optString` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`uniq` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 035 line 36: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `uniq` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 036 line 37: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Opt` SET `uniq` = ? WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`id` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 037 line 38: Opt updateOne
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`uniq` = ? LIMIT ?;
UPDATE `Opt` SET `uniq` = NULL WHERE (`Opt`.`id` IN (?,…) AND `Opt`.`uniq` = ?);
SELECT `t1`.`id`, `t1`.`optString`, `t1`.`optInt`, `t1`.`optFloat`, `t1`.`optBoolean`, `t1`.`optDateTime`, `t1`.`uniq` FROM `Opt` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 038 line 39: Opt updateMany
SELECT `t0`.`id`, `t0`.`optString`, `t0`.`optInt`, `t0`.`optFloat`, `t0`.`optBoolean`, `t0`.`optDateTime`, `t0`.`uniq` FROM `Opt` AS `t0` WHERE `t0`.`optString` LIKE CONCAT('%', ?, '%');

-- 039 line 40: Opt updateMany
UPDATE `Opt` SET `optBoolean` = ? WHERE (`Opt`.`id`) IN (SELECT `tmp_subselect_table`.* FROM (SELECT `t0`.`id` FROM `Opt` AS `t0` WHERE `t0`.`id` IN (?,…) LIMIT ?) AS `tmp_subselect_table`);

-- 040 line 41: Stamp createOne
INSERT INTO `Stamp` (`id`, `updatedAt_w_default`, `updatedAt_wo_default`, `createdAt`) VALUES (?, ?, ?, ?);
SELECT `id`, `test`, `updatedAt_w_default`, `updatedAt_wo_default`, `createdAt` FROM `Stamp` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 041 line 42: Stamp createOne
INSERT INTO `Stamp` (`id`, `updatedAt_w_default`, `updatedAt_wo_default`, `createdAt`) VALUES (?, ?, ?, ?);
SELECT `id`, `test`, `updatedAt_w_default`, `updatedAt_wo_default`, `createdAt` FROM `Stamp` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 042 line 43: Stamp updateOne
SELECT `t0`.`id`, `t0`.`test`, `t0`.`updatedAt_w_default`, `t0`.`updatedAt_wo_default`, `t0`.`createdAt` FROM `Stamp` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Stamp` SET `test` = ?, `updatedAt_w_default` = ?, `updatedAt_wo_default` = ? WHERE (`Stamp`.`id` IN (?,…) AND `Stamp`.`id` = ?);
SELECT `t1`.`id`, `t1`.`test`, `t1`.`updatedAt_w_default`, `t1`.`updatedAt_wo_default`, `t1`.`createdAt` FROM `Stamp` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 043 line 44: Stamp findMany
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE (`t0`.`updatedAt_w_default` >= `t0`.`createdAt` AND `t0`.`updatedAt_wo_default` >= `t0`.`createdAt` AND `t0`.`updatedAt_wo_default` = `t0`.`updatedAt_w_default`) ORDER BY `t0`.`id` ASC;

-- 044 line 45: Stamp findMany
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE `t0`.`updatedAt_wo_default` IS NULL ORDER BY `t0`.`id` ASC;

-- 045 line 46: Stamp updateOne
SELECT `t0`.`id`, `t0`.`test`, `t0`.`updatedAt_w_default`, `t0`.`updatedAt_wo_default`, `t0`.`createdAt` FROM `Stamp` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Stamp` SET `createdAt` = ?, `updatedAt_w_default` = ?, `updatedAt_wo_default` = ? WHERE (`Stamp`.`id` IN (?,…) AND `Stamp`.`id` = ?);
SELECT `t1`.`id`, `t1`.`test`, `t1`.`updatedAt_w_default`, `t1`.`updatedAt_wo_default`, `t1`.`createdAt` FROM `Stamp` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 046 line 47: Stamp findMany
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`updatedAt_wo_default` > ?);

-- 047 line 48: Stamp updateMany
UPDATE `Stamp` SET `updatedAt_wo_default` = ?, `updatedAt_w_default` = ? WHERE 1=1;

-- 048 line 49: Stamp findMany
SELECT `t0`.`id` FROM `Stamp` AS `t0` WHERE `t0`.`updatedAt_w_default` < ?;

-- 049 line 50: Stamp findMany
SELECT `t0`.`id`, `t0`.`updatedAt_wo_default` FROM `Stamp` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 050 line 51: FloatKey createOne
INSERT INTO `FloatKey` (`id1`, `id2`, `uniq`) VALUES (?, ?, ?);
SELECT `id1`, `id2`, `uniq` FROM `FloatKey` WHERE `id1` = ? AND `id2` = ?;
SELECT `t0`.`id1` FROM `FloatKey` AS `t0` WHERE `t0`.`id1` = ? AND `t0`.`id2` = ? LIMIT ?;

-- 051 line 52: FloatKey updateOne
SELECT `t0`.`id1`, `t0`.`id2`, `t0`.`uniq` FROM `FloatKey` AS `t0` WHERE (`t0`.`id1` = ? AND `t0`.`id2` = ?) LIMIT ?;
UPDATE `FloatKey` SET `id1` = (`FloatKey`.`id1` / ?), `uniq` = (`FloatKey`.`uniq` * ?) WHERE ((`FloatKey`.`id1`, `FloatKey`.`id2`) IN (((?,…),…)) AND (`FloatKey`.`id1` = ? AND `FloatKey`.`id2` = ?));
SELECT `t1`.`id1`, `t1`.`id2`, `t1`.`uniq` FROM `FloatKey` AS `t1` WHERE `t1`.`id1` = (? / ?) AND `t1`.`id2` = ?;

-- 052 line 53: FloatKey updateOne
SELECT `t0`.`id1`, `t0`.`id2`, `t0`.`uniq` FROM `FloatKey` AS `t0` WHERE `t0`.`uniq` = ? LIMIT ?;
UPDATE `FloatKey` SET `id2` = (`FloatKey`.`id2` + ?) WHERE ((`FloatKey`.`id1`, `FloatKey`.`id2`) IN (((?,…),…)) AND `FloatKey`.`uniq` = ?);
SELECT `t1`.`id1`, `t1`.`id2`, `t1`.`uniq` FROM `FloatKey` AS `t1` WHERE `t1`.`id1` = ? AND `t1`.`id2` = (? + ?);

-- 053 line 54: FloatKey upsertOne
SELECT `t0`.`id1`, `t0`.`id2`, `t0`.`uniq` FROM `FloatKey` AS `t0` WHERE (`t0`.`id1` = ? AND `t0`.`id2` = ?);
UPDATE `FloatKey` SET `id1` = (`FloatKey`.`id1` * ?) WHERE ((`FloatKey`.`id1`, `FloatKey`.`id2`) IN (((?,…),…)) AND (`FloatKey`.`id1` = ? AND `FloatKey`.`id2` = ?));
SELECT `t1`.`id1`, `t1`.`id2`, `t1`.`uniq` FROM `FloatKey` AS `t1` WHERE `t1`.`id1` = (? * ?) AND `t1`.`id2` = ?;
INSERT INTO `FloatKey` (`id1`, `id2`, `uniq`) VALUES (?, ?, ?);
SELECT `id1`, `id2`, `uniq` FROM `FloatKey` WHERE `id1` = ? AND `id2` = ?;
SELECT `t2`.`id1`, `t2`.`id2`, `t2`.`uniq` FROM `FloatKey` AS `t2` WHERE `t2`.`id1` = ? AND `t2`.`id2` = ? LIMIT ?;

-- 054 line 55: FloatKey deleteOne
SELECT `t0`.`id1`, `t0`.`id2` FROM `FloatKey` AS `t0` WHERE (`t0`.`id1` = ? AND `t0`.`id2` = ?) ORDER BY `t0`.`id1` ASC, `t0`.`id2` ASC LIMIT ?;
DELETE FROM `FloatKey` WHERE (`FloatKey`.`id1` = ? AND `FloatKey`.`id2` = ?);

-- 055 line 56: Doc createOne
INSERT INTO `Doc` (`id`) VALUES (?);
SELECT `id`, `json` FROM `Doc` WHERE `id` = ?;
SELECT `t0`.`json` FROM `Doc` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 056 line 57: Doc updateOne
SELECT `t0`.`id`, `t0`.`json` FROM `Doc` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Doc` SET `json` = ? WHERE (`Doc`.`id` IN (?,…) AND `Doc`.`id` = ?);
SELECT `t1`.`id`, `t1`.`json` FROM `Doc` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 057 line 58: Doc updateOne
SELECT `t0`.`id`, `t0`.`json` FROM `Doc` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Doc` SET `json` = ? WHERE (`Doc`.`id` IN (?,…) AND `Doc`.`id` = ?);
SELECT `t1`.`id`, `t1`.`json` FROM `Doc` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 058 line 59: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(`t0`.`json`, ?) AND JSON_CONTAINS(?, `t0`.`json`));

-- 059 line 60: Doc updateOne
SELECT `t0`.`id`, `t0`.`json` FROM `Doc` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Doc` SET `json` = NULL WHERE (`Doc`.`id` IN (?,…) AND `Doc`.`id` = ?);
SELECT `t1`.`id`, `t1`.`json` FROM `Doc` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 060 line 61: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE `t0`.`json` IS NULL;

-- 061 line 62: Doc updateOne
error: expected a Json value, got {"$type":"Enum","value":"AnyNull"}

-- 062 line 63: Doc updateOne
SELECT `t0`.`id`, `t0`.`json` FROM `Doc` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `Doc` SET `json` = ? WHERE (`Doc`.`id` IN (?,…) AND `Doc`.`id` = ?);
SELECT `t1`.`id`, `t1`.`json` FROM `Doc` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 063 line 64: Doc updateMany
UPDATE `Doc` SET `json` = ? WHERE `Doc`.`id` = ?;

-- 064 line 65: Doc findMany
SELECT `t0`.`id`, `t0`.`json` FROM `Doc` AS `t0` WHERE 1=1;

