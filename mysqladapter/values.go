package mysqladapter

import (
	"database/sql"
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
)

// convertArgs converts bind arguments for go-sql-driver, as
// @prisma/adapter-mariadb's mapArg: integer strings become integers (so that
// MySQL compares them as integers, not as doubles), base64 strings of Bytes
// arguments become bytes, and times are rendered as text in UTC by DBType.
func convertArgs(q *adapter.Query) ([]any, error) {
	if len(q.Args) == 0 {
		return nil, nil
	}
	out := make([]any, len(q.Args))
	for i, a := range q.Args {
		var t adapter.ArgType
		if i < len(q.ArgTypes) {
			t = q.ArgTypes[i]
		}
		v, err := convertArg(a, t)
		if err != nil {
			return nil, &adapter.Error{Kind: adapter.InvalidInputValue, Message: fmt.Sprintf("argument %d: %v", i+1, err), Err: err}
		}
		out[i] = v
	}
	return out, nil
}

func convertArg(a any, t adapter.ArgType) (any, error) {
	switch v := a.(type) {
	case nil, int64, float64, bool, []byte:
		return a, nil
	case string:
		switch t.Scalar {
		case adapter.ScalarInt, adapter.ScalarBigInt:
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				return n, nil
			}
			if n, err := strconv.ParseUint(v, 10, 64); err == nil {
				return n, nil
			}
		case adapter.ScalarBytes:
			return base64.StdEncoding.DecodeString(v)
		case adapter.ScalarDateTime:
			tm, err := parseDateTimeArg(v)
			if err != nil {
				return nil, err
			}
			return formatTime(tm, t.DBType), nil
		}
		return v, nil
	case time.Time:
		return formatTime(v, t.DBType), nil
	case int:
		return int64(v), nil
	case int32:
		return int64(v), nil
	case []any:
		return nil, fmt.Errorf("MySQL has no array values")
	}
	return nil, fmt.Errorf("unsupported argument type %T", a)
}

func parseDateTimeArg(s string) (time.Time, error) {
	for _, layout := range [...]string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("invalid DateTime %q", s)
}

