-- 000 line 2: T createMany
INSERT INTO `T` (`id`, `s`, `i`, `f`, `b`) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- 001 line 4: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING COUNT(`t0`.`s`) = `t0`.`s`;

-- 002 line 5: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 003 line 6: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 004 line 7: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 005 line 8: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING COUNT(`t0`.`i`) = `t0`.`s`;

-- 006 line 9: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 007 line 10: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 008 line 11: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 009 line 12: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING COUNT(`t0`.`f`) = `t0`.`s`;

-- 010 line 13: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 011 line 14: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 012 line 15: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 013 line 16: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING AVG(`t0`.`i`) = `t0`.`s`;

-- 014 line 17: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 015 line 18: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 016 line 19: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 017 line 20: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING AVG(`t0`.`f`) = `t0`.`s`;

-- 018 line 21: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 019 line 22: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 020 line 23: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 021 line 24: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING SUM(`t0`.`i`) = `t0`.`s`;

-- 022 line 25: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 023 line 26: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 024 line 27: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 025 line 28: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING SUM(`t0`.`f`) = `t0`.`s`;

-- 026 line 29: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 027 line 30: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 028 line 31: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 029 line 32: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MIN(`t0`.`s`) = `t0`.`s`;

-- 030 line 33: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 031 line 34: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 032 line 35: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 033 line 36: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MIN(`t0`.`i`) = `t0`.`s`;

-- 034 line 37: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 035 line 38: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 036 line 39: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 037 line 40: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MIN(`t0`.`f`) = `t0`.`s`;

-- 038 line 41: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 039 line 42: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 040 line 43: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 041 line 44: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MAX(`t0`.`s`) = `t0`.`s`;

-- 042 line 45: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 043 line 46: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 044 line 47: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 045 line 48: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MAX(`t0`.`i`) = `t0`.`s`;

-- 046 line 49: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 047 line 50: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 048 line 51: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

-- 049 line 52: T groupBy
SELECT `t0`.`s` FROM `T` AS `t0` WHERE 1=1 GROUP BY `t0`.`s`, `t0`.`i`, `t0`.`f` HAVING MAX(`t0`.`f`) = `t0`.`s`;

-- 050 line 53: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: i

-- 051 line 54: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: f

-- 052 line 55: T groupBy
error: Input error. Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: b

