package mysqladapter_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/mysqladapter"
)

// The benchmarks compare the adapter with plain database/sql scanning into
// typed variables, on the same *sql.DB and server, for a Prisma-shaped table.
const (
	benchOne  = "SELECT `User`.`id`, `User`.`email`, `User`.`name`, `User`.`createdAt`, `User`.`score`, `User`.`balance`, `User`.`active` FROM `User` WHERE `User`.`id` = ? LIMIT ? OFFSET ?"
	benchMany = "SELECT `User`.`id`, `User`.`email`, `User`.`name`, `User`.`createdAt`, `User`.`score`, `User`.`balance`, `User`.`active` FROM `User` WHERE `User`.`id` > ? ORDER BY `User`.`id` ASC LIMIT ? OFFSET ?"
)

func benchSetup(b *testing.B) (*sql.DB, *mysqladapter.Adapter) {
	d := newTestDB(b)
	d.exec(b, "CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, `email` VARCHAR(191) NOT NULL UNIQUE, `name` VARCHAR(191) NULL,"+
		" `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `score` DOUBLE NOT NULL, `balance` DECIMAL(65,30) NOT NULL, `active` BOOLEAN NOT NULL)",
		"INSERT INTO `User` (`email`, `name`, `score`, `balance`, `active`) SELECT CONCAT('user', n, '@example.com'),"+
			" IF(n % 3 = 0, NULL, CONCAT('User ', n)), n * 1.5, n * 100.25, n % 2 = 0 FROM ("+seq(1, 1000)+") AS s")
	db := d.sqlDB(b, prismaDSN)
	db.SetMaxIdleConns(4)
	return db, mysqladapter.New(db, mysqladapter.Options{})
}

func benchQuery(sql string, first, limit int64) *adapter.Query {
	return &adapter.Query{
		SQL:      sql,
		Args:     []any{first, limit, int64(0)},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt, DBType: "INT"}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarBigInt}},
	}
}

func BenchmarkQuery1Row(b *testing.B) {
	db, a := benchSetup(b)
	ctx := context.Background()
	b.Run("adapter", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			rs, err := a.Query(ctx, benchQuery(benchOne, int64(i%1000+1), 1))
			if err != nil || len(rs.Rows) != 1 {
				b.Fatal(err)
			}
		}
	})
	b.Run("database-sql", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := sqlScan(b, db, benchOne, int64(i%1000+1), 1); n != 1 {
				b.Fatal(n)
			}
		}
	})
	stmt, err := db.Prepare(benchOne)
	if err != nil {
		b.Fatal(err)
	}
	defer stmt.Close()
	b.Run("database-sql-prepared", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := sqlScan(b, stmt, "", int64(i%1000+1), 1); n != 1 {
				b.Fatal(n)
			}
		}
	})
}

func BenchmarkQuery100Rows(b *testing.B) {
	db, a := benchSetup(b)
	ctx := context.Background()
	b.Run("adapter", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			rs, err := a.Query(ctx, benchQuery(benchMany, int64(i%800), 100))
			if err != nil || len(rs.Rows) != 100 {
				b.Fatal(err)
			}
		}
	})
	b.Run("database-sql", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := sqlScan(b, db, benchMany, int64(i%800), 100); n != 100 {
				b.Fatal(n)
			}
		}
	})
	stmt, err := db.Prepare(benchMany)
	if err != nil {
		b.Fatal(err)
	}
	defer stmt.Close()
	b.Run("database-sql-prepared", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := sqlScan(b, stmt, "", int64(i%800), 100); n != 100 {
				b.Fatal(n)
			}
		}
	})
}

// sqlScan is what a hand-written database/sql program does: scan into typed
// values (the decimal as a string) and keep the rows.
func sqlScan(b *testing.B, db any, query string, first, limit int64) int {
	type user struct {
		id        int32
		email     string
		name      sql.NullString
		createdAt time.Time
		score     float64
		balance   string
		active    bool
	}
	var rows *sql.Rows
	var err error
	switch db := db.(type) {
	case *sql.DB:
		rows, err = db.QueryContext(context.Background(), query, first, limit, 0)
	case *sql.Stmt:
		rows, err = db.QueryContext(context.Background(), first, limit, 0)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []user
	for rows.Next() {
		var u user
		if err := rows.Scan(&u.id, &u.email, &u.name, &u.createdAt, &u.score, &u.balance, &u.active); err != nil {
			b.Fatal(err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	return len(out)
}
