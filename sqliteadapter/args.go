package sqliteadapter

import (
	"database/sql/driver"
	"encoding/base64"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
)

// maxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER (2^53 - 1).
const maxSafeInteger = 1<<53 - 1

// bindArgs appends q's arguments, converted to the driver's values, to dst.
func (a *Adapter) bindArgs(dst []driver.NamedValue, q *adapter.Query) ([]driver.NamedValue, error) {
	if len(q.ArgTypes) != 0 && len(q.ArgTypes) != len(q.Args) {
		return dst, &adapter.Error{Kind: adapter.InvalidInputValue,
			Message: "sqliteadapter: " + strconv.Itoa(len(q.Args)) + " arguments but " + strconv.Itoa(len(q.ArgTypes)) + " argument types"}
	}
	for i, v := range q.Args {
		var t adapter.ArgType
		if len(q.ArgTypes) != 0 {
			t = q.ArgTypes[i]
		}
		dv, err := a.convertArg(v, t)
		if err != nil {
			return dst, err
		}
		dst = append(dst, driver.NamedValue{Ordinal: i + 1, Value: dv})
	}
	return dst, nil
}

// recycleArgs empties an argument buffer for reuse, dropping large ones.
func recycleArgs(buf []driver.NamedValue) []driver.NamedValue {
	if cap(buf) > 1024 {
		return nil
	}
	clear(buf)
	return buf[:0]
}

// convertArg converts one argument as Prisma's better-sqlite3 adapter does
// (its mapArg), keeping 64-bit integers exact where JavaScript could not.
func (a *Adapter) convertArg(v any, t adapter.ArgType) (driver.Value, error) {
	if t.List {
		return nil, listError()
	}
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return a.convertString(v, t)
	case bool:
		// Prisma binds booleans as the JavaScript numbers 1 and 0, that is
		// as doubles; a BOOLEAN column's affinity stores them as integers.
		if v {
			return 1.0, nil
		}
		return 0.0, nil
	case int64:
		return intArg(v, t), nil
	case float64:
		return v, nil
	case time.Time:
		return a.timeArg(v), nil
	case []byte:
		if v == nil {
			return []byte{}, nil
		}
		return v, nil
	case []any:
		return nil, listError()
	case int:
		return intArg(int64(v), t), nil
	case int32:
		return intArg(int64(v), t), nil
	case int16:
		return intArg(int64(v), t), nil
	case int8:
		return intArg(int64(v), t), nil
	case uint8:
		return intArg(int64(v), t), nil
	case uint16:
		return intArg(int64(v), t), nil
	case uint32:
		return intArg(int64(v), t), nil
	case uint:
		if uint64(v) > math.MaxInt64 {
			return nil, rangeError(strconv.FormatUint(uint64(v), 10))
		}
		return intArg(int64(v), t), nil
	case uint64:
		if v > math.MaxInt64 {
			return nil, rangeError(strconv.FormatUint(v, 10))
		}
		return intArg(int64(v), t), nil
	case float32:
		return float64(v), nil
	case *time.Time:
		if v == nil {
			return nil, nil
		}
		return a.timeArg(*v), nil
	}
	return nil, &adapter.Error{Kind: adapter.InvalidInputValue,
		Message: "sqliteadapter: unsupported argument type " + typeName(v) + " for a " + t.Scalar.String() + " parameter"}
}

func listError() error {
	return &adapter.Error{Kind: adapter.InvalidInputValue,
		Message: "sqliteadapter: SQLite has no list (array) values; a list argument cannot be bound"}
}

func rangeError(v string) error {
	return &adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "value " + v + " does not fit SQLite's 64-bit INTEGER"}
}

func typeName(v any) string { return reflect.TypeOf(v).String() }

// intArg binds an integer. Prisma passes every integer except BigInt as a
// JavaScript number, which better-sqlite3 binds as a double; we do the same
// (it matters for the type of untyped expressions such as "SELECT ?"), but
// only while the value is exact as a double.
func intArg(v int64, t adapter.ArgType) driver.Value {
	if t.Scalar == adapter.ScalarBigInt || v > maxSafeInteger || v < -maxSafeInteger {
		return v
	}
	return float64(v)
}

