//go:build !cgo

package sqlitecore

import (
	"context"
	"database/sql/driver"
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"modernc.org/libc"
	"modernc.org/sqlite" // registers "sqlite"
	lib "modernc.org/sqlite/lib"
)

// DriverName is the database/sql name of the SQLite driver this build
// links: "sqlite", modernc.org/sqlite (pure Go). Builds with cgo link
// github.com/mattn/go-sqlite3 ("sqlite3") instead.
const DriverName = "sqlite"

// LibVersion returns the version of the SQLite library the build links.
func LibVersion() string { return lib.SQLITE_VERSION }

// Version returns the SQLite version of a pool whose driver is d, as far as
// it is known without asking the database: [LibVersion].
func Version(driver.Driver) string { return LibVersion() }

var _ moderncCodeError = (*sqlite.Error)(nil)

// go-sqlite3 needs cgo; without it, it cannot open a connection.
func mattnDeclTypes(driver.Rows, int) ([]string, bool) { return nil, false }

func mattnError(error) (int, string, bool) { return 0, "", false }

// driverParams translates the go-sqlite3 DSN parameters of [ParseFileURL]
// for modernc.org/sqlite, so that a URL means the same with either driver.
// modernc.org/sqlite takes _busy_timeout, _foreign_keys, _journal_mode,
// _synchronous, _auto_vacuum, _query_only and _txlock (and their short
// aliases) as go-sqlite3 does; the other pragmas go-sqlite3 sets from its
// parameters become "_pragma=name(value)", checked as go-sqlite3 checks them,
// since _pragma runs its text verbatim. go-sqlite3 also sets synchronous to
// NORMAL with journal_mode WAL, and so does this. _stmt_cache_size (the
// driver has no statement cache), _loc (values are read as stored) and
// _mutex (connections are always serialized) have no counterpart and are
// dropped; _auth and its companions (user authentication, a compile-time
// extension of go-sqlite3) are refused.
func driverParams(q url.Values) error {
	for k := range q {
		if k == "_auth" || strings.HasPrefix(k, "_auth_") {
			return fmt.Errorf("%s is not supported by modernc.org/sqlite, the driver of builds without cgo", k)
		}
	}
	for _, k := range []string{"_stmt_cache_size", "_loc", "_mutex"} {
		q.Del(k)
	}
	_, journal := pick(q, "_journal_mode", "_journal")
	_, sync1 := pick(q, "_synchronous", "_sync")
	if strings.EqualFold(journal, "WAL") && sync1 == "" {
		q.Set("_synchronous", "NORMAL")
	}
	type pragma struct {
		key, alias, name string
		value            func(string) (string, bool)
	}
	for _, p := range []pragma{
		{"_case_sensitive_like", "_cslike", "case_sensitive_like", boolValue},
		{"_defer_foreign_keys", "_defer_fk", "defer_foreign_keys", boolValue},
		{"_ignore_check_constraints", "", "ignore_check_constraints", boolValue},
		{"_locking_mode", "_locking", "locking_mode", enumValue("NORMAL", "EXCLUSIVE")},
		{"_recursive_triggers", "_rt", "recursive_triggers", boolValue},
		{"_secure_delete", "", "secure_delete", secureDeleteValue},
		{"_writable_schema", "", "writable_schema", boolValue},
		{"_cache_size", "", "cache_size", intValue},
	} {
		key, v := pick(q, p.key, p.alias)
		q.Del(p.key)
		if p.alias != "" {
			q.Del(p.alias)
		}
		if v == "" {
			continue
		}
		pv, ok := p.value(v)
		if !ok {
			return fmt.Errorf("invalid %s %q", key, v)
		}
		q.Add("_pragma", p.name+"("+pv+")")
	}
	return nil
}

// pick returns the key and value of a go-sqlite3 parameter that has an
// alias: the alias wins when both are present, as in go-sqlite3.
func pick(q url.Values, key, alias string) (string, string) {
	if alias != "" && q.Has(alias) {
		return alias, q.Get(alias)
	}
	return key, q.Get(key)
}

func boolValue(v string) (string, bool) {
	switch strings.ToLower(v) {
	case "0", "no", "false", "off":
		return "0", true
	case "1", "yes", "true", "on":
		return "1", true
	}
	return "", false
}

func secureDeleteValue(v string) (string, bool) {
	if strings.EqualFold(v, "fast") {
		return "FAST", true
	}
	return boolValue(v)
}

func intValue(v string) (string, bool) {
	n, err := strconv.ParseInt(v, 10, 64)
	return strconv.FormatInt(n, 10), err == nil
}

func enumValue(values ...string) func(string) (string, bool) {
	return func(v string) (string, bool) {
		for _, e := range values {
			if strings.EqualFold(v, e) {
				return e, true
			}
		}
		return "", false
	}
}

// modernc.org/sqlite's connections expose neither sqlite3_get_autocommit
// nor sqlite3_interrupt. Both are read from the connection's unexported
// fields db (the sqlite3* handle) and tls (the libc thread state its calls
// run on), found by reflection, once, and checked for their types; if a
// future version renames them, AutoCommit reports that it does not know and
// InterruptOnDone does nothing beyond the driver's own watch.
type moderncConnLayout struct {
	typ     reflect.Type
	db, tls uintptr
	ok      bool
}

var moderncConns atomic.Pointer[moderncConnLayout]

// moderncConn returns the sqlite3* handle and the thread state of dc, a
// connection of modernc.org/sqlite.
func moderncConn(dc any) (db uintptr, tls *libc.TLS, ok bool) {
	t := reflect.TypeOf(dc)
	l := moderncConns.Load()
	if l == nil || l.typ != t {
		if !isModernc(t, "conn") {
			return 0, nil, false
		}
		l = &moderncConnLayout{typ: t}
		var okDB, okTLS bool
		l.db, okDB = fieldOffset(t.Elem(), "db", reflect.TypeFor[uintptr]())
		l.tls, okTLS = fieldOffset(t.Elem(), "tls", reflect.TypeFor[*libc.TLS]())
		l.ok = okDB && okTLS
		moderncConns.Store(l)
	}
	if !l.ok {
		return 0, nil, false
	}
	p := reflect.ValueOf(dc).UnsafePointer()
	db = *(*uintptr)(unsafe.Add(p, l.db))
	tls = *(**libc.TLS)(unsafe.Add(p, l.tls))
	return db, tls, db != 0 && tls != nil
}

func moderncAutoCommit(dc any) (autocommit, ok bool) {
	db, tls, ok := moderncConn(dc)
	if !ok {
		return false, false
	}
	return lib.Xsqlite3_get_autocommit(tls, db) != 0, true
}

// moderncInterruptOnDone calls sqlite3_interrupt when ctx ends, as the
// driver does while it runs a statement's first step, until stop. An
// interrupt that arrives once the statement has ended is cleared by SQLite
// when the connection's next statement starts (no statement being active);
// stop makes a late one a no-op all the same.
func moderncInterruptOnDone(ctx context.Context, dc any) (stop func()) {
	db, _, ok := moderncConn(dc)
	if !ok {
		return noop
	}
	var mu sync.Mutex
	done := false
	cancel := context.AfterFunc(ctx, func() {
		mu.Lock()
		defer mu.Unlock()
		if done {
			return
		}
		// A thread state of its own: the connection's may be in use by the
		// statement being interrupted, and it is not safe for concurrent
		// use (the driver does the same).
		tls := libc.NewTLS()
		lib.Xsqlite3_interrupt(tls, db)
		tls.Close()
	})
	return func() {
		cancel()
		mu.Lock()
		done = true
		mu.Unlock()
	}
}
