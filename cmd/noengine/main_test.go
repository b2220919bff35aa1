package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/testenv"
)

const testSchema = `datasource db {
  provider = "%s"
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

// cli runs the command with stdin and returns its stdout, stderr and exit
// code.
func cli(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// writeSchema writes the test schema for provider to dir/schema.prisma.
func writeSchema(t *testing.T, dir, provider string) string {
	t.Helper()
	path := filepath.Join(dir, "schema.prisma")
	if err := os.WriteFile(path, []byte(fmt.Sprintf(testSchema, provider)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// The lines of an exec session and their answers: requests, a batch, an
// interactive transaction, blank and comment lines (no answer), invalid
// JSON and a constraint violation (error envelopes), and a last line
// without a newline.
var execLines = []struct{ in, out string }{
	{`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"a@x","posts":{"create":[{"id":1,"title":"T"}]}}},"selection":{"$scalars":true}}}`,
		`{"data":{"createOne":{"id":1,"email":"a@x"}}}`},
	{``, ``},
	{`// a comment`, ``},
	{`{"$transaction":"begin"}`, `{"$transaction":"begin","ok":true}`},
	{`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":2,"email":"b@x"}},"selection":{"id":true}}}`,
		`{"data":{"createOne":{"id":2}}}`},
	{`{"$transaction":"rollback"}`, `{"$transaction":"rollback","ok":true}`},
	{`{"batch":[{"modelName":"User","action":"findMany","query":{"arguments":{},"selection":{"$scalars":true,"posts":{"selection":{"title":true}}}}},{"modelName":"User","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}}}}}],"transaction":{}}`,
		`{"batchResult":[{"data":{"findMany":[{"id":1,"email":"a@x","posts":[{"title":"T"}]}]}},{"data":{"aggregate":{"_count":{"_all":1}}}}]}`},
	{`{"modelName":`,
		`{"errors":[{"error":"Failed to validate the query: invalid JSON at offset 13: unexpected end of input","user_facing_error":{"is_panic":false,"message":"Failed to validate the query: invalid JSON at offset 13: unexpected end of input","meta":{},"error_code":"P2009"}}]}`},
	{`{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"email":true}}}`,
		`{"data":{"findUnique":{"email":"a@x"}}}`},
}

// execInput joins the lines of execLines, the last without a newline.
func execInput() (string, string) {
	var in, want []string
	for _, l := range execLines {
		in = append(in, l.in)
		if l.out != "" {
			want = append(want, l.out)
		}
	}
	return strings.Join(in, "\n"), strings.Join(want, "\n") + "\n"
}

// push and exec on SQLite, with the URL as Prisma users write it, relative
// to the working directory.
func TestPushExecSQLite(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeSchema(t, dir, "sqlite")
	out, errOut, code := cli(t, "", "push", "--schema", "schema.prisma", "--url", "file:./dev.db")
	if d := cmp.Diff([]any{"The database is now in sync with the Prisma schema (2 models).\n", "", 0}, []any{out, errOut, code}); d != "" {
		t.Fatalf("push (-want +got):\n%s", d)
	}
	if _, err := os.Stat(filepath.Join(dir, "dev.db")); err != nil {
		t.Fatalf("push did not create ./dev.db: %v", err)
	}
	in, want := execInput()
	out, errOut, code = cli(t, in, "exec", "--schema", "schema.prisma", "--url", "file:./dev.db")
	if d := cmp.Diff([]any{want, "", 0}, []any{out, errOut, code}); d != "" {
		t.Fatalf("exec (-want +got):\n%s", d)
	}
	// A unique violation (P2002) and an unknown action (Prisma's compiler
	// panics) are error envelopes and the process goes on; the data the
	// first session wrote is there.
	out, _, code = cli(t, `{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"c@x"}},"selection":{"id":true}}}`+"\n"+
		`{"modelName":"User","action":"count","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}}}}}`+"\n"+
		`{"modelName":"Post","action":"findMany","query":{"arguments":{},"selection":{"$scalars":true}}}`+"\n",
		"exec", "--schema", "schema.prisma", "--url", "file:./dev.db")
	want = `{"errors":[{"error":"Unique constraint failed on the fields: (` + "`id`" + `)","user_facing_error":{"is_panic":false,"message":"Unique constraint failed on the fields: (` + "`id`" + `)","meta":{"driverAdapterError":{"name":"DriverAdapterError","message":"UniqueConstraintViolation","cause":{"originalCode":"SQLITE_CONSTRAINT_PRIMARYKEY","originalMessage":"UNIQUE constraint failed: User.id","kind":"UniqueConstraintViolation","constraint":{"fields":["id"]},"table":"User"}},"table":"User"},"error_code":"P2002"}}]}` + "\n" +
		`{"errors":[{"error":"panicked at query-compiler/schema/src/query_schema.rs:318:18:\nUnknown query tag: count"}]}` + "\n" +
		`{"data":{"findMany":[{"id":1,"title":"T","authorId":1}]}}` + "\n"
	if d := cmp.Diff([]any{want, 0}, []any{out, code}); d != "" {
		t.Fatalf("exec (-want +got):\n%s", d)
	}
}

