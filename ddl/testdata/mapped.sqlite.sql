-- CreateTable
CREATE TABLE "accounts" (
    "account_id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_login" TEXT NOT NULL,
    "full_name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL PRIMARY KEY,
    "account_ref" INTEGER NOT NULL,
    "expires_at" DATETIME NOT NULL,
    CONSTRAINT "sessions_account_ref_fkey" FOREIGN KEY ("account_ref") REFERENCES "accounts" ("account_id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "account_login_uq" ON "accounts"("user_login");

-- CreateIndex
CREATE INDEX "account_name_ix" ON "accounts"("full_name");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_user_login_full_name_key" ON "accounts"("user_login", "full_name");

-- CreateIndex
CREATE INDEX "sessions_account_ref_expires_at_idx" ON "sessions"("account_ref", "expires_at");
