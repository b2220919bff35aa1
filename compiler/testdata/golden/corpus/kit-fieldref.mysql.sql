-- 000 line 1: TestModel createOne
INSERT INTO `TestModel` (`id`, `string`, `string2`, `int`, `int2`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`, `childId` FROM `TestModel` WHERE `id` = ?;
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 2: TestModel createOne
INSERT INTO `TestModel` (`id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`, `childId` FROM `TestModel` WHERE `id` = ?;
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 3: TestModel createOne
INSERT INTO `TestModel` (`id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`, `childId` FROM `TestModel` WHERE `id` = ?;
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 4: TestModel createOne
INSERT INTO `TestModel` (`id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`, `childId` FROM `TestModel` WHERE `id` = ?;
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 5: TestModel createOne
INSERT INTO `TestModel` (`id`, `string`, `string2`, `oString`, `int`, `int2`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `string`, `string2`, `oString`, `int`, `int2`, `oInt`, `bInt`, `bInt2`, `float`, `float2`, `dec`, `dec2`, `dt`, `dt2`, `oDt`, `bytes`, `bytes2`, `bool`, `bool2`, `enum`, `enum2`, `childId` FROM `TestModel` WHERE `id` = ?;
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 005 line 7: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` = `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 006 line 8: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` <> `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 007 line 9: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` > `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 008 line 10: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` >= `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 009 line 11: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` < `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 010 line 12: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` <= `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 011 line 13: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` <> `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 012 line 14: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` <= `t0`.`string2` ORDER BY `t0`.`id` ASC;

-- 013 line 15: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`string` >= `t0`.`string2` AND `t0`.`string` < `t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 014 line 16: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`string2` = `t0`.`string` AND (NOT `t0`.`string` = `t0`.`string2`)) ORDER BY `t0`.`id` ASC;

-- 015 line 18: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` = `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 016 line 19: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` <> `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 017 line 20: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` > `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 018 line 21: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` >= `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 019 line 22: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` < `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 020 line 23: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` <= `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 021 line 24: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` <> `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 022 line 25: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` <= `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 023 line 26: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`int` >= `t0`.`int2` AND `t0`.`int` < ?) ORDER BY `t0`.`id` ASC;

-- 024 line 27: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`int2` = `t0`.`int` AND (NOT `t0`.`int` = `t0`.`int2`)) ORDER BY `t0`.`id` ASC;

-- 025 line 29: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` = `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 026 line 30: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` <> `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 027 line 31: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` > `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 028 line 32: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` >= `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 029 line 33: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` < `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 030 line 34: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` <= `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 031 line 35: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` <> `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 032 line 36: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bInt` <= `t0`.`bInt2` ORDER BY `t0`.`id` ASC;

-- 033 line 37: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`bInt` >= `t0`.`bInt2` AND `t0`.`bInt` < `t0`.`bInt2`) ORDER BY `t0`.`id` ASC;

-- 034 line 38: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`bInt2` = `t0`.`bInt` AND (NOT `t0`.`bInt` = `t0`.`bInt2`)) ORDER BY `t0`.`id` ASC;

-- 035 line 40: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` = `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 036 line 41: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` <> `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 037 line 42: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` > `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 038 line 43: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` >= `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 039 line 44: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` < `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 040 line 45: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` <= `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 041 line 46: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` <> `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 042 line 47: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` <= `t0`.`float2` ORDER BY `t0`.`id` ASC;

-- 043 line 48: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`float` >= `t0`.`float2` AND `t0`.`float` < `t0`.`float2`) ORDER BY `t0`.`id` ASC;

-- 044 line 49: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`float2` = `t0`.`float` AND (NOT `t0`.`float` = `t0`.`float2`)) ORDER BY `t0`.`id` ASC;

-- 045 line 51: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` = `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 046 line 52: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` <> `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 047 line 53: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` > `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 048 line 54: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` >= `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 049 line 55: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` < `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 050 line 56: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` <= `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 051 line 57: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` <> `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 052 line 58: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dec` <= `t0`.`dec2` ORDER BY `t0`.`id` ASC;

