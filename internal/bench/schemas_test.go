package bench

import "strings"

// shapesSchema is the schema of the request shapes of issue 8: the
// oracle's smoke schema (every scalar type Prisma maps specially: BigInt,
// Decimal, Json, Bytes, DateTime) with comments under posts for a read two
// levels deep, and indexes on the foreign keys.
const shapesSchema = `
generator client {
  provider        = "prisma-client"
  previewFeatures = ["relationJoins"]
}

datasource db {
  provider = "PROVIDER"
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  createdAt DateTime @default(now())
  big       BigInt?
  dec       Decimal?
  data      Json?
  bytes     Bytes?
  posts     Post[]
}

model Post {
  id        Int       @id @default(autoincrement())
  title     String
  published Boolean   @default(false)
  views     Int       @default(0)
  authorId  Int
  author    User      @relation(fields: [authorId], references: [id])
  comments  Comment[]

  @@index([authorId])
}

model Comment {
  id     Int    @id @default(autoincrement())
  body   String
  postId Int
  post   Post   @relation(fields: [postId], references: [id])

  @@index([postId])
}
`

// imdbSchema is the schema of Prisma's query-compiler benchmarks
// (prisma/query-compiler-benchmarks, benches/prisma-pg-qc/prisma/schema.prisma),
// with indexes on the foreign keys.
const imdbSchema = `
generator client {
  provider        = "prisma-client"
  previewFeatures = ["relationJoins"]
}

datasource db {
  provider = "PROVIDER"
}

model Movie {
  id          Int    @id @default(autoincrement())
  title       String
  year        Int
  description String

  cast    Actor[]
  reviews Review[]
}

model Actor {
  id   Int    @id @default(autoincrement())
  name String

  movies Movie[]

  person_id Int
  person    Person @relation(fields: [person_id], references: [id])

  @@index([person_id])
}

model Person {
  id         Int    @id @default(autoincrement())
  first_name String
  last_name  String

  acted_in Actor[]
}

model Review {
  id     Int    @id @default(autoincrement())
  body   String
  rating Int

  author_id Int
  author    User @relation(fields: [author_id], references: [id])

  movie_id Int
  movie    Movie @relation(fields: [movie_id], references: [id])

  @@index([author_id])
  @@index([movie_id])
}

model User {
  id      Int      @id @default(autoincrement())
  name    String
  reviews Review[]
}
`

// prismaSchema is the schema ../shared/oracle/bench.mjs benchmarks Prisma
// on: smoke/schema.sqlite.prisma with @@index([authorId]) added to Post.
const prismaSchema = `
datasource db {
  provider = "PROVIDER"
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  createdAt DateTime @default(now())
  big       BigInt?
  dec       Decimal?
  data      Json?
  bytes     Bytes?
  posts     Post[]
}

model Post {
  id        Int     @id @default(autoincrement())
  title     String
  published Boolean @default(false)
  authorId  Int
  author    User    @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`

// schemaFor writes a schema for a provider; SQLite and SQL Server get no
// relationJoins preview feature (Prisma offers no relationLoadStrategy
// there).
func schemaFor(src, provider string) string {
	if provider == "sqlite" || provider == "sqlserver" {
		src = strings.Replace(src, `  previewFeatures = ["relationJoins"]`+"\n", "", 1)
	}
	return strings.Replace(src, "PROVIDER", provider, 1)
}
