package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// replayer answers with the recorded responses, in the order the harness asks.
type replayer struct {
	queue   [][]byte
	corrupt func(i int, b []byte) []byte // optional
	n       int
}

func (r *replayer) Do(_ context.Context, line []byte) ([]byte, error) {
	if r.n >= len(r.queue) {
		return nil, fmt.Errorf("replayer: no more answers for %s", line)
	}
	b := r.queue[r.n]
	if r.corrupt != nil {
		b = r.corrupt(r.n, b)
	}
	r.n++
	return b, nil
}

func newReplayer(t testing.TB, s *Suite, provider string) *replayer {
	exp, err := s.LoadExpected(provider)
	if err != nil {
		t.Fatal(err)
	}
	r := &replayer{}
	for i, e := range exp {
		if d := s.Divergence(provider, i); d != nil {
			e.Response = d.Response
		}
		r.queue = append(r.queue, e.Response)
		for _, st := range e.State {
			r.queue = append(r.queue, st)
		}
	}
	return r
}

// TestReplayCorpus runs the whole corpus against executors that replay the
// expected files: the corpus is well-formed and the harness accepts Prisma's
// own answers.
func TestReplayCorpus(t *testing.T) {
	suites, err := LoadSuites(CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, provider := range Providers {
		t.Run(provider, func(t *testing.T) {
			for _, s := range suites {
				if !s.HasExpected(provider) || !s.HasProvider(provider) {
					continue
				}
				t.Run(s.Name, func(t *testing.T) {
					RunSuite(t, s, provider, func(t testing.TB, schemaSrc string) Executor {
						if !strings.Contains(schemaSrc, `"`+provider+`"`) {
							t.Fatalf("schema for %s does not name the provider:\n%s", provider, schemaSrc)
						}
						return newReplayer(t, s, provider)
					})
				})
			}
		})
	}
}

// TestCorruptedReplayFails checks that the harness notices one changed value
// in a response, and one in a state snapshot.
func TestCorruptedReplayFails(t *testing.T) {
	s, err := LoadSuite(filepath.Join(CorpusDir(), "reads-basic"))
	if err != nil {
		t.Fatal(err)
	}
	exp, err := s.LoadExpected("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	// Replace the first "Ada" in answer k of the replay queue.
	for _, k := range []int{0, 1} { // 0: response of request 000; 1: its first state request
		r := newReplayer(t, s, "sqlite")
		r.corrupt = func(i int, b []byte) []byte {
			if i == k {
				return bytes.Replace(b, []byte(`"Ada"`), []byte(`"Adb"`), 1)
			}
			return b
		}
		results, err := Execute(s, "sqlite", r)
		if err != nil {
			t.Fatal(err)
		}
		var failed []string
		for i, res := range results {
			if msgs := Check(s, "sqlite", s.Requests[i], exp[i], res); len(msgs) > 0 {
				failed = append(failed, s.Requests[i].Name())
				if !strings.Contains(msgs[0], `"Adb"`) || !strings.Contains(msgs[0], "diff (-want +got)") {
					t.Errorf("report lacks the value or the diff:\n%s", msgs[0])
				}
			}
		}
		if len(failed) != 1 || failed[0] != "000" {
			t.Errorf("corrupting answer %d: failures in %v, want exactly [000]", k, failed)
		}
	}
}

// TestDivergence checks that a request listed in divergences is compared
// with noengine's answer given there, not Prisma's, and that a divergence
// naming the wrong request is rejected.
func TestDivergence(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("requests.jsonl", `{"modelName":"A","action":"findMany","query":{"arguments":{"where":{"at":"not a date"}},"selection":{"id":true}}}`+"\n"+
		`{"modelName":"A","action":"findMany","query":{"arguments":{},"selection":{"id":true}}}`+"\n")
	write("expected.sqlite.jsonl", `{"response":{"data":{"findMany":[{"id":1}]}}}`+"\n"+`{"response":{"data":{"findMany":[{"id":1}]}}}`+"\n")
	meta := func(match string) {
		write("suite.json", `{"providers":["sqlite","postgresql"],"issue":2,"description":"d","state":[],
			"divergences":[{"request":0,"match":`+match+`,"providers":["sqlite"],"reason":"Prisma returns every row","response":{"errors":[{"error":"Invalid time value"}]}}]}`)
	}
	meta(`"not a date"`)
	s, err := LoadSuite(dir)
	if err != nil {
		t.Fatal(err)
	}
	exp, err := s.LoadExpected("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	ours := Result{Response: []byte(`{"errors":[{"error":"Invalid time value"}]}`)}
	prismas := Result{Response: exp[0].Response}
	if msgs := Check(s, "sqlite", s.Requests[0], exp[0], ours); len(msgs) != 0 {
		t.Errorf("noengine's documented answer rejected: %v", msgs)
	}
	msgs := Check(s, "sqlite", s.Requests[0], exp[0], prismas)
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Prisma returns every row") {
		t.Errorf("Prisma's answer on a diverged request: messages %q, want one naming the reason", msgs)
	}
	// Other providers and other requests compare with Prisma's answers.
	if msgs := Check(s, "postgresql", s.Requests[0], exp[0], prismas); len(msgs) != 0 {
		t.Errorf("divergence applied to another provider: %v", msgs)
	}
	if msgs := Check(s, "sqlite", s.Requests[1], exp[1], ours); len(msgs) != 1 {
		t.Errorf("divergence applied to another request: %v", msgs)
	}
	meta(`"nope"`)
	if _, err := LoadSuite(dir); err == nil || !strings.Contains(err.Error(), "does not contain") {
		t.Errorf("divergence matching no request: err = %v", err)
	}
}

// TestLoadSuitesFS loads a corpus from a file system that is no directory
// (as an embedded corpus is) and runs it.
func TestLoadSuitesFS(t *testing.T) {
	fsys := fstest.MapFS{
		"one/suite.json":            {Data: []byte(`{"providers":["sqlite"],"issue":2,"description":"d","state":[]}`)},
		"one/schema.prisma":         {Data: []byte("datasource db {\n  provider = \"postgresql\"\n}\nmodel A {\n  id Int @id\n}\n")},
		"one/requests.jsonl":        {Data: []byte("// reads nothing\n" + `{"modelName":"A","action":"findMany","query":{"arguments":{},"selection":{"id":true}}}` + "\n")},
		"one/expected.sqlite.jsonl": {Data: []byte(`{"response":{"data":{"findMany":[]}}}` + "\n")},
		"not-a-suite/README.md":     {Data: []byte("x")},
	}
	suites, err := LoadSuitesFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(suites) != 1 || suites[0].Name != "one" || suites[0].Dir != "" {
		t.Fatalf("suites = %+v, want one suite \"one\" without a directory", suites)
	}
	s := suites[0]
	if got, want := s.ExpectedPath("sqlite"), "one/expected.sqlite.jsonl"; got != want {
		t.Errorf("ExpectedPath = %q, want %q", got, want)
	}
	if !s.HasExpected("sqlite") || s.HasExpected("mysql") {
		t.Errorf("HasExpected(sqlite, mysql) = %v, %v; want true, false", s.HasExpected("sqlite"), s.HasExpected("mysql"))
	}
	src, err := s.Schema("sqlite")
	if err != nil || !strings.Contains(src, `provider = "sqlite"`) {
		t.Errorf("Schema(sqlite) = %q, %v; want the provider rewritten", src, err)
	}
	if len(s.Requests) != 1 || s.Requests[0].Comment != "reads nothing" {
		t.Errorf("requests = %+v", s.Requests)
	}
	RunSuites(t, suites, "sqlite", func(t testing.TB, _ string) Executor { return newReplayer(t, s, "sqlite") })
}

func TestRewriteProvider(t *testing.T) {
	src := "generator client {\n  provider = \"prisma-client\"\n}\n\ndatasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n}\n"
	got, err := RewriteProvider(src, "postgresql")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(src, `provider = "sqlite"`, `provider = "postgresql"`, 1)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := RewriteProvider("model A {\n id Int @id\n}", "mysql"); err == nil {
		t.Error("no datasource: want an error")
	}
}

func TestParseRequests(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "requests.jsonl")
	content := `// first
// second line
{"modelName":"A","action":"findMany","query":{"selection":{"$scalars":true}}}

{"modelName":"A","action":"createOne","query":{"arguments":{"data":{}},"selection":{"id":true}}}
// control
{"$transaction":"begin","isolationLevel":"Serializable"}
{"batch":[{"modelName":"A","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}],"transaction":{}}
{"action":"queryRaw","query":{"arguments":{"query":"SELECT 1","parameters":"[]"},"selection":{}}}
{"action":"executeRaw","query":{"arguments":{"query":"DELETE FROM A","parameters":"[]"},"selection":{}}}
`
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	reqs, err := ParseRequests(p)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Index, Line int
		Kind        Kind
		Writes      bool
		Comment     string
	}
	var got []row
	for _, r := range reqs {
		got = append(got, row{r.Index, r.Line, r.Kind, r.Writes, r.Comment})
	}
	want := []row{
		{0, 3, KindQuery, false, "first\nsecond line"},
		{1, 5, KindQuery, true, ""},
		{2, 7, KindControl, true, "control"},
		{3, 8, KindBatch, true, ""},
		{4, 9, KindRaw, false, ""},
		{5, 10, KindRaw, true, ""},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	for _, bad := range []string{`{"$transaction":"nope"}`, `[1]`, `{"query":{}}`, `{"batch":[{"x":1}]}`} {
		os.WriteFile(p, []byte(bad+"\n"), 0o644)
		if _, err := ParseRequests(p); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

// moduleDir finds this module's source through the go command, which is how
// CorpusDir finds the corpus in a test binary built with -trimpath.
func TestModuleDir(t *testing.T) {
	dir := moduleDir()
	if dir == "" {
		t.Fatal("go list -m found no directory for " + modulePath)
	}
	suites, err := LoadSuites(filepath.Join(dir, "testdata", "e2e"))
	if err != nil || len(suites) == 0 {
		t.Fatalf("corpus under %s: %d suites, %v", dir, len(suites), err)
	}
	if abs, _ := filepath.Abs(CorpusDir()); abs != filepath.Join(dir, "testdata", "e2e") {
		t.Errorf("CorpusDir %s, go list -m %s", abs, dir)
	}
}
