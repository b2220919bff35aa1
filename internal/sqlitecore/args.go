package sqlitecore

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

// MaxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER (2^53 - 1).
const MaxSafeInteger = 1<<53 - 1

// ArgConverter converts bind arguments as Prisma's SQLite adapters convert
// them (their mapArg), keeping 64-bit integers exact where JavaScript could
// not.
type ArgConverter struct {
	// Prefix starts the messages of the errors it returns ("sqliteadapter").
	Prefix string
	// Format is the format DateTime values are written in.
	Format TimestampFormat
}

// BindArgs appends q's arguments, converted to the driver's values, to dst.
// Ordinals start at 1.
func (c *ArgConverter) BindArgs(dst []driver.NamedValue, q *adapter.Query) ([]driver.NamedValue, error) {
	if len(q.ArgTypes) != 0 && len(q.ArgTypes) != len(q.Args) {
		return dst, &adapter.Error{Kind: adapter.InvalidInputValue,
			Message: c.Prefix + ": " + strconv.Itoa(len(q.Args)) + " arguments but " + strconv.Itoa(len(q.ArgTypes)) + " argument types"}
	}
	for i, v := range q.Args {
		var t adapter.ArgType
		if len(q.ArgTypes) != 0 {
			t = q.ArgTypes[i]
		}
		dv, err := c.Convert(v, t)
		if err != nil {
			return dst, err
		}
		dst = append(dst, driver.NamedValue{Ordinal: i + 1, Value: dv})
	}
	return dst, nil
}

// RecycleArgs empties an argument buffer for reuse, dropping large ones.
func RecycleArgs(buf []driver.NamedValue) []driver.NamedValue {
	if cap(buf) > 1024 {
		return nil
	}
	clear(buf)
	return buf[:0]
}

// Convert converts one argument. The result is nil, int64, float64,
// string or []byte.
func (c *ArgConverter) Convert(v any, t adapter.ArgType) (driver.Value, error) {
	if t.List {
		return nil, c.listError()
	}
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return c.convertString(v, t)
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
		return c.timeArg(v), nil
	case []byte:
		if v == nil {
			return []byte{}, nil
		}
		return v, nil
	case []any:
		return nil, c.listError()
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
		return c.timeArg(*v), nil
	}
	return nil, &adapter.Error{Kind: adapter.InvalidInputValue,
		Message: c.Prefix + ": unsupported argument type " + reflect.TypeOf(v).String() + " for a " + t.Scalar.String() + " parameter"}
}

func (c *ArgConverter) listError() error {
	return &adapter.Error{Kind: adapter.InvalidInputValue,
		Message: c.Prefix + ": SQLite has no list (array) values; a list argument cannot be bound"}
}

func rangeError(v string) error {
	return &adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "value " + v + " does not fit SQLite's 64-bit INTEGER"}
}

// intArg binds an integer. Prisma passes every integer except BigInt as a
// JavaScript number, which its SQLite drivers bind as a double; we do the
// same (it matters for the type of untyped expressions such as "SELECT ?"),
// but only while the value is exact as a double.
func intArg(v int64, t adapter.ArgType) driver.Value {
	if t.Scalar == adapter.ScalarBigInt || v > MaxSafeInteger || v < -MaxSafeInteger {
		return v
	}
	return float64(v)
}

// convertString converts a string argument by its scalar type.
func (c *ArgConverter) convertString(s string, t adapter.ArgType) (driver.Value, error) {
	switch t.Scalar {
	case adapter.ScalarInt:
		f, ok := JSParseInt(s)
		if !ok {
			return nil, c.invalidInput("an Int", s)
		}
		if f == math.Trunc(f) && math.Abs(f) > MaxSafeInteger && math.Abs(f) < 1<<63 {
			// Beyond 2^53 JavaScript would round; we keep the exact value.
			if n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
				return n, nil
			}
		}
		return f, nil
	case adapter.ScalarFloat, adapter.ScalarDecimal:
		if strings.TrimSpace(s) == "NaN" {
			// SQLite stores a NaN double as NULL, as Prisma's adapters bind it.
			return nil, nil
		}
		f, ok := JSParseFloat(s)
		if !ok {
			return nil, c.invalidInput("a "+scalarTitle(t.Scalar), s)
		}
		return f, nil
	case adapter.ScalarBigInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return nil, rangeError(s)
			}
			return nil, c.invalidInput("a BigInt", s)
		}
		return n, nil
	case adapter.ScalarDateTime:
		tm, ok := ParseDateTimeArg(s)
		if !ok {
			return nil, c.invalidInput("a DateTime", s)
		}
		return c.timeArg(tm), nil
	case adapter.ScalarBytes:
		b, ok := decodeBase64(s)
		if !ok {
			return nil, c.invalidInput("base64 Bytes", s)
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

func (c *ArgConverter) invalidInput(what, s string) error {
	if len(s) > 64 {
		s = s[:64] + "..."
	}
	return &adapter.Error{Kind: adapter.InvalidInputValue, Message: c.Prefix + ": " + strconv.Quote(s) + " is not " + what}
}

// timeArg renders a DateTime in the converter's timestamp format.
func (c *ArgConverter) timeArg(t time.Time) driver.Value {
	if c.Format == TimestampUnixEpochMS {
		return t.UnixMilli()
	}
	return string(AppendISO8601(make([]byte, 0, 32), t))
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

// JSParseInt is JavaScript's parseInt(s) (radix 10, or 16 after "0x"): the
// longest integer prefix after leading white space. ok is false for NaN.
func JSParseInt(s string) (float64, bool) {
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

// JSParseFloat is JavaScript's parseFloat(s): the longest decimal literal
// prefix after leading white space, or ±Infinity. ok is false for NaN.
func JSParseFloat(s string) (float64, bool) {
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
