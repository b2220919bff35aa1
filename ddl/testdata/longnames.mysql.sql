-- CreateTable
CREATE TABLE `AVeryLongModelNameThatGoesOnAndOnForAWhile` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `anExtremelyLongFieldNameThatIsUnique` VARCHAR(191) NOT NULL,
    `anotherExtremelyLongFieldNameForAnIndexes` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `AVeryLongModelNameThatGoesOnAndOnForAWhile_anExtremelyLongFi_key`(`anExtremelyLongFieldNameThatIsUnique`),
    INDEX `AVeryLongModelNameThatGoesOnAndOnForAWhile_anotherExtremelyL_idx`(`anotherExtremelyLongFieldNameForAnIndexes`, `anExtremelyLongFieldNameThatIsUnique`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `AnotherRatherLongModelNameForRelations` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `ownerIdentifierWithQuiteALongNameToo` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `AVeryLongModelNameThatGoesOnAndOnForAWhileToo` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLon` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnothe_AB_unique`(`A`, `B`),
    INDEX `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherR_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `AnotherRatherLongModelNameForRelations` ADD CONSTRAINT `AnotherRatherLongModelNameForRelations_ownerIdentifierWithQ_fkey` FOREIGN KEY (`ownerIdentifierWithQuiteALongNameToo`) REFERENCES `AVeryLongModelNameThatGoesOnAndOnForAWhile`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLon` ADD CONSTRAINT `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRa_A_fkey` FOREIGN KEY (`A`) REFERENCES `AVeryLongModelNameThatGoesOnAndOnForAWhileToo`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLon` ADD CONSTRAINT `_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRa_B_fkey` FOREIGN KEY (`B`) REFERENCES `AnotherRatherLongModelNameForRelations`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
