-- 000 line 2: Team createMany
INSERT INTO `Team` (`id`, `name`) VALUES (?, ?), (?, ?), (?, ?);

-- 001 line 3: Player createMany
INSERT INTO `Player` (`id`, `name`, `score`, `nick`, `level`, `teamId`) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?);

-- 002 line 4: Game createMany
INSERT INTO `Game` (`season`, `round`, `playerId`, `points`) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?);

-- 003 line 6: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` DESC;

-- 004 line 7: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` ASC, `t0`.`id` DESC;

-- 005 line 8: Player findMany
SELECT `t0`.`id`, `t0`.`name`, `t0`.`score` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`name` ASC, `t0`.`score` ASC;

-- 006 line 9: Player findMany
SELECT `t0`.`id`, `t0`.`name` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`name` DESC, `t0`.`id` ASC;

-- 007 line 11: Player findMany
SELECT `t0`.`id`, `t0`.`level` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`level` ASC, `t0`.`id` ASC;

-- 008 line 12: Player findMany
SELECT `t0`.`id`, `t0`.`level` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`level` DESC, `t0`.`id` ASC;

-- 009 line 13: Player findMany
SELECT `t0`.`id`, `t0`.`level` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`level` IS NULL DESC, `t0`.`level` ASC, `t0`.`id` ASC;

-- 010 line 14: Player findMany
SELECT `t0`.`id`, `t0`.`level` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`level` IS NULL ASC, `t0`.`level` ASC, `t0`.`id` ASC;

-- 011 line 15: Player findMany
SELECT `t0`.`id`, `t0`.`nick` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`nick` IS NULL DESC, `t0`.`nick` DESC;

-- 012 line 16: Player findMany
SELECT `t0`.`id`, `t0`.`nick` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`nick` DESC;

-- 013 line 18: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` IS NULL DESC, `t0`.`score` ASC;

-- 014 line 20: Player findMany
SELECT `t0`.`id`, `t0`.`teamId` FROM `Player` AS `t0` WHERE 1=1 ORDER BY (SELECT `t1`.`name` FROM `Team` AS `t1` WHERE `t1`.`id` = `t0`.`teamId`) ASC, `t0`.`id` ASC;

-- 015 line 21: Player findMany
SELECT `t0`.`id`, `t0`.`teamId` FROM `Player` AS `t0` WHERE 1=1 ORDER BY (SELECT `t1`.`name` FROM `Team` AS `t1` WHERE `t1`.`id` = `t0`.`teamId`) DESC, `t0`.`id` DESC;

-- 016 line 22: Team findMany
SELECT `t0`.`id`, (SELECT COUNT(*) FROM `Player` AS `t1` WHERE `t1`.`teamId` = `t0`.`id`) FROM `Team` AS `t0` WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM `Player` AS `t2` WHERE `t2`.`teamId` = `t0`.`id`) DESC, `t0`.`id` ASC;

-- 017 line 23: Team findMany
SELECT `t0`.`id` FROM `Team` AS `t0` WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM `Player` AS `t1` WHERE `t1`.`teamId` = `t0`.`id`) ASC;

-- 018 line 24: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY (SELECT COUNT(*) FROM `Game` AS `t1` WHERE `t1`.`playerId` = `t0`.`id`) DESC, `t0`.`id` ASC;

-- 019 line 25: Game findMany
SELECT `t0`.`season`, `t0`.`round`, `t0`.`playerId` FROM `Game` AS `t0` WHERE 1=1 ORDER BY (SELECT `t1`.`score` FROM `Player` AS `t1` WHERE `t1`.`id` = `t0`.`playerId`) DESC, `t0`.`season` ASC, `t0`.`round` DESC;

-- 020 line 27: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` ASC;

-- 021 line 28: Player findMany
error: Unknown orderBy field `nope`

-- 022 line 30: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT 18446744073709551615 OFFSET ?;

-- 023 line 31: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT ? OFFSET ?;

-- 024 line 32: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT ?;

-- 025 line 33: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT 18446744073709551615 OFFSET ?;

-- 026 line 34: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT ?;

