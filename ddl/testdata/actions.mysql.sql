-- CreateTable
CREATE TABLE `Parent` (
    `id` INTEGER NOT NULL,
    `code` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `Parent_code_key`(`code`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ChildA` (
    `id` INTEGER NOT NULL,
    `parentId` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ChildB` (
    `id` INTEGER NOT NULL,
    `parentId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ChildC` (
    `id` INTEGER NOT NULL,
    `p1Id` INTEGER NOT NULL,
    `p2Code` VARCHAR(191) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ChildD` (
    `id` INTEGER NOT NULL,
    `parentId` INTEGER NOT NULL,

    UNIQUE INDEX `ChildD_parentId_key`(`parentId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Node` (
    `id` INTEGER NOT NULL,
    `parentId` INTEGER NULL DEFAULT 0,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `ChildA` ADD CONSTRAINT `ChildA_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Parent`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ChildB` ADD CONSTRAINT `ChildB_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Parent`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ChildC` ADD CONSTRAINT `ChildC_p1Id_fkey` FOREIGN KEY (`p1Id`) REFERENCES `Parent`(`id`) ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE `ChildC` ADD CONSTRAINT `ChildC_p2Code_fkey` FOREIGN KEY (`p2Code`) REFERENCES `Parent`(`code`) ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE `ChildD` ADD CONSTRAINT `ChildD_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Parent`(`id`) ON DELETE NO ACTION ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE `Node` ADD CONSTRAINT `Node_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Node`(`id`) ON DELETE SET DEFAULT ON UPDATE CASCADE;
