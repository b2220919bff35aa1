package conformance

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/schema"
)

// corpusProviders names the recorded corpus of each provider.
var corpusProviders = map[adapter.Provider]string{
	adapter.ProviderSQLite:   "sqlite",
	adapter.ProviderPostgres: "postgresql",
	adapter.ProviderMySQL:    "mysql",
}

var corpora sync.Map // corpus directory name → *loadedCorpus

type loadedCorpus struct {
	once   sync.Once
	suites []*e2e.Suite
	err    error
}

// corpus loads the recorded suites of one corpus once per test binary:
// "e2e", or "e2e-unixepoch-ms" (SQLite DateTime stored as Unix
// milliseconds).
func corpus(name string) ([]*e2e.Suite, error) {
	v, _ := corpora.LoadOrStore(name, &loadedCorpus{})
	c := v.(*loadedCorpus)
	c.once.Do(func() {
		fsys, err := fs.Sub(corpusFS(), name)
		if err != nil {
			c.err = err
			return
		}
		c.suites, c.err = e2e.LoadSuitesFS(fsys)
		if c.err == nil && len(c.suites) == 0 {
			c.err = fmt.Errorf("no suites in corpus %s", name)
		}
	})
	return c.suites, c.err
}

// corpusFS holds the end-to-end corpora (requests, schemas and the answers
// Prisma 7.10 gave, per provider), one directory each.
func corpusFS() fs.FS { return os.DirFS(filepath.Dir(e2e.CorpusDir())) }

// runEndToEnd runs every recorded suite of the provider through a noengine
// client on a fresh adapter: the schema is pushed, each request answered and
// compared with Prisma's answer. Errors raised by the adapter compare by
// P-code, kind and constraint only: driver messages differ between drivers
// and are the adapter's own business.
func (s *suite) runEndToEnd(t *testing.T) {
	provider, ok := corpusProviders[s.p]
	if !ok {
		t.Skipf("no end-to-end suites are recorded for %s: Prisma 7.10 cannot create its tables offline here", s.p)
	}
	name := "e2e"
	if s.caps.TimestampFormat == FormatUnixEpochMS {
		// The main corpus was recorded with Prisma's default iso8601
		// format, whose DateTime text differs; this one with unixepoch-ms.
		name = "e2e-unixepoch-ms"
	}
	suites, err := corpus(name)
	if err != nil {
		t.Fatalf("conformance: loading the end-to-end corpus from the noengine module's source (testdata/e2e, found from the source path, or with the go command in a binary built with -trimpath): %v", err)
	}
	e2e.RunSuitesWith(t, suites, provider, e2e.Options{LooseAdapterErrors: true}, func(tb testing.TB, src string) e2e.Executor {
		return s.newClient(tb, src)
	})
}

// newClient pushes the schema into a fresh adapter and returns a session of
// a noengine client on it.
func (s *suite) newClient(tb testing.TB, src string) e2e.Executor {
	sch, err := schema.Parse("schema.prisma", []byte(src))
	if err != nil {
		tb.Fatalf("conformance: corpus schema: %v", err)
	}
	a := s.cfg.New(tb)
	if a == nil {
		tb.Fatal("conformance: Config.New returned nil")
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
	defer cancel()
	if err := ddl.Push(ctx, a, sch, ddl.Options{}); err != nil {
		a.Close()
		tb.Fatalf("conformance: creating the suite's tables (New must return an adapter on an empty database): %v", err)
	}
	client, err := noengine.NewWithSchema(sch, a, nil)
	if err != nil {
		a.Close()
		tb.Fatalf("conformance: client: %v", err)
	}
	sess := client.NewSession()
	tb.Cleanup(func() {
		sess.Close()
		client.Close()
	})
	return e2e.ExecutorFunc(func(ctx context.Context, line []byte) ([]byte, error) {
		return sess.Do(ctx, line), nil
	})
}
