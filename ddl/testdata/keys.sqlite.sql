-- CreateTable
CREATE TABLE "NoPk" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OneFieldCompound" (
    "code" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "BigId" (
    "id" BIGINT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "PlainInt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Uuid" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL DEFAULT 'none'
);

-- CreateIndex
CREATE UNIQUE INDEX "NoPk_a_b_key" ON "NoPk"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "Uuid_label_key" ON "Uuid"("label");
