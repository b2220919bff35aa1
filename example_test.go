package noengine_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/sqliteadapter"
)

const exampleSchema = `
datasource db {
  provider = "sqlite"
}

model User {
  id    Int    @id
  email String @unique
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`

// newExampleClient opens a SQLite database in a temporary directory, creates
// the schema's tables and returns a client on it.
func newExampleClient() (*noengine.Client, func()) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "noengine-example")
	if err != nil {
		log.Fatal(err)
	}
	a, err := sqliteadapter.Open(ctx, "file:"+filepath.Join(dir, "dev.db"), sqliteadapter.Options{})
	if err != nil {
		log.Fatal(err)
	}
	client, err := noengine.New(exampleSchema, a, nil)
	if err != nil {
		log.Fatal(err)
	}
	if err := ddl.Push(ctx, a, client.Schema(), ddl.Options{}); err != nil {
		log.Fatal(err)
	}
	return client, func() { client.Close(); os.RemoveAll(dir) }
}

// A client answers Prisma JSON-protocol requests with Prisma's responses.
func ExampleNew() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	fmt.Printf("%s\n", client.Request(ctx, []byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"ada@example.com","posts":{"create":[{"id":1,"title":"Notes"}]}}},"selection":{"$scalars":true}}}`)))
	fmt.Printf("%s\n", client.Request(ctx, []byte(`{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"email":true,"posts":{"selection":{"title":true}}}}}`)))
	// Output:
	// {"data":{"createOne":{"id":1,"email":"ada@example.com"}}}
	// {"data":{"findUnique":{"email":"ada@example.com","posts":[{"title":"Notes"}]}}}
}

// Errors come back as Prisma's error envelope, with its P-codes.
func ExampleClient_Request_error() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	create := []byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"ada@example.com"}},"selection":{"id":true}}}`)
	client.Request(ctx, create)
	fmt.Printf("%s\n", client.Request(ctx, []byte(`{"modelName":"User","action":"findUniqueOrThrow","query":{"arguments":{"where":{"id":2}},"selection":{"id":true}}}`)))
	// Output:
	// {"errors":[{"error":"An operation failed because it depends on one or more records that were required but not found. No record was found for a query.","user_facing_error":{"is_panic":false,"message":"An operation failed because it depends on one or more records that were required but not found. No record was found for a query.","meta":{"operation":"a query"},"error_code":"P2025"}}]}
}

// Query takes a decoded request and returns the action's data, or an error
// carrying the Prisma code.
func ExampleClient_Query() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	line, err := protocol.DecodeLine([]byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"ada@example.com"}},"selection":{"id":true}}}`))
	if err != nil {
		log.Fatal(err)
	}
	create := line.Request
	data, err := client.Query(ctx, create)
	fmt.Printf("%s %v\n", data, err)
	_, err = client.Query(ctx, create)
	fmt.Println(noengine.Code(err), noengine.IsUniqueViolation(err))
	// Output:
	// {"id":1} <nil>
	// P2002 true
}

// AppendRequest appends each response to a buffer the caller keeps, so that a
// server answering many requests allocates no response buffers once the
// buffer has grown to its largest answer.
func ExampleClient_AppendRequest() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	var buf []byte
	for i := 1; i <= 3; i++ {
		line := fmt.Appendf(nil, `{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":1},"create":{"id":1,"email":"v%d@example.com"},"update":{"email":"v%d@example.com"}},"selection":{"email":true}}}`, i, i)
		buf = client.AppendRequest(ctx, buf[:0], line)
		os.Stdout.Write(append(buf, '\n'))
	}
	// Output:
	// {"data":{"upsertOne":{"email":"v1@example.com"}}}
	// {"data":{"upsertOne":{"email":"v2@example.com"}}}
	// {"data":{"upsertOne":{"email":"v3@example.com"}}}
}

// Transaction runs requests in one database transaction: it commits when fn
// returns nil and rolls back otherwise.
func ExampleClient_Transaction() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	err := client.Transaction(ctx, nil, func(tx *noengine.Tx) error {
		tx.Request(ctx, []byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"ada@example.com"}},"selection":{"id":true}}}`))
		return fmt.Errorf("changed my mind")
	})
	fmt.Println(err)
	fmt.Printf("%s\n", client.Request(ctx, []byte(`{"modelName":"User","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}}}}}`)))
	// Output:
	// changed my mind
	// {"data":{"aggregate":{"_count":{"_all":0}}}}
}

// A session answers the lines of `noengine exec`: requests, batches, and
// interactive-transaction control lines.
func ExampleSession_Do() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	s := client.NewSession()
	defer s.Close()
	for _, line := range []string{
		`{"batch":[{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"a@x"}},"selection":{"id":true}}},{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":2,"email":"b@x"}},"selection":{"id":true}}}],"transaction":{}}`,
		`{"modelName":"User","action":"findMany","query":{"arguments":{"orderBy":[{"id":"desc"}]},"selection":{"email":true}}}`,
	} {
		fmt.Printf("%s\n", s.Do(ctx, []byte(line)))
	}
	// Output:
	// {"batchResult":[{"data":{"createOne":{"id":1}}},{"data":{"createOne":{"id":2}}}]}
	// {"data":{"findMany":[{"email":"b@x"},{"email":"a@x"}]}}
}

// AppendDo answers a line into a buffer the caller reuses, as `noengine exec`
// does for every line it reads.
func ExampleSession_AppendDo() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	s := client.NewSession()
	defer s.Close()
	var buf []byte
	for _, line := range []string{
		`{"$transaction":"begin"}`,
		`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":7,"email":"g@x"}},"selection":{"id":true}}}`,
		`{"$transaction":"rollback"}`,
		`{"modelName":"User","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}}}}}`,
	} {
		buf = s.AppendDo(ctx, buf[:0], []byte(line))
		fmt.Printf("%s\n", buf)
	}
	// Output:
	// {"$transaction":"begin","ok":true}
	// {"data":{"createOne":{"id":7}}}
	// {"$transaction":"rollback","ok":true}
	// {"data":{"aggregate":{"_count":{"_all":0}}}}
}

// Requests of the same shape share one compiled plan; only their values
// differ.
func ExampleClient_PlanCache() {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()

	for id := 1; id <= 3; id++ {
		client.Request(ctx, fmt.Appendf(nil, `{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":%d}},"selection":{"id":true}}}`, id))
	}
	st := client.PlanCache().Stats()
	fmt.Println(st.Hits, st.Misses)
	// Output:
	// 2 1
}