// formatTime renders a time in UTC: HH:MM:SS[.ffffff] for TIME, YYYY-MM-DD
// for DATE, YYYY-MM-DD HH:MM:SS[.ffffff] otherwise (the DBType names are
// Prisma's, TIME2 and NEWDATE included).
func formatTime(t time.Time, dbType string) string {
	t = t.UTC()
	switch strings.ToUpper(dbType) {
	case "TIME", "TIME2":
		return t.Format("15:04:05.999999")
	case "DATE", "NEWDATE":
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04:05.999999")
}

// column says how to read one result column.
type column struct {
	typ  adapter.ColumnType
	text bool // scanned as sql.RawBytes and returned as string
}

// columnType maps go-sql-driver's DatabaseTypeName to Prisma's column type,
// as @prisma/adapter-mariadb's mapColumnType maps the protocol's types.
// go-sql-driver names binary strings BINARY/VARBINARY/...BLOB (collation 63)
// and text strings CHAR/VARCHAR/...TEXT; ENUM and SET columns arrive as
// strings with a flag, which Prisma reads as Text.
func columnType(name string) (column, error) {
	switch name {
	case "TINYINT", "UNSIGNED TINYINT", "SMALLINT", "UNSIGNED SMALLINT", "MEDIUMINT", "UNSIGNED MEDIUMINT", "YEAR", "INT", "NULL":
		return column{typ: adapter.TypeInt32}, nil
	case "UNSIGNED INT", "BIGINT", "UNSIGNED BIGINT":
		return column{typ: adapter.TypeInt64}, nil
	case "FLOAT":
		return column{typ: adapter.TypeFloat}, nil
	case "DOUBLE":
		return column{typ: adapter.TypeDouble}, nil
	case "DATETIME", "TIMESTAMP":
		return column{typ: adapter.TypeDateTime}, nil
	case "DATE":
		return column{typ: adapter.TypeDate}, nil
	case "TIME":
		return column{typ: adapter.TypeTime, text: true}, nil
	case "DECIMAL":
		return column{typ: adapter.TypeNumeric, text: true}, nil
	case "VARCHAR", "CHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM", "SET":
		return column{typ: adapter.TypeText, text: true}, nil
	case "JSON":
		return column{typ: adapter.TypeJSON, text: true}, nil
	case "BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BIT", "GEOMETRY":
		return column{typ: adapter.TypeBytes}, nil
	}
	if name == "" {
		name = "Unknown"
	}
	return column{}, &adapter.Error{Kind: adapter.UnsupportedNativeDataType, Type: name}
}

// readRows reads all rows. Text columns are scanned as sql.RawBytes (one
// copy into a string); others as driver values, converted by type switch.
func readRows(rows *sql.Rows) (*adapter.ResultSet, error) {
	defer rows.Close()
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	rs := &adapter.ResultSet{
		Columns: make([]string, len(cts)),
		Types:   make([]adapter.ColumnType, len(cts)),
		Rows:    [][]any{},
	}
	cols := make([]column, len(cts))
	for i, ct := range cts {
		rs.Columns[i] = ct.Name()
		c, err := columnType(ct.DatabaseTypeName())
		if err != nil {
			return nil, err
		}
		cols[i] = c
		rs.Types[i] = c.typ
	}
	raw := make([]sql.RawBytes, len(cols))
	vals := make([]any, len(cols))
	dest := make([]any, len(cols))
	for i, c := range cols {
		if c.text {
			dest[i] = &raw[i]
		} else {
			dest[i] = &vals[i]
		}
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		row := make([]any, len(cols))
		for i, c := range cols {
			if c.text {
				if raw[i] != nil {
					row[i] = textValue(c.typ, raw[i])
				}
				continue
			}
			v, err := value(c.typ, vals[i])
			if err != nil {
				return nil, fmt.Errorf("mysqladapter: column %q: %w", rs.Columns[i], err)
			}
			row[i] = v
		}
		rs.Rows = append(rs.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return rs, nil
}

func textValue(t adapter.ColumnType, b []byte) any {
	if t == adapter.TypeTime {
		return timeOfDay(string(b))
	}
	return string(b)
}

// timeOfDay parses a TIME value ([-]HHH:MM:SS[.ffffff]) to a time on
// 1970-01-01 UTC when it is a time of day, and keeps the text otherwise.
func timeOfDay(s string) any {
	if len(s) >= 8 && s[2] == ':' {
		if t, err := time.Parse("15:04:05.999999", s); err == nil {
			return t.AddDate(1970, 0, 0)
		}
	}
	return s
}

// value converts a driver value of a non-text column.
func value(t adapter.ColumnType, v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case int64:
		return x, nil
	case uint64: // BIGINT UNSIGNED in the text protocol
		if x <= math.MaxInt64 {
			return int64(x), nil
		}
		return strconv.FormatUint(x, 10), nil
	case float32:
		return float64(x), nil
	case float64:
		return x, nil
	case time.Time:
		if t == adapter.TypeDateTime {
			return dateTimeText(x), nil
		}
		return x.UTC(), nil
	case []byte:
		switch t {
		case adapter.TypeBytes:
			return x, nil // database/sql copied it
		case adapter.TypeInt32, adapter.TypeInt64:
			// BIGINT UNSIGNED beyond int64 (binary protocol) is decimal text.
			s := string(x)
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return n, nil
			}
			return s, nil
		case adapter.TypeDateTime, adapter.TypeDate:
			// Without parseTime the driver returns the server's text.
			v := parseDateTimeText(string(x))
			if tm, ok := v.(time.Time); ok && t == adapter.TypeDateTime {
				return dateTimeText(tm), nil
			}
			return v, nil
		case adapter.TypeFloat, adapter.TypeDouble:
			return strconv.ParseFloat(string(x), 64)
		}
		return string(x), nil
	case string:
		return x, nil
	}
	return nil, fmt.Errorf("unexpected driver value %T", v)
}

// dateTimeText is a DATETIME or TIMESTAMP value as Prisma's MariaDB adapter
// returns it: JavaScript's toISOString (milliseconds) with ".000Z" or "Z"
// replaced by "+00:00", e.g. "2024-01-02T03:04:05.100+00:00".
func dateTimeText(t time.Time) string {
	t = t.UTC()
	b := make([]byte, 0, 29)
	b = t.AppendFormat(b, "2006-01-02T15:04:05")
	if ms := t.Nanosecond() / int(time.Millisecond); ms != 0 {
		b = append(b, '.', byte('0'+ms/100), byte('0'+ms/10%10), byte('0'+ms%10))
	}
	return string(append(b, "+00:00"...))
}

func parseDateTimeText(s string) any {
	for _, layout := range [...]string{"2006-01-02 15:04:05.999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return s // zero dates such as 0000-00-00
}
