-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Doc" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "doc_body" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "when" TIMESTAMP(3)[] DEFAULT ARRAY['2020-01-01 00:00:00 +00:00', '2021-06-15 12:30:00.500 +01:00']::TIMESTAMP(3)[],
    "amounts" DECIMAL(65,30)[] DEFAULT ARRAY[1.10, 2]::DECIMAL(65,30)[],
    "blobs" BYTEA[] DEFAULT ARRAY['\x0102']::BYTEA[],
    "docs" JSONB[] DEFAULT ARRAY['{}', '[1]']::JSONB[],
    "big" BIGINT[] DEFAULT ARRAY[1, -2]::BIGINT[],
    "stamp" TIMESTAMP NOT NULL,

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Label" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Label_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DocToLabel" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_DocToLabel_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "doc_slug" ON "Doc"("slug" DESC);

-- CreateIndex
CREATE INDEX "doc_data" ON "Doc" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "doc_body_pattern" ON "Doc"("doc_body" text_pattern_ops DESC);

-- CreateIndex
CREATE INDEX "Doc_doc_body_slug_idx" ON "Doc"("doc_body", "slug" ASC);

-- CreateIndex
CREATE INDEX "_DocToLabel_B_index" ON "_DocToLabel"("B");

-- AddForeignKey
ALTER TABLE "_DocToLabel" ADD CONSTRAINT "_DocToLabel_A_fkey" FOREIGN KEY ("A") REFERENCES "Doc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocToLabel" ADD CONSTRAINT "_DocToLabel_B_fkey" FOREIGN KEY ("B") REFERENCES "Label"("id") ON DELETE CASCADE ON UPDATE CASCADE;