// Bad input is a clear error with an exit status, never a panic.
func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeSchema(t, dir, "sqlite")
	bad := filepath.Join(dir, "bad.prisma")
	if err := os.WriteFile(bad, []byte("model X {\n  id Int @id\n  y Foo\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dbURL := "file:" + filepath.Join(dir, "dev.db")
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no command", nil, 2, usage},
		{"unknown command", []string{"frob"}, 2, "noengine: unknown command \"frob\"\n" + usage},
		{"unknown flag", []string{"exec", "--frob"}, 2, "flag provided but not defined: -frob\nUsage of exec:\n"},
		{"schema error with line:col", []string{"exec", "--schema", bad, "--url", dbURL}, 1,
			"noengine exec: " + bad + ":3:5: Type \"Foo\" is neither a built-in type, nor refers to another model, composite type, or enum.\n"},
		{"no schema", []string{"push", "--url", dbURL}, 1, "noengine push: --schema is required\n"},
		{"no url", []string{"exec", "--schema", good}, 1, "noengine exec: --url is required (file:, postgresql://, mysql://, sqlserver://, libsql://)\n"},
		{"unknown url", []string{"exec", "--schema", good, "--url", "oracle://x"}, 1,
			"noengine exec: no adapter for URL \"oracle://x\": it must start with file:, postgresql://, mysql://, sqlserver:// or libsql://\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := cli(t, "", tc.args...)
			if tc.name == "unknown flag" {
				// The flag package goes on with the flags' own help.
				errOut, _, _ = strings.Cut(errOut, "  -provider")
			}
			if d := cmp.Diff([]any{"", tc.wantErr, tc.code}, []any{out, errOut, code}); d != "" {
				t.Fatalf("stdout, stderr, exit (-want +got):\n%s", d)
			}
		})
	}
}

// push and exec on PostgreSQL (a fresh schema named in the URL) and MariaDB
// (a fresh database): the same session, the same answers.
func TestPushExecServers(t *testing.T) {
	for _, tc := range []struct {
		provider string
		base     func(testing.TB) string
	}{
		{"postgresql", testenv.PostgresURL},
		{"mysql", testenv.MySQLURL},
	} {
		t.Run(tc.provider, func(t *testing.T) {
			base := tc.base(t)
			ctx := context.Background()
			name := fmt.Sprintf("cli_%d", time.Now().UnixNano()%1e9)
			u, err := url.Parse(base)
			if err != nil {
				t.Fatal(err)
			}
			admin, err := openAdapter(ctx, base)
			if err != nil {
				t.Fatal(err)
			}
			defer admin.Close()
			if tc.provider == "postgresql" {
				q := u.Query()
				q.Set("schema", name)
				u.RawQuery = q.Encode()
				t.Cleanup(func() { admin.Exec(ctx, &adapter.Query{SQL: `DROP SCHEMA "` + name + `" CASCADE`}) })
			} else {
				if _, err := admin.Exec(ctx, &adapter.Query{SQL: "CREATE DATABASE `" + name + "`"}); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { admin.Exec(ctx, &adapter.Query{SQL: "DROP DATABASE `" + name + "`"}) })
				u.Path = "/" + name
			}
			schemaPath := writeSchema(t, t.TempDir(), tc.provider)
			out, errOut, code := cli(t, "", "push", "--schema", schemaPath, "--url", u.String())
			if d := cmp.Diff([]any{"The database is now in sync with the Prisma schema (2 models).\n", "", 0}, []any{out, errOut, code}); d != "" {
				t.Fatalf("push (-want +got):\n%s", d)
			}
			in, want := execInput()
			out, errOut, code = cli(t, in, "exec", "--schema", schemaPath, "--url", u.String())
			if d := cmp.Diff([]any{want, "", 0}, []any{out, errOut, code}); d != "" {
				t.Fatalf("exec (-want +got):\n%s", d)
			}
		})
	}
}

// The README's quickstart runs with no setup and answers its requests as
// Prisma 7.10 does (its answers to the same lines, from prisma-ref exec on
// the quickstart's schema, are the strings below).
func TestQuickstart(t *testing.T) {
	out, errOut, code := cli(t, "", "quickstart")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	// The whole output, but for the temporary database's path.
	got := regexp.MustCompile(`file:\S+/dev\.db`).ReplaceAllString(out, "file:TMP/dev.db")
	var want strings.Builder
	want.WriteString("noengine quickstart: a temporary SQLite database at file:TMP/dev.db\n\n" + quickstartSchema + "\n")
	for i, req := range quickstartRequests {
		fmt.Fprintf(&want, "> %s\n< %s\n\n", req, quickstartAnswers[i])
	}
	if d := cmp.Diff(want.String(), got); d != "" {
		t.Fatalf("quickstart output (-want +got):\n%s", d)
	}
}

// quickstartAnswers are Prisma 7.10's answers to the quickstart's requests
// (prisma-ref exec on the quickstart's schema).
var quickstartAnswers = []string{
	`{"data":{"createOne":{"id":1,"email":"alice@example.com","name":"Alice","posts":[{"id":1,"title":"Hello, noengine","published":true,"authorId":1},{"id":2,"title":"Drafts are private","published":false,"authorId":1}]}}}`,
	`{"data":{"createOne":{"id":2,"email":"bob@example.com"}}}`,
	`{"data":{"findMany":[{"email":"alice@example.com","posts":[{"title":"Hello, noengine"}],"_count":{"posts":2}},{"email":"bob@example.com","posts":[{"title":"Bob writes too"}],"_count":{"posts":1}}]}}`,
	`{"data":{"findFirst":{"title":"Drafts are private","published":false,"author":{"name":"Alice"}}}}`,
	`{"errors":[{"error":"An operation failed because it depends on one or more records that were required but not found. No record was found for a query.","user_facing_error":{"is_panic":false,"message":"An operation failed because it depends on one or more records that were required but not found. No record was found for a query.","meta":{"operation":"a query"},"error_code":"P2025"}}]}`,
}
