package schema

import (
	"fmt"
	"strings"
)

// Checks of default value literals. Prisma uses serde_json, the base64
// crate, chrono and bigdecimal; the validity rules are the same here and the
// detail messages follow those libraries' wording for the common cases.

// checkJSON returns "" for valid JSON, else a serde_json-like error.
func checkJSON(s string) string {
	p := &jsonCheck{s: s, line: 1, col: 0}
	if err := p.value(); err != "" {
		return err
	}
	p.ws()
	if p.i < len(p.s) {
		p.adv()
		return p.err("trailing characters")
	}
	return ""
}

type jsonCheck struct {
	s         string
	i         int
	line, col int
}

func (p *jsonCheck) adv() byte {
	c := p.s[p.i]
	p.i++
	if c == '\n' {
		p.line++
		p.col = 0
	} else {
		p.col++
	}
	return c
}

func (p *jsonCheck) err(msg string) string {
	return fmt.Sprintf("%s at line %d column %d", msg, p.line, p.col)
}

func (p *jsonCheck) ws() {
	for p.i < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.i]) >= 0 {
		p.adv()
	}
}

func (p *jsonCheck) value() string {
	p.ws()
	if p.i >= len(p.s) {
		return p.err("EOF while parsing a value")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.adv()
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.adv()
			return ""
		}
		for first := true; ; first = false {
			p.ws()
			if p.i >= len(p.s) {
				return p.err("EOF while parsing an object")
			}
			if !first && p.s[p.i] == '}' {
				p.adv()
				return p.err("trailing comma")
			}
			if p.s[p.i] != '"' {
				p.adv()
				return p.err("key must be a string")
			}
			if e := p.str(); e != "" {
				return e
			}
			p.ws()
			if p.i >= len(p.s) {
				return p.err("EOF while parsing an object")
			}
			if p.s[p.i] != ':' {
				p.adv()
				return p.err("expected `:`")
			}
			p.adv()
			if e := p.value(); e != "" {
				return e
			}
			p.ws()
			if p.i >= len(p.s) {
				return p.err("EOF while parsing an object")
			}
			switch p.adv() {
			case ',':
				continue
			case '}':
				return ""
			}
			return p.err("expected `,` or `}`")
		}
	case c == '[':
		p.adv()
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.adv()
			return ""
		}
		for first := true; ; first = false {
			p.ws()
			if !first && p.i < len(p.s) && p.s[p.i] == ']' {
				p.adv()
				return p.err("trailing comma")
			}
			if e := p.value(); e != "" {
				return e
			}
			p.ws()
			if p.i >= len(p.s) {
				return p.err("EOF while parsing a list")
			}
			switch p.adv() {
			case ',':
				continue
			case ']':
				return ""
			}
			return p.err("expected `,` or `]`")
		}
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.num()
	default:
		for _, w := range []string{"true", "false", "null"} {
			if strings.HasPrefix(p.s[p.i:], w) {
				for range w {
					p.adv()
				}
				return ""
			}
		}
		p.adv()
		return p.err("expected value")
	}
}

func (p *jsonCheck) str() string {
	p.adv() // opening quote
	for p.i < len(p.s) {
		c := p.adv()
		switch {
		case c == '"':
			return ""
		case c == '\\':
			if p.i >= len(p.s) {
				return p.err("EOF while parsing a string")
			}
			e := p.adv()
			if e == 'u' {
				for k := 0; k < 4; k++ {
					if p.i >= len(p.s) {
						return p.err("EOF while parsing a string")
					}
					h := p.adv()
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return p.err("invalid escape")
					}
				}
			} else if strings.IndexByte(`"\/bfnrt`, e) < 0 {
				return p.err("invalid escape")
			}
		case c < 0x20:
			return p.err("control character (\\u0000-\\u001F) found while parsing a string")
		}
	}
	return p.err("EOF while parsing a string")
}

func (p *jsonCheck) num() string {
	if p.s[p.i] == '-' {
		p.adv()
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.adv()
			n++
		}
		return n
	}
	if p.i >= len(p.s) {
		return p.err("EOF while parsing a value")
	}
	if p.s[p.i] == '0' {
		p.adv()
	} else if digits() == 0 {
		p.adv()
		return p.err("invalid number")
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.adv()
		if digits() == 0 {
			if p.i < len(p.s) {
				p.adv()
			}
			return p.err("invalid number")
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.adv()
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.adv()
		}
		if digits() == 0 {
			if p.i < len(p.s) {
				p.adv()
			}
			return p.err("invalid number")
		}
	}
	return ""
}

