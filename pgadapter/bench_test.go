package pgadapter_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

// The benchmarks compare the adapter with plain pgx scanning into typed
// variables, on the same pool and server, for a Prisma-shaped table.
const (
	benchOne  = `SELECT "User"."id", "User"."email", "User"."name", "User"."createdAt", "User"."score", "User"."balance", "User"."active" FROM "User" WHERE "User"."id" = $1 LIMIT $2 OFFSET $3`
	benchMany = `SELECT "User"."id", "User"."email", "User"."name", "User"."createdAt", "User"."score", "User"."balance", "User"."active" FROM "User" WHERE "User"."id" > $1 ORDER BY "User"."id" ASC LIMIT $2 OFFSET $3`
)

func benchSetup(b *testing.B) (*testDB, *pgxpool.Pool, *pgadapter.Adapter) {
	d := newTestDB(b)
	d.exec(b, `CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL UNIQUE, "name" TEXT,
		"createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "score" DOUBLE PRECISION NOT NULL,
		"balance" DECIMAL(65,30) NOT NULL, "active" BOOLEAN NOT NULL)`,
		`INSERT INTO "User" ("email", "name", "score", "balance", "active")
		 SELECT 'user' || i || '@example.com', CASE WHEN i % 3 = 0 THEN NULL ELSE 'User ' || i END, i * 1.5, i * 100.25, i % 2 = 0
		 FROM generate_series(1, 1000) i`)
	cfg, err := pgxpool.ParseConfig(d.base)
	if err != nil {
		b.Fatal(err)
	}
	cfg.ConnConfig = d.connConfig(b)
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	return d, pool, pgadapter.NewPool(pool, pgadapter.Options{})
}

func benchQuery(sql string, first int64, limit int64) *adapter.Query {
	return &adapter.Query{
		SQL:  sql,
		Args: []any{first, limit, int64(0)},
		ArgTypes: []adapter.ArgType{
			{Scalar: adapter.ScalarInt, DBType: "INTEGER"}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarBigInt},
		},
	}
}

func BenchmarkQuery1Row(b *testing.B) {
	_, pool, a := benchSetup(b)
	ctx := context.Background()
	b.Run("adapter", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			rs, err := a.Query(ctx, benchQuery(benchOne, int64(i%1000+1), 1))
			if err != nil || len(rs.Rows) != 1 {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := pgxScan(b, pool, benchOne, int64(i%1000+1), 1); n != 1 {
				b.Fatal(n)
			}
		}
	})
}

func BenchmarkQuery100Rows(b *testing.B) {
	_, pool, a := benchSetup(b)
	ctx := context.Background()
	b.Run("adapter", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			rs, err := a.Query(ctx, benchQuery(benchMany, int64(i%800), 100))
			if err != nil || len(rs.Rows) != 100 {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if n := pgxScan(b, pool, benchMany, int64(i%800), 100); n != 100 {
				b.Fatal(n)
			}
		}
	})
}

// pgxScan is what a hand-written pgx program does: scan into typed values,
// decimals into pgtype.Numeric, and keep the rows.
func pgxScan(b *testing.B, pool *pgxpool.Pool, sql string, first, limit int64) int {
	type user struct {
		id        int32
		email     string
		name      *string
		createdAt time.Time
		score     float64
		balance   pgtype.Numeric
		active    bool
	}
	rows, err := pool.Query(context.Background(), sql, first, limit, 0)
	if err != nil {
		b.Fatal(err)
	}
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
