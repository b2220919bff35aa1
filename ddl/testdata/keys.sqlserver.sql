BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[NoPk] (
    [a] INT NOT NULL,
    [b] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [NoPk_a_b_key] UNIQUE NONCLUSTERED ([a],[b])
);

-- CreateTable
CREATE TABLE [dbo].[OneFieldCompound] (
    [code] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [OneFieldCompound_pkey] PRIMARY KEY CLUSTERED ([code])
);

-- CreateTable
CREATE TABLE [dbo].[BigId] (
    [id] BIGINT NOT NULL IDENTITY(1,1),
    CONSTRAINT [BigId_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[PlainInt] (
    [id] INT NOT NULL,
    CONSTRAINT [PlainInt_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[Uuid] (
    [id] NVARCHAR(1000) NOT NULL,
    [label] NVARCHAR(1000) NOT NULL CONSTRAINT [Uuid_label_df] DEFAULT 'none',
    CONSTRAINT [Uuid_pkey] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [Uuid_label_key] UNIQUE NONCLUSTERED ([label])
);

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
