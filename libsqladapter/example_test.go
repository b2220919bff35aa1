package libsqladapter_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"

	_ "github.com/tursodatabase/libsql-client-go/libsql" // registers the "libsql" driver

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/internal/sqlitecore"
	"github.com/noengine/noengine/libsqladapter"
)

// standIn starts an in-process Hrana server on a temporary SQLite file: it
// plays the libSQL server (sqld) that a Turso URL would reach. It returns
// the server's URL and a function that stops it.
func standIn(token string) (string, func()) {
	dir, err := os.MkdirTemp("", "libsql-example")
	if err != nil {
		log.Fatal(err)
	}
	backend, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(dir, "db.sqlite")+"?_foreign_keys=on&_busy_timeout=5000")
	if err != nil {
		log.Fatal(err)
	}
	srv := httptest.NewServer(hranatest.NewServer(backend, hranatest.Options{AuthToken: token}))
	return srv.URL, func() { srv.Close(); backend.Close(); os.RemoveAll(dir) }
}

// Open a remote database. Against Turso the URL would be
// "libsql://<database>-<org>.turso.io?authToken=<token>" (TLS); here a
// stand-in server listens on plain HTTP, so the token goes in the options.
func ExampleOpen() {
	url, stop := standIn("my-token")
	defer stop()

	ctx := context.Background()
	a, err := libsqladapter.Open(ctx, url, libsqladapter.Options{AuthToken: "my-token"})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()

	if _, err := a.Exec(ctx, &adapter.Query{SQL: `CREATE TABLE "User" ("id" INTEGER PRIMARY KEY, "email" TEXT NOT NULL UNIQUE, "big" BIGINT, "createdAt" DATETIME)`}); err != nil {
		log.Fatal(err)
	}
	rs, err := a.Query(ctx, &adapter.Query{
		SQL:      `INSERT INTO "User" ("email", "big", "createdAt") VALUES (?, ?, ?) RETURNING *`,
		Args:     []any{"alice@example.com", int64(9007199254740993), "2024-05-06T07:08:09.123Z"},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarString}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarDateTime}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rs.Columns)
	fmt.Println(rs.Rows[0]...)
	var types []string
	for _, t := range rs.Types {
		types = append(types, t.RawName())
	}
	fmt.Println(types)

	_, err = a.Exec(ctx, &adapter.Query{SQL: `INSERT INTO "User" ("email") VALUES ('alice@example.com')`})
	if e, ok := adapter.AsError(err); ok {
		fmt.Println(e.Kind.Code(), e.UserMessage(), e.OriginalCode)
	}
	info := a.Info()
	fmt.Println(info.Provider, info.Flavor, info.MaxBindValues)
	// Output:
	// [id email big createdAt]
	// 1 alice@example.com 9007199254740993 2024-05-06T07:08:09.123+00:00
	// [int string bigint datetime]
	// P2002 Unique constraint failed on the fields: (`email`) 2067
	// sqlite libsql 999
}

// Wrap a pool the application opened with libsql-client-go's driver. The
// adapter leaves the pool open when it is closed.
func ExampleNew() {
	url, stop := standIn("")
	defer stop()

	db, err := sql.Open("libsql", url) // e.g. "libsql://<database>-<org>.turso.io?authToken=<token>"
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := libsqladapter.New(db, libsqladapter.Options{TimestampFormat: libsqladapter.TimestampUnixEpochMS})
	defer a.Close()

	ctx := context.Background()
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := tx.Exec(ctx, &adapter.Query{SQL: `CREATE TABLE "Event" ("id" INTEGER PRIMARY KEY, "at" DATETIME)`}); err != nil {
		log.Fatal(err)
	}
	if _, err := tx.Exec(ctx, &adapter.Query{SQL: `INSERT INTO "Event" ("at") VALUES (?)`,
		Args: []any{"1970-01-01T00:00:01.5Z"}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarDateTime}}}); err != nil {
		log.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		log.Fatal(err)
	}
	// CASE hides the declared type: the value comes back as stored.
	rs, err := a.Query(ctx, &adapter.Query{SQL: `SELECT CASE WHEN 1 THEN "at" END, typeof("at") FROM "Event"`})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rs.Rows[0]...)
	// Output:
	// 1500 integer
}
