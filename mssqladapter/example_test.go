package mssqladapter_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	_ "github.com/microsoft/go-mssqldb" // registers the "sqlserver" database/sql driver

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/mssqladapter"
)

// An application that already has a *sql.DB hands it to the adapter. Prisma's
// driver encrypts and verifies certificates by default: say so in the DSN.
func ExampleNew() {
	db, err := sql.Open("sqlserver", "sqlserver://app:secret@localhost:1433?database=shop&encrypt=true&TrustServerCertificate=false")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := mssqladapter.New(db, mssqladapter.Options{Schema: "dbo"})
	ctx := context.Background()
	rs, err := a.Query(ctx, &adapter.Query{
		SQL:      "SELECT [id], [email] FROM [dbo].[User] WHERE [email] = @P1",
		Args:     []any{"alice@example.com"},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarString}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rs.Columns, len(rs.Rows))
}

// Open takes the connection string a Prisma schema's datasource uses.
func ExampleOpen() {
	ctx := context.Background()
	a, err := mssqladapter.Open(ctx, "sqlserver://localhost:1433;database=shop;user=sa;password={p@ss;word};trustServerCertificate=true;schema=app", mssqladapter.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()

	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSnapshot})
	if err != nil {
		log.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if err := tx.(adapter.Savepointer).CreateSavepoint(ctx, "before_update"); err != nil {
		log.Fatal(err)
	}
	if _, err := tx.Exec(ctx, &adapter.Query{SQL: "UPDATE [app].[User] SET [name] = NULL"}); err != nil {
		log.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Info().SchemaName) // app
}

// ParseURL reads Prisma's connection string; DSN is what go-mssqldb gets.
func ExampleParseURL() {
	c, err := mssqladapter.ParseURL("sqlserver://db.example.com:1433;database=shop;user=sa;password={p@ss;word};trustServerCertificate=true;schema=app")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.DSN())
	fmt.Println(c.Schema)
	// Output:
	// sqlserver://sa:p%40ss;word@db.example.com:1433?TrustServerCertificate=true&database=shop&encrypt=true
	// app
}
