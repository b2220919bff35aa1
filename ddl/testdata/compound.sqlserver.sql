BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Tenant] (
    [id] INT NOT NULL,
    [slug] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [Tenant_pkey] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [tenant_slug] UNIQUE NONCLUSTERED ([slug])
);

-- CreateTable
CREATE TABLE [dbo].[User] (
    [tenantId] INT NOT NULL,
    [email] NVARCHAR(1000) NOT NULL,
    [firstName] NVARCHAR(1000) NOT NULL,
    [lastName] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [User_pkey] PRIMARY KEY CLUSTERED ([tenantId],[email]),
    CONSTRAINT [User_firstName_lastName_key] UNIQUE NONCLUSTERED ([firstName],[lastName]),
    CONSTRAINT [last_first] UNIQUE NONCLUSTERED ([lastName],[firstName])
);

-- CreateTable
CREATE TABLE [dbo].[Order] (
    [id] INT NOT NULL,
    [tenantId] INT NOT NULL,
    [userEmail] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [Order_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [Order_tenantId_userEmail_idx] ON [dbo].[Order]([tenantId], [userEmail]);

-- AddForeignKey
ALTER TABLE [dbo].[User] ADD CONSTRAINT [User_tenantId_fkey] FOREIGN KEY ([tenantId]) REFERENCES [dbo].[Tenant]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[Order] ADD CONSTRAINT [Order_tenantId_userEmail_fkey] FOREIGN KEY ([tenantId], [userEmail]) REFERENCES [dbo].[User]([tenantId],[email]) ON DELETE NO ACTION ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
