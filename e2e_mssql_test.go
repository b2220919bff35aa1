package noengine_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/mssqladapter"
	"github.com/noengine/noengine/schema"
)

// testSQLServer is TestE2E's sqlserver part. The corpus's expected answers
// are SQLite's, PostgreSQL's and MySQL's, which SQL Server's differ from
// (no enums, no Json), so it runs the adapter conformance suite and smoke
// requests whose answers follow Prisma's on SQL Server. The SQL of the whole
// corpus is pinned by internal/mssqlgolden, checked against Prisma's. It
// needs TEST_MSSQL_URL (a Prisma connection string with the right to create
// databases) and is skipped without it.
func testSQLServer(t *testing.T) {
	base := testenv.MSSQLURL(t)
	t.Run("conformance", func(t *testing.T) {
		conformance.Run(t, conformance.Config{
			Provider: adapter.ProviderSQLServer,
			Capabilities: conformance.Capabilities{
				IsolationLevels: []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSnapshot, adapter.LevelSerializable},
				Savepoints:      true,
				WriteConflicts:  true,
				ExactDecimals:   true,
				LengthChecks:    true,
				RangeChecks:     true,
				DateAndTime:     true,
				UUID:            true,
			},
			New: func(t testing.TB) adapter.Adapter {
				a, err := mssqladapter.Open(context.Background(), mssqlDatabase(t, base), mssqladapter.Options{})
				if err != nil {
					t.Fatal(err)
				}
				return a
			},
		})
	})
	t.Run("smoke", func(t *testing.T) { mssqlSmoke(t, base) })
}

