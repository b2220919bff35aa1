package sqlitecore

import (
	"context"
	"database/sql/driver"
	"strings"
)

// The driver-specific parts of the package. Which SQLite driver a build
// links depends on cgo:
//
//   - with cgo, github.com/mattn/go-sqlite3 (registered as "sqlite3"; the
//     C SQLite library; mattn.go);
//   - without cgo, modernc.org/sqlite (registered as "sqlite"; SQLite
//     translated to Go; purego.go).
//
// [DriverName] names the one linked. Pools of modernc.org/sqlite are also
// recognised in cgo builds (modernc.go reads their rows and errors without
// importing the package), so a program that already uses it can hand its
// pool to the adapters whichever way it is built.

// DeclTypes is the [DeclTypesFunc] for go-sqlite3, modernc.org/sqlite and
// any driver whose rows implement driver.RowsColumnTypeDatabaseTypeName. It
// returns the lower-case declared types of the columns and, for the rows of
// go-sqlite3 and modernc.org/sqlite, switches off the driver's own
// conversion of DATETIME, DATE and TIMESTAMP (go-sqlite3: also BOOLEAN)
// columns, so that the values come as stored.
func DeclTypes(rows driver.Rows, n int) []string {
	if decl, ok := mattnDeclTypes(rows, n); ok {
		return decl
	}
	dt, ok := rows.(driver.RowsColumnTypeDatabaseTypeName)
	if !ok {
		return nil
	}
	decl := make([]string, n)
	for i := range decl {
		decl[i] = lowerDeclType(dt.ColumnTypeDatabaseTypeName(i))
	}
	// After reading them: modernc's rows answer from the list this blanks.
	moderncRawValues(rows, n)
	return decl
}

// lowerDeclType lower-cases a declared type, without allocating for the
// types Prisma declares.
func lowerDeclType(s string) string {
	switch s {
	case "":
		return ""
	case "INTEGER":
		return "integer"
	case "TEXT":
		return "text"
	case "DATETIME":
		return "datetime"
	case "BOOLEAN":
		return "boolean"
	case "REAL":
		return "real"
	case "BIGINT":
		return "bigint"
	case "DECIMAL":
		return "decimal"
	case "BLOB":
		return "blob"
	case "JSONB":
		return "jsonb"
	}
	return strings.ToLower(s)
}

// DriverError returns the extended result code and the message
// (sqlite3_errmsg(), without what the driver adds around it) of the
// go-sqlite3 or modernc.org/sqlite error in err's chain.
func DriverError(err error) (ext int, msg string, ok bool) {
	if ext, msg, ok = mattnError(err); ok {
		return ext, msg, true
	}
	return moderncError(err)
}

// IsInterrupt reports whether err is SQLITE_INTERRUPT, the error of a
// statement interrupted because its context ended.
func IsInterrupt(err error) bool {
	ext, _, ok := DriverError(err)
	return ok && ext&0xff == codeInterrupt
}

const codeInterrupt = 9

// AutoCommit reports whether dc, a driver connection (the argument of
// sql.Conn.Raw's function), is outside a transaction
// (sqlite3_get_autocommit). ok is false when the driver does not tell:
// connections of go-sqlite3 and, in builds without cgo, of
// modernc.org/sqlite do; dc must not be in use by another goroutine.
func AutoCommit(dc any) (autocommit, ok bool) {
	if c, ok := dc.(interface{ AutoCommit() bool }); ok {
		return c.AutoCommit(), true
	}
	return moderncAutoCommit(dc)
}

// InterruptOnDone makes the end of ctx interrupt the statement running on
// dc, a driver connection, until stop is called; call stop before the
// connection runs anything else. It is for reading a statement's rows:
// go-sqlite3 interrupts a statement whose context ends until its rows are
// closed, modernc.org/sqlite only while it runs the statement's first step,
// so for its connections the function takes over for the steps of Next.
// Where nothing needs doing (go-sqlite3, a context that never ends, a build
// with cgo and a modernc.org/sqlite pool) stop is a no-op.
func InterruptOnDone(ctx context.Context, dc any) (stop func()) {
	if ctx.Done() == nil {
		return noop
	}
	return moderncInterruptOnDone(ctx, dc)
}

func noop() {}
