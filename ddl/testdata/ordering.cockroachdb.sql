-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Zoo" (
    "id" INT4 NOT NULL,
    "name" STRING NOT NULL,
    "city" STRING NOT NULL,
    "code" STRING NOT NULL,

    CONSTRAINT "Zoo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Keeper" (
    "id" INT4 NOT NULL,
    "zooId" INT4 NOT NULL,
    "bossId" INT4,

    CONSTRAINT "Keeper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Animal" (
    "id" INT4 NOT NULL,
    "zooId" INT4 NOT NULL,

    CONSTRAINT "Animal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Food" (
    "id" INT4 NOT NULL,

    CONSTRAINT "Food_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AnimalToKeeper" (
    "A" INT4 NOT NULL,
    "B" INT4 NOT NULL
);

-- CreateTable
CREATE TABLE "_AnimalToFood" (
    "A" INT4 NOT NULL,
    "B" INT4 NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Zoo_code_key" ON "Zoo"("code");

-- CreateIndex
CREATE INDEX "Zoo_city_idx" ON "Zoo"("city");

-- CreateIndex
CREATE INDEX "Zoo_name_idx" ON "Zoo"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Zoo_name_city_key" ON "Zoo"("name", "city");

-- CreateIndex
CREATE UNIQUE INDEX "Zoo_code_city_key" ON "Zoo"("code", "city");

-- CreateIndex
CREATE UNIQUE INDEX "_AnimalToKeeper_AB_unique" ON "_AnimalToKeeper"("A", "B");

-- CreateIndex
CREATE INDEX "_AnimalToKeeper_B_index" ON "_AnimalToKeeper"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AnimalToFood_AB_unique" ON "_AnimalToFood"("A", "B");

-- CreateIndex
CREATE INDEX "_AnimalToFood_B_index" ON "_AnimalToFood"("B");

-- AddForeignKey
ALTER TABLE "Keeper" ADD CONSTRAINT "Keeper_zooId_fkey" FOREIGN KEY ("zooId") REFERENCES "Zoo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Keeper" ADD CONSTRAINT "Keeper_bossId_fkey" FOREIGN KEY ("bossId") REFERENCES "Keeper"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Animal" ADD CONSTRAINT "Animal_zooId_fkey" FOREIGN KEY ("zooId") REFERENCES "Zoo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnimalToKeeper" ADD CONSTRAINT "_AnimalToKeeper_A_fkey" FOREIGN KEY ("A") REFERENCES "Animal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnimalToKeeper" ADD CONSTRAINT "_AnimalToKeeper_B_fkey" FOREIGN KEY ("B") REFERENCES "Keeper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnimalToFood" ADD CONSTRAINT "_AnimalToFood_A_fkey" FOREIGN KEY ("A") REFERENCES "Animal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnimalToFood" ADD CONSTRAINT "_AnimalToFood_B_fkey" FOREIGN KEY ("B") REFERENCES "Food"("id") ON DELETE CASCADE ON UPDATE CASCADE;
