-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "NoPk" (
    "a" INT4 NOT NULL,
    "b" STRING NOT NULL
);

-- CreateTable
CREATE TABLE "OneFieldCompound" (
    "code" STRING NOT NULL,

    CONSTRAINT "OneFieldCompound_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BigId" (
    "id" INT8 NOT NULL DEFAULT unique_rowid(),

    CONSTRAINT "BigId_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlainInt" (
    "id" INT4 NOT NULL,

    CONSTRAINT "PlainInt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Uuid" (
    "id" STRING NOT NULL,
    "label" STRING NOT NULL DEFAULT 'none',

    CONSTRAINT "Uuid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoPk_a_b_key" ON "NoPk"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "Uuid_label_key" ON "Uuid"("label");
