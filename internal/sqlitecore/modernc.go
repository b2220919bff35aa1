package sqlitecore

import (
	"database/sql/driver"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"
)

// modernc.org/sqlite, read without importing it, so that cgo builds (which
// link go-sqlite3) accept its pools too; builds without cgo link it
// (purego.go) and use the same code.

// moderncPkg is the import path of modernc.org/sqlite's driver package.
const moderncPkg = "modernc.org/sqlite"

// isModernc reports whether t is *T for a type T named name of
// modernc.org/sqlite.
func isModernc(t reflect.Type, name string) bool {
	return t != nil && t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct &&
		t.Elem().Name() == name && t.Elem().PkgPath() == moderncPkg
}

// fieldOffset returns the offset of t's field name if it has type ft.
func fieldOffset(t reflect.Type, name string, ft reflect.Type) (uintptr, bool) {
	f, ok := t.FieldByName(name)
	if !ok || f.Type != ft || len(f.Index) != 1 {
		return 0, false
	}
	return f.Offset, true
}

// modernc.org/sqlite converts text in columns declared DATE, DATETIME or
// TIMESTAMP to time.Time (dropping the stored text: "2024-05-06 07:08:09"
// and "2024-05-06T07:08:09Z" read alike) and, with _inttotime, integers
// too, keyed on the declared types its rows cache, upper-cased, in
// rows.decltypes. Its DSN has options to turn the conversion on
// (_texttotime, _inttotime) and to choose how time.Time arguments are
// written (_time_format), none to turn the conversion of declared columns
// off. So, as for go-sqlite3, once the declared types have been read and
// before the first Next, the rows get a list of empty declared types,
// which makes them return every value as stored. The offset of the
// unexported field is found by reflection, once per rows type, and checked
// for its type; if a future version renames it, values keep the driver's
// conversion and the adapters' tests fail loudly.
type moderncRowsLayout struct {
	typ       reflect.Type
	decltypes uintptr
	ok        bool
}

var moderncRows atomic.Pointer[moderncRowsLayout]

// moderncRowsOffset returns the offset of decltypes in rows of type t.
func moderncRowsOffset(t reflect.Type) (uintptr, bool) {
	if l := moderncRows.Load(); l != nil && l.typ == t {
		return l.decltypes, l.ok
	}
	if !isModernc(t, "rows") {
		return 0, false
	}
	off, ok := fieldOffset(t.Elem(), "decltypes", reflect.TypeFor[[]string]())
	moderncRows.Store(&moderncRowsLayout{typ: t, decltypes: off, ok: ok})
	return off, ok
}

// moderncRawValues makes modernc.org/sqlite's rows return the values of
// its n columns as stored. Other rows are left alone.
func moderncRawValues(rows driver.Rows, n int) {
	t := reflect.TypeOf(rows)
	off, ok := moderncRowsOffset(t)
	if !ok {
		return
	}
	p := (*[]string)(unsafe.Add(reflect.ValueOf(rows).UnsafePointer(), off))
	if len(*p) != n {
		return
	}
	*p = blankDecl(n)
}

var blankDeclTypes = make([]string, 256)

// blankDecl returns n empty declared types; the result must not be
// written to.
func blankDecl(n int) []string {
	if n <= len(blankDeclTypes) {
		return blankDeclTypes[:n:n]
	}
	return make([]string, n)
}

// moderncCodeError is the method set of modernc.org/sqlite's *Error.
type moderncCodeError interface {
	error
	Code() int
}

// moderncError returns the extended result code and sqlite3_errmsg() of
// the modernc.org/sqlite error (*sqlite.Error) in err's chain. The driver
// opens connections with extended result codes on, so Code() is the
// extended code. Its message is sqlite3_errstr(code), ": " and
// sqlite3_errmsg() unless the two are equal, then " (<code>)" and, for
// SQLITE_BUSY, " (SQLITE_BUSY)"; none of SQLite's sqlite3_errstr() texts
// contains ": ".
func moderncError(err error) (ext int, msg string, ok bool) {
	var e moderncCodeError
	if !errors.As(err, &e) || !isModernc(reflect.TypeOf(e), "Error") {
		return 0, "", false
	}
	ext = e.Code()
	msg = e.Error()
	if ext == codeBusy {
		msg = strings.TrimSuffix(msg, " (SQLITE_BUSY)")
	}
	msg = strings.TrimSuffix(msg, " ("+strconv.Itoa(ext)+")")
	if _, m, found := strings.Cut(msg, ": "); found {
		msg = m
	}
	return ext, msg, true
}
