-- 000 line 1: MA createOne
INSERT INTO `MA` (`id`) VALUES (?);
SELECT `id` FROM `MA` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `MA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `j`.`A` FROM `MB` AS `t2` INNER JOIN `_MAToMB` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 001 line 2: MA createOne
INSERT INTO `MA` (`id`) VALUES (?);
SELECT `id` FROM `MA` WHERE `id` = ?;
SELECT `t0`.`id` FROM `MB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `MA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `j`.`A` FROM `MB` AS `t2` INNER JOIN `_MAToMB` AS `j` ON `j`.`B` = `t2`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 002 line 3: MA updateOne
SELECT `t0`.`id` FROM `MA` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `MB` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `MB` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id` FROM `MA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `j`.`A` FROM `MB` AS `t4` INNER JOIN `_MAToMB` AS `j` ON `j`.`B` = `t4`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 003 line 4: MA updateOne
SELECT `t0`.`id` FROM `MA` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `MB` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `MB` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
INSERT INTO `MB` (`id`) VALUES (?);
SELECT `id` FROM `MB` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`A`, `B`) VALUES ((?,…),…);
SELECT `t3`.`id` FROM `MA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `j`.`A` FROM `MB` AS `t4` INNER JOIN `_MAToMB` AS `j` ON `j`.`B` = `t4`.`id` WHERE `j`.`A` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 004 line 5: MB updateOne
SELECT `t0`.`id` FROM `MB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id` FROM `MA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
INSERT IGNORE INTO `_MAToMB` (`B`, `A`) VALUES ((?,…),…);
INSERT INTO `MA` (`id`) VALUES (?);
SELECT `id` FROM `MA` WHERE `id` = ?;
INSERT IGNORE INTO `_MAToMB` (`B`, `A`) VALUES ((?,…),…);
SELECT `t2`.`id` FROM `MB` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `j`.`B` FROM `MA` AS `t3` INNER JOIN `_MAToMB` AS `j` ON `j`.`A` = `t3`.`id` WHERE `j`.`B` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 005 line 6: RA createOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
INSERT INTO `RA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `RB` AS `t2` WHERE `t2`.`b_u` IN (?,…);

-- 006 line 7: RA createOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
INSERT INTO `RA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `RB` AS `t2` WHERE `t2`.`b_u` IN (?,…);

-- 007 line 8: RB updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE `RA`.`id` = ?;
INSERT INTO `RA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RA` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `RA` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE `RA`.`id` = ?;
INSERT INTO `RA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RA` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`b_u` FROM `RB` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`b_u` FROM `RA` AS `t4` WHERE `t4`.`b_u` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 008 line 9: RB createOne
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`b_u` FROM `RA` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE `RA`.`id` = ?;
INSERT INTO `RA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RB` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `RA` AS `t2` WHERE `t2`.`b_u` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 009 line 10: RA findUnique
SELECT `t0`.`b_u` FROM `RA` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`b_u` FROM `RB` AS `t1` WHERE `t1`.`b_u` IN (?,…);

-- 010 line 11: RA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE (`RA`.`id` IN (?,…) AND `RA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `RA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `RA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`b_u` FROM `RB` AS `t4` WHERE `t4`.`b_u` IN (?,…);

