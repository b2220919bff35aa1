-- 000 line 2: Country createOne
INSERT INTO `Country` (`code`, `name`) VALUES (?, ?);
SELECT `code`, `name` FROM `Country` WHERE `code` = ?;
INSERT INTO `City` (`countryCode`, `name`, `population`, `mayor_name`) VALUES (?, ?, ?, ?), (?, ?, ?, DEFAULT);
SELECT `t0`.`code` FROM `Country` AS `t0` WHERE `t0`.`code` = ? LIMIT ?;
SELECT `t1`.`countryCode`, `t1`.`name`, `t1`.`population`, `t1`.`mayor_name` FROM `City` AS `t1` WHERE `t1`.`countryCode` IN (?,…) ORDER BY `t1`.`name` ASC;

-- 001 line 3: Country createOne
INSERT INTO `Country` (`code`, `name`) VALUES (?, ?);
SELECT `code`, `name` FROM `Country` WHERE `code` = ?;
INSERT INTO `City` (`countryCode`, `name`, `population`, `mayor_name`) VALUES (?, ?, ?, ?);
SELECT `countryCode`, `name`, `population`, `mayor_name` FROM `City` WHERE `countryCode` = ? AND `name` = ?;
SELECT `t0`.`code` FROM `Country` AS `t0` WHERE `t0`.`code` = ? LIMIT ?;

