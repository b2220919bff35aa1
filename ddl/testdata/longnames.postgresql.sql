-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnForAWhile" (
    "id" SERIAL NOT NULL,
    "anExtremelyLongFieldNameThatIsUnique" TEXT NOT NULL,
    "anotherExtremelyLongFieldNameForAnIndexes" TEXT NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnForAWhile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnotherRatherLongModelNameForRelations" (
    "id" SERIAL NOT NULL,
    "ownerIdentifierWithQuiteALongNameToo" INTEGER NOT NULL,

    CONSTRAINT "AnotherRatherLongModelNameForRelations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnForAWhileToo" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnForAWhileToo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLo" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnother_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnForAWhile_anExtremelyLongF_key" ON "AVeryLongModelNameThatGoesOnAndOnForAWhile"("anExtremelyLongFieldNameThatIsUnique");

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnForAWhile_anotherExtremely_idx" ON "AVeryLongModelNameThatGoesOnAndOnForAWhile"("anotherExtremelyLongFieldNameForAnIndexes", "anExtremelyLongFieldNameThatIsUnique");

-- CreateIndex
CREATE INDEX "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnother_B_index" ON "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLo"("B");

-- AddForeignKey
ALTER TABLE "AnotherRatherLongModelNameForRelations" ADD CONSTRAINT "AnotherRatherLongModelNameForRelations_ownerIdentifierWith_fkey" FOREIGN KEY ("ownerIdentifierWithQuiteALongNameToo") REFERENCES "AVeryLongModelNameThatGoesOnAndOnForAWhile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLo" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherR_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatGoesOnAndOnForAWhileToo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLo" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherR_B_fkey" FOREIGN KEY ("B") REFERENCES "AnotherRatherLongModelNameForRelations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
