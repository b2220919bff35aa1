BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[AVeryLongModelNameThatGoesOnAndOnForAWhile] (
    [id] INT NOT NULL IDENTITY(1,1),
    [anExtremelyLongFieldNameThatIsUnique] NVARCHAR(1000) NOT NULL,
    [anotherExtremelyLongFieldNameForAnIndexes] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [AVeryLongModelNameThatGoesOnAndOnForAWhile_pkey] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [AVeryLongModelNameThatGoesOnAndOnForAWhile_anExtremelyLongFieldNameThatIsUnique_key] UNIQUE NONCLUSTERED ([anExtremelyLongFieldNameThatIsUnique])
);

-- CreateTable
CREATE TABLE [dbo].[AnotherRatherLongModelNameForRelations] (
    [id] INT NOT NULL IDENTITY(1,1),
    [ownerIdentifierWithQuiteALongNameToo] INT NOT NULL,
    CONSTRAINT [AnotherRatherLongModelNameForRelations_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[AVeryLongModelNameThatGoesOnAndOnForAWhileToo] (
    [id] INT NOT NULL,
    CONSTRAINT [AVeryLongModelNameThatGoesOnAndOnForAWhileToo_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations] (
    [A] INT NOT NULL,
    [B] INT NOT NULL,
    CONSTRAINT [_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [AVeryLongModelNameThatGoesOnAndOnForAWhile_anotherExtremelyLongFieldNameForAnIndexes_anExtremelyLongFieldNameThatIsUnique_idx] ON [dbo].[AVeryLongModelNameThatGoesOnAndOnForAWhile]([anotherExtremelyLongFieldNameForAnIndexes], [anExtremelyLongFieldNameThatIsUnique]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_B_index] ON [dbo].[_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations]([B]);

-- AddForeignKey
ALTER TABLE [dbo].[AnotherRatherLongModelNameForRelations] ADD CONSTRAINT [AnotherRatherLongModelNameForRelations_ownerIdentifierWithQuiteALongNameToo_fkey] FOREIGN KEY ([ownerIdentifierWithQuiteALongNameToo]) REFERENCES [dbo].[AVeryLongModelNameThatGoesOnAndOnForAWhile]([id]) ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations] ADD CONSTRAINT [_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[AVeryLongModelNameThatGoesOnAndOnForAWhileToo]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations] ADD CONSTRAINT [_AVeryLongModelNameThatGoesOnAndOnForAWhileTooToAnotherRatherLongModelNameForRelations_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[AnotherRatherLongModelNameForRelations]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
