-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Visible" (
    "id" SERIAL NOT NULL,
    "secret" TEXT NOT NULL DEFAULT '',
    "legacyId" INTEGER,

    CONSTRAINT "Visible_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Legacy" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Legacy_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Visible" ADD CONSTRAINT "Visible_legacyId_fkey" FOREIGN KEY ("legacyId") REFERENCES "Legacy"("id") ON DELETE SET NULL ON UPDATE CASCADE;
