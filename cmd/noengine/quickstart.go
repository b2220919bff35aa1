package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

const quickstartSchema = `datasource db {
  provider = "sqlite"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  posts Post[]
}

model Post {
  id        Int     @id @default(autoincrement())
  title     String
  published Boolean @default(false)
  author    User    @relation(fields: [authorId], references: [id])
  authorId  Int
}
`

var quickstartRequests = []string{
	`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"alice@example.com","name":"Alice","posts":{"create":[{"title":"Hello, noengine","published":true},{"title":"Drafts are private"}]}}},"selection":{"$scalars":true,"posts":{"arguments":{},"selection":{"$scalars":true}}}}}`,
	`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"bob@example.com","posts":{"create":{"title":"Bob writes too","published":true}}}},"selection":{"id":true,"email":true}}}`,
	`{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"posts":{"some":{"published":true}}},"orderBy":[{"email":"asc"}]},"selection":{"email":true,"posts":{"arguments":{"where":{"published":true}},"selection":{"title":true}},"_count":{"selection":{"posts":true}}}}}`,
	`{"modelName":"Post","action":"findFirst","query":{"arguments":{"where":{"title":{"contains":"private"}}},"selection":{"title":true,"published":true,"author":{"arguments":{},"selection":{"name":true}}}}}`,
	`{"modelName":"User","action":"findUniqueOrThrow","query":{"arguments":{"where":{"email":"nobody@example.com"}},"selection":{"id":true}}}`,
}

// quickstart pushes a small schema into a temporary SQLite database, runs a
// few creates and nested reads, and prints each request and its response.
func quickstart(ctx context.Context, out io.Writer) error {
	dir, err := os.MkdirTemp("", "noengine-quickstart-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	url := "file:" + filepath.Join(dir, "dev.db")
	s, err := schema.Parse("schema.prisma", []byte(quickstartSchema))
	if err != nil {
		return err
	}
	a, err := sqliteadapter.Open(ctx, url, sqliteadapter.Options{})
	if err != nil {
		return err
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		a.Close()
		return err
	}
	client, err := noengine.NewWithSchema(s, a, nil)
	if err != nil {
		a.Close()
		return err
	}
	defer client.Close()
	fmt.Fprintf(out, "noengine quickstart: a temporary SQLite database at %s\n\n%s\n", url, quickstartSchema)
	for _, r := range quickstartRequests {
		fmt.Fprintf(out, "> %s\n< %s\n\n", r, client.Request(ctx, []byte(r)))
	}
	return nil
}
