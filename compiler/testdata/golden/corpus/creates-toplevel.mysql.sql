-- 000 line 2: Gadget createOne
INSERT INTO `Gadget` (`name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`status`, `t0`.`stock`, `t0`.`ratio`, `t0`.`onSale`, `t0`.`label`, `t0`.`since`, `t0`.`bigDef`, `t0`.`decDef`, `t0`.`note`, `t0`.`createdAt`, `t0`.`updatedAt` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 001 line 4: Gadget createOne
INSERT INTO `Gadget` (`name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id`, `t0`.`name`, `t0`.`status`, `t0`.`stock`, `t0`.`ratio`, `t0`.`onSale`, `t0`.`label`, `t0`.`since`, `t0`.`bigDef`, `t0`.`decDef`, `t0`.`note` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 002 line 6: Gadget createOne
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 003 line 7: Gadget createOne
INSERT INTO `Gadget` (`name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 004 line 9: Gadget createOne
INSERT INTO `Gadget` (`id`, `name`, `createdAt`, `updatedAt`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 005 line 10: Gadget findMany
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE (`t0`.`createdAt` = ? AND `t0`.`updatedAt` = ?);

-- 006 line 12: Gadget createOne
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`name` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 007 line 14: Gadget createOne
INSERT INTO `Gadget` (`stock`, `status`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 008 line 15: Gadget createOne
error: Unknown field `color` in create data of `Gadget`

-- 009 line 16: Gadget createOne
INSERT INTO `Gadget` (`name`, `stock`, `status`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 010 line 17: Gadget createOne
INSERT INTO `Gadget` (`name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 011 line 18: Gadget createOne
INSERT INTO `Gadget` (`name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 012 line 19: Gadget createOne
INSERT INTO `Gadget` (`name`, `since`, `status`, `stock`, `ratio`, `onSale`, `label`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 013 line 20: Gadget createOne
INSERT INTO `Gadget` (`status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 014 line 21: Gadget createOne
INSERT INTO `Gadget` (`name`, `stock`, `status`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
SELECT `id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt` FROM `Gadget` WHERE `id` = ?;
SELECT `t0`.`id` FROM `Gadget` AS `t0` WHERE `t0`.`id` = ? LIMIT ?;

-- 015 line 23: Token createOne
INSERT INTO `Token` (`purpose`, `uuid`, `uuid7`, `cuid`, `cuid2`, `ulid`, `nanoid`, `nano8`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `uuid`, `uuid7`, `cuid`, `cuid2`, `ulid`, `nanoid`, `nano8`, `purpose` FROM `Token` WHERE `uuid` = ?;
SELECT `t0`.`uuid`, `t0`.`uuid7`, `t0`.`cuid`, `t0`.`cuid2`, `t0`.`ulid`, `t0`.`nanoid`, `t0`.`nano8`, `t0`.`purpose` FROM `Token` AS `t0` WHERE `t0`.`uuid` = ? LIMIT ?;

-- 016 line 24: Token createOne
INSERT INTO `Token` (`purpose`, `uuid`, `uuid7`, `cuid`, `cuid2`, `ulid`, `nanoid`, `nano8`) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
SELECT `uuid`, `uuid7`, `cuid`, `cuid2`, `ulid`, `nanoid`, `nano8`, `purpose` FROM `Token` WHERE `uuid` = ?;
SELECT `t0`.`uuid`, `t0`.`purpose` FROM `Token` AS `t0` WHERE `t0`.`uuid` = ? LIMIT ?;

-- 017 line 25: Token createMany
INSERT INTO `Token` (`uuid`, `uuid7`, `cuid`, `cuid2`, `ulid`, `nanoid`, `nano8`, `purpose`) VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?);

-- 018 line 26: Token findMany
SELECT `t0`.`purpose`, `t0`.`uuid`, `t0`.`nano8` FROM `Token` AS `t0` WHERE `t0`.`purpose` IN (?,…) ORDER BY `t0`.`purpose` ASC;

-- 019 line 28: Mapped createOne
INSERT INTO `mapped table` (`user id`, `full name`, `e-mail`, `status`) VALUES (?, ?, ?, ?);
SELECT `user id`, `full name`, `e-mail`, `status` FROM `mapped table` WHERE `user id` = ?;
SELECT `t0`.`user id`, `t0`.`full name`, `t0`.`e-mail`, `t0`.`status` FROM `mapped table` AS `t0` WHERE `t0`.`user id` = ? LIMIT ?;

-- 020 line 29: Mapped createMany
INSERT INTO `mapped table` (`user id`, `full name`, `e-mail`, `status`) VALUES (?, ?, ?, ?), (?, ?, ?, ?);

-- 021 line 30: Mapped findMany
SELECT `t0`.`user id`, `t0`.`full name`, `t0`.`e-mail`, `t0`.`status` FROM `mapped table` AS `t0` WHERE (`t0`.`status` IN (?,…) AND `t0`.`e-mail` LIKE CONCAT('%', ?)) ORDER BY `t0`.`full name` DESC;

-- 022 line 31: Mapped findUnique
SELECT `t0`.`user id`, `t0`.`status` FROM `mapped table` AS `t0` WHERE (`t0`.`e-mail` = ? AND 1=1) LIMIT ?;

-- 023 line 33: Mapped createOne
INSERT INTO `mapped table` (`user id`, `full name`, `e-mail`, `status`) VALUES (?, ?, ?, ?);
SELECT `user id`, `full name`, `e-mail`, `status` FROM `mapped table` WHERE `user id` = ?;
SELECT `t0`.`user id`, `t0`.`full name`, `t0`.`e-mail`, `t0`.`status` FROM `mapped table` AS `t0` WHERE `t0`.`user id` = ? LIMIT ?;

-- 024 line 35: Stamp createOne
INSERT INTO `Stamp` (`at`, `v`) VALUES (?, ?);
SELECT `at`, `v` FROM `Stamp` WHERE `at` = ?;
SELECT `t0`.`at`, `t0`.`v` FROM `Stamp` AS `t0` WHERE `t0`.`at` = ? LIMIT ?;

-- 025 line 36: Stamp findUnique
SELECT `t0`.`at`, `t0`.`v` FROM `Stamp` AS `t0` WHERE (`t0`.`at` = ? AND 1=1) LIMIT ?;

-- 026 line 38: Gadget createMany
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 027 line 39: Gadget createMany

-- 028 line 40: Gadget createMany
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 029 line 42: Gadget createMany
INSERT IGNORE INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 030 line 44: Gadget createMany
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- 031 line 46: Gadget createMany
INSERT INTO `Gadget` (`id`, `name`, `status`, `stock`, `ratio`, `onSale`, `label`, `since`, `bigDef`, `decDef`, `note`, `createdAt`, `updatedAt`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, DEFAULT, ?, ?);

-- 032 line 48: Gadget createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gadget' does not match any query.

-- 033 line 49: Gadget createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gadget' does not match any query.

-- 034 line 50: Gadget createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gadget' does not match any query.

-- 035 line 51: Gadget createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gadget' does not match any query.

-- 036 line 52: Mapped createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Mapped' does not match any query.

-- 037 line 54: Gadget createManyAndReturn
error: Operation 'createManyAndReturn' for model 'Gadget' does not match any query.

