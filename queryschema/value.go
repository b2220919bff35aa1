package queryschema

import (
	"encoding/base64"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/noengine/noengine/protocol"
)

// avKind is the kind of an argument value as Prisma's engine sees it after
// the JSON protocol adapter converted it (ArgumentValue / PrismaValue).
type avKind uint8

const (
	avNull avKind = iota
	avString
	avBool
	avInt
	avFloat
	avDecimal  // {"$type":"Decimal"} (a PrismaValue::Float)
	avEnumTag  // {"$type":"Enum"}
	avJSONTag  // {"$type":"Json"}
	avDateTime // {"$type":"DateTime"}
	avBigInt   // {"$type":"BigInt"}
	avBytes    // {"$type":"Bytes"}
	avPlaceholder
	avList
	avObject
	avFieldRef
	avRaw
)

// argVal is a classified argument value.
type argVal struct {
	kind avKind
	// v is the JSON value; for tagged values, the tag's "value"; for a
	// FieldRef, its value object.
	v  protocol.Value
	ph placeholder
	// wildcard marks a protocol.Param placeholder, which matches any type.
	wildcard bool
	// node is the parameterisation node of an object's members or of a
	// list's object elements.
	node *paramNode
}

// classify converts a JSON value at a position with parameterisation edge e.
func classify(v protocol.Value, e *paramEdge) argVal {
	if isParamKind(v) {
		return argVal{kind: avPlaceholder, v: v, ph: placeholder{kind: phAny}, wildcard: true}
	}
	ph, node := paramize(v, e)
	if ph.kind != phNone {
		return argVal{kind: avPlaceholder, v: v, ph: ph}
	}
	switch v.Kind {
	case protocol.Null, protocol.Invalid:
		return argVal{kind: avNull, v: v}
	case protocol.Bool:
		return argVal{kind: avBool, v: v}
	case protocol.String:
		return argVal{kind: avString, v: v}
	case protocol.Number:
		if isI64(v.Str) {
			return argVal{kind: avInt, v: v}
		}
		return argVal{kind: avFloat, v: v}
	case protocol.Array:
		return argVal{kind: avList, v: v, node: node}
	case protocol.Object:
		switch tagOf(v) {
		case "DateTime":
			return argVal{kind: avDateTime, v: v.Get("value")}
		case "BigInt":
			return argVal{kind: avBigInt, v: v.Get("value")}
		case "Decimal":
			return argVal{kind: avDecimal, v: v.Get("value")}
		case "Bytes":
			return argVal{kind: avBytes, v: v.Get("value")}
		case "Json":
			return argVal{kind: avJSONTag, v: v.Get("value")}
		case "Enum":
			return argVal{kind: avEnumTag, v: v.Get("value")}
		case "FieldRef":
			return argVal{kind: avFieldRef, v: v.Get("value")}
		case "Raw":
			return argVal{kind: avRaw, v: v.Get("value")}
		case "Param":
			return argVal{kind: avPlaceholder, v: v, ph: paramPlaceholder(v.Get("value"))}
		}
		return argVal{kind: avObject, v: v, node: node}
	}
	return argVal{kind: avNull, v: v}
}

// isParamKind reports a placeholder of the compiler's own parameterisation
// (protocol.Param), which matches any type.
func isParamKind(v protocol.Value) bool { return v.Kind == protocol.Param }

// element classifies the i-th element of a list value.
func (a argVal) element(i int) argVal {
	x := a.v.Members[i].Value
	if a.node != nil && x.Kind == protocol.Object && !hasTypeKey(x) {
		return argVal{kind: avObject, v: x, node: a.node}
	}
	return classify(x, nil)
}

