package types

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/protocol"
)

// The expected outputs follow mapValue in Prisma 7.10's
// @prisma/client-engine-runtime (the data mapper) and were checked with rows
// written by sqlite3 into a table pushed by prisma-ref and read back with
// findUnique through prisma-ref. Where Prisma writes a BigInt or Decimal as a
// JSON number because the driver returned one, noengine writes the exact
// text (not a target).

// outCase is one AppendOutput call: a database value and the JSON Prisma
// writes, or the message of the P2023 MapError Prisma reports.
type outCase struct {
	name    string
	v       any
	want    string
	wantErr string
}

var colors = EnumNames{Name: "Color", Values: map[string]string{"RED": "RED", "verde": "GREEN"}}

func runOutputCases(t *testing.T, typ Scalar, column string, cases []outCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var w protocol.Writer
			err := AppendOutput(&w, tc.v, typ, colors, column)
			if tc.wantErr != "" {
				var me *MapError
				if !errors.As(err, &me) {
					t.Fatalf("AppendOutput(%#v, %v) = %q, %v; want MapError %q", tc.v, typ, w.Bytes(), err, tc.wantErr)
				}
				if diff := cmp.Diff(tc.wantErr, me.Msg); diff != "" {
					t.Errorf("AppendOutput(%#v, %v) message (-want +got):\n%s", tc.v, typ, diff)
				}
				if me.Error() != me.Msg {
					t.Errorf("MapError.Error() = %q, want %q", me.Error(), me.Msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("AppendOutput(%#v, %v): %v", tc.v, typ, err)
			}
			got := string(w.Bytes())
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("AppendOutput(%#v, %v) (-want +got):\n%s", tc.v, typ, diff)
			}
			if !json.Valid(w.Bytes()) {
				t.Errorf("AppendOutput(%#v, %v) wrote invalid JSON %s", tc.v, typ, got)
			}
		})
	}
}

func TestAppendOutputNull(t *testing.T) {
	for typ := Unsupported; typ <= Enum; typ++ {
		var w protocol.Writer
		if err := AppendOutput(&w, nil, typ, EnumNames{}, "c"); err != nil || string(w.Bytes()) != "null" {
			t.Errorf("AppendOutput(nil, %v) = %q, %v; want null", typ, w.Bytes(), err)
		}
	}
}

func TestAppendOutputString(t *testing.T) {
	runOutputCases(t, String, "s", []outCase{
		{name: "text", v: "hello", want: `"hello"`},
		{name: "unicode", v: "hé", want: `"hé"`},
		{name: "escapes", v: "a\"b\\c\n\x01", want: `"a\"b\\c\n\u0001"`},
		{name: "empty", v: "", want: `""`},
		{name: "bytes", v: []byte("AB"), wantErr: "Expected a string in column 's', got object: AB"},
		{name: "number", v: int64(5), wantErr: "Expected a string in column 's', got number: 5"},
		{name: "float", v: 1.5, wantErr: "Expected a string in column 's', got number: 1.5"},
		{name: "bool", v: true, wantErr: "Expected a string in column 's', got boolean: true"},
	})
}

func TestAppendOutputInt(t *testing.T) {
	runOutputCases(t, Int, "i", []outCase{
		{name: "integer", v: int64(5), want: `5`},
		{name: "negative", v: int64(-5), want: `-5`},
		{name: "largest safe", v: int64(9007199254740991), want: `9007199254740991`},
		{name: "smallest safe", v: int64(-9007199254740991), want: `-9007199254740991`},
		{name: "beyond safe", v: int64(9007199254740993), wantErr: "Integer value in column 'i' is too large to represent as a JavaScript number without loss of precision, got: 9007199254740993. Consider using BigInt type."},
		{name: "below safe", v: int64(-9007199254740992), wantErr: "Integer value in column 'i' is too large to represent as a JavaScript number without loss of precision, got: -9007199254740992. Consider using BigInt type."},
		// Math.trunc of a number.
		{name: "float", v: 1.9, want: `1`},
		{name: "negative float", v: -1.9, want: `-1`},
		{name: "huge float", v: 1e300, want: `1e+300`},
		// Math.trunc(Number(text)).
		{name: "text", v: "7", want: `7`},
		{name: "text fraction", v: "7.9", want: `7`},
		{name: "text spaces", v: "  12  ", want: `12`},
		{name: "text empty", v: "", want: `0`},
		{name: "text hex", v: "0x10", want: `16`},
		{name: "text exponent", v: "1e3", want: `1000`},
		{name: "text word", v: "abc", wantErr: "Expected an integer in column 'i', got string: abc"},
		{name: "text Infinity", v: "Infinity", wantErr: "Expected an integer in column 'i', got string: Infinity"},
		{name: "text beyond safe", v: "9007199254740993", wantErr: "Integer value in column 'i' is too large to represent as a JavaScript number without loss of precision, got: 9007199254740993. Consider using BigInt type."},
		{name: "bool", v: true, wantErr: "Expected an integer in column 'i', got boolean: true"},
		{name: "bytes", v: []byte{1}, wantErr: "Expected an integer in column 'i', got object: \x01"},
	})
}

