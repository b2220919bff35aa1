-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "types";

-- CreateEnum
CREATE TYPE "types"."Color" AS ENUM ('RED', 'GREEN', 'BLUE');

-- CreateTable
CREATE TABLE "app"."Item" (
    "id" INTEGER NOT NULL,
    "color" "types"."Color" NOT NULL DEFAULT 'GREEN',
    "palette" "types"."Color"[] DEFAULT ARRAY['RED', 'BLUE']::"types"."Color"[],
    "colors" "types"."Color"[],

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plain" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Plain_pkey" PRIMARY KEY ("id")
);
