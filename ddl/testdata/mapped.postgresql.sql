-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "accounts" (
    "account_id" SERIAL NOT NULL,
    "user_login" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "account_ref" INTEGER NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("session_token")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_login_uq" ON "accounts"("user_login");

-- CreateIndex
CREATE INDEX "account_name_ix" ON "accounts"("full_name");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_user_login_full_name_key" ON "accounts"("user_login", "full_name");

-- CreateIndex
CREATE INDEX "sessions_account_ref_expires_at_idx" ON "sessions"("account_ref", "expires_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_ref_fkey" FOREIGN KEY ("account_ref") REFERENCES "accounts"("account_id") ON DELETE RESTRICT ON UPDATE CASCADE;
