BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Post] (
    [id] INT NOT NULL IDENTITY(1,1),
    [title] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [Post_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[categories] (
    [id] INT NOT NULL IDENTITY(1,1),
    [name] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [categories_pkey] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [categories_name_key] UNIQUE NONCLUSTERED ([name])
);

-- CreateTable
CREATE TABLE [dbo].[Tag] (
    [name] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [Tag_pkey] PRIMARY KEY CLUSTERED ([name])
);

-- CreateTable
CREATE TABLE [dbo].[Person] (
    [person_id] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [Person_pkey] PRIMARY KEY CLUSTERED ([person_id])
);

-- CreateTable
CREATE TABLE [dbo].[_tagging] (
    [A] INT NOT NULL,
    [B] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [_tagging_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateTable
CREATE TABLE [dbo].[_CategoryToPost] (
    [A] INT NOT NULL,
    [B] INT NOT NULL,
    CONSTRAINT [_CategoryToPost_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateTable
CREATE TABLE [dbo].[_PersonToPost] (
    [A] NVARCHAR(1000) NOT NULL,
    [B] INT NOT NULL,
    CONSTRAINT [_PersonToPost_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateTable
CREATE TABLE [dbo].[_follows] (
    [A] NVARCHAR(1000) NOT NULL,
    [B] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [_follows_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_tagging_B_index] ON [dbo].[_tagging]([B]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_CategoryToPost_B_index] ON [dbo].[_CategoryToPost]([B]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_PersonToPost_B_index] ON [dbo].[_PersonToPost]([B]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_follows_B_index] ON [dbo].[_follows]([B]);

-- AddForeignKey
ALTER TABLE [dbo].[_tagging] ADD CONSTRAINT [_tagging_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[Post]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_tagging] ADD CONSTRAINT [_tagging_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[Tag]([name]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_CategoryToPost] ADD CONSTRAINT [_CategoryToPost_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[categories]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_CategoryToPost] ADD CONSTRAINT [_CategoryToPost_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[Post]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_PersonToPost] ADD CONSTRAINT [_PersonToPost_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[Person]([person_id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_PersonToPost] ADD CONSTRAINT [_PersonToPost_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[Post]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[_follows] ADD CONSTRAINT [_follows_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[Person]([person_id]) ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE [dbo].[_follows] ADD CONSTRAINT [_follows_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[Person]([person_id]) ON DELETE NO ACTION ON UPDATE NO ACTION;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
