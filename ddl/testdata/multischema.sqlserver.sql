BEGIN TRY

BEGIN TRAN;

-- CreateSchema
EXEC sp_executesql N'CREATE SCHEMA [content];';;

-- CreateSchema
EXEC sp_executesql N'CREATE SCHEMA [identity];';;

-- CreateTable
CREATE TABLE [identity].[User] (
    [id] INT NOT NULL IDENTITY(1,1),
    [email] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [User_pkey] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [User_email_key] UNIQUE NONCLUSTERED ([email])
);

-- CreateTable
CREATE TABLE [content].[Post] (
    [id] INT NOT NULL IDENTITY(1,1),
    [authorId] INT NOT NULL,
    CONSTRAINT [Post_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [content].[Tag] (
    [id] INT NOT NULL IDENTITY(1,1),
    CONSTRAINT [Tag_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [content].[_TagToUser] (
    [A] INT NOT NULL,
    [B] INT NOT NULL,
    CONSTRAINT [_TagToUser_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [Post_authorId_idx] ON [content].[Post]([authorId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_TagToUser_B_index] ON [content].[_TagToUser]([B]);

-- AddForeignKey
ALTER TABLE [content].[Post] ADD CONSTRAINT [Post_authorId_fkey] FOREIGN KEY ([authorId]) REFERENCES [identity].[User]([id]) ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [content].[_TagToUser] ADD CONSTRAINT [_TagToUser_A_fkey] FOREIGN KEY ([A]) REFERENCES [content].[Tag]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [content].[_TagToUser] ADD CONSTRAINT [_TagToUser_B_fkey] FOREIGN KEY ([B]) REFERENCES [identity].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
