-- 000 line 2: Doc createMany
INSERT INTO `Doc` (`id`, `label`, `data`, `meta`, `other`) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- 001 line 3: Kid createMany
INSERT INTO `Kid` (`id`, `docId`, `info`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?);

-- 002 line 5: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 003 line 7: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 004 line 9: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 005 line 11: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 006 line 13: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 007 line 15: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 008 line 17: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) OR NOT JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 009 line 19: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE JSON_EXTRACT(`t0`.`data`, ?) IS NULL ORDER BY `t0`.`id` ASC;

-- 010 line 21: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 011 line 22: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) OR JSON_EXTRACT(`t0`.`data`, ?) IS NULL) ORDER BY `t0`.`id` ASC;

-- 012 line 23: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((NOT JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) OR NOT JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) AND JSON_EXTRACT(`t0`.`data`, ?) IS NOT NULL) ORDER BY `t0`.`id` ASC;

-- 013 line 24: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE JSON_EXTRACT(`t0`.`data`, ?) IS NOT NULL ORDER BY `t0`.`id` ASC;

-- 014 line 26: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 015 line 28: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE `t0`.`meta` IS NULL ORDER BY `t0`.`id` ASC;

-- 016 line 29: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(`t0`.`meta`, ?) AND JSON_CONTAINS(?, `t0`.`meta`)) ORDER BY `t0`.`id` ASC;

-- 017 line 30: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(`t0`.`meta`, ?) AND JSON_CONTAINS(?, `t0`.`meta`)) OR `t0`.`meta` IS NULL) ORDER BY `t0`.`id` ASC;

-- 018 line 31: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((NOT JSON_CONTAINS(`t0`.`meta`, ?) OR NOT JSON_CONTAINS(?, `t0`.`meta`)) AND `t0`.`meta` IS NOT NULL) ORDER BY `t0`.`id` ASC;

-- 019 line 33: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 020 line 35: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 021 line 37: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 022 line 38: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT(?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 023 line 39: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 024 line 41: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 025 line 43: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (LOWER(JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?))) LIKE LOWER(CONCAT(?, '%')) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 026 line 44: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((LOWER(JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?))) LIKE LOWER(CONCAT('%', ?)) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) AND (LOWER(JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?))) LIKE LOWER(CONCAT('%', ?, '%')) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?))) ORDER BY `t0`.`id` ASC;

-- 027 line 45: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 028 line 47: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (`t0`.`data` LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(`t0`.`data`) = ?)) ORDER BY `t0`.`id` ASC;

-- 029 line 49: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', `t0`.`label`, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 030 line 51: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?))) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 031 line 52: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')))) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 032 line 54: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?))) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 033 line 56: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, CONCAT('$[', JSON_LENGTH(`t0`.`data`) - 1, ']')), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, CONCAT('$[', JSON_LENGTH(`t0`.`data`) - 1, ']')))) AND (JSON_TYPE(`t0`.`data`) = ?)) ORDER BY `t0`.`id` ASC;

-- 034 line 57: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) AND (JSON_TYPE(`t0`.`data`) = ?)) ORDER BY `t0`.`id` ASC;

-- 035 line 59: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')))) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 036 line 61: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), `t0`.`other`) AND JSON_CONTAINS(`t0`.`other`, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 037 line 63: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 038 line 64: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 039 line 65: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 040 line 66: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(`t0`.`data`, ?) AND (JSON_TYPE(`t0`.`data`) = ?)) ORDER BY `t0`.`id` ASC;

-- 041 line 67: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), `t0`.`other`) AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 042 line 69: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_EXTRACT(`t0`.`data`, ?) > ? AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ? OR JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 043 line 70: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE ((JSON_EXTRACT(`t0`.`data`, ?) < ? AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ? OR JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) AND (JSON_EXTRACT(`t0`.`data`, ?) >= ? AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ? OR JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?))) ORDER BY `t0`.`id` ASC;