func paramPlaceholder(v protocol.Value) placeholder {
	if v.Kind != protocol.Object {
		return placeholder{kind: phAny}
	}
	t := v.Get("type")
	if t.Kind != protocol.String {
		return placeholder{kind: phAny}
	}
	k := phKindByName(t.Str)
	if k == phList {
		inner := v.Get("inner")
		ik := phAny
		if inner.Kind == protocol.Object {
			if it := inner.Get("type"); it.Kind == protocol.String {
				ik = phKindByName(it.Str)
			}
		}
		return placeholder{kind: phList, inner: ik}
	}
	return placeholder{kind: k}
}

// isI64 reports a JSON integer literal that fits an int64 (serde_json's
// is_i64).
func isI64(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == 'e' || c == 'E' {
			return false
		}
	}
	_, err := strconv.ParseInt(s, 10, 64)
	return err == nil
}

// inferredType is Prisma's name of a value's type in InvalidArgumentType.
func (a argVal) inferredType() string {
	switch a.kind {
	case avNull:
		return "Null"
	case avString:
		return "String"
	case avBool:
		return "Boolean"
	case avInt:
		return "Int"
	case avFloat, avDecimal:
		return "Float"
	case avEnumTag:
		return "Enum"
	case avJSONTag, avRaw:
		return "JSON"
	case avDateTime:
		return "DateTime"
	case avBigInt:
		return "BigInt"
	case avBytes:
		return "Bytes"
	case avPlaceholder:
		return a.ph.String()
	case avObject:
		return "Object"
	case avFieldRef:
		return "FieldRef"
	case avList:
		var b strings.Builder
		b.WriteByte('(')
		for i := range a.v.Members {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.element(i).inferredType())
		}
		b.WriteByte(')')
		return b.String()
	}
	return ""
}

// shouldBeJSON is the engine's should_be_parsed_as_json: such values match
// a Json input type as they are.
func (a argVal) shouldBeJSON() bool {
	switch a.kind {
	case avObject, avRaw:
		return true
	case avList:
		for i := range a.v.Members {
			if !a.element(i).shouldBeJSON() {
				return false
			}
		}
		return true
	case avEnumTag, avJSONTag, avPlaceholder, avFieldRef:
		return false
	}
	return true
}

// Scalar parsing, with the error texts of the Rust libraries Prisma uses.

// parseBigInt parses like Rust's i64::from_str; it returns the error text.
func parseBigInt(s string) string {
	if s == "" {
		return "cannot parse integer from empty string"
	}
	d := s
	neg := false
	if d[0] == '+' || d[0] == '-' {
		neg = d[0] == '-'
		d = d[1:]
		if d == "" {
			return "invalid digit found in string"
		}
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return "invalid digit found in string"
		}
	}
	if _, err := strconv.ParseInt(s, 10, 64); err != nil {
		if neg {
			return "number too small to fit in target type"
		}
		return "number too large to fit in target type"
	}
	return ""
}

// parseDecimal parses like Rust's BigDecimal::from_str and returns the
// parsed value (for display) and an error text.
func parseDecimal(s string) (*big.Rat, int, string) {
	base, expPart := s, ""
	exp := int64(0)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		base, expPart = s[:i], s[i+1:]
		if msg := parseI128(expPart); msg != "" {
			return nil, 0, msg
		}
		exp, _ = strconv.ParseInt(expPart, 10, 64)
	}
	if base == "" {
		return nil, 0, "Failed to parse empty string"
	}
	digits, scale := base, 0
	if i := strings.IndexByte(base, '.'); i >= 0 {
		trail := base[i+1:]
		digits = base[:i] + trail
		scale = len(strings.ReplaceAll(trail, "_", ""))
	}
	d := digits
	if d != "" && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if d == "" {
		return nil, 0, "cannot parse integer from empty string"
	}
	clean := strings.ReplaceAll(d, "_", "")
	for i := 0; i < len(clean); i++ {
		if clean[i] < '0' || clean[i] > '9' {
			return nil, 0, "invalid digit found in string"
		}
	}
	if d[0] == '_' {
		return nil, 0, "invalid digit found in string"
	}
	n, ok := new(big.Int).SetString(strings.ReplaceAll(digits, "_", ""), 10)
	if !ok {
		return nil, 0, "invalid digit found in string"
	}
	r := new(big.Rat).SetInt(n)
	sc := int64(scale) - exp
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(absI64(sc)), nil)
	if sc > 0 {
		r.Quo(r, new(big.Rat).SetInt(pow))
	} else {
		r.Mul(r, new(big.Rat).SetInt(pow))
	}
	return r, int(sc), ""
}

