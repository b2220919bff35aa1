package compiler_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/e2e"
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
		compared := 0
		for _, s := range suites {
			if !s.HasProvider(provider) {
				continue
			}
			sch, err := s.ParsedSchema(provider)
			if err != nil {
				t.Error(err)
				continue
			}
			want := corpusSQL(sch, d, s)
			c := compiler.New(sch, d, compiler.Options{})
			const n = 4
			got := make([][]byte, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					got[i] = compileSuite(c, d, s)
				}()
			}
			wg.Wait()
			for i := range got {
				if !bytes.Equal(got[i], want) {
					t.Errorf("%s/%s: goroutine %d compiled different SQL than a sequential compilation", provider, s.Name, i)
				}
			}
			compared++
		}
		if compared == 0 {
			t.Errorf("%s: no suite of the corpus was compiled", provider)
		}
	}
}
