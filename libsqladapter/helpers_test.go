package libsqladapter_test

// No real libSQL server (sqld) can be had on the machines this project is
// built on: it is a Rust binary, crates.io is unreachable, no package ships
// it, and the one Hrana-speaking binary that installs (tursodb
// --sync-server) returns no batons and ignores named arguments. So these
// tests run the real libsql-client-go against internal/hranatest, an
// in-process Hrana v2/v3 HTTP server backed by a SQLite database, over
// loopback (httptest.NewServer). What is verified that way is the client's
// wire behaviour and the adapter on top of it; what a real sqld does
// differently is listed in hranatest's package documentation and in
// libsqladapter's.

import (
	"context"
	"database/sql"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/internal/sqlitecore"
	"github.com/noengine/noengine/libsqladapter"
)

// remote is a Hrana server on a fresh SQLite file, for one test.
type remote struct {
	URL     string // http://127.0.0.1:port
	Backend *sql.DB
	Hrana   *hranatest.Server
	HTTP    *httptest.Server

	once sync.Once
}

// startRemote starts a Hrana server on a new database. It is stopped when
// the test ends, or earlier by stop.
func startRemote(t testing.TB, opts hranatest.Options) *remote {
	t.Helper()
	backend, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(t.TempDir(), "server.db")+"?_foreign_keys=on&_busy_timeout=30000") // generous: 32 writers queue behind transactions that take HTTP round trips, on a loaded machine
	if err != nil {
		t.Fatal(err)
	}
	h := hranatest.NewServer(backend, opts)
	srv := httptest.NewServer(h)
	r := &remote{URL: srv.URL, Backend: backend, Hrana: h, HTTP: srv}
	t.Cleanup(r.stop)
	return r
}

// stop shuts the HTTP server down (waiting for the requests in flight and
// closing idle keep-alive connections), then closes the streams and the
// backing database.
func (r *remote) stop() {
	r.once.Do(func() {
		r.HTTP.Close()
		r.Hrana.Close()
		r.Backend.Close()
	})
}

// openRemote opens an adapter on r.
func openRemote(t testing.TB, r *remote, opts libsqladapter.Options) *libsqladapter.Adapter {
	t.Helper()
	a, err := libsqladapter.Open(context.Background(), r.URL, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", r.URL, err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// openFile opens an adapter on a new database file.
func openFile(t testing.TB, opts libsqladapter.Options) *libsqladapter.Adapter {
	t.Helper()
	a, err := libsqladapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "test.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// serverAdapter is an adapter whose Close also stops its Hrana server, so
// that the goroutines of the server and of its connections are gone when
// the conformance suite counts goroutines after Close.
type serverAdapter struct {
	*libsqladapter.Adapter
	r *remote
}

func (s *serverAdapter) Close() error {
	err := s.Adapter.Close()
	s.r.stop()
	return err
}
