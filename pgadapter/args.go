package pgadapter

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/noengine/noengine/adapter"
)

// resultFormats asks for binary results of the types decode.go reads in
// binary, and text for all others. It is passed as the first query argument.
var resultFormats = pgx.QueryResultFormatsByOID(binaryOIDs)

// queryArgs converts bind arguments for pgx. The first element is the
// result-format option.
//
// Strings travel in text format whatever the parameter's type (pgx sends Go
// strings as text), so decimals, big integers, UUIDs, JSON and enum labels
// reach the server exactly as written and the server parses them for the
// parameter's type. Integers, floats, booleans and bytes use pgx's binary
// encoders. Times are rendered as text by DBType, as @prisma/adapter-pg does,
// and lists become array literals in text format, so they bind to arrays of
// any element type, including user enums.
func queryArgs(q *adapter.Query) ([]any, error) {
	out := make([]any, len(q.Args)+1)
	out[0] = resultFormats
	for i, a := range q.Args {
		var t adapter.ArgType
		if i < len(q.ArgTypes) {
			t = q.ArgTypes[i]
		}
		v, err := convertArg(a, t)
		if err != nil {
			return nil, &adapter.Error{Kind: adapter.InvalidInputValue, Message: fmt.Sprintf("argument %d: %v", i+1, err), Err: err}
		}
		out[i+1] = v
	}
	return out, nil
}

func convertArg(a any, t adapter.ArgType) (any, error) {
	switch v := a.(type) {
	case nil:
		return nil, nil
	case []any:
		return arrayLiteral(v, t)
	case string:
		switch t.Scalar {
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
	case int64:
		// Ints bind in text so they fit parameters of any numeric or text type.
		return strconv.FormatInt(v, 10), nil
	case float64:
		return formatFloat(v), nil
	case bool:
		if v {
			return "true", nil
		}
		return "false", nil
	case time.Time:
		return formatTime(v, t.DBType), nil
	case []byte:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	case int32:
		return strconv.FormatInt(int64(v), 10), nil
	}
	return nil, fmt.Errorf("unsupported argument type %T", a)
}

func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// parseDateTimeArg parses an ISO-8601 date-time given as a string.
func parseDateTimeArg(s string) (time.Time, error) {
	for _, layout := range [...]string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("invalid DateTime %q", s)
}

// formatTime renders a time argument in UTC as @prisma/adapter-pg does:
// HH:MM:SS[.ffffff] for TIME/TIMETZ, YYYY-MM-DD for DATE, otherwise a
// timestamp. Timestamps carry an explicit +00:00 so that a timestamptz
// parameter does not depend on the session's TimeZone (a timestamp parameter
// ignores the offset).
func formatTime(t time.Time, dbType string) string {
	t = t.UTC()
	b := make([]byte, 0, 32)
	switch strings.ToUpper(dbType) {
	case "TIME":
		return string(appendClock(b, t))
	case "TIMETZ":
		return string(append(appendClock(b, t), "+00"...))
	case "DATE":
		b = appendDate(b, t)
	default:
		b = appendDate(b, t)
		b = append(b, ' ')
		b = appendClock(b, t)
		b = append(b, "+00"...)
	}
	if t.Year() <= 0 {
		b = append(b, " BC"...) // year 0 is 1 BC
	}
	return string(b)
}

func appendDate(b []byte, t time.Time) []byte {
	y := t.Year()
	if y <= 0 {
		y = 1 - y
	}
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(t.Month()), 2)
	b = append(b, '-')
	return appendPadded(b, t.Day(), 2)
}

func appendClock(b []byte, t time.Time) []byte {
	b = appendPadded(b, t.Hour(), 2)
	b = append(b, ':')
	b = appendPadded(b, t.Minute(), 2)
	b = append(b, ':')
	b = appendPadded(b, t.Second(), 2)
	if us := t.Nanosecond() / 1000; us != 0 {
		b = append(b, '.')
		b = appendPadded(b, us, 6)
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
	}
	return b
}

func appendPadded(b []byte, n, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// arrayLiteral renders a list argument as a PostgreSQL array literal in text
// format ({"a","b"}), which the server parses for the parameter's array type.
func arrayLiteral(list []any, t adapter.ArgType) (string, error) {
	b := make([]byte, 0, 16*len(list)+2)
	b, err := appendArray(b, list, t)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func appendArray(b []byte, list []any, t adapter.ArgType) ([]byte, error) {
	b = append(b, '{')
	for i, e := range list {
		if i > 0 {
			b = append(b, ',')
		}
		if sub, ok := e.([]any); ok {
			var err error
			if b, err = appendArray(b, sub, t); err != nil {
				return nil, err
			}
			continue
		}
		v, err := convertArg(e, adapter.ArgType{Scalar: t.Scalar, DBType: t.DBType})
		if err != nil {
			return nil, err
		}
		switch v := v.(type) {
		case nil:
			b = append(b, "NULL"...)
		case string:
			b = appendQuoted(b, v)
		case []byte:
			b = appendQuoted(b, `\x`+hex.EncodeToString(v))
		default:
			return nil, fmt.Errorf("unsupported list element %T", e)
		}
	}
	return append(b, '}'), nil
}

func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}
