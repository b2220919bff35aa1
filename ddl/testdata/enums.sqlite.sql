-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "role" TEXT NOT NULL DEFAULT 'user',
    "status" TEXT,
    "other" TEXT NOT NULL DEFAULT 'PUBLISHED'
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT'
);

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");
