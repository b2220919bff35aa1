package mssqladapter

import (
	"database/sql"
	"encoding/base64"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/golang-sql/civil"
	mssql "github.com/microsoft/go-mssqldb"

	"github.com/noengine/noengine/adapter"
)

// convertArgs turns a query's arguments into go-mssqldb parameters named
// P1...Pn, the names the SQL Server dialect writes (@P1).
func convertArgs(q *adapter.Query) ([]any, error) {
	if len(q.Args) == 0 {
		return nil, nil
	}
	out := make([]any, len(q.Args))
	for i, v := range q.Args {
		var t adapter.ArgType
		if i < len(q.ArgTypes) {
			t = q.ArgTypes[i]
		}
		cv, err := convertArg(v, t)
		if err != nil {
			return nil, &adapter.Error{Kind: adapter.InvalidInputValue, Message: fmt.Sprintf("argument %d: %v", i+1, err)}
		}
		out[i] = sql.Named("P"+strconv.Itoa(i+1), cv)
	}
	return out, nil
}

// convertArg converts one bind argument as @prisma/adapter-mssql's mapArg
// does, with typed go-mssqldb values where Prisma relies on a string the
// server converts:
//
//   - nil is NULL; a NULL Bytes value is a VARBINARY NULL (an untyped NULL is
//     NVARCHAR, which SQL Server does not convert to VARBINARY);
//   - integers are INT when they fit in 32 bits, else BIGINT (node-mssql's
//     inference); BigInt text is parsed;
//   - Decimal text stays NVARCHAR text: the server converts it to the
//     column's type exactly, as with Prisma;
//   - DateTime: a DATE column gets a DATE, TIME a TIME, DATETIME a DATETIME,
//     DATETIMEOFFSET a DATETIMEOFFSET, SMALLDATETIME Prisma's text
//     ("2006-01-02 15:04:05.000"), anything else a DATETIME2(7); all in UTC;
//   - Bytes are VARBINARY (base64 text is decoded), strings, enums, UUIDs
//     and Json are NVARCHAR, booleans BIT, floats FLOAT;
//   - lists are rejected: SQL Server has no array parameters.
func convertArg(v any, t adapter.ArgType) (any, error) {
	if t.List {
		return nil, fmt.Errorf("SQL Server has no list parameters (%s list)", t.Scalar)
	}
	if v == nil {
		if t.Scalar == adapter.ScalarBytes {
			return []byte(nil), nil
		}
		return nil, nil
	}
	switch t.Scalar {
	case adapter.ScalarInt, adapter.ScalarBigInt:
		switch x := v.(type) {
		case int64:
			return intParam(x), nil
		case string:
			n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%q is not a %s", x, t.Scalar)
			}
			return intParam(n), nil
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
				return intParam(int64(x)), nil
			}
			return x, nil
		}
	case adapter.ScalarFloat:
		switch x := v.(type) {
		case int64:
			return float64(x), nil
		case string:
			f, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return nil, fmt.Errorf("%q is not a float", x)
			}
			return f, nil
		}
	case adapter.ScalarDecimal:
		switch x := v.(type) {
		case int64:
			return strconv.FormatInt(x, 10), nil
		case float64:
			return strconv.FormatFloat(x, 'f', -1, 64), nil
		}
	case adapter.ScalarDateTime:
		switch x := v.(type) {
		case time.Time:
			return dateTimeParam(x, t.DBType), nil
		case string:
			d, err := parseDateTime(x)
			if err != nil {
				return nil, err
			}
			return dateTimeParam(d, t.DBType), nil
		}
	case adapter.ScalarBytes:
		if s, ok := v.(string); ok {
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return nil, fmt.Errorf("bytes: %v", err)
			}
			return b, nil
		}
	case adapter.ScalarBoolean:
		if n, ok := v.(int64); ok {
			return n != 0, nil
		}
	}
	switch x := v.(type) {
	case int64:
		return intParam(x), nil
	case string, float64, bool, []byte:
		return x, nil
	case time.Time:
		return dateTimeParam(x, t.DBType), nil
	case []any:
		return nil, fmt.Errorf("SQL Server has no list parameters")
	}
	return nil, fmt.Errorf("unsupported argument type %T", v)
}

