package libsqladapter_test

import (
	"context"
	"database/sql"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/libsqladapter"
)

func wantKind(t *testing.T, what string, err error, kind adapter.Kind) *adapter.Error {
	t.Helper()
	e, ok := adapter.AsError(err)
	if !ok || e.Kind != kind {
		t.Fatalf("%s: %v, want an *adapter.Error of kind %v", what, err, kind)
	}
	return e
}

func ping(t *testing.T, a *libsqladapter.Adapter) {
	t.Helper()
	rs, err := a.Query(context.Background(), &adapter.Query{SQL: "SELECT 41 + 1"})
	if err != nil || rs.Rows[0][0] != int64(42) {
		t.Fatalf("SELECT 41 + 1: %v, %v", rs, err)
	}
	a.Close()
}

// http:// with the token in the options or in the URL; libsql://…?tls=0.
func TestOpenHTTP(t *testing.T) {
	r := startRemote(t, hranatest.Options{AuthToken: "s3cret"})
	ctx := context.Background()
	hostport := strings.TrimPrefix(r.URL, "http://")
	for _, c := range []struct {
		url  string
		opts libsqladapter.Options
	}{
		{r.URL, libsqladapter.Options{AuthToken: "s3cret"}},
		{r.URL + "?authToken=s3cret", libsqladapter.Options{}},
		{r.URL + "?authToken=s3cret", libsqladapter.Options{AuthToken: "wrong"}}, // the URL wins
		{"libsql://" + hostport + "?tls=0&authToken=s3cret", libsqladapter.Options{}},
		{"libsql://" + hostport + "?tls=0&jwt=s3cret", libsqladapter.Options{}},
	} {
		a, err := libsqladapter.Open(ctx, c.url, c.opts)
		if err != nil {
			t.Errorf("Open(%s): %v", c.url, err)
			continue
		}
		ping(t, a)
	}
	_, err := libsqladapter.Open(ctx, r.URL, libsqladapter.Options{})
	wantKind(t, "no token", err, adapter.AuthenticationFailed)
	_, err = libsqladapter.Open(ctx, r.URL+"?authToken=nope", libsqladapter.Options{})
	e := wantKind(t, "wrong token", err, adapter.AuthenticationFailed)
	if strings.Contains(e.Error(), "nope") {
		t.Errorf("the token shows in the error: %v", e)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().(*net.TCPAddr)
	l.Close() // nothing listens there now
	_, err = libsqladapter.Open(ctx, "http://"+addr.String(), libsqladapter.Options{})
	e := wantKind(t, "nothing listening", err, adapter.DatabaseNotReachable)
	if e.Host != "127.0.0.1" || e.Port != addr.Port {
		t.Errorf("Host %q Port %d, want 127.0.0.1 %d", e.Host, e.Port, addr.Port)
	}
	for _, url := range []string{
		"ws://127.0.0.1:1", "wss://db.example", "postgres://x", "libsql://db.example?tls=0", "libsql://db.example?tls=2",
		"https://db.example?tls=1", "https://db.example?bogus=1", "libsql://", "file:./x.db?bogus=1",
	} {
		_, err := libsqladapter.Open(ctx, url, libsqladapter.Options{})
		wantKind(t, url, err, adapter.InvalidInputValue)
	}
	_, err = libsqladapter.Open(ctx, "file:"+filepath.Join(t.TempDir(), "missing", "x.db"), libsqladapter.Options{})
	if e := wantKind(t, "missing directory", err, adapter.SQLiteError); e.OriginalCode != "14" {
		t.Errorf("OriginalCode %q, want 14 (SQLITE_CANTOPEN)", e.OriginalCode)
	}
}

// New wraps a pool opened with libsql-client-go's driver, and leaves it
// open.
func TestNew(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	db, err := sql.Open("libsql", r.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := libsqladapter.New(db, libsqladapter.Options{})
	ping(t, a)
	if err := db.Ping(); err != nil {
		t.Errorf("the pool was closed: %v", err)
	}
	if a.Info().ServerVersion != "" {
		t.Errorf("New asked for the version")
	}
}

func TestOpenMemory(t *testing.T) {
	a, err := libsqladapter.Open(context.Background(), ":memory:", libsqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := a.Exec(ctx, &adapter.Query{SQL: "CREATE TABLE t (a)"}); err != nil {
		t.Fatal(err)
	}
	// One connection: the table is there for the next statement.
	ping(t, a)
}
