package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// filterGoldenSchema returns the schema of the filter golden tests for a
// provider: Json fields where the database has them, scalar lists and the
// fullTextSearchPostgres preview feature on PostgreSQL, @@fulltext indexes
// on MySQL.
func filterGoldenSchema(provider string) string {
	var b strings.Builder
	if provider == "postgresql" {
		b.WriteString("generator client {\n  provider = \"prisma-client\"\n  previewFeatures = [\"fullTextSearchPostgres\"]\n}\n")
	}
	fmt.Fprintf(&b, "datasource db {\n  provider = %q\n}\n", provider)
	if provider == "postgresql" {
		b.WriteString("enum Mood {\n  HAPPY @map(\"happy\")\n  SAD\n  @@map(\"mood_t\")\n}\n")
	}
	b.WriteString("model Doc {\n  id Int @id\n  title String\n  body String?\n  alt String?\n")
	if provider != "sqlserver" {
		b.WriteString("  data Json\n  meta Json?\n")
	}
	if provider == "postgresql" {
		b.WriteString("  tags String[]\n  other String[]\n  nums Int[]\n  moods Mood[]\n  mood Mood?\n")
	}
	b.WriteString("  kids Kid[]\n")
	if provider == "mysql" {
		b.WriteString("  @@fulltext([title])\n  @@fulltext([body, title])\n")
	}
	b.WriteString("}\nmodel Kid {\n  id Int @id\n  docId Int\n  name String\n  doc Doc @relation(fields: [docId], references: [id])\n}\n")
	return b.String()
}

func fref(field string) string {
	return `{"$type":"FieldRef","value":{"_ref":"` + field + `","_container":"Doc"}}`
}