// checkBase64 validates standard, padded base64 (the base64 crate's
// STANDARD engine, as used by prisma_value::decode_bytes).
func checkBase64(s string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	const msg = "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`"
	if len(s)%4 != 0 {
		return msg
	}
	data := strings.TrimRight(s, "=")
	if len(s)-len(data) > 2 {
		return msg
	}
	for i := 0; i < len(data); i++ {
		if strings.IndexByte(alphabet, data[i]) < 0 {
			return msg
		}
	}
	// the unused bits of the last symbol must be zero
	if rem := len(data) % 4; rem > 0 {
		last := strings.IndexByte(alphabet, data[len(data)-1])
		mask := 0x0f // 2 symbols: 4 spare bits
		if rem == 3 {
			mask = 0x03
		}
		if rem == 1 || last&mask != 0 {
			return msg
		}
	}
	return ""
}

// checkRFC3339 validates an RFC 3339 date-time like chrono's
// DateTime::parse_from_rfc3339.
func checkRFC3339(s string) string {
	i := 0
	num := func(n int, lo, hi int) string {
		if i+n > len(s) {
			return "premature end of input"
		}
		v := 0
		for k := 0; k < n; k++ {
			c := s[i+k]
			if c < '0' || c > '9' {
				return "input contains invalid characters"
			}
			v = v*10 + int(c-'0')
		}
		i += n
		if v < lo || v > hi {
			return "input is out of range"
		}
		return ""
	}
	sep := func(chars string) string {
		if i >= len(s) {
			return "premature end of input"
		}
		if strings.IndexByte(chars, s[i]) < 0 {
			return "input contains invalid characters"
		}
		i++
		return ""
	}
	steps := []func() string{
		func() string { return num(4, 0, 9999) },
		func() string { return sep("-") },
		func() string { return num(2, 1, 12) },
		func() string { return sep("-") },
		func() string { return num(2, 1, 31) },
		func() string {
			y := atoi(s[0:4])
			mo := atoi(s[5:7])
			if atoi(s[8:10]) > daysIn(y, mo) {
				return "input is out of range"
			}
			return ""
		},
		func() string { return sep("Tt ") },
		func() string { return num(2, 0, 23) },
		func() string { return sep(":") },
		func() string { return num(2, 0, 59) },
		func() string { return sep(":") },
		func() string { return num(2, 0, 60) },
	}
	for _, st := range steps {
		if e := st(); e != "" {
			return e
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		if n == 0 {
			if i >= len(s) {
				return "premature end of input"
			}
			return "input contains invalid characters"
		}
	}
	if i >= len(s) {
		return "premature end of input"
	}
	switch s[i] {
	case 'Z', 'z':
		i++
	case '+', '-':
		i++
		if e := num(2, 0, 23); e != "" {
			return e
		}
		if e := sep(":"); e != "" {
			return e
		}
		if e := num(2, 0, 59); e != "" {
			return e
		}
	default:
		return "input contains invalid characters"
	}
	if i < len(s) {
		return "trailing input"
	}
	return ""
}

// decimalError returns "" when s parses as a BigDecimal (an optional sign,
// digits with an optional fraction, an optional exponent), else the
// bigdecimal/num error text.
func decimalError(s string) string {
	if s == "" {
		return "Failed to parse empty string"
	}
	base, exp, hasExp := s, "", false
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		base, exp, hasExp = s[:i], s[i+1:], true
	}
	if hasExp {
		if e := intError(exp); e != "" {
			return e
		}
	}
	digits := strings.Replace(base, ".", "", 1)
	return intError(digits)
}

// intError mimics Rust's integer parsing errors.
func intError(s string) string {
	t := s
	if strings.HasPrefix(t, "+") || strings.HasPrefix(t, "-") {
		t = t[1:]
	}
	if t == "" {
		return "cannot parse integer from empty string"
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return "invalid digit found in string"
		}
	}
	return ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
