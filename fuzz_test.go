package noengine_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

const fuzzSchema = `datasource db {
  provider = "sqlite"
}

enum Role {
  USER
  ADMIN @map("admin")
}

model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  name    String?
  role    Role     @default(USER)
  big     BigInt?
  dec     Decimal?
  at      DateTime @default(now())
  data    Json?
  bytes   Bytes?
  posts   Post[]
  profile Profile?
  tags    Tag[]
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Tag {
  id    Int    @id
  users User[]
}
`

// FuzzRequest feeds arbitrary request lines to a client on SQLite: whatever
// the input, the client answers one valid JSON envelope and never panics.
func FuzzRequest(f *testing.F) {
	seeds := []string{
		`{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"email":{"contains":"a"},"posts":{"some":{"title":"x"}}},"orderBy":[{"id":"desc"}],"take":2,"skip":1},"selection":{"$scalars":true,"posts":{"arguments":{"take":1},"selection":{"id":true}},"_count":{"selection":{"posts":true}}}}}`,
		`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"a@b","role":"ADMIN","big":{"$type":"BigInt","value":"9007199254740993"},"dec":{"$type":"Decimal","value":"1.5"},"data":{"$type":"Json","value":"{}"},"bytes":{"$type":"Bytes","value":"AAE="},"posts":{"create":[{"title":"t"}]},"profile":{"create":{"bio":"b"}}}},"selection":{"$scalars":true}}}`,
		`{"modelName":"User","action":"findUniqueOrThrow","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}`,
		`{"modelName":"User","action":"updateMany","query":{"arguments":{"where":{"NOT":[{"name":null}]},"data":{"name":{"set":"x"}}},"selection":{"count":true}}}`,
		`{"modelName":"Post","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}},"_avg":{"selection":{"id":true}}}}}`,
		`{"modelName":"Post","action":"groupBy","query":{"arguments":{"by":["authorId"],"orderBy":[{"authorId":"asc"}]},"selection":{"authorId":true}}}`,
		`{"batch":[{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}]}`,
		`{"action":"queryRaw","query":{"arguments":{"query":"SELECT 1","parameters":"[]"},"selection":{}}}`,
		`{"modelName":"User","action":"deleteMany","query":{"arguments":{"where":{"tags":{"none":{}}}},"selection":{"count":true}}}`,
		`{}`, `[]`, `null`, `{"modelName":"Nope","action":"findMany","query":{}}`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(fuzzSchema))
	if err != nil {
		f.Fatal(err)
	}
	a, err := sqliteadapter.Open(ctx, ":memory:", sqliteadapter.Options{})
	if err != nil {
		f.Fatal(err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		f.Fatal(err)
	}
	c, err := noengine.NewWithSchema(s, a, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { c.Close() })
	f.Fuzz(func(t *testing.T, line string) {
		out := c.Request(ctx, []byte(line))
		if !json.Valid(out) {
			t.Fatalf("invalid JSON answer to %q: %s", line, out)
		}
	})
}
