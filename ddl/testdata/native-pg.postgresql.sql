-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Everything" (
    "id" SMALLSERIAL NOT NULL,
    "big" BIGSERIAL NOT NULL,
    "uid" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vc" VARCHAR(255) NOT NULL,
    "vcAny" VARCHAR,
    "ch" CHAR(3) NOT NULL,
    "txt" TEXT NOT NULL,
    "xml" XML,
    "ip" INET,
    "bit" BIT(4),
    "vbit" VARBIT,
    "small" SMALLINT NOT NULL DEFAULT 7,
    "int4" INTEGER NOT NULL,
    "oid" OID,
    "real" REAL NOT NULL,
    "dbl" DOUBLE PRECISION NOT NULL,
    "money" MONEY,
    "dec" DECIMAL(10,2) NOT NULL DEFAULT 1.5,
    "ts" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tstz" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "date" DATE NOT NULL,
    "time" TIME(2),
    "timetz" TIMETZ,
    "bool" BOOLEAN NOT NULL,
    "bytes" BYTEA NOT NULL,
    "json" JSON NOT NULL,
    "jsonb" JSONB NOT NULL DEFAULT '[]',
    "tags" TEXT[],
    "tagsDef" TEXT[] DEFAULT ARRAY['a', 'b''s']::TEXT[],
    "ints" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "empty" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.50, -2.0]::DOUBLE PRECISION[],
    "bools" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "dates" TIMESTAMP(3)[],
    "blobs" BYTEA[],
    "circle" circle,
    "polys" polygon[],
    "tsv" tsvector DEFAULT ''::tsvector,
    "gen" INTEGER,

    CONSTRAINT "Everything_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Everything_jsonb_idx" ON "Everything" USING GIN ("jsonb" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Everything_tags_idx" ON "Everything" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Everything_ip_idx" ON "Everything" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Everything_ts_idx" ON "Everything" USING BRIN ("ts");

-- CreateIndex
CREATE INDEX "Everything_vc_idx" ON "Everything" USING HASH ("vc");

-- CreateIndex
CREATE INDEX "vc_pattern" ON "Everything"("vc" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Everything_vc_ch_idx" ON "Everything"("vc" DESC, "ch" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "Everything_vc_ch_key" ON "Everything"("vc", "ch");
