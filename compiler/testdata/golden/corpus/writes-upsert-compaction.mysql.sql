-- 000 line 2: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
UPDATE `User` SET `n` = (`User`.`n` + ?), `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`email` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `name`, `big`, `at`, `n`, `kind`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 001 line 3: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
UPDATE `User` SET `n` = (`User`.`n` + ?), `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`email` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `name`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind`, `t2`.`updated` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 002 line 5: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`email` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `big`, `at`, `kind`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 003 line 7: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`id` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`id`, `email`, `tag`, `n`, `big`, `at`, `kind`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 004 line 8: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `User` SET `name` = ?, `kind` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`id` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`id`, `email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 005 line 9: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`id` = ?;
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`id` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `big`, `at`, `kind`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 006 line 11: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE (`t0`.`tag` = ? AND `t0`.`n` = ?);
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND (`User`.`tag` = ? AND `User`.`n` = ?));
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `big`, `at`, `kind`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 007 line 12: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE (`t0`.`tag` = ? AND `t0`.`n` = ?);
UPDATE `User` SET `email` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND (`User`.`tag` = ? AND `User`.`n` = ?));
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 008 line 14: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
INSERT INTO `User` (`email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 009 line 15: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
INSERT INTO `Post` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Post` WHERE `id` = ?;
INSERT INTO `User` (`email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…);

-- 010 line 16: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ?;
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`email` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`name` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`authorId` FROM `Post` AS `t3` WHERE `t3`.`authorId` IN (?,…);

-- 011 line 18: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE (`t0`.`email` = ? AND `t0`.`name` = ?);
UPDATE `User` SET `name` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND (`User`.`email` = ? AND `User`.`name` = ?));
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `n`, `kind`, `big`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 012 line 20: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`big` = ?;
UPDATE `User` SET `n` = (`User`.`n` * ?), `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`big` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `big`, `n`, `kind`, `at`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 013 line 21: User upsertOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`at` = ?;
UPDATE `User` SET `n` = (`User`.`n` - ?), `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`at` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
INSERT INTO `User` (`email`, `tag`, `at`, `n`, `kind`, `big`, `updated`) VALUES (?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `name`, `n`, `tag`, `kind`, `big`, `at`, `updated` FROM `User` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`email`, `t2`.`name`, `t2`.`n`, `t2`.`tag`, `t2`.`kind` FROM `User` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 014 line 23: User updateOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`email` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`authorId` FROM `Post` AS `t1` WHERE (`t1`.`id` = ? AND `t1`.`authorId` IN (?,…));
UPDATE `Post` SET `title` = ? WHERE (`Post`.`id` IN (?,…) AND `Post`.`id` = ?);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`id` IN (?,…);
INSERT INTO `Post` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Post` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`title`, `t3`.`authorId` FROM `Post` AS `t3` WHERE (`t3`.`id` = ? AND `t3`.`authorId` IN (?,…));
UPDATE `Post` SET `title` = ? WHERE (`Post`.`id` IN (?,…) AND `Post`.`id` = ?);
SELECT `t4`.`id`, `t4`.`title`, `t4`.`authorId` FROM `Post` AS `t4` WHERE `t4`.`id` IN (?,…);
INSERT INTO `Post` (`authorId`, `id`, `title`) VALUES (?, ?, ?);
SELECT `id`, `title`, `authorId` FROM `Post` WHERE `id` = ?;
SELECT `t5`.`id` FROM `User` AS `t5` WHERE `t5`.`id` = ? LIMIT ?;
SELECT `t6`.`id`, `t6`.`title`, `t6`.`authorId` FROM `Post` AS `t6` WHERE `t6`.`authorId` IN (?,…) ORDER BY `t6`.`id` ASC;

-- 032 line 50: User updateOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind`, `t0`.`big`, `t0`.`at`, `t0`.`updated` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `User` SET `email` = ?, `updated` = ? WHERE (`User`.`id` IN (?,…) AND `User`.`id` = ?);
SELECT `t1`.`id`, `t1`.`email`, `t1`.`name`, `t1`.`n`, `t1`.`tag`, `t1`.`kind`, `t1`.`big`, `t1`.`at`, `t1`.`updated` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 036 line 55: User deleteOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`name`, `t0`.`n`, `t0`.`tag`, `t0`.`kind` FROM `User` AS `t0` WHERE `t0`.`email` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `User` WHERE `User`.`email` = ?;

