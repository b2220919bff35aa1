-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" INT4 NOT NULL,
    "email" STRING NOT NULL,
    "active" BOOL NOT NULL,
    "score" INT4,
    "name" STRING,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_inactive" ON "User"("email") WHERE ("active" = false AND "score" = 5 AND "name" = 'o''neil');

-- CreateIndex
CREATE INDEX "user_live" ON "User"("email") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "user_dead" ON "User"("name") WHERE ("deletedAt" IS NOT NULL AND "score" != 3 AND "name" != 'x');

-- CreateIndex
CREATE INDEX "user_high" ON "User"("score") WHERE (score > 10);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email") WHERE ("active" = true);
