package pgadapter_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

// TestTLSError: a server whose certificate cannot be verified fails the
// connection with TlsConnectionError. The server here answers PostgreSQL's
// SSLRequest and then presents a self-signed certificate.
func TestTLSError(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert := tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				var req [8]byte // length + SSLRequest code
				if _, err := io.ReadFull(c, req[:]); err != nil {
					return
				}
				c.Write([]byte{'S'})
				tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}})
				tc.Handshake()
				tc.Close()
			}()
		}
	}()
	a, err := pgadapter.Open(context.Background(), "postgresql://u:p@"+ln.Addr().String()+"/db?sslmode=verify-full", pgadapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Query(context.Background(), q(`SELECT 1`))
	e := adapterError(t, err)
	if e.Kind != adapter.TLSConnectionError || e.Reason == "" {
		t.Errorf("got %#v, want a TlsConnectionError with a reason", e)
	}
}
