BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Scalars] (
    [id] NVARCHAR(1000) NOT NULL,
    [str] NVARCHAR(1000) NOT NULL,
    [strOpt] NVARCHAR(1000),
    [strDef] NVARCHAR(1000) NOT NULL CONSTRAINT [Scalars_strDef_df] DEFAULT 'it''s "quoted"',
    [int] INT NOT NULL,
    [intOpt] INT,
    [intDef] INT NOT NULL CONSTRAINT [Scalars_intDef_df] DEFAULT -42,
    [big] BIGINT NOT NULL,
    [bigOpt] BIGINT,
    [bigDef] BIGINT NOT NULL CONSTRAINT [Scalars_bigDef_df] DEFAULT 9007199254740993,
    [float] FLOAT(53) NOT NULL,
    [floatOpt] FLOAT(53),
    [floatDef] FLOAT(53) NOT NULL CONSTRAINT [Scalars_floatDef_df] DEFAULT 1.50,
    [floatInt] FLOAT(53) NOT NULL CONSTRAINT [Scalars_floatInt_df] DEFAULT 3,
    [dec] DECIMAL(32,16) NOT NULL,
    [decOpt] DECIMAL(32,16),
    [decDef] DECIMAL(32,16) NOT NULL CONSTRAINT [Scalars_decDef_df] DEFAULT 0.10,
    [decStr] DECIMAL(32,16) NOT NULL CONSTRAINT [Scalars_decStr_df] DEFAULT 12.345,
    [bool] BIT NOT NULL,
    [boolOpt] BIT,
    [boolDef] BIT NOT NULL CONSTRAINT [Scalars_boolDef_df] DEFAULT 1,
    [date] DATETIME2 NOT NULL,
    [dateOpt] DATETIME2,
    [dateNow] DATETIME2 NOT NULL CONSTRAINT [Scalars_dateNow_df] DEFAULT CURRENT_TIMESTAMP,
    [bytes] VARBINARY(max) NOT NULL,
    [bytesOpt] VARBINARY(max),
    [bytesDef] VARBINARY(max) NOT NULL CONSTRAINT [Scalars_bytesDef_df] DEFAULT 0x68656c6c6f,
    [uuid] NVARCHAR(1000) NOT NULL,
    [uuid7] NVARCHAR(1000) NOT NULL,
    [cuid2] NVARCHAR(1000) NOT NULL,
    [ulid] NVARCHAR(1000) NOT NULL,
    [nanoid] NVARCHAR(1000) NOT NULL,
    [updatedAt] DATETIME2 NOT NULL,
    CONSTRAINT [Scalars_pkey] PRIMARY KEY CLUSTERED ([id])
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
