package e2e

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// Tagged is an output tagged value {"$type":T,"value":V}. Json values hold
// their parsed (unordered) JSON; BigInt and Decimal compare leniently when one
// side is a JSON number (see README).
type Tagged struct {
	Type  string
	Value any
}

// ErrorItem is one element of an "errors" envelope, reduced to what is
// compared: the code, the message and the meta (key order ignored). Errors
// without user_facing_error keep their "error" text as Message.
type ErrorItem struct {
	Code    string
	Message string
	Meta    any
}

// masked replaces a volatile value that has the expected shape.
type masked string

// Compare compares our response (got) with the recorded one (want) for a
// request of kind k. It returns "" when they match, else a go-cmp diff
// (-want +got) or a description of the problem.
func Compare(k Kind, want, got []byte, volatile []Volatile) string {
	return CompareWith(k, want, got, volatile, Options{})
}

// Options relax the comparison.
type Options struct {
	// LooseAdapterErrors compares errors raised by the adapter (those
	// carrying meta.driverAdapterError) by P-code, error kind and
	// constraint only: the messages are the driver's and differ between
	// drivers of one database. The conformance suite runs third-party
	// adapters so.
	LooseAdapterErrors bool
}

// CompareWith is Compare with options.
func CompareWith(k Kind, want, got []byte, volatile []Volatile, opts Options) string {
	w, err := parseJSON(want)
	if err != nil {
		return fmt.Sprintf("expected response is not JSON: %v", err)
	}
	g, err := parseJSON(got)
	if err != nil {
		return fmt.Sprintf("response is not JSON: %v", err)
	}
	if k == KindControl {
		return compareControl(w, g)
	}
	cw := canonEnvelope(mask(w, volatile), opts)
	cg := canonEnvelope(mask(g, volatile), opts)
	return cmp.Diff(cw, cg, compareOptions)
}

// compareControl compares interactive-transaction control answers loosely:
// both must succeed, or both must fail.
func compareControl(w, g any) string {
	isErr := func(v any) bool {
		o, ok := v.(Obj)
		if !ok {
			return true
		}
		_, e := o.Get("errors")
		return e
	}
	if isErr(w) != isErr(g) {
		return fmt.Sprintf("control line: want %s, got %s", render(w), render(g))
	}
	return ""
}

var compareOptions = cmp.Options{
	cmp.Comparer(numEqual),
	cmp.Comparer(taggedEqual),
}

// canonEnvelope strips the oracle's "$oracle" key and reduces "errors" and
// "batchResult" members; everything else stays ordered.
func canonEnvelope(v any, opts Options) any {
	o, ok := v.(Obj)
	if !ok {
		return canonData(v)
	}
	out := Obj{}
	for _, m := range o {
		switch m.K {
		case "$oracle":
			continue
		case "errors":
			out = append(out, Member{m.K, canonErrors(m.V, opts)})
		case "batchResult":
			if a, ok := m.V.([]any); ok {
				items := make([]any, len(a))
				for i, e := range a {
					items[i] = canonEnvelope(e, opts)
				}
				out = append(out, Member{m.K, items})
			} else {
				out = append(out, Member{m.K, canonData(m.V)})
			}
		default:
			out = append(out, Member{m.K, canonData(m.V)})
		}
	}
	return out
}

func canonErrors(v any, opts Options) any {
	a, ok := v.([]any)
	if !ok {
		return canonData(v)
	}
	out := make([]ErrorItem, len(a))
	for i, e := range a {
		o, ok := e.(Obj)
		if !ok {
			out[i] = ErrorItem{Message: render(e)}
			continue
		}
		if u, ok := o.Get("user_facing_error"); ok {
			if uo, ok := u.(Obj); ok {
				code, _ := uo.Get("error_code")
				msg, _ := uo.Get("message")
				meta, _ := uo.Get("meta")
				cs, _ := code.(string)
				ms, _ := msg.(string)
				if opts.LooseAdapterErrors {
					if dae, ok := adapterErrorEssence(meta); ok {
						out[i] = ErrorItem{Code: cs, Meta: dae}
						continue
					}
				}
				out[i] = ErrorItem{Code: cs, Message: maskDatabase(ms), Meta: maskDatabaseNames(unordered(meta))}
				continue
			}
		}
		msg, _ := o.Get("error")
		ms, ok := msg.(string)
		if !ok {
			ms = render(msg)
		}
		out[i] = ErrorItem{Message: maskDatabase(ms)}
	}
	return out
}

