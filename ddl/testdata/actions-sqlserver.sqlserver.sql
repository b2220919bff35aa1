BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Parent] (
    [id] INT NOT NULL,
    CONSTRAINT [Parent_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[ChildA] (
    [id] INT NOT NULL,
    [parentId] INT NOT NULL,
    CONSTRAINT [ChildA_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[ChildB] (
    [id] INT NOT NULL,
    [parentId] INT,
    CONSTRAINT [ChildB_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[ChildC] (
    [id] INT NOT NULL,
    [parentId] INT NOT NULL,
    CONSTRAINT [ChildC_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- AddForeignKey
ALTER TABLE [dbo].[ChildA] ADD CONSTRAINT [ChildA_parentId_fkey] FOREIGN KEY ([parentId]) REFERENCES [dbo].[Parent]([id]) ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[ChildB] ADD CONSTRAINT [ChildB_parentId_fkey] FOREIGN KEY ([parentId]) REFERENCES [dbo].[Parent]([id]) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[ChildC] ADD CONSTRAINT [ChildC_parentId_fkey] FOREIGN KEY ([parentId]) REFERENCES [dbo].[Parent]([id]) ON DELETE CASCADE ON UPDATE NO ACTION;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
