package sqliteadapter_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/sqliteadapter"
)

// Wrap a pool the application already has. The DSN enables foreign keys and
// a busy timeout, as Prisma's SQLite connector does; the adapter leaves the
// pool open when it is closed. DriverName is "sqlite3" (go-sqlite3) in
// builds with cgo and "sqlite" (modernc.org/sqlite) without; both read
// this DSN.
func ExampleNew() {
	db, err := sql.Open(sqliteadapter.DriverName, "file::memory:?_foreign_keys=on&_busy_timeout=5000")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one in-memory database

	a := sqliteadapter.New(db, sqliteadapter.Options{})
	defer a.Close()

	ctx := context.Background()
	if _, err := a.Exec(ctx, &adapter.Query{SQL: `CREATE TABLE "User" ("id" INTEGER PRIMARY KEY, "big" BIGINT, "createdAt" DATETIME)`}); err != nil {
		log.Fatal(err)
	}
	rs, err := a.Query(ctx, &adapter.Query{
		SQL:      `INSERT INTO "User" ("big", "createdAt") VALUES (?, ?) RETURNING *`,
		Args:     []any{int64(9007199254740993), "2024-05-06T07:08:09.123Z"},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarDateTime}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rs.Columns)
	fmt.Println(rs.Rows[0]...)
	for _, t := range rs.Types {
		fmt.Print(t.RawName(), " ")
	}
	fmt.Println()
	// Output:
	// [id big createdAt]
	// 1 9007199254740993 2024-05-06T07:08:09.123+00:00
	// int bigint datetime
}

// Open a Prisma-style URL. DateTime values are written as Unix
// milliseconds here, the format of Prisma's Rust engine.
func ExampleOpen() {
	ctx := context.Background()
	a, err := sqliteadapter.Open(ctx, ":memory:", sqliteadapter.Options{TimestampFormat: sqliteadapter.TimestampUnixEpochMS})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()

	_, err = a.Exec(ctx, &adapter.Query{SQL: `CREATE TABLE "User" ("id" INTEGER PRIMARY KEY, "email" TEXT NOT NULL UNIQUE)`})
	if err != nil {
		log.Fatal(err)
	}
	insert := &adapter.Query{SQL: `INSERT INTO "User" ("email") VALUES (?)`, Args: []any{"alice@example.com"}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarString}}}
	if _, err := a.Exec(ctx, insert); err != nil {
		log.Fatal(err)
	}
	_, err = a.Exec(ctx, insert)
	if e, ok := adapter.AsError(err); ok {
		fmt.Println(e.Kind.Code(), e.UserMessage())
		fmt.Println(e.OriginalCode, e.OriginalMessage)
	}
	fmt.Println(a.Info().Provider, a.Info().MaxBindValues)
	// Output:
	// P2002 Unique constraint failed on the fields: (`email`)
	// SQLITE_CONSTRAINT_UNIQUE UNIQUE constraint failed: User.email
	// sqlite 999
}
