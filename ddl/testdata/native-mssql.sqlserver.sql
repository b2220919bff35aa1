BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Everything] (
    [id] INT NOT NULL IDENTITY(1,1),
    [ti] TINYINT NOT NULL,
    [si] SMALLINT NOT NULL,
    [bi] BIGINT NOT NULL,
    [flag] BIT NOT NULL CONSTRAINT [Everything_flag_df] DEFAULT 1,
    [off] BIT NOT NULL CONSTRAINT [flag_off_default] DEFAULT 0,
    [real] REAL NOT NULL,
    [flt] FLOAT(24) NOT NULL CONSTRAINT [Everything_flt_df] DEFAULT 1.25,
    [money] MONEY,
    [smoney] SMALLMONEY,
    [dec] DECIMAL(10,2) NOT NULL CONSTRAINT [Everything_dec_df] DEFAULT 2.50,
    [decAny] DECIMAL,
    [ch] CHAR(3) NOT NULL,
    [nch] NCHAR(5),
    [vc] VARCHAR(100) NOT NULL,
    [vcMax] VARCHAR(max),
    [nvc] NVARCHAR(50) NOT NULL CONSTRAINT [Everything_nvc_df] DEFAULT 'it''s',
    [nvcMax] NVARCHAR(max),
    [txt] TEXT,
    [ntxt] NTEXT,
    [xml] XML,
    [guid] UNIQUEIDENTIFIER NOT NULL CONSTRAINT [Everything_guid_df] DEFAULT newid(),
    [bin] BINARY(4),
    [vbin] VARBINARY(16) NOT NULL CONSTRAINT [Everything_vbin_df] DEFAULT 0x010203,
    [img] IMAGE,
    [date] DATE NOT NULL,
    [time] TIME,
    [dt] DATETIME NOT NULL CONSTRAINT [Everything_dt_df] DEFAULT CURRENT_TIMESTAMP,
    [dt2] DATETIME2 NOT NULL CONSTRAINT [Everything_dt2_df] DEFAULT '2020-01-02 03:04:05.678 +00:00',
    [dto] DATETIMEOFFSET,
    [sdt] SMALLDATETIME,
    CONSTRAINT [Everything_pkey] PRIMARY KEY NONCLUSTERED ([id]),
    CONSTRAINT [Everything_vc_ch_key] UNIQUE CLUSTERED ([vc],[ch] DESC)
);

-- CreateTable
CREATE TABLE [dbo].[_links] (
    [A] INT NOT NULL,
    [B] INT NOT NULL,
    CONSTRAINT [_links_AB_unique] UNIQUE NONCLUSTERED ([A],[B])
);

-- CreateIndex
CREATE NONCLUSTERED INDEX [Everything_dt_idx] ON [dbo].[Everything]([dt] DESC);

-- CreateIndex
CREATE NONCLUSTERED INDEX [si_ix] ON [dbo].[Everything]([si]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [_links_B_index] ON [dbo].[_links]([B]);

-- AddForeignKey
ALTER TABLE [dbo].[_links] ADD CONSTRAINT [_links_A_fkey] FOREIGN KEY ([A]) REFERENCES [dbo].[Everything]([id]) ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE [dbo].[_links] ADD CONSTRAINT [_links_B_fkey] FOREIGN KEY ([B]) REFERENCES [dbo].[Everything]([id]) ON DELETE NO ACTION ON UPDATE NO ACTION;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