-- 044 line 71: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_EXTRACT(`t0`.`data`, ?) <= ? AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ? OR JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 045 line 72: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (JSON_EXTRACT(`t0`.`data`, ?) >= ? AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)) ORDER BY `t0`.`id` ASC;

-- 046 line 74: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ?))) ORDER BY `t0`.`id` ASC;

-- 047 line 75: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), CONCAT('$[', JSON_LENGTH(JSON_EXTRACT(`t0`.`data`, ?)) - 1, ']')))) OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ?))) ORDER BY `t0`.`id` ASC;

-- 048 line 77: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT (JSON_EXTRACT(`t0`.`data`, ?) > ? OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ? OR JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?))) ORDER BY `t0`.`id` ASC;

-- 049 line 78: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT (JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ?))) ORDER BY `t0`.`id` ASC;

-- 050 line 80: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT (NOT (JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) = ?)))) ORDER BY `t0`.`id` ASC;

-- 051 line 82: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT ((JSON_UNQUOTE(JSON_EXTRACT(`t0`.`data`, ?)) LIKE CONCAT('%', ?, '%') OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ?)) OR ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`t0`.`data`, ?), ?))) OR (JSON_TYPE(JSON_EXTRACT(`t0`.`data`, ?)) != ?)))) ORDER BY `t0`.`id` ASC;

-- 052 line 84: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT JSON_CONTAINS(JSON_EXTRACT(`t0`.`data`, ?), ?) OR NOT JSON_CONTAINS(?, JSON_EXTRACT(`t0`.`data`, ?))) ORDER BY `t0`.`id` ASC;

-- 053 line 86: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE EXISTS(SELECT `t1`.`docId` FROM `Kid` AS `t1` WHERE ((JSON_UNQUOTE(JSON_EXTRACT(`t1`.`info`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t1`.`info`, ?)) = ?)) AND (`t1`.`docId`) = (`t0`.`id`) AND `t1`.`docId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 054 line 87: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`docId` FROM `Kid` AS `t1` WHERE ((NOT (JSON_UNQUOTE(JSON_EXTRACT(`t1`.`info`, ?)) LIKE CONCAT('%', ?, '%') AND (JSON_TYPE(JSON_EXTRACT(`t1`.`info`, ?)) = ?))) AND (`t1`.`docId`) = (`t0`.`id`) AND `t1`.`docId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 055 line 88: Doc findMany
SELECT `t0`.`id` FROM `Doc` AS `t0` WHERE (NOT EXISTS(SELECT `t1`.`docId` FROM `Kid` AS `t1` WHERE ((JSON_UNQUOTE(JSON_EXTRACT(`t1`.`info`, ?)) LIKE CONCAT('%', ?, '%') OR (JSON_TYPE(JSON_EXTRACT(`t1`.`info`, ?)) != ?)) AND (`t1`.`docId`) = (`t0`.`id`) AND `t1`.`docId` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 056 line 89: Kid findMany
SELECT `t0`.`id` FROM `Kid` AS `t0` LEFT JOIN `Doc` AS `j0` ON (`j0`.`id`) = (`t0`.`docId`) WHERE (NOT (((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`j0`.`data`, ?), ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`j0`.`data`, ?), ?))) OR (JSON_TYPE(JSON_EXTRACT(`j0`.`data`, ?)) != ?)) AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 057 line 91: Doc findMany
error: Invalid argument type. `path` should be of any of the following types: `String`

-- 058 line 93: Doc findMany
error: Input error. A JSON path cannot be set without a scalar filter.

-- 059 line 95: Doc updateMany
UPDATE `Doc` SET `label` = ? WHERE ((JSON_CONTAINS(JSON_EXTRACT(JSON_EXTRACT(`Doc`.`data`, ?), ?), ?) AND JSON_CONTAINS(?, JSON_EXTRACT(JSON_EXTRACT(`Doc`.`data`, ?), ?))) AND (JSON_TYPE(JSON_EXTRACT(`Doc`.`data`, ?)) = ?));

