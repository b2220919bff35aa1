package protocol

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// SyntaxError is a malformed JSON input.
type SyntaxError struct {
	Offset int // byte offset of the problem
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at offset %d: %s", e.Offset, e.Msg)
}

// maxDepth bounds nesting so hostile input cannot exhaust the stack.
const maxDepth = 1000

// Parse parses one JSON value. Trailing whitespace is allowed; anything else
// after the value is an error.
func Parse(data []byte) (Value, error) {
	return ParseString(string(data))
}

// ParseString is Parse for a string; string values share its memory.
func ParseString(s string) (Value, error) {
	sp := stacks.Get().(*[]Member)
	p := parser{s: s, stack: (*sp)[:0]}
	v, err := p.parse()
	clear(p.stack[:max(p.high, len(p.stack))]) // after an error, members not popped
	if cap(p.stack) <= 1024 {
		*sp = p.stack[:0]
		stacks.Put(sp)
	}
	return v, err
}

// stacks pools parser stacks (empty, cleared).
var stacks = sync.Pool{New: func() any { s := make([]Member, 0, 32); return &s }}

func (p *parser) parse() (Value, error) {
	p.skipWS()
	v, err := p.value(0)
	if err != nil {
		return Value{}, err
	}
	p.skipWS()
	if p.i != len(p.s) {
		return Value{}, p.errf("unexpected %q after the value", p.s[p.i])
	}
	return v, nil
}

type parser struct {
	s string
	i int
	// stack holds the members of the objects and arrays being parsed; a
	// finished one moves its members to slab, which the Members of every
	// value are carved from (one allocation for most documents).
	stack []Member
	slab  []Member
	high  int // the stack's high-water mark
}

// members moves the stack's members from base on into an exactly sized
// slice of the slab, and pops them.
func (p *parser) members(base int) []Member {
	n := len(p.stack) - base
	if n == 0 {
		return nil
	}
	if cap(p.slab)-len(p.slab) < n {
		size := n
		if p.slab == nil {
			// Enough for the whole document: every member but the first of
			// each object or array follows a ',', every member of an
			// object is followed by a ':'.
			size = max(size, min(strings.Count(p.s, ",")+strings.Count(p.s, ":")+strings.Count(p.s, "["), len(p.s)/2))
		} else {
			size = max(size, cap(p.slab))
		}
		p.slab = make([]Member, 0, size)
	}
	start := len(p.slab)
	p.slab = append(p.slab, p.stack[base:]...)
	p.high = max(p.high, len(p.stack))
	p.stack = p.stack[:base]
	return p.slab[start : start+n : start+n]
}

func (p *parser) errf(format string, args ...any) error {
	return &SyntaxError{Offset: p.i, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) skipWS() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (Value, error) {
	if depth > maxDepth {
		return Value{}, p.errf("nesting deeper than %d", maxDepth)
	}
	if p.i >= len(p.s) {
		return Value{}, p.errf("unexpected end of input")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return Value{}, err
		}
		return Value{Kind: String, Str: s}, nil
	case c == 't':
		return p.lit("true", Value{Kind: Bool, Bool: true})
	case c == 'f':
		return p.lit("false", Value{Kind: Bool})
	case c == 'n':
		return p.lit("null", Value{Kind: Null})
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		return Value{}, p.errf("unexpected %q", c)
	}
}

func (p *parser) lit(word string, v Value) (Value, error) {
	if len(p.s)-p.i >= len(word) && p.s[p.i:p.i+len(word)] == word {
		p.i += len(word)
		return v, nil
	}
	return Value{}, p.errf("invalid literal")
}

func (p *parser) number() (Value, error) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	intStart := p.i
	if digits() == 0 {
		return Value{}, p.errf("invalid number")
	}
	if p.s[intStart] == '0' && p.i-intStart > 1 {
		return Value{}, p.errf("invalid number: leading zero")
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return Value{}, p.errf("invalid number")
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return Value{}, p.errf("invalid number")
		}
	}
	return Value{Kind: Number, Str: p.s[start:p.i]}, nil
}

func (p *parser) str() (string, error) {
	p.i++ // opening quote
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '"' {
			s := p.s[start:p.i]
			p.i++
			return s, nil
		}
		if c == '\\' {
			return p.strSlow(start)
		}
		if c < 0x20 {
			return "", p.errf("control character in string")
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError && size == 1 {
				return p.strSlow(start)
			}
			p.i += size
			continue
		}
		p.i++
	}
	return "", p.errf("unterminated string")
}

// strSlow handles strings with escapes or invalid UTF-8 (replaced by U+FFFD).
func (p *parser) strSlow(start int) (string, error) {
	buf := make([]byte, 0, p.i-start+16)
	buf = append(buf, p.s[start:p.i]...)
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(buf), nil
		case c == '\\':
			p.i++
			if p.i >= len(p.s) {
				return "", p.errf("unterminated string")
			}
			e := p.s[p.i]
			p.i++
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.errf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					// A surrogate pair, or a lone surrogate (replaced).
					if p.i+6 <= len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
						save := p.i
						p.i += 2
						r2, ok := p.hex4()
						if ok {
							if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
								buf = utf8.AppendRune(buf, d)
								continue
							}
						}
						p.i = save
					}
					r = utf8.RuneError
				}
				buf = utf8.AppendRune(buf, r)
			default:
				return "", p.errf("invalid escape \\%c", e)
			}
		case c < 0x20:
			return "", p.errf("control character in string")
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(p.s[p.i:])
			p.i += size
			buf = utf8.AppendRune(buf, r)
		default:
			buf = append(buf, c)
			p.i++
		}
	}
	return "", p.errf("unterminated string")
}

func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

func (p *parser) object(depth int) (Value, error) {
	p.i++ // {
	v := Value{Kind: Object}
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return v, nil
	}
	base := len(p.stack)
	for {
		p.skipWS()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return Value{}, p.errf("expected a string key")
		}
		key, err := p.str()
		if err != nil {
			return Value{}, err
		}
		p.skipWS()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return Value{}, p.errf("expected ':'")
		}
		p.i++
		p.skipWS()
		val, err := p.value(depth + 1)
		if err != nil {
			return Value{}, err
		}
		// JSON.parse keeps the last duplicate key at the first key's position.
		dup := false
		for i := base; i < len(p.stack); i++ {
			if p.stack[i].Key == key {
				p.stack[i].Value = val
				dup = true
				break
			}
		}
		if !dup {
			p.stack = append(p.stack, Member{Key: key, Value: val})
		}
		p.skipWS()
		if p.i >= len(p.s) {
			return Value{}, p.errf("unterminated object")
		}
		if p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.s[p.i] == '}' {
			p.i++
			v.Members = p.members(base)
			return v, nil
		}
		return Value{}, p.errf("expected ',' or '}'")
	}
}

func (p *parser) array(depth int) (Value, error) {
	p.i++ // [
	v := Value{Kind: Array}
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return v, nil
	}
	base := len(p.stack)
	for {
		p.skipWS()
		val, err := p.value(depth + 1)
		if err != nil {
			return Value{}, err
		}
		p.stack = append(p.stack, Member{Value: val})
		p.skipWS()
		if p.i >= len(p.s) {
			return Value{}, p.errf("unterminated array")
		}
		if p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.s[p.i] == ']' {
			p.i++
			v.Members = p.members(base)
			return v, nil
		}
		return Value{}, p.errf("expected ',' or ']'")
	}
}