// adapterErrorEssence reduces the meta of an error raised by the adapter to
// what every driver of the database must agree on: the error kind and the
// constraint. ok is false for errors that do not come from the adapter.
func adapterErrorEssence(meta any) (any, bool) {
	o, ok := meta.(Obj)
	if !ok {
		return nil, false
	}
	dae, ok := o.Get("driverAdapterError")
	if !ok {
		return nil, false
	}
	do, _ := dae.(Obj)
	cause, _ := do.Get("cause")
	co, _ := cause.(Obj)
	kind, _ := co.Get("kind")
	constraint, _ := co.Get("constraint")
	return map[string]any{"kind": kind, "constraint": unordered(constraint)}, true
}

// databaseRe matches the name of a database the harness or the recorder
// created for one suite (e2e_<something>, as MySQL writes it in error
// messages: quoted, `e2e_x`, or qualifying a table, 'e2e_x.t'). The name
// differs from run to run, so it is not compared.
var databaseRe = regexp.MustCompile("([`'])e2e_[A-Za-z0-9_]+([`.])")

func maskDatabase(s string) string {
	return databaseRe.ReplaceAllString(s, "${1}<database>${2}")
}

// maskDatabaseNames masks database names in every string of an error's meta.
func maskDatabaseNames(v any) any {
	switch t := v.(type) {
	case string:
		return maskDatabase(t)
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = maskDatabaseNames(e)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = maskDatabaseNames(e)
		}
		return out
	}
	return v
}

// canonData turns tagged values into Tagged; ordered objects stay ordered.
func canonData(v any) any {
	switch t := v.(type) {
	case Obj:
		if tg, ok := asTagged(t); ok {
			return tg
		}
		out := make(Obj, len(t))
		for i, m := range t {
			out[i] = Member{m.K, canonData(m.V)}
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = canonData(e)
		}
		return out
	}
	return v
}

func asTagged(o Obj) (Tagged, bool) {
	if len(o) != 2 {
		return Tagged{}, false
	}
	tv, ok1 := o.Get("$type")
	val, ok2 := o.Get("value")
	ts, ok3 := tv.(string)
	if !ok1 || !ok2 || !ok3 {
		return Tagged{}, false
	}
	if ts == "Json" {
		if s, ok := val.(string); ok {
			if pv, err := parseJSON([]byte(s)); err == nil {
				return Tagged{Type: ts, Value: unordered(pv)}, true
			}
		}
	}
	return Tagged{Type: ts, Value: val}, true
}

func numEqual(a, b Num) bool {
	if a == b {
		return true
	}
	ra, ok1 := new(big.Rat).SetString(string(a))
	rb, ok2 := new(big.Rat).SetString(string(b))
	return ok1 && ok2 && ra.Cmp(rb) == 0
}

func taggedEqual(a, b Tagged) bool {
	if a.Type != b.Type {
		return false
	}
	_, an := a.Value.(Num)
	_, bn := b.Value.(Num)
	if an || bn {
		switch a.Type {
		case "BigInt":
			fa, ok1 := numericFloat(a.Value)
			fb, ok2 := numericFloat(b.Value)
			return ok1 && ok2 && fa == fb
		case "Decimal":
			fa, ok1 := numericFloat(a.Value)
			fb, ok2 := numericFloat(b.Value)
			return ok1 && ok2 && floatClose(fa, fb)
		}
	}
	return cmp.Equal(a.Value, b.Value, cmp.Comparer(numEqual))
}

