//go:build !race

package libsqladapter_test

// TestOpenTLS swaps http.DefaultTransport, through which libsql-client-go
// sends, for one trusting the test server. libsql-client-go closes streams
// in goroutines of its own that read that variable later, with nothing to
// wait for, so the swap is a data race under the race detector whatever
// the test does; the test runs in builds without -race (the plain go test
// run of CI). The adapter's TLS handling has no global state of its own.

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/internal/sqlitecore"
	"github.com/noengine/noengine/libsqladapter"
)

// libsql:// is TLS by default (https://).
func TestOpenTLS(t *testing.T) {
	backend, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(t.TempDir(), "tls.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer backend.Close()
	srv := httptest.NewTLSServer(hranatest.NewServer(backend, hranatest.Options{AuthToken: "tok"}))
	defer srv.Close()
	ctx := context.Background()
	url := "libsql://" + strings.TrimPrefix(srv.URL, "https://") + "?authToken=tok"

	// libsql-client-go uses http.DefaultClient: without the test CA, the
	// certificate is refused.
	_, err = libsqladapter.Open(ctx, url, libsqladapter.Options{})
	wantKind(t, "untrusted certificate", err, adapter.TLSConnectionError)

	// libsql-client-go sends through http.DefaultTransport: swap in a
	// clone trusting the test server (mutating the shared transport's
	// TLSClientConfig would race with the dials it still runs for the
	// request above).
	old := http.DefaultTransport
	tr := old.(*http.Transport).Clone()
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	tr.TLSClientConfig = &tls.Config{RootCAs: pool}
	http.DefaultTransport = tr
	defer func() {
		http.DefaultTransport = old
		tr.CloseIdleConnections()
	}()
	a, err := libsqladapter.Open(ctx, url, libsqladapter.Options{})
	if err != nil {
		t.Fatalf("Open(%s): %v", url, err)
	}
	ping(t, a)
	a.Close()
	a, err = libsqladapter.Open(ctx, srv.URL, libsqladapter.Options{AuthToken: "tok"})
	if err != nil {
		t.Fatalf("Open(%s): %v", srv.URL, err)
	}
	ping(t, a)
	a.Close()
}
