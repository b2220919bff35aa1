package sqlitecore

import (
	"errors"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
)

// DefaultBusyTimeout is how long connections wait for a lock, the default
// of better-sqlite3.
const DefaultBusyTimeout = 5 * time.Second

// FileDSN is a Prisma-style SQLite URL turned into a DSN of the driver the
// build links ([DriverName]).
type FileDSN struct {
	// DSN is the data source name: "file:<absolute path>?..." or
	// "file::memory:?...", with foreign keys on and the busy timeout
	// (go-sqlite3: and a statement cache), unless the URL sets them itself.
	DSN string
	// Memory reports an in-memory database, which lives in one connection.
	Memory bool
	// Limit is the URL's connection_limit, or 0.
	Limit int
	// BusyTimeout is the busy timeout in effect.
	BusyTimeout time.Duration
}

// ParseFileURL parses a Prisma-style SQLite URL ("file:./dev.db",
// "file:/abs/dev.db", "./dev.db", ":memory:", "file::memory:"). A relative
// path is resolved against the current directory. busy is the busy timeout
// unless the URL's socket_timeout (seconds) overrides it; zero means
// [DefaultBusyTimeout]. Query parameters: connection_limit, socket_timeout,
// SQLite's URI parameters (mode, cache, immutable, vfs, nolock, psow) and
// go-sqlite3's "_"-prefixed ones; anything else is an InvalidInputValue error
// whose message starts with prefix. In builds without cgo the go-sqlite3
// parameters are translated for modernc.org/sqlite, which takes the common
// ones (_busy_timeout, _foreign_keys, _journal_mode, _synchronous, ...) under
// the same names and the others as "_pragma=name(value)"; its own
// parameters (_pragma, _time_format, ...) are passed as well.
func ParseFileURL(rawURL string, busy time.Duration, prefix string) (FileDSN, error) {
	path, query, _ := strings.Cut(strings.TrimPrefix(rawURL, "file:"), "?")
	params, err := url.ParseQuery(query)
	if err != nil {
		return FileDSN{}, urlError(prefix, rawURL, err.Error())
	}
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	var d FileDSN
	pass := url.Values{}
	for k, vs := range params {
		v := vs[len(vs)-1]
		switch {
		case k == "connection_limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return FileDSN{}, urlError(prefix, rawURL, "connection_limit must be a positive integer")
			}
			d.Limit = n
		case k == "socket_timeout":
			s, err := strconv.ParseFloat(v, 64)
			if err != nil || s < 0 {
				return FileDSN{}, urlError(prefix, rawURL, "socket_timeout must be a number of seconds")
			}
			busy = time.Duration(s * float64(time.Second))
		case k == "mode" || k == "cache" || k == "immutable" || k == "vfs" || k == "nolock" || k == "psow" || strings.HasPrefix(k, "_"):
			pass[k] = vs
		default:
			return FileDSN{}, urlError(prefix, rawURL, "unknown parameter "+strconv.Quote(k))
		}
	}
	d.Memory = path == ":memory:" || path == "" || params.Get("mode") == "memory"
	if !d.Memory {
		if path, err = filepath.Abs(path); err != nil {
			return FileDSN{}, urlError(prefix, rawURL, err.Error())
		}
	}
	d.BusyTimeout = busy
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	for k, vs := range pass {
		q[k] = vs // the URL's own settings win
	}
	if err := driverParams(q); err != nil {
		return FileDSN{}, urlError(prefix, rawURL, err.Error())
	}
	var b strings.Builder
	b.WriteString("file:")
	if path == "" || path == ":memory:" {
		b.WriteString(":memory:")
	} else {
		b.WriteString(escapePath(filepath.ToSlash(path)))
	}
	b.WriteByte('?')
	b.WriteString(q.Encode())
	d.DSN = b.String()
	return d, nil
}

// escapePath escapes what SQLite's URI parser would take for the start of
// the query or fragment, or for an escape.
func escapePath(p string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

func urlError(prefix, rawURL, msg string) error {
	return &adapter.Error{Kind: adapter.InvalidInputValue, Message: prefix + ": invalid URL " + strconv.Quote(rawURL) + ": " + msg,
		Err: errors.New(msg)}
}
