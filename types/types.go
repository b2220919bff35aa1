// Package types converts between Prisma scalar types, Go values and the JSON
// protocol's tagged values ({"$type":"DateTime","value":"..."}).
//
// Input side: [Parse] turns a JSON-protocol value into the Go value bound as
// a SQL argument (see the adapter package for the conventions). Output side:
// [AppendOutput] writes a database value as Prisma's data mapper would, with
// tagged values for DateTime, BigInt, Decimal, Bytes and Json.
package types

import (
	"encoding/base64"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/protocol"
)

// Scalar is a Prisma scalar type as the executor sees it.
type Scalar uint8

// Scalar types. Enum values are strings mapped through an enum table.
const (
	Unsupported Scalar = iota
	String
	Int
	BigInt
	Float
	Decimal
	Boolean
	DateTime
	JSON
	Bytes
	Enum
)

var scalarNames = [...]string{"Unsupported", "String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", "Enum"}

func (s Scalar) String() string { return scalarNames[s] }

// ErrConversion is wrapped by every input conversion error.
var ErrConversion = errors.New("conversion error")

type convError struct{ msg string }

func (e *convError) Error() string { return e.msg }
func (e *convError) Unwrap() error { return ErrConversion }

func convErr(msg string) error { return &convError{msg: msg} }

// ParseDateTime parses a date-time string as JavaScript's Date constructor
// (new Date(s)) reads the ISO 8601 forms, which is how Prisma converts a
// DateTime-tagged value:
//
//   - a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", with an extended year
//     "±YYYYYY" ("-000000" is invalid), read as UTC;
//   - optionally followed by 'T', 't' or ' ' and a time "HH:mm",
//     "HH:mm:ss" or "HH:mm:ss.f…" (any number of fraction digits), and an
//     offset "Z", "z", "±HH:mm" or "±HHmm"; a time without offset is local
//     time (time.Local), as in JavaScript.
//
// A day up to 31 rolls over into the next month ("2024-02-30" is March 1),
// and "24:00" is the end of the day, as V8 does. The result must lie within
// JavaScript's ±8.64e15 ms. The forms only V8's legacy parser reads ("June
// 15, 2024", "2024/06/15") are refused. The error is "Invalid time value"
// and wraps [ErrConversion].
func ParseDateTime(s string) (time.Time, error) {
	t, ok := parseISO(s, false)
	if !ok {
		return time.Time{}, convErr("Invalid time value")
	}
	return t, nil
}

// parseISO parses s as [ParseDateTime] describes. With rfc3339 it instead
// accepts only RFC 3339 as the Prisma engines' chrono reads a plain
// DateTime string: "YYYY-MM-DD", 'T', 't' or ' ', "HH:mm:ss", an optional
// fraction, and "Z", "z" or "±HH:mm" (also with U+2212 as the minus), every
// field within its calendar range.
func parseISO(s string, rfc3339 bool) (time.Time, bool) {
	p := isoParser{s: s}
	year, ok := 0, false
	if p.peek('+') || p.peek('-') {
		if rfc3339 {
			return time.Time{}, false
		}
		neg := s[0] == '-'
		p.i++
		if year, ok = p.digits(6); !ok || (neg && year == 0) {
			return time.Time{}, false
		}
		if neg {
			year = -year
		}
	} else if year, ok = p.digits(4); !ok {
		return time.Time{}, false
	}
	month, day, fullDate := 1, 1, false
	if p.accept('-') {
		if month, ok = p.digits(2); !ok {
			return time.Time{}, false
		}
		if p.accept('-') {
			if day, ok = p.digits(2); !ok {
				return time.Time{}, false
			}
			fullDate = true
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if rfc3339 && (!fullDate || day > daysIn(month, year)) {
		return time.Time{}, false
	}
	if p.i == len(s) {
		if rfc3339 {
			return time.Time{}, false
		}
		return clipJS(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC))
	}
	if !p.accept('T') && !p.accept('t') && !p.accept(' ') {
		return time.Time{}, false
	}
	hour, ok1 := p.digits(2)
	ok2 := p.accept(':')
	minute, ok3 := p.digits(2)
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, false
	}
	sec, nsec, fracZero := 0, 0, true
	if p.accept(':') {
		if sec, ok = p.digits(2); !ok {
			return time.Time{}, false
		}
		if p.accept('.') {
			start := p.i
			for p.i < len(s) && s[p.i] >= '0' && s[p.i] <= '9' {
				if p.i-start < 9 {
					nsec = nsec*10 + int(s[p.i]-'0')
				}
				if s[p.i] != '0' {
					fracZero = false
				}
				p.i++
			}
			n := p.i - start
			if n == 0 {
				return time.Time{}, false
			}
			for ; n < 9; n++ {
				nsec *= 10
			}
		}
	} else if rfc3339 {
		return time.Time{}, false
	}
	maxHour := 24
	if rfc3339 {
		maxHour = 23
	}
	if hour > maxHour || minute > 59 || sec > 59 || (hour == 24 && (minute != 0 || sec != 0 || !fracZero)) {
		return time.Time{}, false
	}
	loc, offset := time.UTC, 0
	switch {
	case p.i == len(s):
		if rfc3339 {
			return time.Time{}, false
		}
		loc = time.Local
	case p.accept('Z') || p.accept('z'):
	default:
		sign := 1
		switch {
		case p.accept('+'):
		case p.accept('-'):
			sign = -1
		case rfc3339 && strings.HasPrefix(s[p.i:], "\u2212"):
			p.i += len("\u2212")
			sign = -1
		default:
			return time.Time{}, false
		}
		oh, ok := p.digits(2)
		if !ok {
			return time.Time{}, false
		}
		if !p.accept(':') && rfc3339 {
			return time.Time{}, false
		}
		om, ok := p.digits(2)
		if !ok || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		offset = sign * (oh*3600 + om*60)
	}
	if p.i != len(s) {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc)
	return clipJS(t.Add(-time.Duration(offset) * time.Second))
}

