package sqlitecore

import (
	"database/sql/driver"
	"reflect"
	"strings"
	"unsafe"

	"github.com/mattn/go-sqlite3"
)

// DeclTypes is the [DeclTypesFunc] for go-sqlite3 and any driver whose rows
// implement driver.RowsColumnTypeDatabaseTypeName. It returns the lower-case
// declared types of the columns and, for go-sqlite3's rows, switches off the
// driver's own conversion of DATETIME, DATE, TIMESTAMP and BOOLEAN columns,
// so that the values come as stored.
func DeclTypes(rows driver.Rows, n int) []string {
	if sr, ok := rows.(*sqlite3.SQLiteRows); ok {
		decl := sr.DeclTypes()
		if len(decl) >= n {
			rawValues(sr, n)
			return decl
		}
	}
	dt, ok := rows.(driver.RowsColumnTypeDatabaseTypeName)
	if !ok {
		return nil
	}
	decl := make([]string, n)
	for i := range decl {
		decl[i] = strings.ToLower(dt.ColumnTypeDatabaseTypeName(i))
	}
	return decl
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

var blankDeclTypes = make([]string, 256)

func rawValues(r *sqlite3.SQLiteRows, n int) {
	if !RawValuesSupported {
		return
	}
	var blank []string
	if n <= len(blankDeclTypes) {
		blank = blankDeclTypes[:n:n]
	} else {
		blank = make([]string, n)
	}
	*(*[]string)(unsafe.Add(unsafe.Pointer(r), decltypeOffset)) = blank
}
