-- CreateTable
CREATE TABLE `Visible` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `secret` VARCHAR(191) NOT NULL DEFAULT '',
    `legacyId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Legacy` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Visible` ADD CONSTRAINT `Visible_legacyId_fkey` FOREIGN KEY (`legacyId`) REFERENCES `Legacy`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
