package compiler_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// TestConcurrentCompile compiles each suite's requests from several
// goroutines on one fresh Compiler (whose per-column SQL fragments are
// cached on first use) and checks every goroutine gets the SQL of a
// sequential compilation. Run it with -race.
func TestConcurrentCompile(t *testing.T) {
	suites, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() && len(suites) > 20 {
		suites = suites[:20]
	}
	for _, provider := range []string{"sqlite", "postgresql", "mysql"} {
		d, _ := dialect.ForProvider(provider)
		for _, s := range suites {
			if !s.HasProvider(provider) {
				continue
			}
			src, err := s.Schema(provider)
			if err != nil {
				continue
			}
			sch, err := schema.Parse("schema.prisma", []byte(src))
			if err != nil {
				continue
			}
			want := compileAll(compiler.New(sch, d, compiler.Options{}), d, s)
			c := compiler.New(sch, d, compiler.Options{})
			const n = 4
			got := make([][]byte, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					got[i] = compileAll(c, d, s)
				}()
			}
			wg.Wait()
			for i := range got {
				if !bytes.Equal(got[i], want) {
					t.Errorf("%s/%s: goroutine %d compiled different SQL than a sequential compilation", provider, s.Name, i)
				}
			}
		}
	}
}

func compileAll(c *compiler.Compiler, d *dialect.Dialect, s *e2e.Suite) []byte {
	var b bytes.Buffer
	for _, r := range s.Requests {
		l, err := protocol.DecodeLine(r.Raw)
		if err != nil || l.Request == nil {
			continue
		}
		p, _, err := c.Compile(l.Request)
		if err != nil {
			fmt.Fprintf(&b, "error: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		for _, st := range plan.Statements(p, d) {
			b.WriteString(st)
			b.WriteString(";\n")
		}
	}
	return b.Bytes()
}
