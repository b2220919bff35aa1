package types

import (
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/protocol"
)

// MapError is a value that cannot be mapped to its Prisma type (Prisma's
// DataMapperError, P2023).
type MapError struct{ Msg string }

func (e *MapError) Error() string { return e.Msg }

func mapErr(format string, args ...any) error { return &MapError{Msg: fmt.Sprintf(format, args...)} }

// maxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1

// EnumNames is an enum's output mapping: its Prisma name (for messages) and
// its values' database names mapped to their Prisma names.
type EnumNames struct {
	Name   string
	Values map[string]string
}

// AppendOutput writes database value v as Prisma's data mapper outputs a
// field of type t. column names the column in error messages.
func AppendOutput(w *protocol.Writer, v any, t Scalar, enum EnumNames, column string) error {
	if v == nil {
		w.Null()
		return nil
	}
	switch t {
	case String:
		if x, ok := v.(string); ok {
			w.String(x)
			return nil
		}
		return mapErr("Expected a string in column '%s', got %s: %s", column, jsType(v), jsString(v))
	case Int:
		switch x := v.(type) {
		case int64:
			// Prisma's drivers return a 64-bit integer as text, which the
			// data mapper refuses beyond Number.MAX_SAFE_INTEGER.
			if x > maxSafeInteger || x < -maxSafeInteger {
				return mapErr("Integer value in column '%s' is too large to represent as a JavaScript number without loss of precision, got: %d. Consider using BigInt type.", column, x)
			}
			w.Int(x)
			return nil
		case float64:
			w.Float(math.Trunc(x))
			return nil
		case string:
			// Math.trunc(Number(x)): " 12 " is 12, "" is 0, "0x10" is 16.
			f, ok := parseJSNumber(x)
			if !ok || math.IsInf(f, 0) {
				return mapErr("Expected an integer in column '%s', got string: %s", column, x)
			}
			f = math.Trunc(f)
			if math.Abs(f) > maxSafeInteger {
				return mapErr("Integer value in column '%s' is too large to represent as a JavaScript number without loss of precision, got: %s. Consider using BigInt type.", column, x)
			}
			w.Float(f)
			return nil
		}
		return mapErr("Expected an integer in column '%s', got %s: %s", column, jsType(v), jsString(v))
	case BigInt:
		// Prisma outputs the driver's value as is; noengine always writes
		// the exact decimal text (NaN and ±Infinity are null, as in
		// JSON.stringify).
		w.Raw(`{"$type":"BigInt","value":`)
		switch x := v.(type) {
		case int64:
			w.Byte('"')
			w.Int(x)
			w.Byte('"')
		case float64:
			appendQuotedFloat(w, math.Trunc(x))
		case string:
			w.String(x)
		default:
			return mapErr("Expected a bigint in column '%s', got %s: %s", column, jsType(v), jsString(v))
		}
		w.Byte('}')
		return nil
	case Float:
		switch x := v.(type) {
		case float64:
			w.Float(x)
			return nil
		case int64:
			w.Int(x)
			return nil
		case string:
			// Number(x), where "NaN" in any case is NaN (written null).
			f, ok := parseJSNumber(x)
			if !ok {
				if !isNaNText(x) {
					return mapErr("Expected a float in column '%s', got string: %s", column, x)
				}
				f = math.NaN()
			}
			w.Float(f)
			return nil
		}
		return mapErr("Expected a float in column '%s', got %s: %s", column, jsType(v), jsString(v))
	case Decimal:
		w.Raw(`{"$type":"Decimal","value":`)
		switch x := v.(type) {
		case string:
			w.String(x)
		case float64:
			appendQuotedFloat(w, x)
		case int64:
			w.Byte('"')
			w.Int(x)
			w.Byte('"')
		default:
			return mapErr("Expected a decimal in column '%s', got %s: %s", column, jsType(v), jsString(v))
		}
		w.Byte('}')
		return nil
	case Boolean:
		switch x := v.(type) {
		case bool:
			w.Bool(x)
			return nil
		case int64:
			w.Bool(x == 1)
			return nil
		case float64:
			w.Bool(x == 1)
			return nil
		case string:
			switch x {
			case "true", "TRUE", "1":
				w.Bool(true)
				return nil
			case "false", "FALSE", "0":
				w.Bool(false)
				return nil
			}
		case []byte:
			nz := false
			for _, c := range x {
				if c != 0 {
					nz = true
				}
			}
			w.Bool(nz)
			return nil
		}
		return mapErr("Expected a boolean in column '%s', got %s: %s", column, jsType(v), jsString(v))
	case DateTime:
		w.Raw(`{"$type":"DateTime","value":`)
		switch x := v.(type) {
		case time.Time:
			w.Byte('"')
			w.RawBytes(AppendTimestamp(nil, x))
			w.Byte('"')
		case string:
			w.String(NormalizeDateTime(x))
		case int64:
			// A number reaches here only where no column type told the adapter
			// it is a date (an aggregate of SQLite Unix milliseconds); Prisma's
			// data mapper passes it on as a number.
			w.Int(x)
		case float64:
			w.Float(x)
		default:
			return mapErr("Expected a date in column '%s', got %s: %s", column, jsType(v), jsString(v))
		}
		w.Byte('}')
		return nil
	case JSON:
		// `${value}`: the text as stored, a number or boolean as text.
		w.Raw(`{"$type":"Json","value":`)
		w.String(jsString(v))
		w.Byte('}')
		return nil
	case Bytes:
		switch x := v.(type) {
		case []byte:
			w.Raw(`{"$type":"Bytes","value":"`)
			n := base64.StdEncoding.EncodedLen(len(x))
			start := w.Len()
			w.RawBytes(make([]byte, n))
			base64.StdEncoding.Encode(w.Bytes()[start:], x)
			w.Raw(`"}`)
			return nil
		}
		return mapErr("Expected a byte array in column '%s', got %s: %s", column, jsType(v), jsString(v))
	case Enum:
		s := jsString(v) // enum lookup by `${value}`
		name, ok := enum.Values[s]
		if !ok {
			return mapErr("Value '%s' not found in enum '%s'", s, enum.Name)
		}
		w.String(name)
		return nil
	case Unsupported:
		return appendAny(w, v)
	}
	return mapErr("unknown type for column '%s'", column)
}

