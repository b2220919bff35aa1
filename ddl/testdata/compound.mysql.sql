-- CreateTable
CREATE TABLE `Tenant` (
    `id` INTEGER NOT NULL,
    `slug` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `tenant_slug`(`slug`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `User` (
    `tenantId` INTEGER NOT NULL,
    `email` VARCHAR(191) NOT NULL,
    `firstName` VARCHAR(191) NOT NULL,
    `lastName` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `User_firstName_lastName_key`(`firstName`, `lastName`),
    UNIQUE INDEX `last_first`(`lastName`, `firstName`),
    PRIMARY KEY (`tenantId`, `email`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Order` (
    `id` INTEGER NOT NULL,
    `tenantId` INTEGER NOT NULL,
    `userEmail` VARCHAR(191) NOT NULL,

    INDEX `Order_tenantId_userEmail_idx`(`tenantId`, `userEmail`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `User` ADD CONSTRAINT `User_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `Tenant`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Order` ADD CONSTRAINT `Order_tenantId_userEmail_fkey` FOREIGN KEY (`tenantId`, `userEmail`) REFERENCES `User`(`tenantId`, `email`) ON DELETE RESTRICT ON UPDATE CASCADE;
