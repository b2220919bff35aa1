-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "NoPk" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OneFieldCompound" (
    "code" TEXT NOT NULL,

    CONSTRAINT "OneFieldCompound_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BigId" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "BigId_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlainInt" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "PlainInt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Uuid" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT 'none',

    CONSTRAINT "Uuid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoPk_a_b_key" ON "NoPk"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "Uuid_label_key" ON "Uuid"("label");
