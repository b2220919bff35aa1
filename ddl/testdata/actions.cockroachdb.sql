-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INT4 NOT NULL,
    "code" STRING NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildA" (
    "id" INT4 NOT NULL,
    "parentId" INT4 NOT NULL,

    CONSTRAINT "ChildA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildB" (
    "id" INT4 NOT NULL,
    "parentId" INT4,

    CONSTRAINT "ChildB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildC" (
    "id" INT4 NOT NULL,
    "p1Id" INT4 NOT NULL,
    "p2Code" STRING,

    CONSTRAINT "ChildC_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildD" (
    "id" INT4 NOT NULL,
    "parentId" INT4 NOT NULL,

    CONSTRAINT "ChildD_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Node" (
    "id" INT4 NOT NULL,
    "parentId" INT4 DEFAULT 0,

    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_code_key" ON "Parent"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ChildD_parentId_key" ON "ChildD"("parentId");

-- AddForeignKey
ALTER TABLE "ChildA" ADD CONSTRAINT "ChildA_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildB" ADD CONSTRAINT "ChildB_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildC" ADD CONSTRAINT "ChildC_p1Id_fkey" FOREIGN KEY ("p1Id") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "ChildC" ADD CONSTRAINT "ChildC_p2Code_fkey" FOREIGN KEY ("p2Code") REFERENCES "Parent"("code") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ChildD" ADD CONSTRAINT "ChildD_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Node"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
