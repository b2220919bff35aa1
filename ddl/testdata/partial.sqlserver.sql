BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[User] (
    [id] INT NOT NULL,
    [email] NVARCHAR(1000) NOT NULL,
    [active] BIT NOT NULL,
    [score] INT,
    [name] NVARCHAR(1000),
    [deletedAt] DATETIME2,
    CONSTRAINT [User_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [user_inactive] ON [dbo].[User]([email]) WHERE [active] = 0 AND [score] = 5 AND [name] = 'o''neil';

-- CreateIndex
CREATE NONCLUSTERED INDEX [user_live] ON [dbo].[User]([email]) WHERE [deletedAt] IS NULL;

-- CreateIndex
CREATE NONCLUSTERED INDEX [user_dead] ON [dbo].[User]([name]) WHERE [deletedAt] IS NOT NULL AND [score] != 3 AND [name] != 'x';

-- CreateIndex
CREATE NONCLUSTERED INDEX [user_high] ON [dbo].[User]([score]) WHERE score > 10;

-- CreateIndex
CREATE UNIQUE NONCLUSTERED INDEX [User_email_key] ON [dbo].[User]([email]) WHERE [active] = 1;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
