package types

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// bigDecimal is a decimal number as Rust's bigdecimal crate holds it (the
// Prisma engines parse JSON numbers and Decimal text with it): an integer
// and a scale, value = ±digits × 10^-scale.
type bigDecimal struct {
	neg    bool   // the integer is negative (never for zero)
	digits string // absolute value of the integer in decimal, no leading zeros; "0" for zero
	scale  int64
}

// parseBigDecimal parses s as the bigdecimal crate in Prisma 7.10's engines
// parses it: an optional sign, digits with '_' separators allowed after the
// first digit, an optional '.' and fraction ("5." and ".5" are numbers), and
// an optional exponent ('e' or 'E', an optional sign, digits). Like the
// crate, it joins the integer and fraction text before parsing them as one
// integer, and counts every character after the '.' as a fraction digit.
func parseBigDecimal(s string) (bigDecimal, bool) {
	base, expText := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		base, expText = s[:i], s[i+1:]
	}
	var exp int64
	if i := len(base); i < len(s) {
		e, err := strconv.ParseInt(expText, 10, 64) // Rust's integer from_str: [+-]digits
		if err != nil || strings.ContainsRune(expText, '_') {
			return bigDecimal{}, false
		}
		exp = e
	}
	if base == "" {
		return bigDecimal{}, false
	}
	intText, fracDigits := base, int64(0)
	if dot := strings.IndexByte(base, '.'); dot >= 0 {
		if dot == len(base)-1 {
			intText = base[:dot]
		} else {
			trail := base[dot+1:]
			intText = base[:dot] + trail
			fracDigits = int64(len(trail)) // underscores count too: "1_0.5_0" is 1.050
		}
	}
	// BigInt::from_str_radix: one leading '-' (unless followed by '+'),
	// then BigUint: one leading '+' (unless followed by '+'), then a digit
	// and digits or underscores.
	var d bigDecimal
	if rest, ok := strings.CutPrefix(intText, "-"); ok && !strings.HasPrefix(rest, "+") {
		d.neg, intText = true, rest
	}
	if rest, ok := strings.CutPrefix(intText, "+"); ok && !strings.HasPrefix(rest, "+") {
		intText = rest
	}
	if intText == "" || intText[0] == '_' {
		return bigDecimal{}, false
	}
	var b strings.Builder
	for i := 0; i < len(intText); i++ {
		switch c := intText[i]; {
		case c == '_':
		case c >= '0' && c <= '9':
			if b.Len() > 0 || c != '0' {
				b.WriteByte(c)
			}
		default:
			return bigDecimal{}, false
		}
	}
	d.digits = b.String()
	if d.digits == "" {
		d.digits, d.neg = "0", false
	}
	// scale = fraction digits - exponent, which must fit an int64.
	if (exp < 0 && fracDigits > maxInt64+exp) || (exp > 0 && fracDigits < minInt64+exp) {
		return bigDecimal{}, false
	}
	d.scale = fracDigits - exp
	return d, true
}

const (
	maxInt64 = 1<<63 - 1
	minInt64 = -1 << 63
)

// maxDecimalText bounds the length of a decimal written out in full
// ("1e1000000000" has a billion zeros); longer values are refused.
const maxDecimalText = 1 << 17

// text formats d as bigdecimal's Display does: positional notation with
// exactly scale fraction digits ("1e3" → "1000", "-1.2300e-5" →
// "-0.000012300", "0e2" → "000"), no sign for zero. ok is false when the
// text would be longer than maxDecimalText.
func (d bigDecimal) text() (string, bool) {
	if d.scale > maxDecimalText || d.scale < -maxDecimalText {
		return "", false
	}
	n := int64(len(d.digits))
	var size int64
	switch {
	case d.scale >= n:
		size = d.scale + 2
	case d.scale < 0:
		size = n - d.scale
	default:
		size = n + 1
	}
	if size > maxDecimalText {
		return "", false
	}
	var b strings.Builder
	b.Grow(int(size) + 1)
	if d.neg {
		b.WriteByte('-')
	}
	switch {
	case d.scale >= n:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(d.scale-n)))
		b.WriteString(d.digits)
	case d.scale <= 0:
		b.WriteString(d.digits)
		b.WriteString(strings.Repeat("0", int(-d.scale)))
	default:
		b.WriteString(d.digits[:n-d.scale])
		b.WriteByte('.')
		b.WriteString(d.digits[n-d.scale:])
	}
	return b.String(), true
}

