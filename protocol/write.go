package protocol

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Writer builds compact JSON text the way JavaScript's JSON.stringify writes
// it: strings escape only '"', '\\' and control characters (never '<', '>',
// '&' or U+2028), and numbers use ECMAScript's Number-to-string rules.
type Writer struct {
	buf []byte
}

// Grow makes room for n more bytes.
func (w *Writer) Grow(n int) {
	if cap(w.buf)-len(w.buf) < n {
		buf := make([]byte, len(w.buf), len(w.buf)+n)
		copy(buf, w.buf)
		w.buf = buf
	}
}

// Bytes returns the text written so far.
func (w *Writer) Bytes() []byte { return w.buf }

// SetBuffer makes the writer append to buf, after buf's contents: a caller
// that keeps the buffer of one response for the next writes without
// allocating.
func (w *Writer) SetBuffer(buf []byte) { w.buf = buf }

// Reset empties the writer, keeping its buffer.
func (w *Writer) Reset() { w.buf = w.buf[:0] }

// Len returns the number of bytes written.
func (w *Writer) Len() int { return len(w.buf) }

// Truncate discards everything after the first n bytes.
func (w *Writer) Truncate(n int) { w.buf = w.buf[:n] }

// Raw appends s unchanged.
func (w *Writer) Raw(s string) { w.buf = append(w.buf, s...) }

// RawBytes appends b unchanged.
func (w *Writer) RawBytes(b []byte) { w.buf = append(w.buf, b...) }

// Byte appends one byte.
func (w *Writer) Byte(c byte) { w.buf = append(w.buf, c) }

// String appends s as a JSON string.
func (w *Writer) String(s string) { w.buf = AppendString(w.buf, s) }

// Key appends s as a JSON string followed by ':'.
func (w *Writer) Key(s string) {
	w.buf = AppendString(w.buf, s)
	w.buf = append(w.buf, ':')
}

// Int appends an integer.
func (w *Writer) Int(n int64) { w.buf = strconv.AppendInt(w.buf, n, 10) }

// Float appends a float64 as JavaScript prints it (NaN and ±Inf as null).
func (w *Writer) Float(f float64) { w.buf = AppendFloat(w.buf, f) }

// Bool appends true or false.
func (w *Writer) Bool(b bool) {
	if b {
		w.buf = append(w.buf, "true"...)
	} else {
		w.buf = append(w.buf, "false"...)
	}
}

// Null appends null.
func (w *Writer) Null() { w.buf = append(w.buf, "null"...) }

// Value appends v.
func (w *Writer) Value(v Value) {
	switch v.Kind {
	case Invalid, Null:
		w.Null()
	case Bool:
		w.Bool(v.Bool)
	case Number:
		w.Raw(v.Str)
	case Param:
		w.Raw(`{"$type":"Param","value":`)
		w.Raw(v.Str)
		w.Byte('}')
	case String:
		w.String(v.Str)
	case Array:
		w.Byte('[')
		for i := range v.Members {
			if i > 0 {
				w.Byte(',')
			}
			w.Value(v.Members[i].Value)
		}
		w.Byte(']')
	case Object:
		w.Byte('{')
		for i := range v.Members {
			if i > 0 {
				w.Byte(',')
			}
			w.Key(v.Members[i].Key)
			w.Value(v.Members[i].Value)
		}
		w.Byte('}')
	}
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string, escaping as JSON.stringify does.
// Invalid UTF-8 is replaced by U+FFFD.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Skip 8 bytes at a time while none needs a look of its own.
		if i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"':
				dst = append(dst, '\\', '"')
			case '\\':
				dst = append(dst, '\\', '\\')
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\uFFFD"...)
			i++
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plain8 reports whether none of the 8 bytes of s is a control character,
// '"', '\\' or outside ASCII: whether all are written as they are. It tests
// the 8 bytes at once, as one word (SWAR): a byte's high bit is set in
// x-0x20… when the byte is below 0x20, in (x^q)-0x01… when it equals q.
// A borrow can only set further high bits in a word that already has one,
// so the answer is exact.
func plain8(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q := x ^ (ones * '"')
	b := x ^ (ones * '\\')
	t := (x - ones*0x20) | (q - ones) | (b - ones) | x
	return t&highs == 0
}

// AppendFloat appends f as ECMAScript's Number::toString prints it: the
// shortest round-tripping digits, plain notation for exponents in [-7, 21),
// exponent notation ("1e+21", "1.5e-7") outside. NaN and ±Inf become null,
// as in JSON.stringify.
func AppendFloat(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, "null"...)
	}
	if f == 0 {
		return append(dst, '0')
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if math.Abs(f) < 1<<53 {
			return strconv.AppendInt(dst, int64(f), 10)
		}
	}
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64) // d.ddde±XX
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	// Split digits and exponent.
	var digits []byte
	k := 0
	for k < len(e) && e[k] != 'e' {
		if e[k] != '.' {
			digits = append(digits, e[k])
		}
		k++
	}
	exp, _ := strconv.Atoi(string(e[k+1:]))
	n := exp + 1 // position of the decimal point relative to the digits
	if neg {
		dst = append(dst, '-')
	}
	nd := len(digits)
	switch {
	case nd <= n && n <= 21:
		dst = append(dst, digits...)
		for i := nd; i < n; i++ {
			dst = append(dst, '0')
		}
	case 0 < n && n <= 21:
		dst = append(dst, digits[:n]...)
		dst = append(dst, '.')
		dst = append(dst, digits[n:]...)
	case -6 < n && n <= 0:
		dst = append(dst, '0', '.')
		for i := 0; i < -n; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
	default:
		dst = append(dst, digits[0])
		if nd > 1 {
			dst = append(dst, '.')
			dst = append(dst, digits[1:]...)
		}
		dst = append(dst, 'e')
		if n-1 >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendInt(dst, int64(n-1), 10)
	}
	return dst
}

// AppendTo appends the compact JSON text of v to dst.
func (v Value) AppendTo(dst []byte) []byte {
	w := Writer{buf: dst}
	w.Value(v)
	return w.buf
}