func absI64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func parseI128(s string) string {
	if s == "" {
		return "cannot parse integer from empty string"
	}
	d := s
	if d[0] == '+' || d[0] == '-' {
		d = d[1:]
		if d == "" {
			return "invalid digit found in string"
		}
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return "invalid digit found in string"
		}
	}
	if len(d) > 38 {
		if s[0] == '-' {
			return "number too small to fit in target type"
		}
		return "number too large to fit in target type"
	}
	return ""
}

// decodeBase64 decodes like Rust's base64 STANDARD engine.
func decodeBase64(s string) bool {
	if strings.ContainsAny(s, "\r\n") {
		return false
	}
	_, err := base64.StdEncoding.Strict().DecodeString(s)
	return err == nil
}

const base64Error = "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`"

// Chrono's parse error texts.
const (
	chronoOutOfRange = "input is out of range"
	chronoImpossible = "no possible date and time matching input"
	chronoInvalid    = "input contains invalid characters"
	chronoTooShort   = "premature end of input"
	chronoTooLong    = "trailing input"
)

// parseRFC3339 parses like chrono's DateTime::parse_from_rfc3339 and
// returns "" or chrono's error text.
func parseRFC3339(s string) string {
	num := func(min, max int) (int64, string) {
		if len(s) < min {
			return 0, chronoTooShort
		}
		var n int64
		i := 0
		for ; i < max && i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				if i < min {
					return 0, chronoInvalid
				}
				break
			}
			n = n*10 + int64(c-'0')
		}
		s = s[i:]
		return n, ""
	}
	char := func(c byte) string {
		if s == "" {
			return chronoTooShort
		}
		if s[0] != c {
			return chronoInvalid
		}
		s = s[1:]
		return ""
	}
	year, e := num(4, 4)
	if e != "" {
		return e
	}
	if e = char('-'); e != "" {
		return e
	}
	month, e := num(2, 2)
	if e != "" {
		return e
	}
	if month < 1 || month > 12 {
		return chronoOutOfRange
	}
	if e = char('-'); e != "" {
		return e
	}
	day, e := num(2, 2)
	if e != "" {
		return e
	}
	if day < 1 || day > 31 {
		return chronoOutOfRange
	}
	if s == "" {
		return chronoTooShort
	}
	if c := s[0]; c != 't' && c != 'T' && c != ' ' {
		return chronoInvalid
	}
	s = s[1:]
	hour, e := num(2, 2)
	if e != "" {
		return e
	}
	if hour > 23 {
		return chronoOutOfRange
	}
	if e = char(':'); e != "" {
		return e
	}
	minute, e := num(2, 2)
	if e != "" {
		return e
	}
	if minute > 59 {
		return chronoOutOfRange
	}
	if e = char(':'); e != "" {
		return e
	}
	second, e := num(2, 2)
	if e != "" {
		return e
	}
	if second > 60 {
		return chronoOutOfRange
	}
	if strings.HasPrefix(s, ".") {
		s = s[1:]
		if _, e = num(1, 9); e != "" {
			return e
		}
		s = strings.TrimLeft(s, "0123456789")
	}
	// Offset: Z, or ±hh:mm.
	if s == "" {
		return chronoTooShort
	}
	switch {
	case s[0] == 'Z' || s[0] == 'z':
		s = s[1:]
	default:
		switch {
		case s[0] == '+' || s[0] == '-':
			s = s[1:]
		case strings.HasPrefix(s, "\u2212"):
			s = s[len("\u2212"):]
		default:
			return chronoInvalid
		}
		if len(s) < 2 {
			return chronoTooShort
		}
		if s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
			return chronoInvalid
		}
		h := int(s[0]-'0')*10 + int(s[1]-'0')
		s = s[2:]
		if e = char(':'); e != "" {
			return e
		}
		if len(s) < 2 {
			return chronoTooShort
		}
		switch {
		case s[0] >= '0' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9':
		case s[0] >= '6' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9':
			return chronoOutOfRange
		default:
			return chronoInvalid
		}
		s = s[2:]
		if h > 23 {
			return chronoOutOfRange
		}
	}
	if s != "" {
		return chronoTooLong
	}
	// The date must exist.
	if day > daysIn(year, month) {
		return chronoOutOfRange
	}
	if second == 60 && minute != 59 {
		return chronoImpossible
	}
	return ""
}

