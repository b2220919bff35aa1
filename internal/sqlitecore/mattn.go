//go:build cgo

package sqlitecore

import (
	"context"
	"database/sql/driver"
	"errors"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/mattn/go-sqlite3" // registers "sqlite3"
)

// DriverName is the database/sql name of the SQLite driver this build
// links: "sqlite3", github.com/mattn/go-sqlite3 (cgo). Builds without cgo
// link modernc.org/sqlite ("sqlite") instead.
const DriverName = "sqlite3"

// LibVersion returns the version of the SQLite library the build links.
func LibVersion() string {
	v, _, _ := sqlite3.Version()
	return v
}

// Version returns the SQLite version of a pool whose driver is d, as far as
// it is known without asking the database: [LibVersion], or "" for
// modernc.org/sqlite, which this build does not link.
func Version(d driver.Driver) string {
	if isModernc(reflect.TypeOf(d), "Driver") {
		return ""
	}
	return LibVersion()
}

// stmtCacheSize is the number of prepared statements go-sqlite3 keeps per
// connection.
const stmtCacheSize = 128

// driverParams completes the DSN parameters of [ParseFileURL] for
// go-sqlite3, which reads them all: it adds a statement cache.
func driverParams(q url.Values) error {
	if !q.Has("_stmt_cache_size") {
		q.Set("_stmt_cache_size", strconv.Itoa(stmtCacheSize))
	}
	return nil
}

// mattnDeclTypes returns the declared types of go-sqlite3's rows (already
// lower case) and switches off the driver's conversion of their values.
func mattnDeclTypes(rows driver.Rows, n int) ([]string, bool) {
	sr, ok := rows.(*sqlite3.SQLiteRows)
	if !ok {
		return nil, false
	}
	decl := sr.DeclTypes()
	if len(decl) < n {
		return nil, false
	}
	rawValues(sr, n)
	return decl, true
}

// go-sqlite3 converts values of columns declared DATETIME, DATE or TIMESTAMP
// to time.Time (guessing seconds or milliseconds for integers and dropping
// the stored text) and of BOOLEAN columns to bool, keyed on the declared types
// it caches in SQLiteRows.decltype. Prisma needs the stored values: text is
// returned as stored and integers are always milliseconds. The driver has no
// option for that, so before the first Next we give the rows a list of empty
// declared types, which makes it return every value as stored. The offset of
// the unexported field is found once by reflection and checked for its type;
// if a future driver version renames it, RawValuesSupported is false and the
// values keep the driver's conversion (the adapters' tests fail loudly in that
// case).
var decltypeOffset, RawValuesSupported = func() (uintptr, bool) {
	f, ok := reflect.TypeFor[sqlite3.SQLiteRows]().FieldByName("decltype")
	if !ok || f.Type != reflect.TypeFor[[]string]() {
		return 0, false
	}
	return f.Offset, true
}()

func rawValues(r *sqlite3.SQLiteRows, n int) {
	if !RawValuesSupported {
		return
	}
	*(*[]string)(unsafe.Add(unsafe.Pointer(r), decltypeOffset)) = blankDecl(n)
}

// mattnError returns the extended result code and the message
// (sqlite3_errmsg(), without the system errno go-sqlite3 appends) of the
// go-sqlite3 error in err's chain.
func mattnError(err error) (ext int, msg string, ok bool) {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return 0, "", false
	}
	ext = int(se.ExtendedCode)
	if ext == 0 {
		ext = int(se.Code)
	}
	msg = se.Error()
	if se.SystemErrno != 0 {
		msg = strings.TrimSuffix(msg, ": "+se.SystemErrno.Error())
	}
	return ext, msg, true
}

// A build with cgo does not link modernc.org/sqlite: for its connections
// the autocommit state is not known and the context interrupts only the
// first step of a statement (the driver's own watch).

func moderncAutoCommit(dc any) (autocommit, ok bool) { return false, false }

func moderncInterruptOnDone(context.Context, any) func() { return noop }
