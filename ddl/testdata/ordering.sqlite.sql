-- CreateTable
CREATE TABLE "Zoo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "code" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Keeper" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "zooId" INTEGER NOT NULL,
    "bossId" INTEGER,
    CONSTRAINT "Keeper_zooId_fkey" FOREIGN KEY ("zooId") REFERENCES "Zoo" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Keeper_bossId_fkey" FOREIGN KEY ("bossId") REFERENCES "Keeper" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Animal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "zooId" INTEGER NOT NULL,
    CONSTRAINT "Animal_zooId_fkey" FOREIGN KEY ("zooId") REFERENCES "Zoo" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Food" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_AnimalToKeeper" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AnimalToKeeper_A_fkey" FOREIGN KEY ("A") REFERENCES "Animal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AnimalToKeeper_B_fkey" FOREIGN KEY ("B") REFERENCES "Keeper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AnimalToFood" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AnimalToFood_A_fkey" FOREIGN KEY ("A") REFERENCES "Animal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AnimalToFood_B_fkey" FOREIGN KEY ("B") REFERENCES "Food" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
