package sqliteadapter

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
)

// benchDB opens a database with a Prisma-shaped table of 1000 rows.
func benchDB(b *testing.B) *Adapter {
	b.Helper()
	a, err := Open(context.Background(), "file:"+filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	ctx := context.Background()
	for _, s := range []string{
		`CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "published" BOOLEAN NOT NULL DEFAULT false,
			"authorId" INTEGER NOT NULL, "createdAt" DATETIME NOT NULL, "views" BIGINT NOT NULL, "score" REAL)`,
		`CREATE INDEX "Post_authorId_idx" ON "Post"("authorId")`,
	} {
		if _, err := a.Exec(ctx, &adapter.Query{SQL: s}); err != nil {
			b.Fatal(err)
		}
	}
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		b.Fatal(err)
	}
	when := time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.UTC)
	for i := range 1000 {
		_, err := tx.Exec(ctx, &adapter.Query{
			SQL:      `INSERT INTO "Post" ("title", "published", "authorId", "createdAt", "views", "score") VALUES (?, ?, ?, ?, ?, ?)`,
			Args:     []any{"Post number " + strconv.Itoa(i), i%2 == 0, int64(i / 100), when.Add(time.Duration(i) * time.Minute), int64(i) * 1_000_003, float64(i) / 7},
			ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarString}, {Scalar: adapter.ScalarBoolean}, {Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarDateTime}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarFloat}},
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	return a
}

const (
	benchOneRow   = `SELECT "id", "title", "published", "authorId", "createdAt", "views", "score" FROM "Post" WHERE "id" = ? LIMIT 1`
	benchManyRows = `SELECT "id", "title", "published", "authorId", "createdAt", "views", "score" FROM "Post" WHERE "authorId" = ? ORDER BY "id" LIMIT 100`
)

type post struct {
	id        int64
	title     string
	published bool
	authorID  int64
	createdAt time.Time
	views     int64
	score     sql.NullFloat64
}

func scanPost(s interface{ Scan(...any) error }, p *post) error {
	return s.Scan(&p.id, &p.title, &p.published, &p.authorID, &p.createdAt, &p.views, &p.score)
}

// BenchmarkQuery compares the adapter with hand-written database/sql code on
// the same pool: "scan" scans into typed variables (what hand-written code
// does), "scan-any" into []any (the adapter's row shape).
func BenchmarkQuery(b *testing.B) {
	a := benchDB(b)
	db := a.DB()
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		sql  string
		arg  int64
		rows int
	}{{"1row", benchOneRow, 42, 1}, {"100rows", benchManyRows, 3, 100}} {
		b.Run(bc.name+"/adapter", func(b *testing.B) {
			q := &adapter.Query{SQL: bc.sql, Args: []any{bc.arg}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}}}
			b.ReportAllocs()
			for b.Loop() {
				rs, err := a.Query(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				if len(rs.Rows) != bc.rows {
					b.Fatalf("%d rows", len(rs.Rows))
				}
			}
		})
		b.Run(bc.name+"/database-sql-scan", func(b *testing.B) {
			b.ReportAllocs()
			var out []post
			for b.Loop() {
				rows, err := db.QueryContext(ctx, bc.sql, bc.arg)
				if err != nil {
					b.Fatal(err)
				}
				out = out[:0]
				for rows.Next() {
					var p post
					if err := scanPost(rows, &p); err != nil {
						b.Fatal(err)
					}
					out = append(out, p)
				}
				if err := rows.Close(); err != nil {
					b.Fatal(err)
				}
				if len(out) != bc.rows {
					b.Fatalf("%d rows", len(out))
				}
			}
		})
		b.Run(bc.name+"/database-sql-scan-any", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rows, err := db.QueryContext(ctx, bc.sql, bc.arg)
				if err != nil {
					b.Fatal(err)
				}
				var out [][]any
				for rows.Next() {
					row := make([]any, 7)
					ptrs := make([]any, 7)
					for i := range row {
						ptrs[i] = &row[i]
					}
					if err := rows.Scan(ptrs...); err != nil {
						b.Fatal(err)
					}
					out = append(out, row)
				}
				if err := rows.Close(); err != nil {
					b.Fatal(err)
				}
				if len(out) != bc.rows {
					b.Fatalf("%d rows", len(out))
				}
			}
		})
	}
}

// BenchmarkExec compares an UPDATE through the adapter and database/sql.
func BenchmarkExec(b *testing.B) {
	a := benchDB(b)
	ctx := context.Background()
	const update = `UPDATE "Post" SET "views" = "views" + 1 WHERE "id" = ?`
	b.Run("adapter", func(b *testing.B) {
		q := &adapter.Query{SQL: update, Args: []any{int64(7)}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}}}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.Exec(ctx, q); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("database-sql", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.DB().ExecContext(ctx, update, int64(7)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
