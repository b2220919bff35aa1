package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// The harness has its own tiny JSON model instead of reusing package protocol:
// it is the independent referee of the code under test.
//
// parse returns:
//   - nil, bool, string
//   - Num for numbers (the literal text)
//   - Obj for objects (members in source order)
//   - []any for arrays

// Num is a JSON number, kept as its literal text.
type Num string

// Member is one member of an ordered object.
type Member struct {
	K string
	V any
}

// Obj is a JSON object whose member order matters.
type Obj []Member

// Get returns the value of key and whether it is present.
func (o Obj) Get(key string) (any, bool) {
	for _, m := range o {
		if m.K == key {
			return m.V, true
		}
	}
	return nil, false
}

// Without returns o without the member key.
func (o Obj) Without(key string) Obj {
	out := make(Obj, 0, len(o))
	for _, m := range o {
		if m.K != key {
			out = append(out, m)
		}
	}
	return out
}

// Keys returns the member names in order.
func (o Obj) Keys() []string {
	ks := make([]string, len(o))
	for i, m := range o {
		ks[i] = m.K
	}
	return ks
}

func parseJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := parseValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data after JSON value")
	}
	return v, nil
}

func parseValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := Obj{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key is %T", kt)
				}
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				o = append(o, Member{k, v})
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return o, nil
		case '[':
			a := []any{}
			for dec.More() {
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return a, nil
		}
		return nil, fmt.Errorf("unexpected delimiter %v", t)
	case json.Number:
		return Num(t), nil
	case string, bool, nil:
		return t, nil
	}
	return nil, fmt.Errorf("unexpected token %T", tok)
}

// unordered converts ordered objects (recursively) to maps, for places where
// key order does not matter (Json values, error meta).
func unordered(v any) any {
	switch t := v.(type) {
	case Obj:
		m := make(map[string]any, len(t))
		for _, mb := range t {
			m[mb.K] = unordered(mb.V)
		}
		return m
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = unordered(e)
		}
		return out
	}
	return v
}

// render writes v as compact JSON (ordered objects in order, maps sorted).
func render(v any) string {
	var sb strings.Builder
	renderTo(&sb, v)
	return sb.String()
}

func renderTo(sb *strings.Builder, v any) {
	switch t := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		if t {
			sb.WriteString("true")
		} else {
			sb.WriteString("false")
		}
	case Num:
		sb.WriteString(string(t))
	case string:
		writeString(sb, t)
	case Obj:
		sb.WriteByte('{')
		for i, m := range t {
			if i > 0 {
				sb.WriteByte(',')
			}
			writeString(sb, m.K)
			sb.WriteByte(':')
			renderTo(sb, m.V)
		}
		sb.WriteByte('}')
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			writeString(sb, k)
			sb.WriteByte(':')
			renderTo(sb, t[k])
		}
		sb.WriteByte('}')
	case []any:
		sb.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				sb.WriteByte(',')
			}
			renderTo(sb, e)
		}
		sb.WriteByte(']')
	default:
		b, _ := json.Marshal(t)
		sb.Write(b)
	}
}

// pretty indents a JSON document, keeping key order. Invalid JSON is returned
// as is.
func pretty(b []byte) string {
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSpace(b), "", "  "); err != nil {
		return string(b)
	}
	return out.String()
}

// writeString writes s as a JSON string without HTML escaping, like
// JavaScript's JSON.stringify.
func writeString(sb *strings.Builder, s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	sb.Write(bytes.TrimRight(buf.Bytes(), "\n"))
}

// Render writes a parsed value back as compact JSON.
func Render(v any) string { return render(v) }

// ParseJSON parses a JSON document keeping object member order.
func ParseJSON(b []byte) (any, error) { return parseJSON(b) }
