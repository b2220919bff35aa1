// Package protocol implements Prisma's JSON protocol: an ordered JSON value
// model that keeps object key order and number spelling, request and batch
// decoding, and JSON writing that matches JavaScript's JSON.stringify.
package protocol

import (
	"strconv"
)

// Kind is the kind of a JSON value.
type Kind uint8

// JSON value kinds. Invalid is the zero Value (an absent value).
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Array
	Object
	// Param is a placeholder for a request parameter, produced by the
	// compiler's parameterization; Str holds the parameter's index.
	Param
)

var kindNames = [...]string{"invalid", "null", "boolean", "number", "string", "array", "object", "param"}

func (k Kind) String() string { return kindNames[k] }

// Value is a JSON value. Objects keep their members in source order; numbers
// keep their source text. The zero Value is Invalid and means "absent".
type Value struct {
	Kind Kind
	// Bool is the value of a Bool.
	Bool bool
	// Str is the unescaped text of a String, or the literal text of a Number.
	Str string
	// Members are an Object's members in order, or an Array's elements (with
	// empty keys).
	Members []Member
}

// Member is one object member (or array element, with an empty Key).
type Member struct {
	Key   string
	Value Value
}

// Exists reports whether v is present (not Invalid).
func (v Value) Exists() bool { return v.Kind != Invalid }

// IsNull reports whether v is JSON null.
func (v Value) IsNull() bool { return v.Kind == Null }

// Get returns the member named key of an object, or the zero Value.
func (v Value) Get(key string) Value {
	if v.Kind != Object {
		return Value{}
	}
	for i := range v.Members {
		if v.Members[i].Key == key {
			return v.Members[i].Value
		}
	}
	return Value{}
}

// Len returns the number of members or elements.
func (v Value) Len() int { return len(v.Members) }

// Index returns the i-th array element.
func (v Value) Index(i int) Value { return v.Members[i].Value }

// Int64 parses a Number as an int64.
func (v Value) Int64() (int64, bool) {
	if v.Kind != Number {
		return 0, false
	}
	n, err := strconv.ParseInt(v.Str, 10, 64)
	if err == nil {
		return n, true
	}
	// Accept integral floats such as 1.0 or 1e3, as JavaScript does.
	f, err := strconv.ParseFloat(v.Str, 64)
	if err != nil || f != float64(int64(f)) {
		return 0, false
	}
	return int64(f), true
}

// Float64 parses a Number as a float64.
func (v Value) Float64() (float64, bool) {
	if v.Kind != Number {
		return 0, false
	}
	f, err := strconv.ParseFloat(v.Str, 64)
	return f, err == nil
}

// IsInteger reports whether a Number is integral (as JavaScript's
// Number.isInteger: 1.0 and 1e3 are integers).
func (v Value) IsInteger() bool {
	if v.Kind != Number {
		return false
	}
	for i := 0; i < len(v.Str); i++ {
		if c := v.Str[i]; c == '.' || c == 'e' || c == 'E' {
			f, err := strconv.ParseFloat(v.Str, 64)
			return err == nil && f == float64(int64(f))
		}
	}
	return true
}

// TaggedType returns the $type of a tagged value ({"$type": T, "value": V})
// and its value, or "" when v is not a tagged value.
func (v Value) TaggedType() (string, Value) {
	if v.Kind != Object || len(v.Members) == 0 || len(v.Members) > 2 {
		return "", Value{}
	}
	t := v.Get("$type")
	if t.Kind != String {
		return "", Value{}
	}
	return t.Str, v.Get("value")
}

// MakeString returns a String value.
func MakeString(s string) Value { return Value{Kind: String, Str: s} }

// MakeNumber returns a Number value with the given literal text.
func MakeNumber(text string) Value { return Value{Kind: Number, Str: text} }

// MakeBool returns a Bool value.
func MakeBool(b bool) Value { return Value{Kind: Bool, Bool: b} }

// MakeParam returns a placeholder for parameter i.
func MakeParam(i int) Value { return Value{Kind: Param, Str: strconv.Itoa(i)} }

// ParamIndex returns the parameter index of a Param value.
func (v Value) ParamIndex() (int, bool) {
	if v.Kind != Param {
		return 0, false
	}
	n, err := strconv.Atoi(v.Str)
	return n, err == nil
}

// NullValue is JSON null.
var NullValue = Value{Kind: Null}

// Equal reports whether a and b are the same JSON value, including member
// order and number spelling.
func Equal(a, b Value) bool {
	if a.Kind != b.Kind || a.Bool != b.Bool || a.Str != b.Str || len(a.Members) != len(b.Members) {
		return false
	}
	for i := range a.Members {
		if a.Members[i].Key != b.Members[i].Key || !Equal(a.Members[i].Value, b.Members[i].Value) {
			return false
		}
	}
	return true
}

// Marshal returns the compact JSON text of v.
func (v Value) Marshal() []byte {
	var w Writer
	w.Value(v)
	return w.Bytes()
}

// String returns the compact JSON text of v.
func (v Value) String() string { return string(v.Marshal()) }
