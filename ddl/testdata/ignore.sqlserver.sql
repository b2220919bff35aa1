BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Visible] (
    [id] INT NOT NULL IDENTITY(1,1),
    [secret] NVARCHAR(1000) NOT NULL CONSTRAINT [Visible_secret_df] DEFAULT '',
    [legacyId] INT,
    CONSTRAINT [Visible_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[Legacy] (
    [id] INT NOT NULL,
    CONSTRAINT [Legacy_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- AddForeignKey
ALTER TABLE [dbo].[Visible] ADD CONSTRAINT [Visible_legacyId_fkey] FOREIGN KEY ([legacyId]) REFERENCES [dbo].[Legacy]([id]) ON DELETE SET NULL ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
