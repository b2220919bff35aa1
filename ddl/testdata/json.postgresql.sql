-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Doc" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "meta" JSONB,
    "config" JSONB NOT NULL DEFAULT '{"theme": "dark", "n": [1, 2]}',
    "quote" JSONB NOT NULL DEFAULT '"it''s"',

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);