func daysIn(year, month int64) int64 {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// floatDisplay renders a JSON float the way the engine prints it
// (BigDecimal::from_f64(..).normalized()).
func floatDisplay(text string) string {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return text
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// decimalDisplay renders a Decimal string like Rust's BigDecimal Display.
func decimalDisplay(s string) string {
	r, _, msg := parseDecimal(s)
	if msg != "" {
		return s
	}
	if r.IsInt() {
		return r.Num().String()
	}
	return r.FloatString(decimalPlaces(s))
}

func decimalPlaces(s string) int {
	base, exp := s, int64(0)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		base = s[:i]
		exp, _ = strconv.ParseInt(s[i+1:], 10, 64)
	}
	n := int64(0)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		n = int64(len(base) - i - 1)
	}
	n -= exp
	if n < 0 {
		return 0
	}
	return int(n)
}

// floatToI64 converts like BigDecimal::to_i64 (truncating toward zero).
func floatToI64(text string) (int64, bool) {
	r, ok := new(big.Rat).SetString(text)
	if !ok {
		if r2, _, msg := parseDecimal(text); msg == "" {
			r = r2
			q := new(big.Int).Quo(r.Num(), r.Denom())
			return q.Int64(), q.IsInt64()
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return 0, false
		}
		r = new(big.Rat)
		if r.SetFloat64(f) == nil {
			return 0, false
		}
	}
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

// rustDebug renders a JSON value like serde_json::Value's Debug.
func rustDebug(v protocol.Value) string {
	var b strings.Builder
	writeRustDebug(&b, v)
	return b.String()
}

func writeRustDebug(b *strings.Builder, v protocol.Value) {
	switch v.Kind {
	case protocol.Null, protocol.Invalid:
		b.WriteString("Null")
	case protocol.Bool:
		b.WriteString("Bool(")
		b.WriteString(strconv.FormatBool(v.Bool))
		b.WriteByte(')')
	case protocol.Number:
		b.WriteString("Number(")
		if isI64(v.Str) {
			n, _ := strconv.ParseInt(v.Str, 10, 64)
			b.WriteString(strconv.FormatInt(n, 10))
		} else if f, err := strconv.ParseFloat(v.Str, 64); err == nil {
			s := strconv.FormatFloat(f, 'f', -1, 64)
			if !strings.Contains(s, ".") {
				s += ".0"
			}
			b.WriteString(s)
		} else {
			b.WriteString(v.Str)
		}
		b.WriteByte(')')
	case protocol.String:
		b.WriteString("String(")
		writeRustString(b, v.Str)
		b.WriteByte(')')
	case protocol.Array:
		b.WriteString("Array [")
		for i := range v.Members {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRustDebug(b, v.Members[i].Value)
		}
		b.WriteByte(']')
	case protocol.Object:
		b.WriteString("Object {")
		for i := range v.Members {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRustString(b, v.Members[i].Key)
			b.WriteString(": ")
			writeRustDebug(b, v.Members[i].Value)
		}
		b.WriteByte('}')
	}
}

func writeRustString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case 0:
			b.WriteString(`\0`)
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}
