// Package testenv finds the databases integration tests run against.
//
// A test that needs a server calls one of the URL functions. When the
// variable is unset the test is skipped with a clear message, except under CI
// (CI=true), where a missing server is a failure: CI always provides them.
package testenv

import (
	"os"
	"testing"
)

// Environment variables naming test databases. Values are URLs as Prisma
// users write them.
const (
	PostgresVar = "TEST_POSTGRES_URL" // postgres://test:test@127.0.0.1:55432/testdb?sslmode=disable
	MySQLVar    = "TEST_MYSQL_URL"    // mysql://test:test@127.0.0.1:53306/testdb
	MSSQLVar    = "TEST_MSSQL_URL"    // sqlserver://host:1433;database=x;user=sa;password=...;trustServerCertificate=true
)

// InCI reports whether the tests run under CI (CI=true).
func InCI() bool { return os.Getenv("CI") == "true" }

// URL returns the value of the variable, or skips the test (fails it in CI)
// when it is unset.
func URL(tb testing.TB, variable string) string {
	tb.Helper()
	u := os.Getenv(variable)
	if u != "" {
		return u
	}
	if InCI() {
		tb.Fatalf("%s is not set, but CI=true: CI must provide this database (.ci/run starts it)", variable)
	}
	tb.Skipf("%s is not set: skipping a test that needs this database (run .ci/start-dbs.sh to start one)", variable)
	return ""
}

// PostgresURL returns TEST_POSTGRES_URL or skips (fails in CI).
func PostgresURL(tb testing.TB) string { tb.Helper(); return URL(tb, PostgresVar) }

// MySQLURL returns TEST_MYSQL_URL or skips (fails in CI).
func MySQLURL(tb testing.TB) string { tb.Helper(); return URL(tb, MySQLVar) }

// MSSQLURL returns TEST_MSSQL_URL or skips. SQL Server cannot be had on the CI
// machines, so it is skipped there too, with the reason printed.
func MSSQLURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(MSSQLVar)
	if u == "" {
		tb.Skipf("%s is not set: no SQL Server is available here; its SQL is pinned by golden files", MSSQLVar)
	}
	return u
}