// float64 converts d to the nearest float64; ok is false when it overflows.
func (d bigDecimal) float64() (float64, bool) {
	n := int64(len(d.digits))
	switch {
	case d.digits == "0":
		return 0, true
	case d.scale < n-400: // at least 1e400
		return 0, false
	case d.scale > n+400: // below the smallest float64
		if d.neg {
			return math.Copysign(0, -1), true
		}
		return 0, true
	}
	s := d.digits + "e" + strconv.FormatInt(-d.scale, 10)
	if d.neg {
		s = "-" + s
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// int64 returns d truncated toward zero, as BigDecimal::to_i64 does (1.5 →
// 1, -2.9 → -2). ok is false when the result does not fit an int64.
// integral reports whether d has no fractional part.
func (d bigDecimal) int64() (n int64, integral, ok bool) {
	digits := d.digits
	integral = true
	switch {
	case digits == "0":
		return 0, true, true
	case d.scale > 0:
		if d.scale >= int64(len(digits)) {
			return 0, false, true
		}
		cut := int64(len(digits)) - d.scale
		integral = strings.Trim(digits[cut:], "0") == ""
		digits = digits[:cut]
	case d.scale < 0:
		if d.scale < int64(len(digits))-19 { // more than 19 digits
			return 0, true, false
		}
		digits += strings.Repeat("0", int(-d.scale))
	}
	if d.neg {
		digits = "-" + digits
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	return n, integral, err == nil
}

// parseJSBigInt parses s as JavaScript's BigInt(s) does: surrounding
// whitespace and line terminators are ignored, an empty string is 0, a
// decimal integer may have a sign, and 0x, 0o and 0b prefixes (without a
// sign) select hexadecimal, octal and binary. ok is false for other text and
// for values beyond int64.
func parseJSBigInt(s string) (int64, bool) {
	s = strings.TrimFunc(s, isJSSpace)
	if s == "" {
		return 0, true
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			digits := s[2:]
			if digits[0] == '+' || digits[0] == '-' {
				return 0, false
			}
			n, err := strconv.ParseInt(digits, base, 64)
			return n, err == nil
		}
	}
	n, err := strconv.ParseInt(s, 10, 64) // [+-]digits, no separators
	return n, err == nil
}

// isJSSpace reports whether r is JavaScript WhiteSpace or LineTerminator
// (what String.prototype.trim, Number() and BigInt() ignore). Unlike
// unicode.IsSpace it excludes U+0085 and includes U+FEFF.
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// parseJSNumber converts s as JavaScript's Number(s) does: surrounding
// whitespace is ignored, an empty string is 0, "Infinity" may have a sign,
// 0x, 0o and 0b prefixes (without a sign) select other bases, and anything
// else must be a decimal literal ("1.", ".5", "1e3"; no "_", "inf" or "nan").
// ok is false where Number gives NaN; a literal beyond float64 is ±Inf.
func parseJSNumber(s string) (float64, bool) {
	s = strings.TrimFunc(s, isJSSpace)
	switch s {
	case "":
		return 0, true
	case "Infinity", "+Infinity":
		return math.Inf(1), true
	case "-Infinity":
		return math.Inf(-1), true
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			f := 0.0
			for i := 2; i < len(s); i++ {
				d := digitValue(s[i])
				if d >= base {
					return 0, false
				}
				f = f*float64(base) + float64(d)
			}
			return f, true
		}
	}
	// StrDecimalLiteral: [+-] (digits [. digits] | . digits) [e [+-] digits].
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	intDigits := countDigits(s[i:])
	i += intDigits
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		i++
		fracDigits = countDigits(s[i:])
		i += fracDigits
	}
	if intDigits == 0 && fracDigits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		n := countDigits(s[i:])
		if n == 0 {
			return 0, false
		}
		i += n
	}
	if i != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return f, true
}

func countDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// digitValue is the value of an ASCII digit or letter in bases up to 36, or
// 99.
func digitValue(c byte) int {
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
