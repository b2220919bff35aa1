package compiler_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

func update() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

// TestCorpusGoldenSQL pins, per dialect, the SQL every request of the
// end-to-end corpus compiles to (testdata/golden/corpus/<suite>.<dialect>.sql).
// A change in generated SQL shows up here first; after checking it, rewrite
// the files with `go test ./compiler -run TestCorpusGoldenSQL -update`.
func TestCorpusGoldenSQL(t *testing.T) {
	suites, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, provider := range []string{"sqlite", "postgresql", "mysql"} {
		d, _ := dialect.ForProvider(provider)
		for _, s := range suites {
			if !s.HasProvider(provider) {
				continue
			}
			sch, err := s.ParsedSchema(provider)
			if err != nil {
				t.Error(err)
				continue
			}
			t.Run(provider+"/"+s.Name, func(t *testing.T) {
				got := corpusSQL(sch, d, s)
				path := filepath.Join("testdata", "golden", "corpus", s.Name+"."+provider+".sql")
				if update() {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (create it with -update)", err)
				}
				if d := cmp.Diff(string(want), string(got)); d != "" {
					t.Errorf("%s: generated SQL changed (-golden +now); if intended, run go test ./compiler -run TestCorpusGoldenSQL -update\n%s", path, d)
				}
			})
		}
	}
}

// corpusSQL compiles every query line of a suite and lists its statements.
func corpusSQL(sch *schema.Schema, d *dialect.Dialect, s *e2e.Suite) []byte {
	return compileSuite(compiler.New(sch, d, compiler.Options{}), d, s)
}

// compileSuite is corpusSQL with the compiler c.
func compileSuite(c *compiler.Compiler, d *dialect.Dialect, s *e2e.Suite) []byte {
	var b bytes.Buffer
	for _, r := range s.Requests {
		l, err := protocol.DecodeLine(r.Raw)
		if err != nil || l.Request == nil {
			continue
		}
		fmt.Fprintf(&b, "-- %s line %d: %s %s\n", r.Name(), r.Line, l.Request.ModelName, l.Request.Action)
		p, _, err := c.Compile(l.Request)
		if err != nil {
			fmt.Fprintf(&b, "error: %s\n\n", strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		for _, st := range plan.Statements(p, d) {
			b.WriteString(st)
			b.WriteString(";\n")
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}
