-- CreateTable
CREATE TABLE `Zoo` (
    `id` INTEGER NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `city` VARCHAR(191) NOT NULL,
    `code` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `Zoo_code_key`(`code`),
    INDEX `Zoo_city_idx`(`city`),
    INDEX `Zoo_name_idx`(`name`),
    UNIQUE INDEX `Zoo_name_city_key`(`name`, `city`),
    UNIQUE INDEX `Zoo_code_city_key`(`code`, `city`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Keeper` (
    `id` INTEGER NOT NULL,
    `zooId` INTEGER NOT NULL,
    `bossId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Animal` (
    `id` INTEGER NOT NULL,
    `zooId` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Food` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_AnimalToKeeper` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_AnimalToKeeper_AB_unique`(`A`, `B`),
    INDEX `_AnimalToKeeper_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_AnimalToFood` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_AnimalToFood_AB_unique`(`A`, `B`),
    INDEX `_AnimalToFood_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Keeper` ADD CONSTRAINT `Keeper_zooId_fkey` FOREIGN KEY (`zooId`) REFERENCES `Zoo`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Keeper` ADD CONSTRAINT `Keeper_bossId_fkey` FOREIGN KEY (`bossId`) REFERENCES `Keeper`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Animal` ADD CONSTRAINT `Animal_zooId_fkey` FOREIGN KEY (`zooId`) REFERENCES `Zoo`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AnimalToKeeper` ADD CONSTRAINT `_AnimalToKeeper_A_fkey` FOREIGN KEY (`A`) REFERENCES `Animal`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AnimalToKeeper` ADD CONSTRAINT `_AnimalToKeeper_B_fkey` FOREIGN KEY (`B`) REFERENCES `Keeper`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AnimalToFood` ADD CONSTRAINT `_AnimalToFood_A_fkey` FOREIGN KEY (`A`) REFERENCES `Animal`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AnimalToFood` ADD CONSTRAINT `_AnimalToFood_B_fkey` FOREIGN KEY (`B`) REFERENCES `Food`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
