BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[Country] (
    [code] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [country_pk] PRIMARY KEY CLUSTERED ([code])
);

-- CreateTable
CREATE TABLE [dbo].[City] (
    [id] INT NOT NULL IDENTITY(1,1),
    [countryCode] NVARCHAR(1000) NOT NULL,
    [name] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [city_pk] PRIMARY KEY CLUSTERED ([countryCode],[id])
);

-- AddForeignKey
ALTER TABLE [dbo].[City] ADD CONSTRAINT [city_country_fk] FOREIGN KEY ([countryCode]) REFERENCES [dbo].[Country]([code]) ON DELETE NO ACTION ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
