package queryschema

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// The validation corpus: testdata/validation/<schema>.<invalid|valid>.jsonl
// hold requests; <...>.golden.jsonl hold Prisma 7.10's responses, recorded
// by testdata/validation/record.mjs.

type corpusCase struct {
	Request  json.RawMessage `json:"request"`
	Response struct {
		Data   any `json:"data"`
		Errors []struct {
			Error           string          `json:"error"`
			UserFacingError json.RawMessage `json:"user_facing_error"`
		} `json:"errors"`
	} `json:"response"`
}

var (
	qsCacheMu sync.Mutex
	qsCache   = map[string]*QuerySchema{}
)

func querySchemaFor(t testing.TB, name string) *QuerySchema {
	qsCacheMu.Lock()
	defer qsCacheMu.Unlock()
	if q := qsCache[name]; q != nil {
		return q
	}
	src, err := os.ReadFile(filepath.Join("testdata", "schemas", name+".prisma"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := schema.Parse(name+".prisma", src)
	if err != nil {
		t.Fatal(err)
	}
	q := Build(s)
	qsCache[name] = q
	return q
}

// engineErrorPrefixes are the errors without P-code that Validate reports
// (the query compiler's); other errors without P-code come from running
// the query and mean that validation passed.
var engineErrorPrefixes = []string{
	"Could not convert argument value", "Operation '", "JSON Error:", "panicked at", "AssertionError(", "invalid type:", "missing field", "Cannot read properties",
}

// expectedError returns the error Validate must return for a recorded
// response, or nil when the request passed Prisma's validation.
func expectedError(c *corpusCase) any {
	if len(c.Response.Errors) == 0 {
		return nil
	}
	e := c.Response.Errors[0]
	if len(e.UserFacingError) > 0 {
		var ufe struct {
			Code string `json:"error_code"`
		}
		_ = json.Unmarshal(e.UserFacingError, &ufe)
		switch ufe.Code {
		case "P2009", "P2012", "P2019":
		default:
			return nil
		}
	} else {
		engine := false
		for _, p := range engineErrorPrefixes {
			if strings.HasPrefix(e.Error, p) {
				engine = true
			}
		}
		if !engine {
			return nil
		}
	}
	var v any
	raw, _ := json.Marshal(e)
	_ = json.Unmarshal(raw, &v)
	if m, ok := v.(map[string]any); ok && m["user_facing_error"] == nil {
		delete(m, "user_facing_error")
	}
	return v
}

func loadCorpus(t *testing.T, file string) []corpusCase { return loadCorpusFile(t, file) }

func loadCorpusFile(t testing.TB, file string) []corpusCase {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, c)
	}
	return out
}

func TestValidateCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "validation", "*.golden.jsonl"))
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var invalid, valid int
	for _, file := range files {
		base := strings.TrimSuffix(filepath.Base(file), ".golden.jsonl")
		schemaName := base[:strings.LastIndexByte(base, '.')]
		t.Run(base, func(t *testing.T) {
			q := querySchemaFor(t, schemaName)
			for i, c := range loadCorpus(t, file) {
				r, err := protocol.DecodeValue(mustParse(t, c.Request))
				if err != nil || r.Request == nil {
					t.Fatalf("case %d: %v", i, err)
				}
				want := expectedError(&c)
				var got any
				if e := Validate(q, r.Request); e != nil {
					_ = json.Unmarshal(e.AppendJSON(nil), &got)
				}
				if want == nil {
					valid++
				} else {
					invalid++
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("case %d %s\n(-prisma +ours):\n%s", i, c.Request, d)
				}
			}
		})
	}
	t.Logf("%d invalid and %d valid requests", invalid, valid)
}

