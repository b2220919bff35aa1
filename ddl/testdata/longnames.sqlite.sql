-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnForAWhile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "anExtremelyLongFieldNameThatIsUnique" TEXT NOT NULL,
    "anotherExtremelyLongFieldNameForAnIndexes" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AnotherRatherLongModelNameForRelations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerIdentifierWithQuiteALongNameToo" INTEGER NOT NULL,
    CONSTRAINT "AnotherRatherLongModelNameForRelations_ownerIdentifierWithQuiteALongNameToo_fkey" FOREIGN KEY ("ownerIdentifierWithQuiteALongNameToo") REFERENCES "AVeryLongModelNameThatGoesOnAndOnForAWhile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnForAWhileToo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatGoesOnAndOnForAWhileToo" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_B_fkey" FOREIGN KEY ("B") REFERENCES "AnotherRatherLongModelNameForRelations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnForAWhile_anExtremelyLongFieldNameThatIsUnique_key" ON "AVeryLongModelNameThatGoesOnAndOnForAWhile"("anExtremelyLongFieldNameThatIsUnique");

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnForAWhile_anotherExtremelyLongFieldNameForAnIndexes_anExtremelyLongFieldNameThatIsUnique_idx" ON "AVeryLongModelNameThatGoesOnAndOnForAWhile"("anotherExtremelyLongFieldNameForAnIndexes", "anExtremelyLongFieldNameThatIsUnique");

-- CreateIndex
CREATE UNIQUE INDEX "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_AB_unique" ON "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations"("A", "B");

-- CreateIndex
CREATE INDEX "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_B_index" ON "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations"("B");
