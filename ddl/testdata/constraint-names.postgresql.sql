-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,

    CONSTRAINT "country_pk" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "City" (
    "id" SERIAL NOT NULL,
    "countryCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "city_pk" PRIMARY KEY ("countryCode","id")
);

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "city_country_fk" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