func appendAny(w *protocol.Writer, v any) error {
	switch x := v.(type) {
	case nil:
		w.Null()
	case string:
		w.String(x)
	case int64:
		w.Int(x)
	case float64:
		w.Float(x)
	case bool:
		w.Bool(x)
	case []byte:
		w.String(EncodeBase64(x))
	case time.Time:
		w.String(FormatISO(x))
	case []any:
		w.Byte('[')
		for i, e := range x {
			if i > 0 {
				w.Byte(',')
			}
			if err := appendAny(w, e); err != nil {
				return err
			}
		}
		w.Byte(']')
	default:
		w.String(fmt.Sprint(x))
	}
	return nil
}

// appendQuotedFloat writes f as a JSON string of its JavaScript text, or
// null for NaN and ±Infinity.
func appendQuotedFloat(w *protocol.Writer, f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.Null()
		return
	}
	w.Byte('"')
	w.Float(f)
	w.Byte('"')
}

// isNaNText reports whether s is "nan" with an optional sign, in any case
// (Prisma's /^[-+]?nan$/ on the lower-cased text).
func isNaNText(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return strings.EqualFold(s, "nan")
}

// jsString formats v as JavaScript's `${v}` does for the value a driver
// returns: text as is, numbers as Number::toString ("NaN", "Infinity"),
// bytes as their UTF-8 text (a Buffer), arrays joined with ",".
func jsString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case []byte:
		return strings.ToValidUTF8(string(x), "\uFFFD")
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		}
		return string(protocol.AppendFloat(nil, x))
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return FormatISO(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if e != nil {
				parts[i] = jsString(e)
			}
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

func jsType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int64, float64:
		return "number"
	case bool:
		return "boolean"
	default:
		return "object"
	}
}