// intParam binds an integer as INT when it fits, else as BIGINT.
func intParam(n int64) any {
	if n >= math.MinInt32 && n <= math.MaxInt32 {
		return int32(n)
	}
	return n
}

func dateTimeParam(t time.Time, dbType string) any {
	u := t.UTC()
	switch strings.ToUpper(dbType) {
	case "DATE":
		return civil.DateOf(u)
	case "TIME":
		return civil.TimeOf(u)
	case "DATETIME":
		return mssql.DateTime1(u)
	case "DATETIMEOFFSET":
		return mssql.DateTimeOffset(u)
	case "SMALLDATETIME":
		return u.Format("2006-01-02 15:04:05.000")
	}
	return civil.DateTimeOf(u)
}

func parseDateTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", time.DateOnly, "15:04:05.999999999"} {
		if d, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			if layout == "15:04:05.999999999" {
				d = d.AddDate(1970, 0, 0)
			}
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date-time", s)
}

// columnType maps a column's database type name (go-mssqldb's
// DatabaseTypeName) to Prisma's column type, as @prisma/adapter-mssql's
// mapColumnType does; ok is false for types Prisma does not support.
func columnType(dbType string) (adapter.ColumnType, bool) {
	switch dbType {
	case "VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "TEXT", "NTEXT", "XML":
		return adapter.TypeText, true
	case "BIT":
		return adapter.TypeBoolean, true
	case "TINYINT", "SMALLINT", "INT":
		return adapter.TypeInt32, true
	case "BIGINT":
		return adapter.TypeInt64, true
	case "DATETIME2", "SMALLDATETIME", "DATETIME", "DATETIMEOFFSET":
		return adapter.TypeDateTime, true
	case "REAL":
		return adapter.TypeFloat, true
	case "FLOAT", "MONEY", "SMALLMONEY":
		return adapter.TypeDouble, true
	case "UNIQUEIDENTIFIER":
		return adapter.TypeUUID, true
	case "DECIMAL", "NUMERIC":
		return adapter.TypeNumeric, true
	case "DATE":
		return adapter.TypeDate, true
	case "TIME":
		return adapter.TypeTime, true
	case "VARBINARY", "BINARY", "IMAGE":
		return adapter.TypeBytes, true
	}
	return 0, false
}

// unsupportedType is the error for a column type Prisma cannot read. Prisma
// names user-defined types (geography, hierarchyid, ...) and says "N/A"
// for the others (sql_variant).
func unsupportedType(dbType string) error {
	name := "N/A"
	switch dbType {
	case "SQL_VARIANT", "":
	default:
		name = strings.ToLower(dbType)
	}
	return &adapter.Error{Kind: adapter.UnsupportedNativeDataType, Type: name}
}

