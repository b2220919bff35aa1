-- CreateTable
CREATE TABLE `accounts` (
    `account_id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_login` VARCHAR(191) NOT NULL,
    `full_name` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `account_login_uq`(`user_login`),
    INDEX `account_name_ix`(`full_name`),
    UNIQUE INDEX `accounts_user_login_full_name_key`(`user_login`, `full_name`),
    PRIMARY KEY (`account_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `sessions` (
    `session_token` VARCHAR(191) NOT NULL,
    `account_ref` INTEGER NOT NULL,
    `expires_at` DATETIME(3) NOT NULL,

    INDEX `sessions_account_ref_expires_at_idx`(`account_ref`, `expires_at`),
    PRIMARY KEY (`session_token`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `sessions` ADD CONSTRAINT `sessions_account_ref_fkey` FOREIGN KEY (`account_ref`) REFERENCES `accounts`(`account_id`) ON DELETE RESTRICT ON UPDATE CASCADE;
