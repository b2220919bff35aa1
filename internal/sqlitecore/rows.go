package sqlitecore

import (
	"database/sql/driver"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/noengine/noengine/adapter"
)

// DeclTypesFunc returns the declared types of the n columns of rows (""
// where a column has none), or nil when the driver cannot tell. It is called
// once, after Columns and before the first Next.
type DeclTypesFunc func(rows driver.Rows, n int) []string

// ReadRows reads a whole result set into one backing array, gives every
// column its type (declared, else inferred from the values) and normalises
// the values as Prisma's SQLite adapters do. The driver must return
// integers as int64, reals as float64, text as string and blobs as []byte.
func ReadRows(rows driver.Rows, declTypes DeclTypesFunc) (*adapter.ResultSet, error) {
	names := rows.Columns()
	n := len(names)
	rs := &adapter.ResultSet{Columns: slices.Clone(names), Types: make([]adapter.ColumnType, n)}
	if n == 0 {
		// A statement without result columns (INSERT without RETURNING):
		// step it to the end, as better-sqlite3's run() does.
		for {
			if err := rows.Next(nil); err == io.EOF {
				break
			} else if err != nil {
				return nil, err
			}
		}
		rs.Columns = []string{}
		rs.Rows = [][]any{}
		return rs, nil
	}
	decl := declTypes(rows, n)

	// Each row is read into a pooled scratch row and appended to one
	// backing array, which therefore never holds the slot of the final,
	// empty read.
	sp := scratchRows.Get().(*[]any)
	if cap(*sp) < n {
		*sp = make([]any, n)
	}
	scratch := (*sp)[:n]
	var backing []any
	var err error
	for {
		if err = rows.Next(asDriverValues(scratch)); err != nil {
			break
		}
		backing = append(backing, scratch...)
	}
	clear(scratch)
	scratchRows.Put(sp)
	if err != io.EOF {
		return nil, err
	}
	// modernc.org/sqlite reads an empty BLOB as a nil []byte (go-sqlite3
	// as an empty one); NULL is a nil interface.
	for i, v := range backing {
		if b, ok := v.([]byte); ok && b == nil {
			backing[i] = []byte{}
		}
	}
	nrows := len(backing) / n
	rs.Rows = make([][]any, nrows)
	for i := range rs.Rows {
		rs.Rows[i] = backing[i*n : (i+1)*n : (i+1)*n]
	}
	for c := 0; c < n; c++ {
		var t adapter.ColumnType
		ok := false
		if c < len(decl) {
			t, ok = DeclaredType(decl[c])
		}
		if !ok {
			t = InferType(backing, c, n)
		}
		rs.Types[c] = t
		Normalize(backing, c, n, t)
	}
	return rs, nil
}

var scratchRows = sync.Pool{New: func() any { s := make([]any, 0, 16); return &s }}

// asDriverValues views a []any as a []driver.Value; driver.Value is defined as
// any, so the two have the same layout and no copy is needed.
func asDriverValues(s []any) []driver.Value {
	return unsafe.Slice((*driver.Value)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

// DeclaredType maps a declared column type as Prisma's SQLite adapters do
// (quaint's sqlite/conversion.rs): an exact, case-insensitive match of the
// whole type name, so "VARCHAR(10)" is not declared. ok is false for types
// outside the table, whose column type is then inferred from the values.
func DeclaredType(decl string) (t adapter.ColumnType, ok bool) {
	for i := 0; i < len(decl); i++ {
		if c := decl[i]; c >= 'A' && c <= 'Z' {
			decl = strings.ToLower(decl)
			break
		}
	}
	switch decl {
	case "decimal":
		return adapter.TypeNumeric, true
	case "float":
		return adapter.TypeFloat, true
	case "double", "double precision", "numeric", "real":
		return adapter.TypeDouble, true
	case "tinyint", "smallint", "mediumint", "int", "integer", "serial", "int2":
		return adapter.TypeInt32, true
	case "bigint", "unsigned big int", "int8":
		return adapter.TypeInt64, true
	case "datetime", "timestamp":
		return adapter.TypeDateTime, true
	case "time":
		return adapter.TypeTime, true
	case "date":
		return adapter.TypeDate, true
	case "text", "clob", "character", "varchar", "varying character", "nchar", "native character", "nvarchar":
		return adapter.TypeText, true
	case "blob":
		return adapter.TypeBytes, true
	case "boolean":
		return adapter.TypeBoolean, true
	case "jsonb":
		return adapter.TypeJSON, true
	}
	return 0, false
}

// InferType types column c (of n) of backing, a column without a declared
// type, from its first non-null value; a column of nulls is Int32, as in
// quaint.
func InferType(backing []any, c, n int) adapter.ColumnType {
	for i := c; i < len(backing); i += n {
		switch backing[i].(type) {
		case nil:
			continue
		case string:
			return adapter.TypeText
		case int64:
			return adapter.TypeInt64
		case float64:
			return adapter.TypeUnknownNumber
		case []byte:
			return adapter.TypeBytes
		case bool:
			return adapter.TypeBoolean
		case time.Time:
			return adapter.TypeDateTime
		}
		return adapter.TypeUnknownNumber
	}
	return adapter.TypeInt32
}

// Normalize applies Prisma's row normalisation to column c (of n) of
// backing, whose type is t:
//   - non-integral numbers in Int32/Int64 columns are truncated;
//   - integers in Numeric columns become decimal text;
//   - numbers in DateTime columns are Unix milliseconds, returned as
//     JavaScript's toISOString text ("2024-01-02T03:04:05.678Z"), as Prisma's
//     SQLite adapters do; text is left as stored;
//   - numbers in Boolean columns become bool (true only for 1).
func Normalize(backing []any, c, n int, t adapter.ColumnType) {
	switch t {
	case adapter.TypeInt32, adapter.TypeInt64:
		for i := c; i < len(backing); i += n {
			if f, ok := backing[i].(float64); ok {
				backing[i] = truncFloat(f)
			}
		}
	case adapter.TypeNumeric:
		// A DECIMAL column has NUMERIC affinity: SQLite stores integral
		// values as INTEGER. Decimals are decimal text or float64 (REAL) at
		// the adapter boundary; an integer becomes exact decimal text.
		for i := c; i < len(backing); i += n {
			if v, ok := backing[i].(int64); ok {
				backing[i] = strconv.FormatInt(v, 10)
			}
		}
	case adapter.TypeDateTime:
		for i := c; i < len(backing); i += n {
			switch v := backing[i].(type) {
			case int64:
				if v >= -maxJSDate && v <= maxJSDate {
					backing[i] = FormatISOString(time.UnixMilli(v))
				}
			case float64:
				if v >= -maxJSDate && v <= maxJSDate {
					backing[i] = FormatISOString(time.UnixMilli(int64(v)))
				}
			}
		}
	case adapter.TypeBoolean:
		for i := c; i < len(backing); i += n {
			switch v := backing[i].(type) {
			case int64:
				backing[i] = v == 1
			case float64:
				backing[i] = v == 1
			}
		}
	}
}

// maxJSDate is the largest magnitude of a JavaScript Date, in milliseconds.
const maxJSDate = 8.64e15

// truncFloat truncates a real in an integer column, as Prisma's Math.trunc;
// the result is an int64 when it fits.
func truncFloat(f float64) any {
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return int64(t)
	}
	return t
}