// mssqlDatabase creates a database on the server (dropped when the test
// ends) with snapshot isolation allowed, and returns the URL naming it.
func mssqlDatabase(t testing.TB, base string) string {
	t.Helper()
	c, err := mssqladapter.ParseURL(base)
	if err != nil {
		t.Fatalf("TEST_MSSQL_URL: %v", err)
	}
	admin, err := sql.Open("sqlserver", c.DSN())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var rnd [6]byte
	rand.Read(rnd[:])
	name := "e2e_" + hex.EncodeToString(rnd[:])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE ["+name+"]; ALTER DATABASE ["+name+"] SET ALLOW_SNAPSHOT_ISOLATION ON"); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("sqlserver", c.DSN())
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := db.ExecContext(ctx, "ALTER DATABASE ["+name+"] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ["+name+"]"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	var parts []string
	for _, p := range strings.Split(base, ";") {
		key, _, _ := strings.Cut(p, "=")
		if k := strings.TrimSpace(key); k != "database" && k != "initial catalog" {
			parts = append(parts, p)
		}
	}
	return strings.Join(append(parts, "database="+name), ";")
}

const mssqlSmokeSchema = `
datasource db {
  provider = "sqlserver"
}

model User {
  id    Int       @id @default(autoincrement())
  email String    @unique
  name  String?
  admin Boolean   @default(false)
  score Float     @default(0)
  born  DateTime?
  posts Post[]
  tags  Tag[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Tag {
  id    Int    @id
  label String @unique
  users User[]
}

model Row {
  id Int @id
  v  Int
}
`

// mssqlSmoke runs requests that exercise what is particular to SQL Server
// (inserts through OUTPUT ... INTO, OFFSET/FETCH, take: 0, NULLS LAST
// emulated, LIKE with +, BIT filters, emulated upsert, MERGE of join rows,
// 1,000-row INSERTs, chunking at 2,098 parameters, savepoints through
// interactive transactions) and compares the answers with Prisma's.
func mssqlSmoke(t *testing.T, base string) {
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(mssqlSmokeSchema))
	if err != nil {
		t.Fatal(err)
	}
	a, err := mssqladapter.Open(ctx, mssqlDatabase(t, base), mssqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		t.Fatalf("push: %v", err)
	}
	client, err := noengine.NewWithSchema(s, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	sess := client.NewSession()
	defer func() {
		sess.Close()
		client.Close()
	}()
	rows := make([]string, 1500)
	for i := range rows {
		rows[i] = fmt.Sprintf(`{"id":%d,"v":%d}`, i, i%7)
	}
	ids := make([]string, 3000)
	for i := range ids {
		ids[i] = fmt.Sprint(i)
	}
	steps := []struct{ req, want string }{
		{`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"ada@x","name":"Ada","born":{"$type":"DateTime","value":"2024-01-02T03:04:05.678Z"},"posts":{"create":[{"id":1,"title":"t1"},{"id":2,"title":"t2"}]}}},"selection":{"id":true,"email":true,"born":true,"posts":{"arguments":{"orderBy":[{"id":"asc"}]},"selection":{"id":true,"title":true}}}}}`,
			`{"data":{"createOne":{"id":1,"email":"ada@x","born":{"$type":"DateTime","value":"2024-01-02T03:04:05.678+00:00"},"posts":[{"id":1,"title":"t1"},{"id":2,"title":"t2"}]}}}`},
		{`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"bob@x"}},"selection":{"id":true,"name":true,"admin":true}}}`,
			`{"data":{"createOne":{"id":2,"name":null,"admin":false}}}`},
		{`{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"email":{"contains":"@x"}},"orderBy":[{"name":{"sort":"asc","nulls":"last"}}]},"selection":{"id":true,"name":true}}}`,
			`{"data":{"findMany":[{"id":1,"name":"Ada"},{"id":2,"name":null}]}}`},
		{`{"modelName":"User","action":"findMany","query":{"arguments":{"orderBy":[{"id":"desc"}],"skip":1,"take":1},"selection":{"id":true}}}`,
			`{"data":{"findMany":[{"id":1}]}}`},
		{`{"modelName":"User","action":"findMany","query":{"arguments":{"orderBy":[{"id":"asc"}],"take":0},"selection":{"id":true}}}`,
			`{"data":{"findMany":[]}}`},
		{`{"modelName":"User","action":"updateMany","query":{"arguments":{"where":{"admin":false},"data":{"score":{"increment":1.5}}},"selection":{"count":true}}}`,
			`{"data":{"updateMany":{"count":2}}}`},
		{`{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"email":"cy@x"},"create":{"email":"cy@x"},"update":{"name":"again"}},"selection":{"id":true,"email":true,"name":true}}}`,
			`{"data":{"upsertOne":{"id":3,"email":"cy@x","name":null}}}`},
		{`{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"email":"cy@x"},"create":{"email":"cy@x"},"update":{"name":"again"}},"selection":{"id":true,"email":true,"name":true}}}`,
			`{"data":{"upsertOne":{"id":3,"email":"cy@x","name":"again"}}}`},
		{`{"modelName":"Tag","action":"createOne","query":{"arguments":{"data":{"id":1,"label":"go","users":{"connect":[{"id":1}]}}},"selection":{"id":true,"users":{"selection":{"id":true}}}}}`,
			`{"data":{"createOne":{"id":1,"users":[{"id":1}]}}}`},
		// Connecting an existing link is not an error (MERGE, Prisma's
		// ON CONFLICT DO NOTHING on SQL Server).
		{`{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"tags":{"connect":[{"id":1}]}}},"selection":{"id":true,"tags":{"selection":{"label":true}}}}}`,
			`{"data":{"updateOne":{"id":1,"tags":[{"label":"go"}]}}}`},
		{`{"modelName":"User","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}},"_sum":{"selection":{"score":true}}}}}`,
			`{"data":{"aggregate":{"_count":{"_all":3},"_sum":{"score":3}}}}`},
		{`{"modelName":"User","action":"groupBy","query":{"arguments":{"by":["admin"],"orderBy":[{"admin":"asc"}]},"selection":{"admin":true,"_count":{"selection":{"_all":true}}}}}`,
			`{"data":{"groupBy":[{"admin":false,"_count":{"_all":3}}]}}`},
		{`{"modelName":"Row","action":"createMany","query":{"arguments":{"data":[` + strings.Join(rows, ",") + `]},"selection":{"count":true}}}`,
			`{"data":{"createMany":{"count":1500}}}`},
		{`{"modelName":"Row","action":"aggregate","query":{"arguments":{"where":{"v":0}},"selection":{"_count":{"selection":{"_all":true}}}}}`,
			`{"data":{"aggregate":{"_count":{"_all":215}}}}`},
		{`{"$transaction":"begin"}`, `{"$transaction":"begin","ok":true}`},
		{`{"modelName":"Row","action":"deleteMany","query":{"arguments":{"where":{"v":{"gt":0}}},"selection":{"count":true}}}`,
			`{"data":{"deleteMany":{"count":1285}}}`},
		{`{"$transaction":"rollback"}`, `{"$transaction":"rollback","ok":true}`},
	}
	for i, st := range steps {
		got := sess.Do(ctx, []byte(st.req))
		kind := e2e.KindQuery
		if strings.HasPrefix(st.req, `{"$transaction"`) {
			kind = e2e.KindControl
		}
		if diff := e2e.Compare(kind, []byte(st.want), got, nil); diff != "" {
			t.Errorf("step %d: %s\n got %s\nwant %s\n%s", i, st.req[:min(len(st.req), 200)], got, st.want, diff)
		}
	}

	// 3,000 ids: the read is split at 2,098 parameters; 1,500 rows exist.
	got := sess.Do(ctx, []byte(`{"modelName":"Row","action":"findMany","query":{"arguments":{"where":{"id":{"in":[`+strings.Join(ids, ",")+`]}}},"selection":{"id":true}}}`))
	var resp struct {
		Data struct {
			FindMany []struct{ ID int } `json:"findMany"`
		} `json:"data"`
	}
	if err := json.Unmarshal(got, &resp); err != nil || len(resp.Data.FindMany) != 1500 {
		t.Errorf("findMany with 3000 ids: %d rows (%v), want 1500: %.300s", len(resp.Data.FindMany), err, got)
	}

	// A duplicate email: P2002.
	got = sess.Do(ctx, []byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"ada@x"}},"selection":{"id":true}}}`))
	if !strings.Contains(string(got), `"error_code":"P2002"`) {
		t.Errorf("duplicate email: %s, want P2002", got)
	}
}
