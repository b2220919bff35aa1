package dialect

import (
	"strings"
	"testing"

	"github.com/noengine/noengine/schema"
)

// dialects is every dialect, in the order the tables below list them.
var dialects = []*Dialect{SQLiteDialect, PostgresDialect, CockroachDialect, MySQLDialect, SQLServerDialect}

// five checks a table row of one expected string per dialect.
func five(t *testing.T, name string, want [5]string, got func(d *Dialect) string) {
	t.Helper()
	for i, d := range dialects {
		if g := got(d); g != want[i] {
			t.Errorf("%s on %s:\n got %q\nwant %q", name, d.Name, g, want[i])
		}
	}
}

// write runs a writer method on a strings.Builder whose holes write their
// names; bound strings are written in braces.
func write(f func(w *strings.Builder, hole func(string) func(), bind func(string))) string {
	var w strings.Builder
	hole := func(s string) func() { return func() { w.WriteString(s) } }
	bind := func(s string) { w.WriteString("{" + s + "}") }
	f(&w, hole, bind)
	return w.String()
}

func TestLikePattern(t *testing.T) {
	for _, c := range []struct {
		pre, post bool
		want      [5]string
	}{
		{true, true, [5]string{"('%' || v || '%')", "('%' || v || '%')", "('%' || v || '%')", "CONCAT('%', v, '%')", "('%' + v + '%')"}},
		{true, false, [5]string{"('%' || v)", "('%' || v)", "('%' || v)", "CONCAT('%', v)", "('%' + v)"}},
		{false, true, [5]string{"(v || '%')", "(v || '%')", "(v || '%')", "CONCAT(v, '%')", "(v + '%')"}},
	} {
		five(t, "LikePattern", c.want, func(d *Dialect) string {
			open, close := d.LikePattern(c.pre, c.post)
			return open + "v" + close
		})
	}
}

func TestNullsSortKey(t *testing.T) {
	for _, c := range []struct {
		first bool
		want  [5]string
	}{
		{true, [5]string{"", "", "", "x IS NULL DESC, ", "CASE WHEN x IS NULL THEN 0 ELSE 1 END, "}},
		{false, [5]string{"", "", "", "x IS NULL ASC, ", "CASE WHEN x IS NULL THEN 1 ELSE 0 END, "}},
	} {
		five(t, "NullsSortKey", c.want, func(d *Dialect) string {
			return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
				d.NullsSortKey(w, hole("x"), c.first)
			})
		})
	}
	// The dialects that write no key have NULLS FIRST/LAST.
	for _, d := range dialects {
		key := write(func(w *strings.Builder, hole func(string) func(), _ func(string)) { d.NullsSortKey(w, hole("x"), true) })
		if (key == "") != d.Has(NullsFirstLast) {
			t.Errorf("%s: NullsSortKey %q with NullsFirstLast %v", d.Name, key, d.Has(NullsFirstLast))
		}
	}
}

func TestFullText(t *testing.T) {
	match := "MATCH (c)AGAINST (q IN BOOLEAN MODE)"
	five(t, "FullTextMatch", [5]string{match, "to_tsvector(concat_ws(' ', c)) @@ to_tsquery(q)", "to_tsvector(concat_ws(' ', c)) @@ to_tsquery(q)", match, match}, func(d *Dialect) string {
		return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
			d.FullTextMatch(w, hole("c"), hole("q"))
		})
	})
	five(t, "FullTextRank", [5]string{match, "ts_rank(to_tsvector(concat_ws(' ', c)), to_tsquery(q))", "ts_rank(to_tsvector(concat_ws(' ', c)), to_tsquery(q))", match, match}, func(d *Dialect) string {
		return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
			d.FullTextRank(w, hole("c"), hole("q"))
		})
	})
}

func TestJSONAtPath(t *testing.T) {
	five(t, "JSONAtPath", [5]string{"c->p", "(c#>ARRAY[p]::text[])::jsonb", "(c#>ARRAY[p]::text[])::jsonb", "JSON_EXTRACT(c, p)", "c->p"}, func(d *Dialect) string {
		return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
			d.JSONAtPath(w, hole("c"), hole("p"))
		})
	})
	five(t, "JSONTextAtPath", [5]string{"c->>p", "(c#>>ARRAY[p]::text[])", "(c#>>ARRAY[p]::text[])", "JSON_UNQUOTE(JSON_EXTRACT(c, p))", "c->>p"}, func(d *Dialect) string {
		return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
			d.JSONTextAtPath(w, hole("c"), hole("p"))
		})
	})
}

