package mssqladapter_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	_ "github.com/microsoft/go-mssqldb" // registers the "sqlserver" driver

	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/mssqladapter"
)

// Live tests run on the SQL Server that TEST_MSSQL_URL names, a Prisma
// connection string (sqlserver://host:1433;database=master;user=sa;
// password=...;trustServerCertificate=true); they are skipped without it.
// No SQL Server can be had where noengine is developed: these tests have
// not run there (see the package documentation).

// testDB is a private database on the test server, dropped when the test
// ends, with snapshot isolation allowed.
type testDB struct {
	url  string // TEST_MSSQL_URL naming the private database
	name string
	// snapshot reports that ALLOW_SNAPSHOT_ISOLATION could be turned on.
	snapshot bool
}

func newTestDB(t testing.TB) *testDB {
	t.Helper()
	base := testenv.MSSQLURL(t)
	admin := openAdmin(t, base)
	defer admin.Close()
	var rnd [6]byte
	rand.Read(rnd[:])
	name := "mssqladapter_" + hex.EncodeToString(rnd[:])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE ["+name+"]"); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		db := openAdmin(t, base)
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := db.ExecContext(ctx, "ALTER DATABASE ["+name+"] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ["+name+"]"); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	d := &testDB{url: withDatabase(base, name), name: name}
	if _, err := admin.ExecContext(ctx, "ALTER DATABASE ["+name+"] SET ALLOW_SNAPSHOT_ISOLATION ON"); err == nil {
		d.snapshot = true
	}
	return d
}

// openAdmin opens a *sql.DB on the URL's database with go-mssqldb.
func openAdmin(t testing.TB, prismaURL string) *sql.DB {
	t.Helper()
	c, err := mssqladapter.ParseURL(prismaURL)
	if err != nil {
		t.Fatalf("TEST_MSSQL_URL: %v", err)
	}
	db, err := sql.Open("sqlserver", c.DSN())
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// withDatabase replaces the database of a Prisma SQL Server URL.
func withDatabase(prismaURL, name string) string {
	parts := strings.Split(prismaURL, ";")
	out := parts[:1]
	for _, p := range parts[1:] {
		key, _, _ := strings.Cut(p, "=")
		switch strings.TrimSpace(key) {
		case "database", "initial catalog":
			continue
		}
		out = append(out, p)
	}
	return strings.Join(append(out, "database="+name), ";")
}

func (d *testDB) open(t testing.TB, opts mssqladapter.Options) *mssqladapter.Adapter {
	t.Helper()
	a, err := mssqladapter.Open(context.Background(), d.url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}