// filterGoldenCases are where filters (or whole arguments when args is
// set) with the providers they apply to ("" = all).
var filterGoldenCases = []struct {
	name, where, args, providers string
}{
	// Json, array paths (PostgreSQL).
	{"json path equals", `{"data":{"path":["a","b"],"equals":{"$type":"Json","value":"1"}}}`, "", "postgresql"},
	{"json path not", `{"data":{"path":["a"],"not":{"$type":"Json","value":"\"x\""}}}`, "", "postgresql"},
	{"json path null enums", `{"data":{"path":["a"],"equals":{"$type":"Enum","value":"AnyNull"},"not":{"$type":"Enum","value":"DbNull"}}}`, "", "postgresql"},
	{"json path JsonNull and plain null", `{"OR":[{"data":{"path":["a"],"equals":{"$type":"Enum","value":"JsonNull"}}},{"data":{"path":["a"],"not":null}}]}`, "", "postgresql"},
	{"json path not AnyNull", `{"data":{"path":["a"],"not":{"$type":"Enum","value":"AnyNull"}}}`, "", "postgresql"},
	{"json path strings", `{"data":{"path":["a"],"string_contains":"x","string_starts_with":"y","string_ends_with":"z"}}`, "", "postgresql"},
	{"json path strings insensitive", `{"data":{"mode":"insensitive","path":["a"],"string_contains":"x","string_ends_with":"z"}}`, "", "postgresql"},
	{"json strings no path", `{"data":{"string_starts_with":"x"}}`, "", "postgresql"},
	{"json path string FieldRef", `{"data":{"path":["a"],"string_contains":` + fref("title") + `}}`, "", "postgresql"},
	{"json path arrays", `{"data":{"path":["t"],"array_contains":{"$type":"Json","value":"[1]"},"array_starts_with":"x","array_ends_with":null}}`, "", "postgresql"},
	{"json arrays no path", `{"data":{"array_contains":["x"],"array_ends_with":{"$type":"Json","value":"{\"k\":1}"}}}`, "", "postgresql"},
	{"json path array FieldRef", `{"data":{"path":["t"],"array_contains":` + fref("meta") + `,"array_starts_with":` + fref("meta") + `}}`, "", "postgresql"},
	{"json path comparisons", `{"data":{"path":["n"],"gt":1,"lte":2.5,"gte":"a","lt":` + fref("meta") + `}}`, "", "postgresql"},
	{"json path equals FieldRef", `{"data":{"path":["a"],"equals":` + fref("meta") + `}}`, "", "postgresql"},
	{"json equals insensitive", `{"data":{"mode":"insensitive","path":["a"],"equals":{"$type":"Json","value":"\"X\""}}}`, "", "postgresql,mysql"},
	{"json NOT reverses type checks", `{"NOT":{"data":{"path":["a"],"string_contains":"x","array_contains":"y","gt":4}}}`, "", "postgresql"},
	{"json NOT NOT", `{"NOT":{"NOT":{"data":{"path":["a"],"string_contains":"x"}}}}`, "", "postgresql"},
	{"json NOT through relations", `{"NOT":{"kids":{"some":{"doc":{"data":{"path":["a"],"string_contains":"x"}}}}}}`, "", "postgresql"},
	{"json not object is a value", `{"data":{"path":["a"],"not":{"string_contains":"x"}}}`, "", "postgresql"},
	{"json gt Json tagged", `{"data":{"path":["a"],"gt":{"$type":"Json","value":"1"}}}`, "", "postgresql"},
	// Json, string paths (MySQL, SQLite).
	{"json string path equals", `{"data":{"path":"$.a.b","equals":{"$type":"Json","value":"1"},"not":{"$type":"Json","value":"2"}}}`, "", "mysql,sqlite"},
	{"json string path null enums", `{"data":{"path":"$.a","equals":{"$type":"Enum","value":"AnyNull"}}}`, "", "mysql,sqlite"},
	{"json string path strings", `{"data":{"path":"$.a","string_contains":"x","string_starts_with":"y","string_ends_with":"z"}}`, "", "mysql,sqlite"},
	{"json string path insensitive", `{"data":{"path":"$.a","mode":"insensitive","string_contains":"x"}}`, "", "mysql,sqlite"},
	{"json string path array ends", `{"data":{"path":"$.t","array_starts_with":1,"array_ends_with":{"$type":"Json","value":"[1]"}}}`, "", "mysql,sqlite"},
	{"json string path array contains", `{"data":{"path":"$.t","array_contains":["y"]}}`, "", "mysql"},
	{"json string path comparisons", `{"data":{"path":"$.n","gt":1,"lte":2.5,"gte":"a"}}`, "", "mysql"},
	{"json string path NOT", `{"NOT":{"data":{"path":"$.n","gt":1,"string_contains":"x","array_ends_with":"z"}}}`, "", "mysql"},
	{"json string path NOT sqlite", `{"NOT":{"data":{"path":"$.n","string_contains":"x","array_ends_with":"z"}}}`, "", "sqlite"},
	{"json string path FieldRef", `{"data":{"path":"$.a","equals":` + fref("meta") + `}}`, "", "mysql,sqlite"},
	{"json no path FieldRef", `{"data":{"equals":` + fref("meta") + `}}`, "", "postgresql,mysql,sqlite"},
	{"json array path on mysql", `{"data":{"path":["a"],"equals":1}}`, "", "mysql"},
	// Scalar lists (PostgreSQL).
	{"list has", `{"tags":{"has":"a"},"nums":{"has":1},"moods":{"has":"HAPPY"}}`, "", "postgresql"},
	{"list has null", `{"tags":{"has":null}}`, "", "postgresql"},
	{"list hasEvery hasSome", `{"tags":{"hasEvery":["a","b"]},"moods":{"hasSome":["SAD"]},"nums":{"hasSome":[]}}`, "", "postgresql"},
	{"list isEmpty", `{"tags":{"isEmpty":true},"nums":{"isEmpty":false}}`, "", "postgresql"},
	{"list equals", `{"tags":{"equals":["a"]},"moods":{"equals":["HAPPY"]},"nums":{"equals":null}}`, "", "postgresql"},
	{"list FieldRefs", `{"tags":{"has":` + fref("title") + `},"moods":{"has":` + fref("mood") + `},"other":{"hasSome":` + fref("tags") + `}}`, "", "postgresql"},
	{"list hasEvery FieldRef", `{"tags":{"hasEvery":` + fref("other") + `}}`, "", "postgresql"},
	{"list in notIn FieldRef", `{"title":{"in":` + fref("tags") + `},"alt":{"notIn":` + fref("tags") + `}}`, "", "postgresql"},
	{"list NOT", `{"NOT":{"tags":{"has":"a"}}}`, "", "postgresql"},
	// mode: insensitive (PostgreSQL).
	{"insensitive equals not", `{"title":{"equals":"a%","mode":"insensitive"},"alt":{"not":"b","mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive null", `{"alt":{"equals":null,"mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive in notIn", `{"title":{"in":["a","B"],"mode":"insensitive"},"alt":{"notIn":["c"],"mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive comparisons", `{"title":{"lt":"m","gte":"B","mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive like", `{"title":{"mode":"insensitive","contains":"a","startsWith":"b","endsWith":"c"}}`, "", "postgresql"},
	{"insensitive not like", `{"title":{"not":{"contains":"a","endsWith":"c"},"mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive FieldRefs", `{"title":{"equals":` + fref("alt") + `,"contains":` + fref("alt") + `,"gt":` + fref("alt") + `,"mode":"insensitive"}}`, "", "postgresql"},
	{"insensitive in FieldRef", `{"title":{"in":` + fref("tags") + `,"mode":"insensitive"},"alt":{"notIn":` + fref("tags") + `,"mode":"insensitive"}}`, "", "postgresql"},
	{"default mode", `{"title":{"equals":"a","contains":"b","mode":"default"}}`, "", "postgresql"},
	{"string filters without mode", `{"title":{"equals":"a","contains":"b","in":["c"]}}`, "", ""},
	// Full-text search.
	{"search", `{"title":{"search":"cat"}}`, "", "postgresql,mysql"},
	{"search merged", `{"title":{"search":"cat"},"body":{"search":"cat"},"alt":"x"}`, "", "postgresql,mysql"},
	{"search different texts", `{"title":{"search":"cat"},"body":{"search":"dog"}}`, "", "postgresql,mysql"},
	{"search merged across OR", `{"OR":[{"title":{"search":"cat"}},{"body":{"search":"cat"}}]}`, "", "postgresql,mysql"},
	{"search merged across nested AND", `{"title":{"search":"cat"},"AND":[{"AND":[{"body":{"search":"cat"}}]}]}`, "", "postgresql,mysql"},
	{"search negated", `{"title":{"not":{"search":"cat"}},"NOT":{"body":{"search":"cat"}}}`, "", "postgresql,mysql"},
	{"search in relation", `{"kids":{"some":{"doc":{"title":{"search":"cat"},"body":{"search":"cat"}}}}}`, "", "postgresql,mysql"},
	{"relevance", "", `{"orderBy":[{"_relevance":{"fields":["title","body"],"search":"cat","sort":"desc"}},{"id":"asc"}]}`, "postgresql,mysql"},
	{"relevance one field", "", `{"orderBy":{"_relevance":{"fields":"body","search":"cat","sort":"asc"}}}`, "postgresql,mysql"},
	{"relevance cursor", "", `{"orderBy":[{"_relevance":{"fields":["title"],"search":"cat","sort":"desc"}},{"id":"asc"}],"cursor":{"id":3},"take":2}`, "postgresql,mysql"},
}

// TestFilterGolden pins the SQL of the filters only server databases have
// (Json, scalar lists, full-text search, mode: insensitive) per dialect
// (testdata/golden/filter.<dialect>.txt; -update rewrites). The shapes are
// Prisma 7.10's (compared with `prisma-ref plan` while writing them); the
// end-to-end suites testdata/e2e/server-* check their answers.
func TestFilterGolden(t *testing.T) {
	for _, provider := range []string{"sqlite", "postgresql", "mysql", "sqlserver"} {
		t.Run(provider, func(t *testing.T) {
			s, err := schema.Parse("schema.prisma", []byte(filterGoldenSchema(provider)))
			if err != nil {
				t.Fatal(err)
			}
			d, _ := dialect.ForProvider(provider)
			c := New(s, d, Options{})
			var out strings.Builder
			for _, tc := range filterGoldenCases {
				if tc.providers != "" && !slices.Contains(strings.Split(tc.providers, ","), provider) {
					continue
				}
				args := tc.args
				if args == "" {
					args = `{"where":` + tc.where + `}`
				}
				req := `{"modelName":"Doc","action":"findMany","query":{"arguments":` + args + `,"selection":{"id":true}}}`
				fmt.Fprintf(&out, "== %s\n%s\n", tc.name, args)
				out.WriteString(describeFilter(t, c, d, req))
				out.WriteString("\n")
			}
			path := filepath.Join("testdata", "golden", "filter."+provider+".txt")
			if updateGolden() {
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), out.String()); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
		})
	}
}

// describeFilter compiles a request and lists its statements with their
// arguments (constants as values, inputs as $param:type), or its error.
func describeFilter(t *testing.T, c *Compiler, d *dialect.Dialect, line string) string {
	v, err := protocol.ParseString(line)
	if err != nil {
		t.Fatalf("parse %s: %v", line, err)
	}
	r, err := protocol.DecodeRequest(v)
	if err != nil {
		t.Fatalf("decode %s: %v", line, err)
	}
	p, _, err := c.Compile(&r)
	if err != nil {
		if e, ok := err.(*Error); ok {
			return fmt.Sprintf("error: %s %s\n", e.Code, e.Message)
		}
		return fmt.Sprintf("error: %v\n", err)
	}
	var b strings.Builder
	for _, st := range plan.Statements(p, d) {
		b.WriteString("sql: " + st + "\n")
	}
	var walk func(n plan.Node)
	walk = func(n plan.Node) {
		var st *plan.Stmt
		switch n := n.(type) {
		case *plan.Read:
			if n.Rows != nil {
				walk(n.Rows)
				return
			}
			st = n.Stmt
		case *plan.Query:
			st = n.Stmt
		}
		if st == nil {
			return
		}
		var args []string
		for _, a := range st.Args {
			args = append(args, describeArg(p, a))
		}
		if len(args) > 0 {
			b.WriteString("args: " + strings.Join(args, ", ") + "\n")
		}
	}
	walk(p.Root)
	return b.String()
}
