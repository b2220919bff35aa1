-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "id" INT4 NOT NULL,
    "slug" STRING NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" INT4 NOT NULL,
    "email" STRING NOT NULL,
    "firstName" STRING NOT NULL,
    "lastName" STRING NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("tenantId","email")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" INT4 NOT NULL,
    "tenantId" INT4 NOT NULL,
    "userEmail" STRING NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_slug" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_firstName_lastName_key" ON "User"("firstName", "lastName");

-- CreateIndex
CREATE UNIQUE INDEX "last_first" ON "User"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Order_tenantId_userEmail_idx" ON "Order"("tenantId", "userEmail");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_userEmail_fkey" FOREIGN KEY ("tenantId", "userEmail") REFERENCES "User"("tenantId", "email") ON DELETE RESTRICT ON UPDATE CASCADE;