func TestJSONArrayElement(t *testing.T) {
	for _, c := range []struct {
		last bool
		want [5]string
	}{
		{false, [5]string{"j->{$[0]}", "(j->0)", "(j->0)", "JSON_EXTRACT(j, {$[0]})", "j->{$[0]}"}},
		{true, [5]string{"j->{$[#-1]}", "(j->-1)", "(j->-1)", "JSON_EXTRACT(j, CONCAT('$[', JSON_LENGTH(j) - 1, ']'))", "j->{$[#-1]}"}},
	} {
		five(t, "JSONArrayElement", c.want, func(d *Dialect) string {
			return write(func(w *strings.Builder, hole func(string) func(), bind func(string)) {
				d.JSONArrayElement(w, hole("j"), bind, c.last)
			})
		})
	}
}

func TestJSONTypeCheck(t *testing.T) {
	for _, c := range []struct {
		typ  JSONType
		ref  bool
		not  bool
		want [5]string
	}{
		{JSONString, false, false, [5]string{
			"(JSON_TYPE(j) = {text})", "JSONB_TYPEOF(j) = {string}", "JSONB_TYPEOF(j) = {string}", "(JSON_TYPE(j) = {STRING})", "(JSON_TYPE(j) = {text})"}},
		{JSONArray, false, true, [5]string{
			"(JSON_TYPE(j) != {array})", "JSONB_TYPEOF(j) != {array}", "JSONB_TYPEOF(j) != {array}", "(JSON_TYPE(j) != {ARRAY})", "(JSON_TYPE(j) != {array})"}},
		{JSONNumber, false, false, [5]string{
			"(JSON_TYPE(j) = {integer} OR JSON_TYPE(j) = {real})", "JSONB_TYPEOF(j) = {number}", "JSONB_TYPEOF(j) = {number}",
			"(JSON_TYPE(j) = {INTEGER} OR JSON_TYPE(j) = {DOUBLE})", "(JSON_TYPE(j) = {integer} OR JSON_TYPE(j) = {real})"}},
		{JSONNumber, false, true, [5]string{
			"(JSON_TYPE(j) != {integer} OR JSON_TYPE(j) = {real})", "JSONB_TYPEOF(j) != {number}", "JSONB_TYPEOF(j) != {number}",
			"(JSON_TYPE(j) != {INTEGER} OR JSON_TYPE(j) = {DOUBLE})", "(JSON_TYPE(j) != {integer} OR JSON_TYPE(j) = {real})"}},
		{JSONString, true, false, [5]string{
			"(JSON_TYPE(j) = {text})", "JSONB_TYPEOF(j) = JSONB_TYPEOF(r::jsonb)", "JSONB_TYPEOF(j) = JSONB_TYPEOF(r::jsonb)", "(JSON_TYPE(j) = {STRING})", "(JSON_TYPE(j) = {text})"}},
	} {
		five(t, "JSONTypeCheck", c.want, func(d *Dialect) string {
			return write(func(w *strings.Builder, hole func(string) func(), bind func(string)) {
				var ref func()
				if c.ref {
					ref = hole("r")
				}
				d.JSONTypeCheck(w, hole("j"), ref, bind, c.typ, c.not)
			})
		})
	}
}

func TestJSONEqual(t *testing.T) {
	for _, c := range []struct {
		bound, not bool
		want       [5]string
	}{
		{true, false, [5]string{"l = r", "l::jsonb = r", "l::jsonb = r", "(JSON_CONTAINS(l, r) AND JSON_CONTAINS(r, l))", "l = r"}},
		{true, true, [5]string{"l <> r", "l::jsonb <> r", "l::jsonb <> r", "(NOT JSON_CONTAINS(l, r) OR NOT JSON_CONTAINS(r, l))", "l <> r"}},
		{false, false, [5]string{"l = r", "l = r", "l = r", "(JSON_CONTAINS(l, r) AND JSON_CONTAINS(r, l))", "l = r"}},
	} {
		five(t, "JSONEqual", c.want, func(d *Dialect) string {
			return write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
				d.JSONEqual(w, hole("l"), hole("r"), c.bound, c.not)
			})
		})
	}
}

func TestJSONArrayContains(t *testing.T) {
	five(t, "JSONArrayContains", [5]string{"", "j @> v", "j @> v", "JSON_CONTAINS(j, v)", ""}, func(d *Dialect) string {
		got := write(func(w *strings.Builder, hole func(string) func(), _ func(string)) {
			d.JSONArrayContains(w, hole("j"), hole("v"))
		})
		if (got != "") != d.Has(JSONArrayContains) {
			t.Errorf("%s: JSONArrayContains %q with the feature %v", d.Name, got, d.Has(JSONArrayContains))
		}
		return got
	})
}

func TestJSONAsText(t *testing.T) {
	five(t, "JSONAsText", [5]string{"-", "j::text", "j::text", "CAST(j AS CHAR)", "-"}, func(d *Dialect) string {
		open, close, ok := d.JSONAsText()
		if !ok {
			return "-"
		}
		return open + "j" + close
	})
}

