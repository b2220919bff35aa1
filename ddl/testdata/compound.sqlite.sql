-- CreateTable
CREATE TABLE "Tenant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "email"),
    CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" INTEGER NOT NULL,
    "userEmail" TEXT NOT NULL,
    CONSTRAINT "Order_tenantId_userEmail_fkey" FOREIGN KEY ("tenantId", "userEmail") REFERENCES "User" ("tenantId", "email") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_slug" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_firstName_lastName_key" ON "User"("firstName", "lastName");

-- CreateIndex
CREATE UNIQUE INDEX "last_first" ON "User"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Order_tenantId_userEmail_idx" ON "Order"("tenantId", "userEmail");
