package pgadapter_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

// An application that already has a pgx pool hands it to the adapter.
func ExampleNewPool() {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	a := pgadapter.NewPool(pool, pgadapter.Options{})
	rs, err := a.Query(ctx, &adapter.Query{
		SQL:      `SELECT $1::numeric * 2 AS doubled`,
		Args:     []any{"12345678901234567890.5"},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarDecimal}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rs.Rows[0][0]) // 24691357802469135781.0
}

// A single connection works too; the adapter serialises its use.
func ExampleNewConn() {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(ctx)

	a := pgadapter.NewConn(conn, pgadapter.Options{})
	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSerializable})
	if err != nil {
		log.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, &adapter.Query{SQL: `SELECT 1`}); err != nil {
		log.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		log.Fatal(err)
	}
}

// A *sql.DB opened with pgx's stdlib driver.
func ExampleNewDB() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := pgadapter.NewDB(db, pgadapter.Options{})
	fmt.Println(a.Info().Provider) // postgres
}

// Open takes the URL a Prisma schema's datasource uses, Prisma's own
// parameters included.
func ExampleOpen() {
	ctx := context.Background()
	a, err := pgadapter.Open(ctx, "postgresql://app:secret@localhost:5432/shop?schema=sales&connection_limit=10", pgadapter.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()
	fmt.Println(a.Info().SchemaName) // sales
}