-- 053 line 59: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`dec` >= `t0`.`dec2` AND `t0`.`dec` < `t0`.`dec2`) ORDER BY `t0`.`id` ASC;

-- 054 line 60: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`dec2` = `t0`.`dec` AND (NOT `t0`.`dec` = `t0`.`dec2`)) ORDER BY `t0`.`id` ASC;

-- 055 line 62: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` = `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 056 line 63: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` <> `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 057 line 64: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` > `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 058 line 65: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` >= `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 059 line 66: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` < `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 060 line 67: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` <= `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 061 line 68: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` <> `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 062 line 69: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` <= `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 063 line 70: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`dt` >= `t0`.`dt2` AND `t0`.`dt` < `t0`.`dt2`) ORDER BY `t0`.`id` ASC;

-- 064 line 71: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`dt2` = `t0`.`dt` AND (NOT `t0`.`dt` = `t0`.`dt2`)) ORDER BY `t0`.`id` ASC;

-- 065 line 73: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bytes` = `t0`.`bytes2` ORDER BY `t0`.`id` ASC;

-- 066 line 74: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bytes` <> `t0`.`bytes2` ORDER BY `t0`.`id` ASC;

-- 067 line 75: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bytes` <> `t0`.`bytes2` ORDER BY `t0`.`id` ASC;

-- 068 line 76: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`bytes2` = `t0`.`bytes` AND (NOT `t0`.`bytes` = `t0`.`bytes2`)) ORDER BY `t0`.`id` ASC;

-- 069 line 78: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bool` = `t0`.`bool2` ORDER BY `t0`.`id` ASC;

-- 070 line 79: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bool` <> `t0`.`bool2` ORDER BY `t0`.`id` ASC;

-- 071 line 80: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`bool` <> `t0`.`bool2` ORDER BY `t0`.`id` ASC;

-- 072 line 81: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`bool2` = `t0`.`bool` AND (NOT `t0`.`bool` = `t0`.`bool2`)) ORDER BY `t0`.`id` ASC;

-- 073 line 83: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`enum` = `t0`.`enum2` ORDER BY `t0`.`id` ASC;

-- 074 line 84: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`enum` <> `t0`.`enum2` ORDER BY `t0`.`id` ASC;

-- 075 line 85: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`enum` <> `t0`.`enum2` ORDER BY `t0`.`id` ASC;

-- 076 line 86: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`enum2` = `t0`.`enum` AND (NOT `t0`.`enum` = `t0`.`enum2`)) ORDER BY `t0`.`id` ASC;

-- 077 line 88: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT('%', `t0`.`string2`, '%') ORDER BY `t0`.`id` ASC;

-- 078 line 89: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` NOT LIKE CONCAT('%', `t0`.`string2`, '%') ORDER BY `t0`.`id` ASC;

-- 079 line 90: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string2` LIKE CONCAT('%', `t0`.`string`, '%') ORDER BY `t0`.`id` ASC;

-- 080 line 91: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT('%', `t0`.`oString`, '%') ORDER BY `t0`.`id` ASC;

-- 081 line 92: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT(`t0`.`string2`, '%') ORDER BY `t0`.`id` ASC;

-- 082 line 93: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` NOT LIKE CONCAT(`t0`.`string2`, '%') ORDER BY `t0`.`id` ASC;

-- 083 line 94: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string2` LIKE CONCAT(`t0`.`string`, '%') ORDER BY `t0`.`id` ASC;

-- 084 line 95: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT(`t0`.`oString`, '%') ORDER BY `t0`.`id` ASC;

-- 085 line 96: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT('%', `t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 086 line 97: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` NOT LIKE CONCAT('%', `t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 087 line 98: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string2` LIKE CONCAT('%', `t0`.`string`) ORDER BY `t0`.`id` ASC;

-- 088 line 99: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` LIKE CONCAT('%', `t0`.`oString`) ORDER BY `t0`.`id` ASC;

