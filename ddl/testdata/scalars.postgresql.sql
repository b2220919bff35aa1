-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Scalars" (
    "id" TEXT NOT NULL,
    "str" TEXT NOT NULL,
    "strOpt" TEXT,
    "strDef" TEXT NOT NULL DEFAULT 'it''s "quoted"',
    "int" INTEGER NOT NULL,
    "intOpt" INTEGER,
    "intDef" INTEGER NOT NULL DEFAULT -42,
    "big" BIGINT NOT NULL,
    "bigOpt" BIGINT,
    "bigDef" BIGINT NOT NULL DEFAULT 9007199254740993,
    "float" DOUBLE PRECISION NOT NULL,
    "floatOpt" DOUBLE PRECISION,
    "floatDef" DOUBLE PRECISION NOT NULL DEFAULT 1.50,
    "floatInt" DOUBLE PRECISION NOT NULL DEFAULT 3,
    "dec" DECIMAL(65,30) NOT NULL,
    "decOpt" DECIMAL(65,30),
    "decDef" DECIMAL(65,30) NOT NULL DEFAULT 0.10,
    "decStr" DECIMAL(65,30) NOT NULL DEFAULT 12.345,
    "bool" BOOLEAN NOT NULL,
    "boolOpt" BOOLEAN,
    "boolDef" BOOLEAN NOT NULL DEFAULT true,
    "date" TIMESTAMP(3) NOT NULL,
    "dateOpt" TIMESTAMP(3),
    "dateNow" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bytes" BYTEA NOT NULL,
    "bytesOpt" BYTEA,
    "bytesDef" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "uuid" TEXT NOT NULL,
    "uuid7" TEXT NOT NULL,
    "cuid2" TEXT NOT NULL,
    "ulid" TEXT NOT NULL,
    "nanoid" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scalars_pkey" PRIMARY KEY ("id")
);
