package mysqladapter_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql" // registers the "mysql" database/sql driver
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/mysqladapter"
)

// An application that already has a *sql.DB hands it to the adapter. The
// DSN settings below make results match Prisma's.
func ExampleNew() {
	db, err := sql.Open("mysql", "app:secret@tcp(localhost:3306)/shop?parseTime=true&loc=UTC&clientFoundRows=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := mysqladapter.New(db, mysqladapter.Options{})
	ctx := context.Background()
	rs, err := a.Query(ctx, &adapter.Query{
		SQL:      "INSERT INTO `User` (`email`) VALUES (?)",
		Args:     []any{"alice@example.com"},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarString}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*rs.LastInsertID) // the new row's AUTO_INCREMENT id
}

// Open takes the URL a Prisma schema's datasource uses.
func ExampleOpen() {
	ctx := context.Background()
	a, err := mysqladapter.Open(ctx, "mysql://app:secret@localhost:3306/shop?connection_limit=10", mysqladapter.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()

	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelReadCommitted})
	if err != nil {
		log.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, &adapter.Query{SQL: "UPDATE `User` SET `name` = NULL"}); err != nil {
		log.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Info().Provider) // mysql
}