-- 089 line 101: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oString` = `t0`.`string` ORDER BY `t0`.`id` ASC;

-- 090 line 102: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oString` <> `t0`.`string` ORDER BY `t0`.`id` ASC;

-- 091 line 103: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oInt` = `t0`.`int` ORDER BY `t0`.`id` ASC;

-- 092 line 104: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oInt` < `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 093 line 105: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` >= `t0`.`oInt` ORDER BY `t0`.`id` ASC;

-- 094 line 106: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oDt` = `t0`.`dt` ORDER BY `t0`.`id` ASC;

-- 095 line 107: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`oDt` > `t0`.`dt2` ORDER BY `t0`.`id` ASC;

-- 096 line 108: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`int` = `t0`.`oInt` AND `t0`.`int` > ?) ORDER BY `t0`.`id` ASC;

-- 097 line 110: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`int` = `t0`.`int2` OR `t0`.`string` = `t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 098 line 111: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (`t0`.`float` < `t0`.`float2` AND `t0`.`dec` < `t0`.`dec2`) ORDER BY `t0`.`id` ASC;

-- 099 line 112: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE (NOT `t0`.`bInt` = `t0`.`bInt2`) ORDER BY `t0`.`id` ASC;

-- 100 line 114: TestModel findMany
error: Input error. The referenced scalar field TestModel.unknown does not exist.

-- 101 line 115: TestModel findMany
error: Input error. The referenced scalar field TestModel.children does not exist.

-- 102 line 116: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`id` = `t0`.`string` ORDER BY `t0`.`id` ASC;