// convertValue turns a go-mssqldb value of a column of type dbType into an
// adapter row value, as @prisma/adapter-mssql's mapRow does:
//
//   - integers are int64, BIT is bool, FLOAT float64;
//   - REAL is re-rounded to the shortest of 7, 8 or 9 significant digits that
//     reads back as the same float32 (1.1 reads 1.1, not 1.100000023841858);
//   - DECIMAL and NUMERIC are decimal text without the scale's trailing
//     zeros (12.345, not 12.3450000000000000: node-mssql returns numbers,
//     so Prisma's decimals on SQL Server carry no trailing zeros; the text
//     stays exact where a number would not); MONEY and SMALLMONEY float64
//     (numbers too);
//   - UNIQUEIDENTIFIER is lower-case text;
//   - DATETIME2, DATETIME, SMALLDATETIME and DATETIMEOFFSET are time.Time in
//     UTC, truncated to milliseconds (a JavaScript Date); DATE is midnight
//     UTC; TIME is a time.Time on 1970-01-01 UTC;
//   - text is string, binary is []byte.
func convertValue(v any, dbType string) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch dbType {
	case "REAL":
		if f, ok := v.(float64); ok {
			return roundFloat32(f), nil
		}
	case "DECIMAL", "NUMERIC":
		if b, ok := v.([]byte); ok {
			return trimDecimal(string(b)), nil
		}
	case "MONEY", "SMALLMONEY":
		if b, ok := v.([]byte); ok {
			f, err := strconv.ParseFloat(string(b), 64)
			if err != nil {
				return nil, fmt.Errorf("mssqladapter: money value %q: %v", b, err)
			}
			return f, nil
		}
	case "UNIQUEIDENTIFIER":
		if b, ok := v.([]byte); ok {
			var u mssql.UniqueIdentifier
			if err := u.Scan(b); err != nil {
				return nil, err
			}
			return strings.ToLower(u.String()), nil
		}
		if s, ok := v.(string); ok {
			return strings.ToLower(s), nil
		}
	case "TIME":
		if t, ok := v.(time.Time); ok {
			return time.Date(1970, 1, 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC).Truncate(time.Millisecond), nil
		}
	case "DATE":
		if t, ok := v.(time.Time); ok {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	switch x := v.(type) {
	case time.Time:
		return x.UTC().Truncate(time.Millisecond), nil
	case []byte:
		return append([]byte{}, x...), nil
	case int64, float64, string, bool:
		return x, nil
	case int32:
		return int64(x), nil
	case float32:
		return float64(x), nil
	}
	return nil, fmt.Errorf("mssqladapter: unexpected %T value in a %s column", v, dbType)
}

// roundFloat32 returns the number Prisma's adapter returns for a REAL
// value f (a float32 widened to float64): the first of f's roundings to 7,
// 8 and 9 significant digits (JavaScript's toPrecision, ties away from
// zero) that converts back to the same float32; f itself if none does.
func roundFloat32(f float64) float64 {
	if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return f
	}
	for digits := 7; digits <= 9; digits++ {
		p := toPrecision(f, digits)
		if float64(float32(p)) == f {
			return p
		}
	}
	return f
}

// toPrecision rounds f to n significant decimal digits, halves away from
// zero as JavaScript's Number.prototype.toPrecision, and reads the result
// back as a float64.
func toPrecision(f float64, n int) float64 {
	// The exact decimal expansion of a float64 is finite; 1100 digits
	// cover every one.
	exact := new(big.Float).SetPrec(0).SetFloat64(f).Text('e', 1100)
	neg := strings.HasPrefix(exact, "-")
	exact = strings.TrimPrefix(exact, "-")
	mant, exp, _ := strings.Cut(exact, "e")
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	keep := []byte(digits[:n])
	if digits[n] >= '5' {
		i := n - 1
		for ; i >= 0; i-- {
			if keep[i] < '9' {
				keep[i]++
				break
			}
			keep[i] = '0'
		}
		if i < 0 {
			keep = append([]byte{'1'}, keep...)
			keep = keep[:n]
			e++
		}
	}
	s := string(keep[:1]) + "." + string(keep[1:]) + "e" + strconv.Itoa(e)
	if neg {
		s = "-" + s
	}
	r, _ := strconv.ParseFloat(s, 64)
	return r
}

// trimDecimal removes the trailing zeros of a decimal's fraction, and the
// point when nothing is left of it ("-0.500" is "-0.5", "100.00" is "100",
// "-0.00" is "0").
func trimDecimal(d string) string {
	if !strings.Contains(d, ".") {
		return d
	}
	d = strings.TrimRight(d, "0")
	d = strings.TrimSuffix(d, ".")
	if d == "-0" || d == "" || d == "-" {
		return "0"
	}
	return d
}