// convertString converts a string argument by its scalar type.
func (a *Adapter) convertString(s string, t adapter.ArgType) (driver.Value, error) {
	switch t.Scalar {
	case adapter.ScalarInt:
		f, ok := jsParseInt(s)
		if !ok {
			return nil, invalidInput("an Int", s)
		}
		if f == math.Trunc(f) && math.Abs(f) > maxSafeInteger && math.Abs(f) < 1<<63 {
			// Beyond 2^53 JavaScript would round; we keep the exact value.
			if n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
				return n, nil
			}
		}
		return f, nil
	case adapter.ScalarFloat, adapter.ScalarDecimal:
		f, ok := jsParseFloat(s)
		if !ok {
			return nil, invalidInput("a "+scalarTitle(t.Scalar), s)
		}
		return f, nil
	case adapter.ScalarBigInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return nil, rangeError(s)
			}
			return nil, invalidInput("a BigInt", s)
		}
		return n, nil
	case adapter.ScalarDateTime:
		tm, ok := parseDateTimeArg(s)
		if !ok {
			return nil, invalidInput("a DateTime", s)
		}
		return a.timeArg(tm), nil
	case adapter.ScalarBytes:
		b, ok := decodeBase64(s)
		if !ok {
			return nil, invalidInput("base64 Bytes", s)
		}
		return b, nil
	}
	return s, nil
}

func scalarTitle(s adapter.ScalarType) string {
	if s == adapter.ScalarDecimal {
		return "Decimal"
	}
	return "Float"
}

func invalidInput(what, s string) error {
	if len(s) > 64 {
		s = s[:64] + "..."
	}
	return &adapter.Error{Kind: adapter.InvalidInputValue, Message: "sqliteadapter: " + strconv.Quote(s) + " is not " + what}
}

// timeArg renders a DateTime in the adapter's timestamp format.
func (a *Adapter) timeArg(t time.Time) driver.Value {
	if a.opts.TimestampFormat == TimestampUnixEpochMS {
		return t.UnixMilli()
	}
	return string(AppendISO8601(make([]byte, 0, 32), t))
}

// AppendISO8601 appends t as Prisma's SQLite adapters write a DateTime in the
// iso8601 format: JavaScript's date.toISOString() with "Z" replaced by
// "+00:00", e.g. "2024-05-06T07:08:09.123+00:00". The time is converted to
// UTC and truncated to milliseconds; years outside 0..9999 use JavaScript's
// six-digit signed form ("+010000", "-000001").
func AppendISO8601(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	ms := t.Nanosecond() / int(time.Millisecond)
	switch {
	case year >= 0 && year <= 9999:
		b = appendPad(b, year, 4)
	case year < 0:
		b = append(b, '-')
		b = appendPad(b, -year, 6)
	default:
		b = append(b, '+')
		b = appendPad(b, year, 6)
	}
	b = append(b, '-')
	b = appendPad(b, int(month), 2)
	b = append(b, '-')
	b = appendPad(b, day, 2)
	b = append(b, 'T')
	b = appendPad(b, hour, 2)
	b = append(b, ':')
	b = appendPad(b, min, 2)
	b = append(b, ':')
	b = appendPad(b, sec, 2)
	b = append(b, '.')
	b = appendPad(b, ms, 3)
	return append(b, "+00:00"...)
}

func appendPad(b []byte, v, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// parseDateTimeArg parses a DateTime given as a string, as JavaScript's Date
// constructor would for the ISO shapes Prisma produces. A value without a
// zone is taken as UTC.
func parseDateTimeArg(s string) (time.Time, bool) {
	layouts := [...]string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05.999999999",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999",
		"2006-01-02",
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// decodeBase64 decodes standard or URL-safe base64, padded or not, as
// Node's Buffer.from(s, 'base64') accepts them.
func decodeBase64(s string) ([]byte, bool) {
	for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			if b == nil {
				b = []byte{}
			}
			return b, true
		}
	}
	return nil, false
}

// jsParseInt is JavaScript's parseInt(s) (radix 10, or 16 after "0x"): the
// longest integer prefix after leading white space. ok is false for NaN.
func jsParseInt(s string) (float64, bool) {
	s = strings.TrimLeft(s, " \t\n\r\f\v")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	base := 10
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		base = 16
		s = s[2:]
	}
	var f float64
	n := 0
	for ; n < len(s); n++ {
		d := digitVal(s[n])
		if d >= base {
			break
		}
		f = f*float64(base) + float64(d)
	}
	if n == 0 {
		return 0, false
	}
	if base == 10 && n > 15 {
		// Let strconv round the long decimal correctly.
		f, _ = strconv.ParseFloat(s[:n], 64)
	}
	if neg {
		f = -f
	}
	return f, true
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// jsParseFloat is JavaScript's parseFloat(s): the longest decimal literal
// prefix after leading white space, or ±Infinity. ok is false for NaN.
func jsParseFloat(s string) (float64, bool) {
	s = strings.TrimLeft(s, " \t\n\r\f\v")
	if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "xXnN_") {
		return f, true
	}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		if s[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}
