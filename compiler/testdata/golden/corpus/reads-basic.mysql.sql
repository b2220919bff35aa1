-- 000 line 2: User createOne
INSERT INTO `User` (`id`, `email`, `firstName`, `lastName`, `nick`, `age`) VALUES (?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `firstName`, `lastName`, `nick`, `age` FROM `User` WHERE `id` = ?;
INSERT INTO `Profile` (`userId`, `id`, `bio`) VALUES (?, ?, ?);
SELECT `id`, `bio`, `userId` FROM `Profile` WHERE `id` = ?;
INSERT INTO `Post` (`authorId`, `id`, `title`, `published`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `published`, `authorId` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`id`, `text`, `postId`) VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO `Post` (`authorId`, `id`, `title`, `published`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `published`, `authorId` FROM `Post` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick`, `t0`.`age` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`published`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…);
SELECT `t3`.`id`, `t3`.`text`, `t3`.`postId` FROM `Comment` AS `t3` WHERE `t3`.`postId` IN (?,…);

-- 001 line 3: User createOne
INSERT INTO `User` (`id`, `email`, `firstName`, `lastName`, `age`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `email`, `firstName`, `lastName`, `nick`, `age` FROM `User` WHERE `id` = ?;
INSERT INTO `Post` (`authorId`, `id`, `title`, `published`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `published`, `authorId` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`postId`, `id`, `text`) VALUES (?, ?, ?);
SELECT `id`, `text`, `postId` FROM `Comment` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`email` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 4: User createOne
INSERT INTO `User` (`id`, `email`, `firstName`, `lastName`, `nick`, `age`) VALUES (?, ?, ?, ?, ?, ?);
SELECT `id`, `email`, `firstName`, `lastName`, `nick`, `age` FROM `User` WHERE `id` = ?;
INSERT INTO `Profile` (`userId`, `id`, `bio`) VALUES (?, ?, ?);
SELECT `id`, `bio`, `userId` FROM `Profile` WHERE `id` = ?;
SELECT `t0`.`id` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 5: User createOne
INSERT INTO `User` (`id`, `email`, `firstName`, `lastName`, `age`) VALUES (?, ?, ?, ?, ?);
SELECT `id`, `email`, `firstName`, `lastName`, `nick`, `age` FROM `User` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`nick` FROM `User` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 7: Post createOne
INSERT INTO `Post` (`id`, `title`, `published`) VALUES (?, ?, ?);
SELECT `id`, `title`, `published`, `authorId` FROM `Post` WHERE `id` = ?;
INSERT INTO `Comment` (`id`, `text`, `postId`) VALUES (?, ?, ?), (?, ?, ?);
SELECT `t0`.`id`, `t0`.`title`, `t0`.`published`, `t0`.`authorId` FROM `Post` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;
SELECT `t1`.`id`, `t1`.`email`, `t1`.`firstName`, `t1`.`lastName`, `t1`.`nick`, `t1`.`age` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`id`, `t2`.`text`, `t2`.`postId` FROM `Comment` AS `t2` WHERE `t2`.`postId` IN (?,…);

-- 005 line 9: Post createOne
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick`, `t0`.`age` FROM `User` AS `t0` WHERE (`t0`.`id` = ?) LIMIT ?;
INSERT INTO `Post` (`authorId`, `id`, `title`, `published`) VALUES (?, ?, ?, ?);
SELECT `id`, `title`, `published`, `authorId` FROM `Post` WHERE `id` = ?;
SELECT `t1`.`id`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`id` = ? LIMIT ?;
SELECT `t2`.`email`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 006 line 11: User findUnique
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick`, `t0`.`age` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;

-- 007 line 12: User findUnique
SELECT `t0`.`id`, `t0`.`firstName` FROM `User` AS `t0` WHERE (`t0`.`email` = ? AND 1=1) LIMIT ?;

-- 008 line 13: User findUnique
SELECT `t0`.`id`, `t0`.`email` FROM `User` AS `t0` WHERE ((`t0`.`firstName` = ? AND `t0`.`lastName` = ?) AND 1=1) LIMIT ?;

-- 009 line 14: User findUnique
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick`, `t0`.`age` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;

-- 010 line 15: User findUnique
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick`, `t0`.`age` FROM `User` AS `t0` WHERE ((`t0`.`firstName` = ? AND `t0`.`lastName` = ?) AND 1=1) LIMIT ?;

-- 011 line 17: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`age` > ?) LIMIT ?;

-- 012 line 18: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND `t0`.`age` > ?) LIMIT ?;

-- 013 line 19: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`email` = ? AND EXISTS(SELECT `t1`.`authorId` FROM `Post` AS `t1` WHERE (`t1`.`published` = ? AND (`t1`.`authorId`) = (`t0`.`id`) AND `t1`.`authorId` IS NOT NULL))) LIMIT ?;

-- 014 line 21: Profile findUnique
SELECT `t0`.`id`, `t0`.`bio`, `t0`.`userId` FROM `Profile` AS `t0` WHERE (`t0`.`userId` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`email`, `t1`.`id` FROM `User` AS `t1` WHERE `t1`.`id` IN (?,…);

-- 015 line 23: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (1=1 AND `t0`.`age` = ?) LIMIT ?;

-- 016 line 24: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (1=1 AND 1=1) LIMIT ?;

-- 017 line 26: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (1=1 AND 1=1) LIMIT ?;

-- 018 line 28: User findUniqueOrThrow
SELECT `t0`.`id`, `t0`.`lastName` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;

-- 019 line 29: User findUniqueOrThrow
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;

-- 020 line 30: User findUniqueOrThrow
SELECT `t0`.`id` FROM `User` AS `t0` WHERE ((`t0`.`firstName` = ? AND `t0`.`lastName` = ?) AND 1=1) LIMIT ?;

-- 021 line 32: Post findFirst
SELECT `t0`.`id`, `t0`.`title` FROM `Post` AS `t0` WHERE `t0`.`published` = ? LIMIT ?;

-- 022 line 33: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`published` = ? ORDER BY `t0`.`id` DESC LIMIT ?;

-- 023 line 34: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`title` = ? LIMIT ?;

-- 024 line 35: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;

-- 025 line 36: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE (`t0`.`id` >= (SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`id` = ?)) ORDER BY `t0`.`id` ASC LIMIT ? OFFSET ?;

-- 026 line 37: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC LIMIT ? OFFSET ?;

-- 027 line 39: Post findFirst
error: Input error. The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1

-- 028 line 40: Post findFirst
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` DESC LIMIT ?;

-- 029 line 42: Comment findFirst
SELECT `t0`.`id`, `t0`.`text`, `t0`.`postId` FROM `Comment` AS `t0` WHERE 1=1 LIMIT ?;

-- 030 line 44: Post findFirstOrThrow
SELECT `t0`.`id`, `t0`.`authorId` FROM `Post` AS `t0` WHERE `t0`.`authorId` IS NULL LIMIT ?;

-- 031 line 45: Post findFirstOrThrow
SELECT `t0`.`id` FROM `Post` AS `t0` WHERE `t0`.`authorId` = ? LIMIT ?;

-- 032 line 47: User findMany
SELECT `t0`.`id`, `t0`.`nick` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 033 line 48: Post findMany
SELECT `t0`.`id`, `t0`.`title`, `t0`.`published`, `t0`.`authorId` FROM `Post` AS `t0` WHERE `t0`.`published` = ? ORDER BY `t0`.`id` ASC;

-- 034 line 49: Post findMany
SELECT `t0`.`id`, `t0`.`title`, `t0`.`published`, `t0`.`authorId` FROM `Post` AS `t0` WHERE `t0`.`id` > ?;

-- 035 line 50: Comment findMany
SELECT `t0`.`id`, `t0`.`postId` FROM `Comment` AS `t0` WHERE 1=1;

-- 036 line 52: User findMany
SELECT `t0`.`age`, `t0`.`email`, `t0`.`id` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 037 line 53: User findMany
SELECT `t0`.`id`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`nick` FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;

-- 038 line 54: User findUnique
SELECT `t0`.`id`, `t0`.`email`, `t0`.`firstName`, `t0`.`lastName`, `t0`.`age` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`id`, `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);
SELECT `t2`.`id`, `t2`.`title`, `t2`.`authorId` FROM `Post` AS `t2` WHERE `t2`.`authorId` IN (?,…);

-- 039 line 55: Comment findMany
SELECT `t0`.`text`, `t0`.`postId` FROM `Comment` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`title`, `t1`.`authorId`, `t1`.`id` FROM `Post` AS `t1` WHERE `t1`.`id` IN (?,…);
SELECT `t2`.`firstName`, `t2`.`id` FROM `User` AS `t2` WHERE `t2`.`id` IN (?,…);

-- 040 line 56: User findMany
SELECT `t0`.`id`, (SELECT COUNT(*) FROM `Post` AS `t2` WHERE `t2`.`authorId` = `t0`.`id`) FROM `User` AS `t0` WHERE 1=1 ORDER BY `t0`.`id` ASC;
SELECT `t1`.`bio`, `t1`.`userId` FROM `Profile` AS `t1` WHERE `t1`.`userId` IN (?,…);

-- 041 line 58: User findUnique
SELECT `t0`.`id` FROM `User` AS `t0` WHERE (`t0`.`id` = ? AND 1=1) LIMIT ?;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`published`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);

-- 042 line 60: User findMany
error: Field 'nope' not found in enclosing type 'User'

-- 043 line 61: User findMany
SELECT `t0`.`id` FROM `User` AS `t0` WHERE 1=1;
SELECT `t1`.`id`, `t1`.`title`, `t1`.`published`, `t1`.`authorId` FROM `Post` AS `t1` WHERE `t1`.`authorId` IN (?,…);

