//go:build !cgo

package sqlitecore

import (
	"net/url"
	"strings"
	"testing"

	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// moderncError cuts sqlite3_errmsg() out of the driver's message at the
// first ": ", which holds only while no sqlite3_errstr() text contains one.
func TestErrstrHasNoColon(t *testing.T) {
	tls := libc.NewTLS()
	defer tls.Close()
	for code := range 1 << 16 {
		if s := libc.GoString(lib.Xsqlite3_errstr(tls, int32(code))); strings.Contains(s, ": ") {
			t.Errorf("sqlite3_errstr(%d) = %q contains \": \"", code, s)
		}
	}
}

func TestDriverParamsModernc(t *testing.T) {
	tests := []struct{ in, want string }{
		{"_foreign_keys=on&_stmt_cache_size=128&_loc=auto&_mutex=no", "_foreign_keys=on"},
		{"_journal=wal", "_journal=wal&_synchronous=NORMAL"},
		{"_journal_mode=WAL&_sync=OFF", "_journal_mode=WAL&_sync=OFF"},
		{"_cslike=yes&_defer_foreign_keys=off&_ignore_check_constraints=1&_locking=exclusive&_rt=true&_secure_delete=fast&_writable_schema=0&_cache_size=-2000",
			"_pragma=case_sensitive_like%281%29&_pragma=defer_foreign_keys%280%29&_pragma=ignore_check_constraints%281%29&_pragma=locking_mode%28EXCLUSIVE%29&_pragma=recursive_triggers%281%29&_pragma=secure_delete%28FAST%29&_pragma=writable_schema%280%29&_pragma=cache_size%28-2000%29"},
		// The alias wins, as in go-sqlite3.
		{"_locking_mode=NORMAL&_locking=EXCLUSIVE", "_pragma=locking_mode%28EXCLUSIVE%29"},
		{"_pragma=journal_size_limit(100)&_time_format=sqlite", "_pragma=journal_size_limit%28100%29&_time_format=sqlite"},
	}
	for _, tt := range tests {
		q, err := url.ParseQuery(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if err := driverParams(q); err != nil {
			t.Errorf("driverParams(%s): %v", tt.in, err)
			continue
		}
		if got := q.Encode(); got != tt.want {
			t.Errorf("driverParams(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"_auth=1", "_auth_user=a", "_cslike=maybe", "_locking=shared", "_cache_size=1%3BDROP", "_secure_delete=x"} {
		q, _ := url.ParseQuery(in)
		if err := driverParams(q); err == nil {
			t.Errorf("driverParams(%s) accepted it: %s", in, q.Encode())
		}
	}
}