-- 002 line 4: District createOne
SELECT `t0`.`countryCode`, `t0`.`name`, `t0`.`population`, `t0`.`mayor_name` FROM `City` AS `t0` WHERE ((`t0`.`countryCode` = ? AND `t0`.`name` = ?)) LIMIT ?;
INSERT INTO `District` (`cityCountry`, `cityName`, `id`, `label`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`label`, `t1`.`cityCountry`, `t1`.`cityName` FROM `District` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`name`, `t2`.`mayor_name`, `t2`.`countryCode` FROM `City` AS `t2` WHERE `t2`.`countryCode` IN (?,…) AND `t2`.`name` IN (?,…);

-- 003 line 5: District createOne
INSERT INTO `District` (`id`, `label`, `cityCountry`, `cityName`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`label`, `t0`.`cityCountry`, `t0`.`cityName` FROM `District` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 6: City createOne
SELECT `t0`.`code`, `t0`.`name` FROM `Country` AS `t0` WHERE (`t0`.`code` = ?) LIMIT ?;
INSERT INTO `City` (`countryCode`, `name`, `population`) VALUES (?, ?, ?);
SELECT `countryCode`, `name`, `population`, `mayor_name` FROM `City` WHERE `countryCode` = ? AND `name` = ?;
INSERT INTO `District` (`id`, `label`, `cityCountry`, `cityName`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);
SELECT `t1`.`countryCode`, `t1`.`name`, `t1`.`population`, `t1`.`mayor_name` FROM `City` AS `t1` WHERE `t1`.`countryCode` = ? AND `t1`.`name` = ? LIMIT ?;
SELECT `t2`.`id`, `t2`.`cityCountry`, `t2`.`cityName` FROM `District` AS `t2` WHERE `t2`.`cityCountry` IN (?,…) AND `t2`.`cityName` IN (?,…) ORDER BY `t2`.`id` ASC;

-- 005 line 7: Pair createMany
INSERT INTO `Pair` (`left`, `right`, `note`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 006 line 9: City findUnique
SELECT `t0`.`countryCode`, `t0`.`name`, `t0`.`population`, `t0`.`mayor_name` FROM `City` AS `t0` WHERE ((`t0`.`countryCode` = ? AND `t0`.`name` = ?) AND 1=1) LIMIT ?;

-- 007 line 10: Pair findUnique
SELECT `t0`.`left`, `t0`.`right`, `t0`.`note` FROM `Pair` AS `t0` WHERE ((`t0`.`left` = ? AND `t0`.`right` = ?) AND 1=1) LIMIT ?;

-- 008 line 11: City findUnique
SELECT `t0`.`countryCode`, `t0`.`name` FROM `City` AS `t0` WHERE ((`t0`.`population` = ? AND `t0`.`mayor_name` = ?) AND 1=1) LIMIT ?;

-- 009 line 12: District findUnique
SELECT `t0`.`id` FROM `District` AS `t0` WHERE ((`t0`.`cityCountry` = ? AND `t0`.`cityName` = ? AND `t0`.`label` = ?) AND 1=1) LIMIT ?;

-- 010 line 14: City findUnique
SELECT `t0`.`name` FROM `City` AS `t0` WHERE ((`t0`.`population` = ? AND `t0`.`mayor_name` IS NULL) AND 1=1) LIMIT ?;

-- 011 line 16: City findUnique
SELECT `t0`.`name` FROM `City` AS `t0` WHERE ((`t0`.`countryCode` = ? AND `t0`.`name` IS NULL) AND 1=1) LIMIT ?;

-- 012 line 17: City findUnique
SELECT `t0`.`name` FROM `City` AS `t0` WHERE (1=1 AND (`t0`.`countryCode` = ? AND `t0`.`name` = ?)) LIMIT ?;

-- 013 line 19: Pair findUniqueOrThrow
SELECT `t0`.`left`, `t0`.`right`, `t0`.`note` FROM `Pair` AS `t0` WHERE ((`t0`.`left` = ? AND `t0`.`right` = ?) AND 1=1) LIMIT ?;

-- 014 line 21: City findUnique
SELECT `t0`.`name` FROM `City` AS `t0` WHERE ((`t0`.`countryCode` = ? AND `t0`.`name` = ?) AND `t0`.`population` > ?) LIMIT ?;

-- 015 line 23: City findMany
SELECT `t0`.`countryCode`, `t0`.`name` FROM `City` AS `t0` WHERE EXISTS(SELECT `t2`.`cityCountry` FROM `District` AS `t2` WHERE (`t2`.`label` LIKE CONCAT(?, '%') AND (`t2`.`cityCountry`, `t2`.`cityName`) = (`t0`.`countryCode`, `t0`.`name`) AND `t2`.`cityCountry` IS NOT NULL AND `t2`.`cityName` IS NOT NULL)) ORDER BY `t0`.`countryCode` ASC, `t0`.`name` ASC;
SELECT `t1`.`label`, `t1`.`cityCountry`, `t1`.`cityName` FROM `District` AS `t1` WHERE `t1`.`cityCountry` IN (?,…) AND `t1`.`cityName` IN (?,…) ORDER BY `t1`.`label` ASC;

-- 016 line 24: District findMany
SELECT `t0`.`id`, `t0`.`cityCountry`, `t0`.`cityName` FROM `District` AS `t0` LEFT JOIN `City` AS `j0` ON (`j0`.`countryCode`, `j0`.`name`) = (`t0`.`cityCountry`, `t0`.`cityName`) LEFT JOIN `Country` AS `j1` ON (`j1`.`code`) = (`j0`.`countryCode`) WHERE ((`j1`.`name` = ? AND (`j1`.`code` IS NOT NULL)) AND (`j0`.`countryCode` IS NOT NULL)) ORDER BY `t0`.`id` ASC;
SELECT `t1`.`countryCode`, `t1`.`name`, `t1`.`population` FROM `City` AS `t1` WHERE `t1`.`countryCode` IN (?,…) AND `t1`.`name` IN (?,…);

-- 017 line 25: Country findMany
SELECT `t0`.`code`, (SELECT COUNT(*) FROM `City` AS `t3` WHERE `t3`.`countryCode` = `t0`.`code`) FROM `Country` AS `t0` WHERE 1=1 ORDER BY `t0`.`code` ASC;
SELECT `t1`.`name`, (SELECT COUNT(*) FROM `District` AS `t2` WHERE `t2`.`cityCountry` = `t1`.`countryCode` AND `t2`.`cityName` = `t1`.`name`), `t1`.`countryCode` FROM `City` AS `t1` WHERE `t1`.`countryCode` IN (?,…) ORDER BY `t1`.`population` DESC;

-- 018 line 27: Pair findMany
SELECT `t0`.`left`, `t0`.`right` FROM `Pair` AS `t0` WHERE 1=1 ORDER BY `t0`.`left` DESC, `t0`.`right` ASC;

-- 019 line 28: Pair findMany
SELECT `t0`.`note`, `t0`.`left`, `t0`.`right` FROM `Pair` AS `t0` WHERE (((`t0`.`left` = (SELECT `t0`.`left` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?) AND `t0`.`right` >= (SELECT `t0`.`right` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?)) OR (`t0`.`left` > (SELECT `t0`.`left` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?)))) ORDER BY `t0`.`left` ASC, `t0`.`right` ASC;

-- 020 line 29: Pair findMany
SELECT `t0`.`note`, `t0`.`left`, `t0`.`right` FROM `Pair` AS `t0` WHERE (((`t0`.`left` = (SELECT `t0`.`left` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?) AND `t0`.`right` <= (SELECT `t0`.`right` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?)) OR (`t0`.`left` < (SELECT `t0`.`left` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ?)))) ORDER BY `t0`.`left` DESC, `t0`.`right` DESC;

-- 021 line 30: City findMany
SELECT `t0`.`name`, `t0`.`population`, `t0`.`countryCode` FROM `City` AS `t0` WHERE (`t0`.`population` >= (SELECT `t0`.`population` FROM `City` AS `t0` WHERE `t0`.`countryCode` = ? AND `t0`.`name` = ?)) ORDER BY `t0`.`population` ASC;

-- 022 line 32: Pair findMany
SELECT `t0`.`note` FROM `Pair` AS `t0` WHERE (`t0`.`left` = ? AND `t0`.`right` > ?);

-- 023 line 33: Pair findMany
SELECT `t0`.`note` FROM `Pair` AS `t0` WHERE ((`t0`.`left` = ? AND `t0`.`right` = ?) OR (`t0`.`left` = ? AND `t0`.`right` = ?)) ORDER BY `t0`.`note` DESC;

-- 024 line 35: Pair createOne
INSERT INTO `Pair` (`left`, `right`, `note`) VALUES (?, ?, ?);
SELECT `left`, `right`, `note` FROM `Pair` WHERE `left` = ? AND `right` = ?;
SELECT `t0`.`left`, `t0`.`right`, `t0`.`note` FROM `Pair` AS `t0` WHERE `t0`.`left` = ? AND `t0`.`right` = ? LIMIT ?;

-- 025 line 37: District createOne
SELECT `t0`.`countryCode`, `t0`.`name`, `t0`.`population`, `t0`.`mayor_name` FROM `City` AS `t0` WHERE ((`t0`.`countryCode` = ? AND `t0`.`name` = ?)) LIMIT ?;
INSERT INTO `District` (`cityCountry`, `cityName`, `id`, `label`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t1`.`id` FROM `District` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 026 line 38: District createOne
INSERT INTO `District` (`id`, `label`, `cityCountry`, `cityName`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t0`.`id` FROM `District` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 027 line 40: District createOne
SELECT `t0`.`countryCode`, `t0`.`name`, `t0`.`population`, `t0`.`mayor_name` FROM `City` AS `t0` WHERE (`t0`.`countryCode` = ? AND `t0`.`name` = ?) LIMIT ?;
SELECT `t1`.`code`, `t1`.`name` FROM `Country` AS `t1` WHERE (`t1`.`code` = ?) LIMIT ?;
INSERT INTO `City` (`countryCode`, `name`, `population`) VALUES (?, ?, ?);
SELECT `countryCode`, `name`, `population`, `mayor_name` FROM `City` WHERE `countryCode` = ? AND `name` = ?;
INSERT INTO `District` (`cityCountry`, `cityName`, `id`, `label`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`cityCountry`, `t2`.`cityName` FROM `District` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`name`, `t3`.`population`, `t3`.`countryCode` FROM `City` AS `t3` WHERE `t3`.`countryCode` IN (?,…) AND `t3`.`name` IN (?,…);

-- 028 line 41: District createOne
SELECT `t0`.`countryCode`, `t0`.`name`, `t0`.`population`, `t0`.`mayor_name` FROM `City` AS `t0` WHERE (`t0`.`countryCode` = ? AND `t0`.`name` = ?) LIMIT ?;
SELECT `t1`.`code`, `t1`.`name` FROM `Country` AS `t1` WHERE (`t1`.`code` = ?) LIMIT ?;
INSERT INTO `City` (`countryCode`, `name`, `population`) VALUES (?, ?, ?);
SELECT `countryCode`, `name`, `population`, `mayor_name` FROM `City` WHERE `countryCode` = ? AND `name` = ?;
INSERT INTO `District` (`cityCountry`, `cityName`, `id`, `label`) VALUES (?, ?, ?, ?);
SELECT `id`, `label`, `cityCountry`, `cityName` FROM `District` WHERE `id` = ?;
SELECT `t2`.`id`, `t2`.`cityCountry`, `t2`.`cityName` FROM `District` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;
SELECT `t3`.`countryCode`, `t3`.`name`, `t3`.`population` FROM `City` AS `t3` WHERE `t3`.`countryCode` IN (?,…) AND `t3`.`name` IN (?,…);