// numericFloat reads a Num or a decimal string as the nearest float64.
func numericFloat(v any) (float64, bool) {
	var s string
	switch t := v.(type) {
	case Num:
		s = string(t)
	case string:
		s = t
	default:
		return 0, false
	}
	f, _, err := big.ParseFloat(strings.TrimSpace(s), 10, 53, big.ToNearestEven)
	if err != nil {
		return 0, false
	}
	x, _ := f.Float64()
	return x, true
}

func floatClose(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) || d < 1e-300
}

// ---- volatile values ----

var (
	uuidRe     = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	uuid4Re    = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	uuid7Re    = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	cuidRe     = regexp.MustCompile(`^c[a-z0-9]{24}$`)
	cuid2Re    = regexp.MustCompile(`^[a-z][a-z0-9]{23}$`)
	ulidRe     = regexp.MustCompile(`^[0-7][0-9A-HJKMNP-TV-Z]{25}$`)
	nanoidRe   = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	datetimeRe = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$`)
	intRe      = regexp.MustCompile(`^-?\d+$`)
)

// shapes: name → check(value, argument after ':').
var shapes = map[string]func(v any, arg string) bool{
	"uuid":  strShape(uuidRe),
	"uuid4": strShape(uuid4Re),
	"uuid7": strShape(uuid7Re),
	"cuid":  strShape(cuidRe),
	"cuid2": strShape(cuid2Re),
	"ulid":  strShape(ulidRe),
	"nanoid": func(v any, arg string) bool {
		s, ok := v.(string)
		if !ok || !nanoidRe.MatchString(s) {
			return false
		}
		n := 21
		if arg != "" {
			fmt.Sscan(arg, &n)
		}
		return len(s) == n
	},
	// datetime: a DateTime tagged value (or a plain ISO string).
	"datetime": func(v any, _ string) bool {
		if o, ok := v.(Obj); ok {
			if tg, ok := asTagged(o); ok && tg.Type == "DateTime" {
				v = tg.Value
			}
		}
		s, ok := v.(string)
		return ok && datetimeRe.MatchString(s)
	},
	// int: an integer number (autoincrement values that depend on history).
	"int": func(v any, _ string) bool {
		n, ok := v.(Num)
		return ok && intRe.MatchString(string(n))
	},
	// any: anything but null.
	"any": func(v any, _ string) bool { return v != nil },
}

func strShape(re *regexp.Regexp) func(any, string) bool {
	return func(v any, _ string) bool {
		s, ok := v.(string)
		return ok && re.MatchString(s)
	}
}

func baseShape(s string) string {
	b, _, _ := strings.Cut(s, ":")
	return b
}

// mask replaces, anywhere outside "errors", every member named by a Volatile
// whose value has the declared shape by a placeholder. Values without the
// shape stay, so they are compared as they are (and a malformed generated
// value shows up as a difference against the placeholder).
func mask(v any, vol []Volatile) any {
	if len(vol) == 0 {
		return v
	}
	byKey := map[string]string{}
	for _, x := range vol {
		byKey[x.Key] = x.Shape
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch t := v.(type) {
		case Obj:
			out := make(Obj, len(t))
			for i, m := range t {
				if m.K == "errors" {
					out[i] = m
					continue
				}
				if shape, ok := byKey[m.K]; ok && m.V != nil {
					b, arg, _ := strings.Cut(shape, ":")
					if f := shapes[b]; f != nil && f(m.V, arg) {
						out[i] = Member{m.K, masked("<volatile " + shape + ">")}
						continue
					}
				}
				out[i] = Member{m.K, walk(m.V)}
			}
			return out
		case []any:
			out := make([]any, len(t))
			for i, e := range t {
				out[i] = walk(e)
			}
			return out
		}
		return v
	}
	return walk(v)
}