func TestAppendOutputBigInt(t *testing.T) {
	runOutputCases(t, BigInt, "b", []outCase{
		{name: "max", v: int64(9223372036854775807), want: `{"$type":"BigInt","value":"9223372036854775807"}`},
		{name: "min", v: int64(-9223372036854775808), want: `{"$type":"BigInt","value":"-9223372036854775808"}`},
		{name: "float", v: 1.5, want: `{"$type":"BigInt","value":"1"}`},
		{name: "float beyond 2^53", v: 1e20, want: `{"$type":"BigInt","value":"100000000000000000000"}`},
		{name: "infinity", v: math.Inf(1), want: `{"$type":"BigInt","value":null}`},
		{name: "text", v: "12", want: `{"$type":"BigInt","value":"12"}`},
		// Passed on as stored, escaped (it used to break the JSON).
		{name: "text word", v: "abc", want: `{"$type":"BigInt","value":"abc"}`},
		{name: "text quote", v: `a"b\`, want: `{"$type":"BigInt","value":"a\"b\\"}`},
		{name: "bytes", v: []byte{1}, wantErr: "Expected a bigint in column 'b', got object: \x01"},
		{name: "bool", v: false, wantErr: "Expected a bigint in column 'b', got boolean: false"},
	})
}

func TestAppendOutputFloat(t *testing.T) {
	runOutputCases(t, Float, "f", []outCase{
		{name: "float", v: 1.5, want: `1.5`},
		{name: "small", v: 1e-7, want: `1e-7`},
		{name: "integral", v: 2.0, want: `2`},
		{name: "integer", v: int64(3), want: `3`},
		{name: "NaN", v: math.NaN(), want: `null`},
		{name: "infinity", v: math.Inf(-1), want: `null`},
		// Number(text); NaN and Infinity are written null.
		{name: "text", v: "2.5", want: `2.5`},
		{name: "text spaces", v: " 2.5 ", want: `2.5`},
		{name: "text empty", v: "", want: `0`},
		{name: "text hex", v: "0x10", want: `16`},
		{name: "text NaN", v: "NaN", want: `null`},
		{name: "text signed nan", v: "-nan", want: `null`},
		{name: "text Infinity", v: "Infinity", want: `null`},
		{name: "text overflow", v: "1e400", want: `null`},
		{name: "text word", v: "x", wantErr: "Expected a float in column 'f', got string: x"},
		{name: "text inf", v: "inf", wantErr: "Expected a float in column 'f', got string: inf"},
		{name: "text separator", v: "1_0", wantErr: "Expected a float in column 'f', got string: 1_0"},
		{name: "bytes", v: []byte{1}, wantErr: "Expected a float in column 'f', got object: \x01"},
		{name: "bool", v: true, wantErr: "Expected a float in column 'f', got boolean: true"},
	})
}

func TestAppendOutputDecimal(t *testing.T) {
	runOutputCases(t, Decimal, "d", []outCase{
		{name: "text", v: "1.50", want: `{"$type":"Decimal","value":"1.50"}`},
		{name: "text word", v: "abc", want: `{"$type":"Decimal","value":"abc"}`},
		{name: "text quote", v: `a"b\`, want: `{"$type":"Decimal","value":"a\"b\\"}`},
		{name: "float", v: 12.345, want: `{"$type":"Decimal","value":"12.345"}`},
		{name: "float exponent", v: 1e21, want: `{"$type":"Decimal","value":"1e+21"}`},
		{name: "infinity", v: math.Inf(1), want: `{"$type":"Decimal","value":null}`},
		{name: "integer", v: int64(5), want: `{"$type":"Decimal","value":"5"}`},
		{name: "bytes", v: []byte{1}, wantErr: "Expected a decimal in column 'd', got object: \x01"},
		{name: "bool", v: true, wantErr: "Expected a decimal in column 'd', got boolean: true"},
	})
}

func TestAppendOutputBoolean(t *testing.T) {
	runOutputCases(t, Boolean, "bo", []outCase{
		{name: "true", v: true, want: `true`},
		{name: "false", v: false, want: `false`},
		{name: "zero", v: int64(0), want: `false`},
		{name: "one", v: int64(1), want: `true`},
		{name: "two", v: int64(2), want: `false`},
		{name: "float one", v: 1.0, want: `true`},
		{name: "float half", v: 0.5, want: `false`},
		{name: "text true", v: "true", want: `true`},
		{name: "text TRUE", v: "TRUE", want: `true`},
		{name: "text 1", v: "1", want: `true`},
		{name: "text false", v: "false", want: `false`},
		{name: "text FALSE", v: "FALSE", want: `false`},
		{name: "text 0", v: "0", want: `false`},
		{name: "text yes", v: "yes", wantErr: "Expected a boolean in column 'bo', got string: yes"},
		{name: "text True", v: "True", wantErr: "Expected a boolean in column 'bo', got string: True"},
		{name: "bytes zero", v: []byte{0, 0}, want: `false`},
		{name: "bytes nonzero", v: []byte{0, 1}, want: `true`},
		{name: "bytes empty", v: []byte{}, want: `false`},
	})
}

func TestAppendOutputDateTime(t *testing.T) {
	runOutputCases(t, DateTime, "dt", []outCase{
		// Text is normalised as Prisma's normalizeDateTime does.
		{name: "iso", v: "2024-01-02T03:04:05.678+00:00", want: `{"$type":"DateTime","value":"2024-01-02T03:04:05.678+00:00"}`},
		{name: "space", v: "2024-01-02 03:04:05", want: `{"$type":"DateTime","value":"2024-01-02T03:04:05Z"}`},
		{name: "date", v: "2024-01-02", want: `{"$type":"DateTime","value":"2024-01-02T00:00:00Z"}`},
		{name: "time", v: "03:04:05", want: `{"$type":"DateTime","value":"1970-01-01T03:04:05Z"}`},
		{name: "hour offset", v: "2024-01-02T03:04:05+05", want: `{"$type":"DateTime","value":"2024-01-02T03:04:05+05:00"}`},
		{name: "microseconds", v: "2024-01-02T03:04:05.123456Z", want: `{"$type":"DateTime","value":"2024-01-02T03:04:05.123456Z"}`},
		{name: "offset without colon", v: "2024-01-02 03:04:05.5-0130", want: `{"$type":"DateTime","value":"2024-01-02T03:04:05.5-0130"}`},
		{name: "garbage", v: `a"b`, want: `{"$type":"DateTime","value":"a\"bT00:00:00Z"}`},
		// A time.Time is written as Prisma's pg adapter writes a timestamp.
		{name: "time.Time", v: time.Date(2024, 1, 2, 3, 4, 5, 123456000, time.UTC), want: `{"$type":"DateTime","value":"2024-01-02T03:04:05.123456+00:00"}`},
		{name: "time.Time in a zone", v: time.Date(2024, 1, 2, 8, 4, 5, 0, time.FixedZone("", 5*3600)), want: `{"$type":"DateTime","value":"2024-01-02T03:04:05+00:00"}`},
		// A number is passed on as a number, as the data mapper does.
		{name: "number", v: int64(1718452800000), want: `{"$type":"DateTime","value":1718452800000}`},
		{name: "float", v: 1718452800000.5, want: `{"$type":"DateTime","value":1718452800000.5}`},
		{name: "bytes", v: []byte{0}, wantErr: "Expected a date in column 'dt', got object: \x00"},
		{name: "bool", v: true, wantErr: "Expected a date in column 'dt', got boolean: true"},
	})
}

func TestAppendOutputJSON(t *testing.T) {
	// `${value}`: the stored text, or a number or boolean as text.
	runOutputCases(t, JSON, "j", []outCase{
		{name: "object", v: `{"a":1}`, want: `{"$type":"Json","value":"{\"a\":1}"}`},
		{name: "not JSON", v: "not json", want: `{"$type":"Json","value":"not json"}`},
		{name: "bytes", v: []byte("{}"), want: `{"$type":"Json","value":"{}"}`},
		{name: "integer", v: int64(5), want: `{"$type":"Json","value":"5"}`},
		{name: "float", v: 1.5, want: `{"$type":"Json","value":"1.5"}`},
		{name: "infinity", v: math.Inf(1), want: `{"$type":"Json","value":"Infinity"}`},
		{name: "bool", v: true, want: `{"$type":"Json","value":"true"}`},
	})
}

func TestAppendOutputBytes(t *testing.T) {
	runOutputCases(t, Bytes, "by", []outCase{
		{name: "bytes", v: []byte{0, 1, 0xff}, want: `{"$type":"Bytes","value":"AAH/"}`},
		{name: "two bytes", v: []byte{0xfb, 0xff}, want: `{"$type":"Bytes","value":"+/8="}`},
		{name: "empty", v: []byte{}, want: `{"$type":"Bytes","value":""}`},
		{name: "text", v: "abc", wantErr: "Expected a byte array in column 'by', got string: abc"},
		{name: "number", v: int64(5), wantErr: "Expected a byte array in column 'by', got number: 5"},
	})
}

func TestAppendOutputEnum(t *testing.T) {
	// Prisma's message names the value and the enum.
	runOutputCases(t, Enum, "e", []outCase{
		{name: "mapped name", v: "verde", want: `"GREEN"`},
		{name: "same name", v: "RED", want: `"RED"`},
		{name: "bytes", v: []byte("verde"), want: `"GREEN"`},
		{name: "Prisma name is no database name", v: "GREEN", wantErr: "Value 'GREEN' not found in enum 'Color'"},
		{name: "unknown", v: "BLUE", wantErr: "Value 'BLUE' not found in enum 'Color'"},
		{name: "integer", v: int64(5), wantErr: "Value '5' not found in enum 'Color'"},
		{name: "float", v: 1.5, wantErr: "Value '1.5' not found in enum 'Color'"},
	})
}

func TestAppendOutputUnsupported(t *testing.T) {
	runOutputCases(t, Unsupported, "u", []outCase{
		{name: "text", v: "x", want: `"x"`},
		{name: "integer", v: int64(5), want: `5`},
		{name: "float", v: 1.5, want: `1.5`},
		{name: "bool", v: true, want: `true`},
		{name: "bytes", v: []byte{0, 1, 0xff}, want: `"AAH/"`},
		{name: "time", v: time.Date(2024, 1, 2, 3, 4, 5, 678000000, time.UTC), want: `"2024-01-02T03:04:05.678Z"`},
		{name: "list", v: []any{int64(1), nil, []any{"a"}}, want: `[1,null,["a"]]`},
	})
}

func TestAppendOutputUnknownType(t *testing.T) {
	var w protocol.Writer
	err := AppendOutput(&w, "x", Enum+1, EnumNames{}, "c")
	var me *MapError
	if !errors.As(err, &me) || me.Msg != "unknown type for column 'c'" {
		t.Errorf("AppendOutput with an unknown type = %v, want a MapError", err)
	}
}

// TestAppendOutputAppends checks that values are appended to what the
// writer holds, as the executor writes a record field by field.
func TestAppendOutputAppends(t *testing.T) {
	var w protocol.Writer
	w.Raw(`{"a":`)
	if err := AppendOutput(&w, int64(1), Int, EnumNames{}, "a"); err != nil {
		t.Fatal(err)
	}
	w.Raw(`,"b":`)
	if err := AppendOutput(&w, []byte{1}, Bytes, EnumNames{}, "b"); err != nil {
		t.Fatal(err)
	}
	w.Raw(`,"c":`)
	if err := AppendOutput(&w, "2024-01-02", DateTime, EnumNames{}, "c"); err != nil {
		t.Fatal(err)
	}
	w.Byte('}')
	want := `{"a":1,"b":{"$type":"Bytes","value":"AQ=="},"c":{"$type":"DateTime","value":"2024-01-02T00:00:00Z"}}`
	if got := string(w.Bytes()); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
