package ddl_test

import (
	"fmt"
	"log"

	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/schema"
)

func ExampleStatements() {
	src := `
datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int
}
`
	s, err := schema.Parse("schema.prisma", []byte(src))
	if err != nil {
		log.Fatal(err)
	}
	stmts, err := ddl.Statements(s, "postgresql", ddl.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, stmt := range stmts {
		fmt.Println(stmt + ";")
	}
	// Output:
	// CREATE SCHEMA IF NOT EXISTS "public";
	// CREATE TABLE "User" (
	//     "id" SERIAL NOT NULL,
	//     "email" TEXT NOT NULL,
	//
	//     CONSTRAINT "User_pkey" PRIMARY KEY ("id")
	// );
	// CREATE TABLE "Post" (
	//     "id" SERIAL NOT NULL,
	//     "title" TEXT NOT NULL,
	//     "authorId" INTEGER NOT NULL,
	//
	//     CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
	// );
	// CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
	// ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
}

func ExampleScript() {
	src := `
datasource db {
  provider = "sqlite"
}

model Tag {
  name String @id
}
`
	s, err := schema.Parse("schema.prisma", []byte(src))
	if err != nil {
		log.Fatal(err)
	}
	script, err := ddl.Script(s, "", ddl.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(script)
	// Output:
	// -- CreateTable
	// CREATE TABLE "Tag" (
	//     "name" TEXT NOT NULL PRIMARY KEY
	// );
}