-- 011 line 12: RB updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
UPDATE `RB` SET `b_u` = ? WHERE (`RB`.`id` IN (?,…) AND `RB`.`b_u` = ?);
SELECT `t1`.`id`, `t1`.`b_u` FROM `RB` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`b_u` FROM `RB` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`b_u` FROM `RA` AS `t3` WHERE `t3`.`b_u` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 012 line 13: RA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE (`RA`.`id` IN (?,…) AND `RA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `RA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `RA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 013 line 14: RA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `RB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `RB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `RB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `RA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `RA` SET `b_u` = ? WHERE (`RA`.`id` IN (?,…) AND `RA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `RA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `RA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 014 line 15: OA createOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
INSERT INTO `OA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `OB` AS `t2` WHERE `t2`.`b_u` IN (?,…);

-- 015 line 16: OA createOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
INSERT INTO `OA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `OB` AS `t2` WHERE `t2`.`b_u` IN (?,…);

-- 016 line 17: OB updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE `OA`.`id` = ?;
INSERT INTO `OA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OA` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `OA` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE `OA`.`id` = ?;
INSERT INTO `OA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OA` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`b_u` FROM `OB` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`b_u` FROM `OA` AS `t4` WHERE `t4`.`b_u` IN (?,…) ORDER BY `t4`.`id` ASC;

-- 017 line 18: OB createOne
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`b_u` FROM `OA` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE `OA`.`id` = ?;
INSERT INTO `OA` (`b_u`, `id`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OA` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OB` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`b_u` FROM `OA` AS `t2` WHERE `t2`.`b_u` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 018 line 19: OA findUnique
SELECT `t0`.`b_u` FROM `OA` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`b_u` FROM `OB` AS `t1` WHERE `t1`.`b_u` IN (?,…);

-- 019 line 20: OA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE (`OA`.`id` IN (?,…) AND `OA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `OA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `OA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
SELECT `t4`.`id`, `t4`.`b_u` FROM `OB` AS `t4` WHERE `t4`.`b_u` IN (?,…);

-- 020 line 21: OB updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`b_u` = ? LIMIT ?;
UPDATE `OB` SET `b_u` = ? WHERE (`OB`.`id` IN (?,…) AND `OB`.`b_u` = ?);
SELECT `t1`.`id`, `t1`.`b_u` FROM `OB` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`b_u` FROM `OB` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`id`, `t3`.`b_u` FROM `OA` AS `t3` WHERE `t3`.`b_u` IN (?,…) ORDER BY `t3`.`id` ASC;

-- 021 line 22: OA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE (`OA`.`id` IN (?,…) AND `OA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `OA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `OA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 022 line 23: OA updateOne
SELECT `t0`.`id`, `t0`.`b_u` FROM `OB` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
INSERT INTO `OB` (`id`, `b_u`) VALUES (?, ?);
SELECT `id`, `b_u` FROM `OB` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`b_u` FROM `OA` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
UPDATE `OA` SET `b_u` = ? WHERE (`OA`.`id` IN (?,…) AND `OA`.`id` = ?);
SELECT `t2`.`id`, `t2`.`b_u` FROM `OA` AS `t2` WHERE `t2`.`id` IN (?,…);
SELECT `t3`.`id`, `t3`.`b_u` FROM `OA` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;

-- 023 line 24: A2B upsertOne
SELECT `t0`.`a_id`, `t0`.`b_id`, `t0`.`fieldAB` FROM `_A2B` AS `t0` WHERE (`t0`.`a_id` = ? AND `t0`.`b_id` = ?);
UPDATE `_A2B` SET `fieldAB` = ? WHERE ((`_A2B`.`a_id`, `_A2B`.`b_id`) IN (((?,…),…)) AND (`_A2B`.`a_id` = ? AND `_A2B`.`b_id` = ?));
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE (`t1`.`a_id`, `t1`.`b_id`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`fieldB` FROM `B` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `B` (`id`, `fieldB`) VALUES (?, ?);
SELECT `id`, `fieldB` FROM `B` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`fieldA` FROM `A` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
INSERT INTO `A` (`id`, `fieldA`) VALUES (?, ?);
SELECT `id`, `fieldA` FROM `A` WHERE `id` = ?;
INSERT INTO `_A2B` (`a_id`, `b_id`, `fieldAB`) VALUES (?, ?, ?);
SELECT `a_id`, `b_id`, `fieldAB` FROM `_A2B` WHERE `a_id` = ? AND `b_id` = ?;
SELECT `t4`.`fieldAB` FROM `_A2B` AS `t4` WHERE `t4`.`a_id` = ? AND `t4`.`b_id` = ? LIMIT ?;

-- 024 line 25: A2B upsertOne
SELECT `t0`.`a_id`, `t0`.`b_id`, `t0`.`fieldAB` FROM `_A2B` AS `t0` WHERE (`t0`.`a_id` = ? AND `t0`.`b_id` = ?);
UPDATE `_A2B` SET `fieldAB` = (`_A2B`.`fieldAB` + ?) WHERE ((`_A2B`.`a_id`, `_A2B`.`b_id`) IN (((?,…),…)) AND (`_A2B`.`a_id` = ? AND `_A2B`.`b_id` = ?));
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE (`t1`.`a_id`, `t1`.`b_id`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`fieldB` FROM `B` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `B` (`id`, `fieldB`) VALUES (?, ?);
SELECT `id`, `fieldB` FROM `B` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`fieldA` FROM `A` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
INSERT INTO `A` (`id`, `fieldA`) VALUES (?, ?);
SELECT `id`, `fieldA` FROM `A` WHERE `id` = ?;
INSERT INTO `_A2B` (`a_id`, `b_id`, `fieldAB`) VALUES (?, ?, ?);
SELECT `a_id`, `b_id`, `fieldAB` FROM `_A2B` WHERE `a_id` = ? AND `b_id` = ?;
SELECT `t4`.`fieldAB` FROM `_A2B` AS `t4` WHERE `t4`.`a_id` = ? AND `t4`.`b_id` = ? LIMIT ?;

-- 025 line 26: A2B upsertOne
SELECT `t0`.`a_id`, `t0`.`b_id`, `t0`.`fieldAB` FROM `_A2B` AS `t0` WHERE (`t0`.`a_id` = ? AND `t0`.`b_id` = ?);
UPDATE `_A2B` SET `fieldAB` = ? WHERE ((`_A2B`.`a_id`, `_A2B`.`b_id`) IN (((?,…),…)) AND (`_A2B`.`a_id` = ? AND `_A2B`.`b_id` = ?));
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE (`t1`.`a_id`, `t1`.`b_id`) IN (((?,…),…));
SELECT `t2`.`id`, `t2`.`fieldB` FROM `B` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
INSERT INTO `B` (`id`, `fieldB`) VALUES (?, ?);
SELECT `id`, `fieldB` FROM `B` WHERE `id` = ?;
SELECT `t3`.`id`, `t3`.`fieldA` FROM `A` AS `t3` WHERE `t3`.`id` = ? LIMIT ?;
INSERT INTO `A` (`id`, `fieldA`) VALUES (?, ?);
SELECT `id`, `fieldA` FROM `A` WHERE `id` = ?;
INSERT INTO `_A2B` (`a_id`, `b_id`, `fieldAB`) VALUES (?, ?, ?);
SELECT `a_id`, `b_id`, `fieldAB` FROM `_A2B` WHERE `a_id` = ? AND `b_id` = ?;
SELECT `t4`.`fieldAB`, `t4`.`a_id`, `t4`.`b_id` FROM `_A2B` AS `t4` WHERE `t4`.`a_id` = ? AND `t4`.`b_id` = ? LIMIT ?;
SELECT `t5`.`id`, `t5`.`fieldA` FROM `A` AS `t5` WHERE `t5`.`id` IN (?,…);
SELECT `t6`.`id`, `t6`.`fieldB` FROM `B` AS `t6` WHERE `t6`.`id` IN (?,…);

-- 026 line 27: A2B createOne
SELECT `t0`.`id`, `t0`.`fieldB` FROM `B` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `A` (`id`, `fieldA`) VALUES (?, ?);
SELECT `id`, `fieldA` FROM `A` WHERE `id` = ?;
INSERT INTO `_A2B` (`a_id`, `b_id`, `fieldAB`) VALUES (?, ?, ?);
SELECT `a_id`, `b_id`, `fieldAB` FROM `_A2B` WHERE `a_id` = ? AND `b_id` = ?;
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE `t1`.`a_id` = ? AND `t1`.`b_id` = ? LIMIT ?;

-- 027 line 28: A updateOne
SELECT `t0`.`id`, `t0`.`fieldA` FROM `A` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE ((`t1`.`a_id` = ? AND `t1`.`b_id` = ?) AND `t1`.`a_id` IN (?,…));
UPDATE `_A2B` SET `fieldAB` = ? WHERE ((`_A2B`.`a_id`, `_A2B`.`b_id`) IN (((?,…),…)) AND (`_A2B`.`a_id` = ? AND `_A2B`.`b_id` = ?));
SELECT `t2`.`a_id`, `t2`.`b_id`, `t2`.`fieldAB` FROM `_A2B` AS `t2` WHERE (`t2`.`a_id`, `t2`.`b_id`) IN (((?,…),…));
SELECT `t3`.`id`, `t3`.`fieldB` FROM `B` AS `t3` WHERE (`t3`.`id` = ?) LIMIT ?;
INSERT INTO `_A2B` (`a_id`, `b_id`, `fieldAB`) VALUES (?, ?, ?);
SELECT `a_id`, `b_id`, `fieldAB` FROM `_A2B` WHERE `a_id` = ? AND `b_id` = ?;
SELECT `t4`.`id` FROM `A` AS `t4` WHERE `t4`.`id` = ? LIMIT ?;
SELECT `t5`.`b_id`, `t5`.`fieldAB`, `t5`.`a_id` FROM `_A2B` AS `t5` WHERE `t5`.`a_id` IN (?,…) ORDER BY `t5`.`b_id` ASC;

-- 028 line 29: B deleteOne
SELECT `t0`.`id` FROM `B` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `B` WHERE `B`.`id` = ?;

-- 029 line 30: A updateOne
SELECT `t0`.`id`, `t0`.`fieldA` FROM `A` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`a_id`, `t1`.`b_id`, `t1`.`fieldAB` FROM `_A2B` AS `t1` WHERE `t1`.`a_id` IN (?,…);
DELETE FROM `_A2B` WHERE (`_A2B`.`a_id`, `_A2B`.`b_id`) IN (((?,…),…));
SELECT `t2`.`id` FROM `A` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`b_id`, `t3`.`a_id` FROM `_A2B` AS `t3` WHERE `t3`.`a_id` IN (?,…);

-- 030 line 31: B deleteOne
SELECT `t0`.`id` FROM `B` AS `t0` WHERE `t0`.`id` = ? ORDER BY `t0`.`id` ASC LIMIT ?;
DELETE FROM `B` WHERE `B`.`id` = ?;

