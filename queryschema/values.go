package queryschema

import "github.com/noengine/noengine/protocol"

// ValidValue reports whether Prisma's query parser accepts v, a value given
// for a field of the scalar type named typ ("BigInt", "Bytes", "DateTime",
// "Decimal", "Json", ...), looking at its content only: the text of a tagged
// DateTime, BigInt, Decimal, Bytes or Json value, and the text of a plain
// string given for a Bytes, BigInt, Decimal or DateTime field; lists element
// by element. These are the checks of validation that a request's shape
// does not show, so the client's plan cache runs them on a hit, where the
// request is not validated again.
func ValidValue(typ string, v protocol.Value) bool {
	switch v.Kind {
	case protocol.Array:
		for i := range v.Members {
			if !ValidValue(typ, v.Members[i].Value) {
				return false
			}
		}
	case protocol.Object:
		val := v.Get("value")
		switch tagOf(v) {
		case "DateTime":
			return val.Kind == protocol.String && parseRFC3339(val.Str) == ""
		case "BigInt":
			return val.Kind == protocol.String && parseBigInt(val.Str) == ""
		case "Decimal":
			if val.Kind != protocol.String {
				return false
			}
			_, _, msg := parseDecimal(val.Str)
			return msg == ""
		case "Bytes":
			return val.Kind == protocol.String && decodeBase64(val.Str)
		case "Json":
			return val.Kind == protocol.String
		}
	case protocol.String:
		switch typ {
		case "Bytes":
			return decodeBase64(v.Str)
		case "BigInt":
			return parseBigInt(v.Str) == ""
		case "Decimal":
			_, _, msg := parseDecimal(v.Str)
			return msg == ""
		case "DateTime":
			return parseRFC3339(v.Str) == ""
		}
	}
	return true
}