-- 103 line 117: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`string` = ANY(`t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 104 line 118: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT `t0`.`string` = ANY(`t0`.`string2`) ORDER BY `t0`.`id` ASC;

-- 105 line 119: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` = `t0`.`bInt` ORDER BY `t0`.`id` ASC;

-- 106 line 120: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`float` = `t0`.`int` ORDER BY `t0`.`id` ASC;

-- 107 line 121: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`dt` = `t0`.`oDt` ORDER BY `t0`.`id` ASC;

-- 108 line 122: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE `t0`.`int` = `t0`.`int2` ORDER BY `t0`.`id` ASC;

-- 109 line 124: Child createOne
INSERT INTO `ToOne` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `ToOne` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`string`, `t1`.`string2`, `t1`.`oString`, `t1`.`int`, `t1`.`int2`, `t1`.`oInt`, `t1`.`bInt`, `t1`.`bInt2`, `t1`.`float`, `t1`.`float2`, `t1`.`dec`, `t1`.`dec2`, `t1`.`dt`, `t1`.`dt2`, `t1`.`oDt`, `t1`.`bytes`, `t1`.`bytes2`, `t1`.`bool`, `t1`.`bool2`, `t1`.`enum`, `t1`.`enum2`, `t1`.`childId` FROM `TestModel` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `toOneId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
UPDATE `TestModel` SET `childId` = ? WHERE `TestModel`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Child` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 110 line 125: Child createOne
INSERT INTO `ToOne` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `ToOne` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
SELECT `t1`.`id`, `t1`.`string`, `t1`.`string2`, `t1`.`oString`, `t1`.`int`, `t1`.`int2`, `t1`.`oInt`, `t1`.`bInt`, `t1`.`bInt2`, `t1`.`float`, `t1`.`float2`, `t1`.`dec`, `t1`.`dec2`, `t1`.`dt`, `t1`.`dt2`, `t1`.`oDt`, `t1`.`bytes`, `t1`.`bytes2`, `t1`.`bool`, `t1`.`bool2`, `t1`.`enum`, `t1`.`enum2`, `t1`.`childId` FROM `TestModel` AS `t1` WHERE (`t1`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `toOneId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
UPDATE `TestModel` SET `childId` = ? WHERE `TestModel`.`id` IN (?,…);
SELECT `t2`.`id` FROM `Child` AS `t2` WHERE `t2`.`id` = ? LIMIT ?;

-- 111 line 126: Child createOne
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Child` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 112 line 127: Child createOne
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Child` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 113 line 128: Child createOne
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Child` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 114 line 129: Child createOne
INSERT INTO `ToOne` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `ToOne` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Child` (`testId`, `toOneId`, `id`, `string1`, `string2`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `string1`, `string2`, `testId`, `toOneId` FROM `Child` WHERE `id` = ?;
SELECT `t1`.`id` FROM `Child` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 115 line 130: Tag createOne
INSERT INTO `Tag` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `Tag` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE ((`t0`.`id` = ? AND 1=1) OR (`t0`.`id` = ? AND 1=1));
INSERT IGNORE INTO `_TagToTestModel` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Tag` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 116 line 131: Tag createOne
INSERT INTO `Tag` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `Tag` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_TagToTestModel` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Tag` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 117 line 132: Tag createOne
INSERT INTO `Tag` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `Tag` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_TagToTestModel` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Tag` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 118 line 133: Tag createOne
INSERT INTO `Tag` (`id`, `string1`, `string2`) VALUES (?, ?, ?);
SELECT `id`, `string1`, `string2` FROM `Tag` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`string`, `t0`.`string2`, `t0`.`oString`, `t0`.`int`, `t0`.`int2`, `t0`.`oInt`, `t0`.`bInt`, `t0`.`bInt2`, `t0`.`float`, `t0`.`float2`, `t0`.`dec`, `t0`.`dec2`, `t0`.`dt`, `t0`.`dt2`, `t0`.`oDt`, `t0`.`bytes`, `t0`.`bytes2`, `t0`.`bool`, `t0`.`bool2`, `t0`.`enum`, `t0`.`enum2`, `t0`.`childId` FROM `TestModel` AS `t0` WHERE (`t0`.`id` = ?);
INSERT IGNORE INTO `_TagToTestModel` (`A`, `B`) VALUES ((?,…),…);
SELECT `t1`.`id` FROM `Tag` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;

-- 119 line 134: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` = `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 120 line 135: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` > `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 121 line 136: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` >= `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 122 line 137: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` < `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 123 line 138: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` <= `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 124 line 139: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` LIKE CONCAT('%', `j0`.`string2`, '%') AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 125 line 140: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` LIKE CONCAT(`j0`.`string2`, '%') AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 126 line 141: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` LIKE CONCAT('%', `j0`.`string2`) AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 127 line 142: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` LEFT JOIN `Child` AS `j0` ON (`j0`.`id`) = (`t0`.`childId`) WHERE (`j0`.`string1` <> `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 128 line 143: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE EXISTS(SELECT `t1`.`testId` FROM `Child` AS `t1` WHERE (`t1`.`string1` = `t1`.`string2` AND (`t1`.`testId`) = (`t0`.`id`) AND `t1`.`testId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 129 line 144: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE EXISTS(SELECT `t1`.`B` FROM `_TagToTestModel` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) WHERE (`j0`.`string1` = `j0`.`string2` AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 130 line 145: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`testId` FROM `Child` AS `t1` WHERE (`t1`.`string1` = `t1`.`string2` AND (`t1`.`testId`) = (`t0`.`id`) AND `t1`.`testId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 131 line 146: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`B` FROM `_TagToTestModel` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) WHERE (`j0`.`string1` = `j0`.`string2` AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 132 line 147: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`testId` FROM `Child` AS `t1` WHERE ((NOT `t1`.`string1` = `t1`.`string2`) AND (`t1`.`testId`) = (`t0`.`id`) AND `t1`.`testId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 133 line 148: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`B` FROM `_TagToTestModel` AS `t1` INNER JOIN `Tag` AS `j0` ON (`j0`.`id`) = (`t1`.`A`) WHERE ((NOT `j0`.`string1` = `j0`.`string2`) AND (`t0`.`id`) = (`t1`.`B`) AND `t1`.`B` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 134 line 149: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE EXISTS(SELECT `t1`.`testId` FROM `Child` AS `t1` LEFT JOIN `ToOne` AS `j0` ON (`j0`.`id`) = (`t1`.`toOneId`) WHERE ((`j0`.`string1` = `j0`.`string2` AND (`j0`.`id` IS NOT NULL)) AND (`t1`.`testId`) = (`t0`.`id`) AND `t1`.`testId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 135 line 150: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE NOT EXISTS(SELECT `t1`.`testId` FROM `Child` AS `t1` LEFT JOIN `ToOne` AS `j0` ON (`j0`.`id`) = (`t1`.`toOneId`) WHERE ((NOT (`j0`.`string1` <> `j0`.`string2` AND (`j0`.`id` IS NOT NULL))) AND (`t1`.`testId`) = (`t0`.`id`) AND `t1`.`testId` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 136 line 151: Child findMany
SELECT `t0`.`id` FROM `Child` AS `t0` LEFT JOIN `TestModel` AS `j0` ON (`j0`.`id`) = (`t0`.`testId`) WHERE (`j0`.`int` = `j0`.`int2` AND (`j0`.`id` IS NOT NULL)) ORDER BY `t0`.`id` ASC;

-- 137 line 152: Child findMany
SELECT `t0`.`id` FROM `Child` AS `t0` LEFT JOIN `TestModel` AS `j0` ON (`j0`.`id`) = (`t0`.`testId`) WHERE (`t0`.`string1` = `t0`.`string2` AND (`j0`.`string` = `j0`.`string2` AND (`j0`.`id` IS NOT NULL))) ORDER BY `t0`.`id` ASC;

-- 138 line 154: TestModel findMany
SELECT `t0`.`id` FROM `TestModel` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`id`, `t1`.`testId` FROM `Child` AS `t1` WHERE `t1`.`string1` = `t1`.`string2` AND `t1`.`testId` IN (?,…) ORDER BY `t1`.`id` ASC;

-- 139 line 155: TestModel findMany
SELECT `t0`.`id`, (SELECT COUNT(*) FROM `Child` AS `t1` WHERE `t1`.`testId` = `t0`.`id` AND `t1`.`string1` <> `t1`.`string2`) FROM `TestModel` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 140 line 157: TestModel aggregate
SELECT COUNT(*) AS `_count$_all`, SUM(`int`) AS `_sum$int` FROM (SELECT `t0`.`id`, `t0`.`int` FROM `TestModel` AS `t0` WHERE `t0`.`int` <= `t0`.`int2`) AS `sub`;

-- 141 line 158: TestModel groupBy
SELECT `t0`.`string`, COUNT(*) AS `_count$_all` FROM `TestModel` AS `t0` WHERE 1=1 GROUP BY `t0`.`string` HAVING `t0`.`string` = `t0`.`string` ORDER BY `t0`.`string` ASC;

-- 142 line 159: TestModel groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: int2

-- 143 line 160: TestModel groupBy
SELECT `t0`.`int`, `t0`.`int2` FROM `TestModel` AS `t0` WHERE 1=1 GROUP BY `t0`.`int`, `t0`.`int2` HAVING MAX(`t0`.`int`) >= `t0`.`int2` ORDER BY `t0`.`int` ASC, `t0`.`int2` ASC;

-- 144 line 161: TestModel groupBy
SELECT `t0`.`int`, `t0`.`int2` FROM `TestModel` AS `t0` WHERE 1=1 GROUP BY `t0`.`int`, `t0`.`int2` HAVING (SUM(`t0`.`int`) < `t0`.`int2` AND AVG(`t0`.`int2`) > ?) ORDER BY `t0`.`int` ASC, `t0`.`int2` ASC;

