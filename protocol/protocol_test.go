package protocol

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseKeepsOrderAndNumbers(t *testing.T) {
	v, err := ParseString(`{"b":1,"a":[1.50,-0,1e400,"x\u00e9\ud83d\ude00"],"c":{"z":null,"y":true}}`)
	if err != nil {
		t.Fatal(err)
	}
	want := Value{Kind: Object, Members: []Member{
		{Key: "b", Value: MakeNumber("1")},
		{Key: "a", Value: Value{Kind: Array, Members: []Member{
			{Value: MakeNumber("1.50")}, {Value: MakeNumber("-0")}, {Value: MakeNumber("1e400")}, {Value: MakeString("xé😀")},
		}}},
		{Key: "c", Value: Value{Kind: Object, Members: []Member{{Key: "z", Value: NullValue}, {Key: "y", Value: MakeBool(true)}}}},
	}}
	if d := cmp.Diff(want, v); d != "" {
		t.Fatalf("parse (-want +got):\n%s", d)
	}
	if got := v.String(); got != `{"b":1,"a":[1.50,-0,1e400,"xé😀"],"c":{"z":null,"y":true}}` {
		t.Fatalf("marshal: %s", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{``, `{`, `{"a"}`, `{"a":}`, `[1,]`, `01`, `1.`, `"\x"`, "\"a\nb\"", `tru`, `{} x`, `"\u12"`, `-`, `1e`} {
		if _, err := ParseString(in); err == nil {
			t.Errorf("ParseString(%q): no error", in)
		}
	}
}

func TestParseDuplicateKeyLastWins(t *testing.T) {
	v, err := ParseString(`{"a":1,"b":2,"a":3}`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != `{"a":3,"b":2}` {
		t.Fatalf("got %s", got)
	}
}

func TestAppendStringMatchesJS(t *testing.T) {
	cases := map[string]string{
		"plain":      `"plain"`,
		"a\"b\\c":    `"a\"b\\c"`,
		"\n\t\r\b\f": `"\n\t\r\b\f"`,
		"\x01\x1f":   `"\u0001\u001f"`,
		"<>&\u2028":  "\"<>&\u2028\"",
		"bad\xffutf": "\"bad\uFFFDutf\"",
		"emoji 😀":    `"emoji 😀"`,
	}
	for in, want := range cases {
		if got := string(AppendString(nil, in)); got != want {
			t.Errorf("AppendString(%q) = %s, want %s", in, got, want)
		}
	}
}

// AppendString skips runs of 8 plain bytes at once: every byte that needs
// escaping or decoding, at every offset in such a run and next to another,
// is written as one byte at a time writes it (the reference below, a rune
// at a time through JSON's rules).
func TestAppendStringWordAtATime(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		b.WriteByte('"')
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == '"' || r == '\\':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r == '\b':
				b.WriteString(`\b`)
			case r == '\f':
				b.WriteString(`\f`)
			case r == '\n':
				b.WriteString(`\n`)
			case r == '\r':
				b.WriteString(`\r`)
			case r == '\t':
				b.WriteString(`\t`)
			case r < 0x20:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				b.WriteRune(r) // RuneError for invalid UTF-8: U+FFFD
			}
		}
		b.WriteByte('"')
		return b.String()
	}
	specials := []string{"\x00", "\x1f", " ", "\"", "\\", "\x7f", "\x80", "\xff", "é", "😀", "\n", "!", "#", "[", "]", "`", "~"}
	n := 0
	for length := 0; length <= 24; length++ {
		for pos := 0; pos < length; pos++ {
			for _, sp := range specials {
				for _, sp2 := range []string{"", "\"", "\x01"} {
					s := strings.Repeat("a", pos) + sp + sp2 + strings.Repeat("b", length-pos)
					if got, want := string(AppendString(nil, s)), ref(s); got != want {
						t.Fatalf("AppendString(%q) = %s, want %s", s, got, want)
					}
					n++
				}
			}
		}
	}
	// Every byte value next to every other, inside a run of 16.
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d += 7 {
			s := "abcdefgh" + string([]byte{byte(c), byte(d)}) + "ijklmn"
			if got, want := string(AppendString(nil, s)), ref(s); got != want {
				t.Fatalf("AppendString(%q) = %s, want %s", s, got, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("checked only %d strings", n)
	}
}

var point1, point2 = 0.1, 0.2

func TestAppendFloatMatchesJS(t *testing.T) {
	// Expected strings are what Node's String(n) prints.
	cases := []struct {
		f    float64
		want string
	}{
		{0, "0"}, {1, "1"}, {-1, "-1"}, {1.5, "1.5"}, {point1 + point2, "0.30000000000000004"},
		{1e21, "1e+21"}, {1e20, "100000000000000000000"}, {123456789012345680000, "123456789012345680000"},
		{1e-6, "0.000001"}, {1e-7, "1e-7"}, {1.5e-7, "1.5e-7"}, {-2.5e30, "-2.5e+30"},
		{37.48166666666667, "37.48166666666667"}, {4503599627370494, "4503599627370494"},
		{9007199254740993, "9007199254740992"}, {math.MaxFloat64, "1.7976931348623157e+308"},
		{5e-324, "5e-324"}, {math.NaN(), "null"}, {math.Inf(1), "null"},
	}
	for _, c := range cases {
		if got := string(AppendFloat(nil, c.f)); got != c.want {
			t.Errorf("AppendFloat(%v) = %s, want %s", c.f, got, c.want)
		}
	}
}

func TestDecodeLine(t *testing.T) {
	l, err := DecodeLine([]byte(`{"batch":[{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}],"transaction":{"isolationLevel":"Serializable"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if l.Batch == nil || !l.Batch.Transaction || l.Batch.IsolationLevel != "Serializable" || len(l.Batch.Requests) != 1 ||
		l.Batch.Requests[0].ModelName != "User" || l.Batch.Requests[0].Arguments.Get("where").Get("id").Str != "1" {
		t.Fatalf("batch decoded wrong: %+v", l.Batch)
	}
	l, err = DecodeLine([]byte(`{"$transaction":"begin","isolationLevel":"ReadCommitted","timeout":100}`))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(&Control{Command: "begin", IsolationLevel: "ReadCommitted", TimeoutMS: 100}, l.Control); d != "" {
		t.Fatal(d)
	}
	for _, bad := range []string{`[]`, `{"action":1}`, `{"action":"findMany"}`, `{"action":"findMany","query":{"arguments":[]}}`, `{"$transaction":"nope"}`, `{"batch":{}}`} {
		if _, err := DecodeLine([]byte(bad)); err == nil {
			t.Errorf("DecodeLine(%s): no error", bad)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `"\ud800"`, `[1e5,-0.5,true,false]`, `{"modelName":"U","action":"findMany","query":{"selection":{"$scalars":true}}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseString(s)
		if err != nil {
			if json.Valid([]byte(s)) {
				t.Fatalf("rejected valid JSON %q: %v", s, err)
			}
			return
		}
		if !json.Valid([]byte(s)) {
			t.Fatalf("accepted invalid JSON %q", s)
		}
		// Re-parsing our output gives the same value.
		v2, err := Parse(v.Marshal())
		if err != nil || !Equal(v, v2) {
			t.Fatalf("round trip of %q failed: %v", s, err)
		}
		_, _ = DecodeValue(v)
	})
}
