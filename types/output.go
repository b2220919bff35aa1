package types

import (
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/noengine/noengine/protocol"
)

// MapError is a value that cannot be mapped to its Prisma type (Prisma's
// DataMapperError, P2023).
type MapError struct{ Msg string }

func (e *MapError) Error() string { return e.Msg }

func mapErr(format string, args ...any) error { return &MapError{Msg: fmt.Sprintf(format, args...)} }

// EnumNames maps an enum's database names to its Prisma names.
type EnumNames map[string]string

// AppendOutput writes database value v as Prisma's data mapper outputs a
// field of type t. column names the column in error messages.
func AppendOutput(w *protocol.Writer, v any, t Scalar, enum EnumNames, column string) error {
	if v == nil {
		w.Null()
		return nil
	}
	switch t {
	case String:
		switch x := v.(type) {
		case string:
			w.String(x)
			return nil
		case []byte:
			w.String(string(x))
			return nil
		}
		return mapErr("Expected a string in column '%s', got %s: %v", column, jsType(v), v)
	case Int:
		switch x := v.(type) {
		case int64:
			w.Int(x)
			return nil
		case float64:
			w.Float(math.Trunc(x))
			return nil
		case bool:
			if x {
				w.Int(1)
			} else {
				w.Int(0)
			}
			return nil
		case string:
			f, err := strconv.ParseFloat(x, 64)
			if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
				return mapErr("Expected an integer in column '%s', got string: %s", column, x)
			}
			f = math.Trunc(f)
			if math.Abs(f) > 1<<53-1 {
				return mapErr("Integer value in column '%s' is too large to represent as a JavaScript number without loss of precision, got: %s. Consider using BigInt type.", column, x)
			}
			w.Float(f)
			return nil
		}
		return mapErr("Expected an integer in column '%s', got %s: %v", column, jsType(v), v)
	case BigInt:
		w.Raw(`{"$type":"BigInt","value":"`)
		switch x := v.(type) {
		case int64:
			w.Int(x)
		case float64:
			w.Float(math.Trunc(x))
		case string:
			w.Raw(x)
		default:
			return mapErr("Expected a bigint in column '%s', got %s: %v", column, jsType(v), v)
		}
		w.Raw(`"}`)
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
			f, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return mapErr("Expected a float in column '%s', got string: %s", column, x)
			}
			w.Float(f)
			return nil
		}
		return mapErr("Expected a float in column '%s', got %s: %v", column, jsType(v), v)
	case Decimal:
		w.Raw(`{"$type":"Decimal","value":"`)
		switch x := v.(type) {
		case string:
			w.Raw(x)
		case float64:
			w.Float(x)
		case int64:
			w.Int(x)
		case []byte:
			w.RawBytes(x)
		default:
			return mapErr("Expected a decimal in column '%s', got %s: %v", column, jsType(v), v)
		}
		w.Raw(`"}`)
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
		return mapErr("Expected a boolean in column '%s', got %s: %v", column, jsType(v), v)
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
			return mapErr("Expected a date in column '%s', got %s: %v", column, jsType(v), v)
		}
		w.Byte('}')
		return nil
	case JSON:
		w.Raw(`{"$type":"Json","value":`)
		switch x := v.(type) {
		case string:
			w.String(x)
		case []byte:
			w.String(string(x))
		case float64:
			w.String(string(protocol.AppendFloat(nil, x)))
		case int64:
			w.String(strconv.FormatInt(x, 10))
		case bool:
			w.String(strconv.FormatBool(x))
		default:
			w.String(fmt.Sprint(x))
		}
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
		case string:
			w.Raw(`{"$type":"Bytes","value":`)
			w.String(x)
			w.Byte('}')
			return nil
		}
		return mapErr("Expected a byte array in column '%s', got %s: %v", column, jsType(v), v)
	case Enum:
		var s string
		switch x := v.(type) {
		case string:
			s = x
		case []byte:
			s = string(x)
		case int64:
			s = strconv.FormatInt(x, 10)
		default:
			s = fmt.Sprint(x)
		}
		name, ok := enum[s]
		if !ok {
			return mapErr("Value '%s' not found in enum", s)
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