func mustParse(t *testing.T, raw []byte) protocol.Value {
	t.Helper()
	v, err := protocol.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestValidateDeepNestingIsFast checks that nested unions do not take
// exponential time: each level of a nested create offers a checked and an
// unchecked input, and an error at the bottom makes both fail.
func TestValidateDeepNestingIsFast(t *testing.T) {
	q := querySchemaFor(t, "blog.sqlite")
	inner := `{"email":"e","meta":{},"nope":1}`
	for i := 0; i < 30; i++ {
		inner = `{"email":"e","meta":{},"friends":{"create":` + inner + `}}`
	}
	req := `{"modelName":"User","action":"createOne","query":{"arguments":{"data":` + inner + `},"selection":{"id":true}}}`
	v, err := protocol.ParseString(req)
	if err != nil {
		t.Fatal(err)
	}
	line, err := protocol.DecodeValue(v)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *Error, 1)
	go func() { done <- Validate(q, line.Request) }()
	select {
	case e := <-done:
		if e == nil || e.Code != "P2009" {
			t.Fatalf("got %v", e)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("validation of a deeply nested create takes too long")
	}
}

func TestMatch(t *testing.T) {
	q := querySchemaFor(t, "blog.sqlite")
	id := q.InputType("UserWhereInput").Field("id")
	for _, c := range []struct {
		value, want string
	}{
		{`5`, "Int"},
		{`{"gt":1}`, "IntFilter"},
		{`"x"`, ""},
	} {
		got, ok := q.Match(id.Types, mustParse(t, []byte(c.value)))
		if (c.want == "") == ok || ok && got.Name() != c.want {
			t.Errorf("Match(%s) = %v, %v; want %s", c.value, got.Name(), ok, c.want)
		}
	}
	crit := q.UniqueCriteria(findModel(q.Schema, "Post"))
	var names []string
	for _, c := range crit {
		names = append(names, c.Name)
	}
	if d := cmp.Diff([]string{"id", "title_authorId"}, names); d != "" {
		t.Error(d)
	}
	if r := q.Root("User", "createManyAndReturn"); r == nil || r.Name != "createManyUserAndReturn" {
		t.Errorf("Root: %v", r)
	}
	if r := q.Root("User", "nope"); r != nil {
		t.Errorf("Root(nope) = %v", r.Name)
	}
}

// TestRelationJoinsUnavailable matches `prisma-ref plan --providers mysql`
// on features.mysql (whose adapter settings say MariaDB): "join" is an
// input error when the database cannot run it.
func TestRelationJoinsUnavailable(t *testing.T) {
	q := querySchemaFor(t, "features.mysql")
	r := decodeRequest(t, `{"modelName":"Account","action":"findMany","query":{"arguments":{"relationLoadStrategy":"join"},"selection":{"id":true}}}`)
	if e := Validate(q, r); e != nil {
		t.Fatalf("join on a capable database: %v", e)
	}
	e := Validate(q.WithDatabaseRelationJoins(false), r)
	want := "Input error. `relationLoadStrategy: join` is not available for MySQL < 8.0.14 and MariaDB."
	if e == nil || e.Code != "P2019" || e.Message != want || e.Meta.Get("details").Str != want[len("Input error. "):] {
		t.Fatalf("got %v", e)
	}
}

// TestValidateCompilerPlaceholders checks that protocol.Param placeholders
// (the compiler's parameterisation) are accepted wherever a value is.
func TestValidateCompilerPlaceholders(t *testing.T) {
	q := querySchemaFor(t, "blog.sqlite")
	r := decodeRequest(t, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"id":1,"role":"USER","email":{"in":["a"]}},"take":1},"selection":{"id":true}}}`)
	where := r.Arguments.Members[0].Value
	where.Members[0].Value = protocol.MakeParam(0)
	where.Members[1].Value = protocol.MakeParam(1)
	where.Members[2].Value.Members[0].Value = protocol.MakeParam(2)
	r.Arguments.Members[1].Value = protocol.MakeParam(3)
	if e := Validate(q, r); e != nil {
		t.Fatal(e)
	}
}