func TestJSONRowColumn(t *testing.T) {
	scalar := func(s schema.ScalarType, native string, list bool) *schema.Field {
		f := &schema.Field{Kind: schema.ScalarField, Scalar: s, List: list}
		if native != "" {
			f.Native = &schema.NativeType{Name: native}
		}
		return f
	}
	for _, c := range []struct {
		name string
		f    *schema.Field
		want [5]string
	}{
		{"Int", scalar(schema.Int, "", false), [5]string{"c", "c", "c", "c", "c"}},
		{"Int @db.Oid", scalar(schema.Int, "Oid", false), [5]string{"c", "c::int8", "c::int8", "c", "c"}},
		{"Decimal @db.Money", scalar(schema.Decimal, "Money", false), [5]string{"c", "c::numeric", "c::numeric", "c", "c"}},
		{"Decimal", scalar(schema.Decimal, "", false), [5]string{"c", "c", "c", "c", "c"}},
		{"Json", scalar(schema.JSON, "", false), [5]string{"c", "c::text", "c::text", "c", "c"}},
		{"Json[]", scalar(schema.JSON, "", true), [5]string{"c", "c::text[]", "c::text[]", "c", "c"}},
		{"Bytes", scalar(schema.Bytes, "", false), [5]string{"hex(c)", "c", "c", "c", "c"}},
		{"DateTime", scalar(schema.DateTime, "", false), [5]string{"c", "c", "c", "c", "c"}},
		{"String", scalar(schema.String, "", false), [5]string{"c", "c", "c", "c", "c"}},
		{"String @db.Inet", scalar(schema.String, "Inet", false), [5]string{"c", "c::text", "c::text", "c", "c"}},
		{"String @db.Xml", scalar(schema.String, "Xml", false), [5]string{"c", "c::text", "c::text", "c", "c"}},
		{"Unsupported", &schema.Field{Kind: schema.UnsupportedField}, [5]string{"c", "c::text", "c::text", "c", "c"}},
		{"enum", &schema.Field{Kind: schema.EnumField}, [5]string{"c", "c", "c", "c", "c"}},
	} {
		five(t, "JSONRowColumn "+c.name, c.want, func(d *Dialect) string {
			open, close := d.JSONRowColumn(c.f)
			return open + "c" + close
		})
	}
}

// TestSpellingFields pins the plain per-dialect spellings.
func TestSpellingFields(t *testing.T) {
	five(t, "JSONAggFunc", [5]string{"json_group_array", "json_agg", "json_agg", "JSON_ARRAYAGG", ""}, func(d *Dialect) string { return d.JSONAggFunc })
	five(t, "JSONArrayFunc", [5]string{"json_array", "json_build_array", "json_build_array", "JSON_ARRAY", ""}, func(d *Dialect) string { return d.JSONArrayFunc })
	five(t, "LikeCast", [5]string{"", "::text", "::text", "", ""}, func(d *Dialect) string { return d.LikeCast })
	five(t, "LimitAll", [5]string{"-1", "", "", "18446744073709551615", ""}, func(d *Dialect) string { return d.LimitAll })
	five(t, "DateTimeParamType", [5]string{"", "TIMESTAMP", "TIMESTAMP", "", ""}, func(d *Dialect) string { return d.DateTimeParamType })
	five(t, "JSONParamType", [5]string{"", "JSONB", "JSONB", "", ""}, func(d *Dialect) string { return d.JSONParamType })
}

// TestSpellingFeatures pins which dialects have the capability flags the
// compiler asks instead of naming a database ("sqlite postgresql
// cockroachdb mysql sqlserver", x: has it).
func TestSpellingFeatures(t *testing.T) {
	for _, c := range []struct {
		name string
		f    Feature
		want string
	}{
		{"NullsFirstLast", NullsFirstLast, "xxx.."},
		{"EmptyValuesRow", EmptyValuesRow, "...x."},
		{"DefaultInValues", DefaultInValues, ".xxxx"},
		{"MergeInsert", MergeInsert, "....x"},
		{"JSONPathArray", JSONPathArray, ".xx.."},
		{"JSONBOperands", JSONBOperands, ".xx.."},
		{"JSONArrayContains", JSONArrayContains, ".xxx."},
		{"JSONDecimalDigits", JSONDecimalDigits, ".xx.."},
		{"JSONDateTimeText", JSONDateTimeText, ".xx.."},
		{"SelectRowCount", SelectRowCount, ".xx.x"},
	} {
		var got strings.Builder
		for _, d := range dialects {
			if d.Has(c.f) {
				got.WriteByte('x')
			} else {
				got.WriteByte('.')
			}
		}
		if got.String() != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got.String(), c.want)
		}
	}
}
