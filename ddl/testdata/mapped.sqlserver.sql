BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[accounts] (
    [account_id] INT NOT NULL IDENTITY(1,1),
    [user_login] NVARCHAR(1000) NOT NULL,
    [full_name] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [accounts_pkey] PRIMARY KEY CLUSTERED ([account_id]),
    CONSTRAINT [account_login_uq] UNIQUE NONCLUSTERED ([user_login]),
    CONSTRAINT [accounts_user_login_full_name_key] UNIQUE NONCLUSTERED ([user_login],[full_name])
);

-- CreateTable
CREATE TABLE [dbo].[sessions] (
    [session_token] NVARCHAR(1000) NOT NULL,
    [account_ref] INT NOT NULL,
    [expires_at] DATETIME2 NOT NULL,
    CONSTRAINT [sessions_pkey] PRIMARY KEY CLUSTERED ([session_token])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [account_name_ix] ON [dbo].[accounts]([full_name]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [sessions_account_ref_expires_at_idx] ON [dbo].[sessions]([account_ref], [expires_at]);

-- AddForeignKey
ALTER TABLE [dbo].[sessions] ADD CONSTRAINT [sessions_account_ref_fkey] FOREIGN KEY ([account_ref]) REFERENCES [dbo].[accounts]([account_id]) ON DELETE NO ACTION ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
