package pgadapter

import (
	"crypto/x509"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/noengine/noengine/adapter"
)

func TestParseURL(t *testing.T) {
	type result struct {
		Host, Database, User, Password string
		Port                           uint16
		MaxConns                       int32
		Mode                           pgx.QueryExecMode
		CacheCap                       int
		Runtime                        map[string]string
		Schema                         string
		TLS                            bool
	}
	cases := []struct {
		url  string
		want result
	}{
		{"postgresql://u:p%40ss@db.example:6543/app?schema=my%20schema&connection_limit=7&pool_timeout=10&socket_timeout=5&sslmode=disable",
			result{Host: "db.example", Port: 6543, Database: "app", User: "u", Password: "p@ss", MaxConns: 7,
				Mode: pgx.QueryExecModeCacheStatement, CacheCap: 512,
				Runtime: map[string]string{"search_path": `"my schema"`}, Schema: "my schema"}},
		{"postgres://u@localhost/app?pgbouncer=true&sslmode=disable&application_name=x",
			result{Host: "localhost", Port: 5432, Database: "app", User: "u", MaxConns: 4,
				Mode: pgx.QueryExecModeCacheDescribe, CacheCap: 512,
				Runtime: map[string]string{"application_name": "x"}}},
		{"postgresql://u@localhost/app?statement_cache_size=0&sslmode=disable",
			result{Host: "localhost", Port: 5432, Database: "app", User: "u", MaxConns: 4,
				Mode: pgx.QueryExecModeCacheDescribe, CacheCap: 512, Runtime: map[string]string{}}},
		{"postgresql://u@localhost/app?statement_cache_size=20&sslmode=require&sslaccept=accept_invalid_certs",
			result{Host: "localhost", Port: 5432, Database: "app", User: "u", MaxConns: 4,
				Mode: pgx.QueryExecModeCacheStatement, CacheCap: 20, Runtime: map[string]string{}, TLS: true}},
		{`postgresql://u@localhost/app?schema=we"ird&sslmode=disable`,
			result{Host: "localhost", Port: 5432, Database: "app", User: "u", MaxConns: 4,
				Mode: pgx.QueryExecModeCacheStatement, CacheCap: 512,
				Runtime: map[string]string{"search_path": `"we""ird"`}, Schema: `we"ird`}},
	}
	for _, c := range cases {
		cfg, schema, err := parseURL(c.url)
		if err != nil {
			t.Errorf("%s: %v", c.url, err)
			continue
		}
		cc := cfg.ConnConfig
		got := result{Host: cc.Host, Port: cc.Port, Database: cc.Database, User: cc.User, Password: cc.Password,
			MaxConns: cfg.MaxConns, Mode: cc.DefaultQueryExecMode, CacheCap: cc.StatementCacheCapacity,
			Runtime: cc.RuntimeParams, Schema: schema, TLS: cc.TLSConfig != nil}
		if got.MaxConns != 7 {
			got.MaxConns = 4 // pgxpool's default depends on the CPU count
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.url, diff)
		}
	}
	for _, bad := range []string{"mysql://u@h/db", "postgresql://u:secret@h:notaport/db", "postgresql://h/db?pool_timeout=x"} {
		_, _, err := parseURL(bad)
		if err == nil {
			t.Errorf("%s: no error", bad)
			continue
		}
		if s := err.Error(); contains(s, "secret") {
			t.Errorf("%s: error leaks the password: %s", bad, s)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// numericBytes encodes a numeric in PostgreSQL's binary format.
func numericBytes(weight int16, sign uint16, dscale int16, digits ...uint16) []byte {
	b := make([]byte, 8+2*len(digits))
	binary.BigEndian.PutUint16(b[0:], uint16(len(digits)))
	binary.BigEndian.PutUint16(b[2:], uint16(weight))
	binary.BigEndian.PutUint16(b[4:], sign)
	binary.BigEndian.PutUint16(b[6:], uint16(dscale))
	for i, d := range digits {
		binary.BigEndian.PutUint16(b[8+2*i:], d)
	}
	return b
}

func TestDecodeNumeric(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{numericBytes(0, 0, 0), "0"},
		{numericBytes(0, 0, 2), "0.00"},
		{numericBytes(0, 0, 0, 1), "1"},
		{numericBytes(1, 0, 0, 1), "10000"},
		{numericBytes(0, 0x4000, 1, 12, 5000), "-12.5"},
		{numericBytes(-1, 0, 4, 1), "0.0001"},
		{numericBytes(-2, 0, 8, 1234), "0.00001234"},
		{numericBytes(-1, 0, 6, 1234, 5600), "0.123456"},
		{numericBytes(2, 0, 3, 12, 3456, 7890, 1230), "1234567890.123"},
		{numericBytes(0, 0xC000, 0), "NaN"},
		{numericBytes(0, 0xD000, 0), "Infinity"},
		{numericBytes(0, 0xF000, 0), "-Infinity"},
	}
	for _, c := range cases {
		got, err := decodeNumeric(c.in)
		if err != nil || got != c.want {
			t.Errorf("decodeNumeric(%v) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := decodeNumeric([]byte{0, 2, 0, 0, 0, 0, 0, 0, 0, 1}); err == nil {
		t.Error("short numeric: no error")
	}
}

func TestTextDecoders(t *testing.T) {
	cases := []struct {
		oid  uint32
		in   string
		want any
	}{
		{oidInt4Array, "[0:1]={1,2}", []any{int64(1), int64(2)}},
		{oidTextArray, `{"a\"b","c\\d",NULL,"NULL", x }`, []any{`a"b`, `c\d`, nil, "NULL", "x"}},
		{oidTextArray, `{{a,b},{c,d}}`, []any{[]any{"a", "b"}, []any{"c", "d"}}},
		{oidTextArray, `{}`, []any{}},
		{oidByteaArray, `{"\\x0102",NULL}`, []any{[]byte{1, 2}, nil}},
		{oidBytea, `abc\\\001`, []byte{'a', 'b', 'c', '\\', 1}},
		{oidTimestampTZ, "2024-01-02 03:04:05.5+05:30", time.Date(2024, 1, 1, 21, 34, 5, 500000000, time.UTC)},
		{oidTimestampTZ, "2024-01-02 03:04:05-08", time.Date(2024, 1, 2, 11, 4, 5, 0, time.UTC)},
		{oidTimeTZ, "03:04:05.25-08", time.Date(1970, 1, 1, 3, 4, 5, 250000000, time.UTC)},
		{oidDate, "0044-03-15 BC", "0044-03-15 BC"},
		{oidMoney, "-$1,234.50", "-1234.50"},
		{oidFloat4, "1.1", 1.1},
		{oidBool, "f", false},
	}
	for _, c := range cases {
		got, err := decodeText(c.oid, []byte(c.in))
		if err != nil {
			t.Errorf("decodeText(%d, %q): %v", c.oid, c.in, err)
			continue
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("decodeText(%d, %q) (-want +got):\n%s", c.oid, c.in, diff)
		}
	}
	for _, bad := range []string{"{a", "{a}}", `{"a}`, "[0:1]{1}"} {
		if _, err := decodeText(oidTextArray, []byte(bad)); err == nil {
			t.Errorf("decodeText(%q): no error", bad)
		}
	}
}

func TestColumnTypeTable(t *testing.T) {
	// Every array OID maps to the array variant of its element's type, as
	// in fieldToColumnType (char is the exception: char[] is CharacterArray
	// while "char" itself is unsupported).
	for arr, elem := range arrayElem {
		at, err := columnType(arr)
		if err != nil {
			t.Errorf("array %d: %v", arr, err)
			continue
		}
		if elem == oidChar {
			if at != adapter.TypeCharacterArray {
				t.Errorf("char[]: %v", at)
			}
			continue
		}
		et, err := columnType(elem)
		if err != nil {
			t.Errorf("elem %d: %v", elem, err)
			continue
		}
		want := et + 64
		if et == adapter.TypeUUID {
			want = adapter.TypeUUIDArray // there is no SetArray
		}
		if at != want {
			t.Errorf("array %d is %d, element %d is %d", arr, at, elem, et)
		}
	}
	if ct, err := columnType(16385); err != nil || ct != adapter.TypeText {
		t.Errorf("user type: %v, %v", ct, err)
	}
}

func TestFormatTime(t *testing.T) {
	tm := time.Date(2024, 1, 2, 3, 4, 5, 678900000, time.FixedZone("", -3600))
	cases := map[string]string{
		"":            "2024-01-02 04:04:05.6789+00",
		"TIMESTAMPTZ": "2024-01-02 04:04:05.6789+00",
		"DATE":        "2024-01-02",
		"TIME":        "04:04:05.6789",
		"timetz":      "04:04:05.6789+00",
	}
	for dbType, want := range cases {
		if got := formatTime(tm, dbType); got != want {
			t.Errorf("formatTime(%q) = %q, want %q", dbType, got, want)
		}
	}
	if got := formatTime(time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC), "DATE"); got != "0002-06-01 BC" {
		t.Errorf("BC date: %q", got)
	}
}

func TestMapNetError(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 5433},
		Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}
	cases := []struct {
		name string
		err  error
		want *adapter.Error
	}{
		{"refused", refused, &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: "10.0.0.1", Port: 5433}},
		{"dns", &net.DNSError{Name: "db.invalid", Err: "no such host", IsNotFound: true}, &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: "db.invalid"}},
		{"reset", &net.OpError{Op: "read", Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}, &adapter.Error{Kind: adapter.ConnectionClosed}},
		{"eof", fmt.Errorf("receive message: %w", io.ErrUnexpectedEOF), &adapter.Error{Kind: adapter.ConnectionClosed}},
		{"closed", fmt.Errorf("x: %w", pgconn.ErrConnClosed), &adapter.Error{Kind: adapter.ConnectionClosed}},
		{"timeout", &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, &adapter.Error{Kind: adapter.SocketTimeout}},
		{"etimedout", &net.OpError{Op: "dial", Err: &os.SyscallError{Syscall: "connect", Err: syscall.ETIMEDOUT}}, &adapter.Error{Kind: adapter.SocketTimeout}},
		{"unknown authority", x509.UnknownAuthorityError{}, &adapter.Error{Kind: adapter.TLSConnectionError, Reason: x509.UnknownAuthorityError{}.Error()}},
		{"hostname", x509.HostnameError{Certificate: &x509.Certificate{}, Host: "h"}, &adapter.Error{Kind: adapter.TLSConnectionError, Reason: x509.HostnameError{Certificate: &x509.Certificate{}, Host: "h"}.Error()}},
		{"other", errors.New("something else"), nil},
	}
	for _, c := range cases {
		got := mapNetError(c.err)
		if diff := cmp.Diff(c.want, got, cmpopts.IgnoreFields(adapter.Error{}, "Err")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