-- 027 line 36: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;

-- 028 line 37: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ? OFFSET ?;

-- 029 line 38: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` ASC, `t0`.`id` DESC LIMIT ?;

-- 030 line 40: Player findMany
error: AssertionError("Invalid value for skip argument: Value can only be positive, found: -1")

-- 031 line 42: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC;

-- 032 line 43: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` <= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` DESC;

-- 033 line 44: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ?;

-- 034 line 45: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ?;

-- 035 line 46: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ? OFFSET ?;

-- 036 line 47: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` <= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` DESC LIMIT ?;

-- 037 line 48: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` <= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` DESC LIMIT ? OFFSET ?;

-- 038 line 50: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE (((`t0`.`score` = (SELECT `t0`.`score` FROM `Player` AS `t0` WHERE `t0`.`id` = ?) AND `t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) OR (`t0`.`score` > (SELECT `t0`.`score` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)))) ORDER BY `t0`.`score` ASC, `t0`.`id` ASC;

-- 039 line 51: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE (`t0`.`score` <= (SELECT `t0`.`score` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`score` DESC;

-- 040 line 52: Player findMany
SELECT `t0`.`id`, `t0`.`level` FROM `Player` AS `t0` WHERE ((((`t0`.`level` = (SELECT `t0`.`level` FROM `Player` AS `t0` WHERE `t0`.`id` = ?) OR (SELECT `t0`.`level` FROM `Player` AS `t0` WHERE `t0`.`id` = ?) IS NULL OR `t0`.`level` IS NULL) AND `t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`id` = ?)) OR ((`t0`.`level` > (SELECT `t0`.`level` FROM `Player` AS `t0` WHERE `t0`.`id` = ?) OR `t0`.`level` IS NULL OR (SELECT `t0`.`level` FROM `Player` AS `t0` WHERE `t0`.`id` = ?) IS NULL)))) ORDER BY `t0`.`level` IS NULL ASC, `t0`.`level` ASC, `t0`.`id` ASC;

-- 041 line 54: Team findMany
SELECT `t0`.`id`, `t0`.`name` FROM `Team` AS `t0` WHERE (`t0`.`name` >= (SELECT `t0`.`name` FROM `Team` AS `t0` WHERE `t0`.`name` = ?)) ORDER BY `t0`.`name` ASC;

-- 042 line 55: Game findMany
SELECT `t0`.`season`, `t0`.`round` FROM `Game` AS `t0` WHERE (((`t0`.`season` = (SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?) AND `t0`.`round` >= (SELECT `t0`.`round` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?)) OR (`t0`.`season` > (SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?)))) ORDER BY `t0`.`season` ASC, `t0`.`round` ASC;

-- 043 line 56: Game findMany
SELECT `t0`.`season`, `t0`.`round` FROM `Game` AS `t0` WHERE (((`t0`.`season` = (SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?) AND `t0`.`round` <= (SELECT `t0`.`round` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?)) OR (`t0`.`season` < (SELECT `t0`.`season` FROM `Game` AS `t0` WHERE `t0`.`season` = ? AND `t0`.`round` = ?)))) ORDER BY `t0`.`season` DESC, `t0`.`round` DESC;

-- 044 line 58: Player findMany
SELECT `t0`.`id` FROM `Player` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Player` AS `t0` WHERE `t0`.`score` = ?)) ORDER BY `t0`.`id` ASC;

-- 045 line 60: Player findMany
SELECT `t0`.`id`, `t0`.`name` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 046 line 61: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`score` DESC, `t0`.`id` DESC;

-- 047 line 62: Player findMany
SELECT `t0`.`teamId`, `t0`.`level` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 048 line 63: Player findMany
SELECT `t0`.`id`, `t0`.`teamId` FROM `Player` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 049 line 64: Player findMany
SELECT `t0`.`id`, `t0`.`score` FROM `Player` AS `t0` WHERE `t0`.`score` < ? ORDER BY `t0`.`id` DESC;

-- 050 line 66: Player findMany
SELECT `t0`.`id`, `t0`.`team` FROM `Player` AS `t0` WHERE 1=1;