// clipJS returns t in UTC, or false beyond JavaScript's Date range
// (±8.64e15 ms around the epoch).
func clipJS(t time.Time) (time.Time, bool) {
	if ms := t.UnixMilli(); ms < -maxJSDate || ms > maxJSDate {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// maxJSDate is the largest magnitude of a JavaScript Date, in milliseconds.
const maxJSDate = 8.64e15

func daysIn(month, year int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

type isoParser struct {
	s string
	i int
}

func (p *isoParser) peek(c byte) bool { return p.i < len(p.s) && p.s[p.i] == c }

func (p *isoParser) accept(c byte) bool {
	if p.peek(c) {
		p.i++
		return true
	}
	return false
}

// digits reads exactly n decimal digits.
func (p *isoParser) digits(n int) (int, bool) {
	if len(p.s)-p.i < n {
		return 0, false
	}
	v := 0
	for _, c := range []byte(p.s[p.i : p.i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	p.i += n
	return v, true
}

// FormatISO formats t as JavaScript's Date.toISOString does:
// "2024-05-06T07:08:09.123Z" (UTC, milliseconds; extended years as ±YYYYYY).
func FormatISO(t time.Time) string {
	var b [32]byte
	return string(AppendISO(b[:0], t))
}

// AppendISO appends the toISOString form of t.
func AppendISO(dst []byte, t time.Time) []byte {
	t = t.UTC()
	y := t.Year()
	switch {
	case y >= 0 && y <= 9999:
		dst = appendPad(dst, y, 4)
	case y < 0:
		dst = append(dst, '-')
		dst = appendPad(dst, -y, 6)
	default:
		dst = append(dst, '+')
		dst = appendPad(dst, y, 6)
	}
	dst = append(dst, '-')
	dst = appendPad(dst, int(t.Month()), 2)
	dst = append(dst, '-')
	dst = appendPad(dst, t.Day(), 2)
	dst = append(dst, 'T')
	dst = appendPad(dst, t.Hour(), 2)
	dst = append(dst, ':')
	dst = appendPad(dst, t.Minute(), 2)
	dst = append(dst, ':')
	dst = appendPad(dst, t.Second(), 2)
	dst = append(dst, '.')
	dst = appendPad(dst, t.Nanosecond()/1e6, 3)
	return append(dst, 'Z')
}

// FormatSQLiteISO is the iso8601 form Prisma's SQLite adapters store:
// toISOString with "Z" replaced by "+00:00".
func FormatSQLiteISO(t time.Time) string {
	var b [40]byte
	d := AppendISO(b[:0], t)
	d = append(d[:len(d)-1], "+00:00"...)
	return string(d)
}

// AppendTimestamp appends t in the form PostgreSQL's text output takes after
// Prisma's pg adapter: "2024-05-06T07:08:09.123+00:00", UTC, fraction digits
// trimmed of trailing zeros and omitted when zero.
func AppendTimestamp(dst []byte, t time.Time) []byte {
	t = t.UTC()
	dst = appendPad(dst, t.Year(), 4)
	dst = append(dst, '-')
	dst = appendPad(dst, int(t.Month()), 2)
	dst = append(dst, '-')
	dst = appendPad(dst, t.Day(), 2)
	dst = append(dst, 'T')
	dst = appendPad(dst, t.Hour(), 2)
	dst = append(dst, ':')
	dst = appendPad(dst, t.Minute(), 2)
	dst = append(dst, ':')
	dst = appendPad(dst, t.Second(), 2)
	if us := t.Nanosecond() / 1000; us != 0 {
		dst = append(dst, '.')
		n := len(dst)
		dst = appendPad(dst, us, 6)
		for len(dst) > n+1 && dst[len(dst)-1] == '0' {
			dst = dst[:len(dst)-1]
		}
	}
	return append(dst, "+00:00"...)
}

func appendPad(dst []byte, n, width int) []byte {
	var b [20]byte
	s := strconv.AppendInt(b[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

var timeTZPattern = regexp.MustCompile(`\d{2}:\d{2}:\d{2}(?:\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$`)

// NormalizeDateTime normalises a date/time string returned by a database the
// way Prisma's data mapper does: a plain date gets "T00:00:00Z", a time
// without zone gets "Z", "+HH" gets ":00", a bare time is prefixed with
// "1970-01-01T", and a space separator becomes "T".
func NormalizeDateTime(dt string) string {
	if isNormalDateTime(dt) {
		return dt
	}
	m := timeTZPattern.FindStringSubmatchIndex(dt)
	if m == nil {
		return dt + "T00:00:00Z"
	}
	withTZ := dt
	tzStart, minStart := m[2], m[4]
	switch {
	case tzStart >= 0 && dt[tzStart:m[3]] != "Z" && minStart < 0:
		withTZ = dt + ":00"
	case tzStart < 0:
		withTZ = dt + "Z"
	}
	if m[0] == 0 && m[1] == len(dt) {
		return "1970-01-01T" + withTZ
	}
	sep := m[0] - 1
	if sep >= 0 && withTZ[sep] == ' ' {
		withTZ = withTZ[:sep] + "T" + withTZ[sep+1:]
	}
	return withTZ
}

// isNormalDateTime reports whether NormalizeDateTime leaves dt as it is
// because it has the shape "YYYY-MM-DDTHH:MM:SS[.f…](Z|±HH[:]MM)" (the
// fast path for what databases return).
func isNormalDateTime(dt string) bool {
	const shape = "dddd-dd-ddTdd:dd:dd"
	if len(dt) < len(shape)+1 {
		return false
	}
	for i := 0; i < len(shape); i++ {
		if c := dt[i]; shape[i] == 'd' && (c < '0' || c > '9') || shape[i] != 'd' && c != shape[i] {
			return false
		}
	}
	rest := dt[len(shape):]
	if rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 1 {
			return false
		}
		rest = rest[n:]
	}
	switch {
	case rest == "Z":
		return true
	case len(rest) == 6 && rest[3] == ':':
		rest = rest[:3] + rest[4:]
	case len(rest) != 5:
		return false
	}
	return (rest[0] == '+' || rest[0] == '-') && isDigits(rest[1:])
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DecodeBase64 decodes base64 as Node 20's Buffer.from(s, 'base64') does,
// which is how Prisma reads a Bytes-tagged value: the standard and URL-safe
// alphabets both count, padding is optional, other characters (whitespace
// included) are skipped, the first '=' ends the data, and a single trailing
// character is dropped. Each character counts as its UTF-16 code unit's low
// byte, as in Node ("Ł", U+0141, reads as 'A'). It never fails; the error is
// kept for callers that may one day need a strict form.
func DecodeBase64(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)*3/4)
	var hi byte
	n := 0
	for _, r := range s {
		units := [2]rune{r, -1}
		if r >= 0x10000 {
			r -= 0x10000
			units = [2]rune{0xD800 + r>>10, 0xDC00 + r&0x3FF}
		}
		for _, u := range units {
			if u < 0 {
				break
			}
			c := byte(u)
			if c == '=' {
				return out, nil
			}
			lo := base64Value[c]
			if lo < 0 {
				continue
			}
			switch n % 4 {
			case 1:
				out = append(out, hi<<2|byte(lo)>>4)
			case 2:
				out = append(out, hi<<4|byte(lo)>>2)
			case 3:
				out = append(out, hi<<6|byte(lo))
			}
			hi = byte(lo)
			n++
		}
	}
	return out, nil
}

// base64Value maps a byte to its value in the standard or URL-safe base64
// alphabet, or -1.
var base64Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = int8(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64Strict decodes a plain Bytes string as the query parser checks
// it (Rust's base64 STANDARD engine): standard alphabet, padding required,
// no stray bits or line breaks.
func decodeBase64Strict(s string) ([]byte, error) {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil || strings.ContainsAny(s, "\r\n") {
		return nil, convErr("invalid base64 Bytes value")
	}
	return b, nil
}

// EncodeBase64 encodes bytes as Prisma outputs them (standard, padded).
func EncodeBase64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// parseDateTimeInput parses a DateTime input; Prisma keeps its milliseconds
// (a JavaScript Date).
func parseDateTimeInput(s string, rfc3339 bool) (any, error) {
	t, ok := parseISO(s, rfc3339)
	if !ok {
		return nil, convErr("Invalid time value")
	}
	return t.Add(-time.Duration(t.Nanosecond() % 1e6)), nil
}

// decimalText parses a number or plain Decimal string as a BigDecimal and
// returns it as bigdecimal prints it, which is the text Prisma binds ("1e3"
// → "1000", "1_000" → "1000", "+.5" → "0.5", "1.50" stays "1.50").
func decimalText(s string) (any, error) {
	d, ok := parseBigDecimal(s)
	if !ok {
		return nil, convErr("invalid Decimal: " + s)
	}
	text, ok := d.text()
	if !ok {
		return nil, convErr("Decimal value too long: " + s)
	}
	return text, nil
}

// plainInt64 reads s when it is an optional '-' and 1 to 18 decimal digits
// (so that it fits an int64 without overflow checks).
func plainInt64(s string) (int64, bool) {
	neg := len(s) > 0 && s[0] == '-'
	d := s
	if neg {
		d = s[1:]
	}
	if len(d) == 0 || len(d) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// Parse converts a JSON-protocol input value to the Go value bound for a
// field of scalar type t: String → string, Int/BigInt → int64, Float →
// float64, Decimal → decimal string, Boolean → bool, DateTime → time.Time,
// Json → JSON text, Bytes → []byte, Enum → the string as given (the caller
// maps enum names to database names). Tagged values are unwrapped.
func Parse(v protocol.Value, t Scalar) (any, error) {
	if v.Kind == protocol.Number && (t == Int || t == BigInt) {
		// The common case, a plain integer literal: what the exact decimal
		// path below would return, without it.
		if n, ok := plainInt64(v.Str); ok {
			return n, nil
		}
	}
	switch v.Kind {
	case protocol.Null:
		return nil, nil
	case protocol.Param:
		return nil, convErr("unresolved parameter " + v.Str)
	}
	tag, inner := v.TaggedType()
	switch t {
	case String:
		if v.Kind == protocol.String {
			return v.Str, nil
		}
	case Enum:
		switch {
		case v.Kind == protocol.String:
			return v.Str, nil
		case tag == "Enum" && inner.Kind == protocol.String:
			return inner.Str, nil
		}
	case Int:
		// The query parser reads an Int as an exact decimal (a JSON number
		// or a Decimal-tagged text) and truncates it toward zero (1.5 → 1,
		// -2.9 → -2); what int64 cannot hold is refused.
		var text string
		switch {
		case v.Kind == protocol.Number:
			text = v.Str
		case tag == "Decimal" && inner.Kind == protocol.String:
			text = inner.Str
		}
		if text == "" {
			break
		}
		d, ok := parseBigDecimal(text)
		if !ok {
			return nil, convErr("invalid number: " + text)
		}
		n, _, ok := d.int64()
		if !ok {
			return nil, convErr("Unable to fit float value (or large JS integer serialized in exponent notation) '" + text + "' into a 64 Bit signed integer. If you're trying to store large integers, consider using `BigInt`")
		}
		return n, nil
	case BigInt:
		switch {
		case v.Kind == protocol.Number || (tag == "BigInt" && inner.Kind == protocol.Number):
			// A number must be integral (1e3 and 1.0 are).
			text := v.Str
			if tag != "" {
				text = inner.Str
			}
			d, ok := parseBigDecimal(text)
			if !ok {
				return nil, convErr("invalid number: " + text)
			}
			n, integral, ok := d.int64()
			if !integral || !ok {
				return nil, convErr("Cannot convert " + text + " to a BigInt")
			}
			return n, nil
		case tag == "BigInt" && inner.Kind == protocol.String:
			// Tagged text is converted by JavaScript's BigInt(): "0x10",
			// " 5 " and "" (0) are integers, "1.5" and "1e3" are not.
			n, ok := parseJSBigInt(inner.Str)
			if !ok {
				return nil, convErr("Cannot convert " + inner.Str + " to a BigInt")
			}
			return n, nil
		case tag == "" && v.Kind == protocol.String:
			// Plain text is validated as Rust parses an i64: a sign and
			// digits, nothing else.
			n, err := strconv.ParseInt(v.Str, 10, 64)
			if err != nil {
				return nil, convErr("Cannot convert " + v.Str + " to a BigInt")
			}
			return n, nil
		}
	case Float:
		switch {
		case v.Kind == protocol.Number:
			f, ok := v.Float64()
			if !ok {
				return nil, convErr("invalid number: " + v.Str)
			}
			return f, nil
		case tag == "Decimal" && inner.Kind == protocol.String:
			// Decimal text is read as a BigDecimal ("1_000", ".5" and "5."
			// are numbers; "NaN", "Infinity" and " 1" are not).
			d, ok := parseBigDecimal(inner.Str)
			if !ok {
				return nil, convErr("invalid Decimal: " + inner.Str)
			}
			f, ok := d.float64()
			if !ok {
				return nil, convErr("invalid Decimal: " + inner.Str)
			}
			return f, nil
		}
	case Decimal:
		switch {
		case v.Kind == protocol.Number:
			return decimalText(v.Str)
		case tag == "Decimal" && inner.Kind == protocol.Number:
			return decimalText(inner.Str)
		case tag == "Decimal" && inner.Kind == protocol.String:
			// Prisma passes Decimal-tagged text to the database unchecked:
			// NaN is a value on PostgreSQL, and the database reports text
			// that is no number (22P02 on PostgreSQL, 1366 on MySQL).
			return inner.Str, nil
		case tag == "" && v.Kind == protocol.String:
			return decimalText(v.Str)
		}
	case Boolean:
		if v.Kind == protocol.Bool {
			return v.Bool, nil
		}
	case DateTime:
		// A tagged value is read by JavaScript's new Date() (see
		// ParseDateTime); a plain string must first be RFC 3339, as the
		// query parser checks it.
		switch {
		case tag == "DateTime" && inner.Kind == protocol.String:
			return parseDateTimeInput(inner.Str, false)
		case tag == "" && v.Kind == protocol.String:
			return parseDateTimeInput(v.Str, true)
		}
	case JSON:
		switch {
		case tag == "Json" && inner.Kind == protocol.String:
			// Prisma passes Json-tagged text to the database unchecked
			// (SQLite stores "not json"; PostgreSQL and MySQL refuse it).
			return inner.Str, nil
		case tag == "":
			// Untagged JSON values are accepted as their JSON text.
			return string(v.Marshal()), nil
		}
	case Bytes:
		switch {
		case tag == "Bytes" && inner.Kind == protocol.String:
			return DecodeBase64(inner.Str)
		case tag == "" && v.Kind == protocol.String:
			b, err := decodeBase64Strict(v.Str)
			if err != nil {
				return nil, err
			}
			return b, nil
		}
	case Unsupported:
		return nil, convErr("unsupported type")
	}
	return nil, convErr("expected a " + t.String() + " value, got " + v.String())
}
