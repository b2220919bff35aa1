// Package hranatest is a Hrana-over-HTTP server (protocol versions 2 and 3,
// JSON encoding) backed by a database/sql SQLite database. It stands in for
// a libSQL server (sqld) in tests: no sqld can be had on the machines this
// project is built on (it is a Rust binary, crates.io is unreachable and no
// package ships it), so the real libsql-client-go talks to this server over
// loopback instead, through httptest.NewServer(hranatest.New(db)).
//
// It follows sqld's libsql-server/src/hrana (the HTTP_V2_SPEC and
// HRANA_3_SPEC documents of tursodatabase/libsql):
//
//   - GET /v2 and GET /v3 answer 200; POST /v2/pipeline and POST
//     /v3/pipeline take {"baton","requests"} and answer {"baton","base_url",
//     "results"}.
//   - A request without a baton opens a stream: one dedicated *sql.Conn of
//     the pool, so that a transaction (BEGIN ... COMMIT) spans requests.
//     Every response carries a new baton; the old one is then invalid. A
//     "close" request closes the stream (rolling back an open transaction)
//     and the response's baton is null. A stream idle for longer than
//     Options.StreamExpiry (10s, as sqld) expires: its transaction is rolled
//     back and its baton answers 500 {"message","code":"STREAM_EXPIRED"}.
//     A request whose client went away (its context ended) closes its
//     stream, as sqld drops a stream whose request future is dropped.
//   - Request types: execute, batch (conditions ok, error, not, and, or,
//     is_autocommit), sequence, store_sql, close_sql, get_autocommit and
//     close. describe is answered with an error (see Gaps).
//   - Values: integers as decimal strings, floats as JSON numbers, text as
//     strings, blobs as unpadded standard base64; column decltypes in lower
//     case (null when a column has none); affected_row_count counts the rows
//     a statement changed (0 for statements that change none, as sqld's
//     is_iud rule gives); last_insert_rowid is a decimal string.
//   - Named arguments may come with or without their ':', '@' or '$'
//     prefix (libsql-client-go strips it); the driver binds them under any
//     of the three.
//   - A failing statement yields {"type":"error","error":{"message","code"}}
//     with the message "SQLite error: <sqlite3_errmsg()>" as sqld writes it,
//     and the code chosen by Options.ErrorCodes. A malformed request is a
//     protocol error: 400 with a text body, and the stream is closed.
//
// # Gaps
//
// Not implemented: the describe request (answered with an error result of
// code "NOT_IMPLEMENTED"), /v3/cursor, the Protobuf encodings, replication
// indexes (ignored) and base_url redirection (always null). Statement
// results are computed by running the statement to completion; sqld does
// the same for pipelines.
//
// The backing *sql.DB should use the SQLite driver of the build
// (sqlitecore.DriverName: github.com/mattn/go-sqlite3 with cgo,
// modernc.org/sqlite without): its connections report the autocommit state
// (for get_autocommit, is_autocommit and closing streams) and its rows give
// declared types with the values as stored. With another driver, values the
// driver converts (time.Time, bool) are sent as text and integers.
package hranatest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// DefaultStreamExpiry is how long a stream may stay idle before it expires,
// as in sqld.
const DefaultStreamExpiry = 10 * time.Second

// expiredMemory is how long the baton of an expired stream keeps answering
// STREAM_EXPIRED rather than "invalid baton" (sqld: 300s).
const expiredMemory = 5 * time.Minute

// ErrorCodeStyle selects the code sent with a SQLite error.
type ErrorCodeStyle uint8

const (
	// ExtendedNames sends the extended result code's name:
	// "SQLITE_CONSTRAINT_UNIQUE".
	ExtendedNames ErrorCodeStyle = iota
	// PrimaryNames sends the primary result code's name, as sqld does
	// (libsql-server's sqlite_error_code): "SQLITE_CONSTRAINT".
	PrimaryNames
	// Numbers sends the extended result code in decimal: "2067".
	Numbers
)

// Options configures a [Server].
type Options struct {
	// AuthToken, when set, must come as "Authorization: Bearer <token>";
	// other requests are answered 401.
	AuthToken string
	// StreamExpiry is how long a stream may stay idle. Zero means
	// [DefaultStreamExpiry].
	StreamExpiry time.Duration
	// ErrorCodes is the style of the codes of SQLite errors.
	ErrorCodes ErrorCodeStyle
}

// Server is a Hrana-over-HTTP server on a database/sql SQLite database.
// It is an http.Handler; it starts no goroutines of its own (streams expire
// on timers).
type Server struct {
	db   *sql.DB
	opts Options

	mu      sync.Mutex
	streams map[string]*stream   // idle streams by their current baton
	busy    map[*stream]struct{} // streams a request is using
	expired map[string]time.Time // batons of expired streams, until when to remember them
	closed  bool
}

// stream is one Hrana stream: a dedicated connection and its stored SQL.
type stream struct {
	conn  *sql.Conn
	sqls  map[int32]string
	timer *time.Timer
	// total is the connection's total_changes() after its last statement,
	// to tell whether a statement changed rows.
	total int64
}

// New returns a server on db with the default options, as an http.Handler.
func New(db *sql.DB) http.Handler { return NewServer(db, Options{}) }

// NewServer returns a server on db. The caller keeps db; [Server.Close]
// ends the open streams but does not close db.
func NewServer(db *sql.DB, opts Options) *Server {
	if opts.StreamExpiry <= 0 {
		opts.StreamExpiry = DefaultStreamExpiry
	}
	return &Server{db: db, opts: opts, streams: map[string]*stream{}, busy: map[*stream]struct{}{}, expired: map[string]time.Time{}}
}

// OpenStreams returns the number of open streams, idle or in use.
func (s *Server) OpenStreams() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.streams) + len(s.busy)
}

// Close closes every idle stream, rolling back its transaction, and makes
// the server answer 503 from then on. Streams in use are closed when their
// request ends.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	idle := s.streams
	s.streams = map[string]*stream{}
	s.mu.Unlock()
	for _, st := range idle {
		st.timer.Stop()
		st.close()
	}
	return nil
}

// ServeHTTP serves the Hrana HTTP endpoints.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.opts.AuthToken != "" && r.Header.Get("Authorization") != "Bearer "+s.opts.AuthToken {
		textResponse(w, http.StatusUnauthorized, "Unauthorized: missing or invalid authorization token")
		return
	}
	switch r.URL.Path {
	case "/v2", "/v3":
		if r.Method != http.MethodGet {
			textResponse(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		textResponse(w, http.StatusOK, "Hello, this is HTTP API v2 (Hrana over HTTP)")
	case "/v2/pipeline", "/v3/pipeline":
		if r.Method != http.MethodPost {
			textResponse(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		s.pipeline(w, r, r.URL.Path == "/v3/pipeline")
	default:
		textResponse(w, http.StatusNotFound, "not found")
	}
}

func textResponse(w http.ResponseWriter, code int, body string) {
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(code)
	io.WriteString(w, body)
}

func jsonResponse(w http.ResponseWriter, code int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(body)
}

// protocolError is a request the server cannot make sense of. It fails the
// whole HTTP request with 400 and closes the stream, as in sqld.
type protocolError struct{ msg string }

func (e *protocolError) Error() string { return e.msg }

func protoErrorf(format string, args ...any) error {
	return &protocolError{fmt.Sprintf(format, args...)}
}

func (s *Server) pipeline(w http.ResponseWriter, r *http.Request, v3 bool) {
	ctx := r.Context()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		textResponse(w, http.StatusBadRequest, "Could not read request body: "+err.Error())
		return
	}
	var req pipelineRequest
	if err := json.Unmarshal(body, &req); err != nil {
		textResponse(w, http.StatusBadRequest, "Could not deserialize JSON request body: "+err.Error())
		return
	}
	st, status, msg := s.acquire(ctx, req.Baton)
	if st == nil {
		if status == http.StatusInternalServerError {
			enc, _ := json.Marshal(hranaError{Message: msg, Code: "STREAM_EXPIRED"})
			jsonResponse(w, status, enc)
		} else {
			textResponse(w, status, msg)
		}
		return
	}

	out := []byte(`{"baton":`)
	var results []byte
	open := true
	for i, rq := range req.Requests {
		if !open {
			s.release(st, false)
			textResponse(w, http.StatusBadRequest, "The stream was closed by an earlier request")
			return
		}
		if i > 0 {
			results = append(results, ',')
		}
		res, err := s.handle(ctx, st, &rq, v3)
		if err != nil {
			s.release(st, false)
			textResponse(w, http.StatusBadRequest, err.Error())
			return
		}
		if rq.Type == "close" {
			open = false
		}
		results = res.appendJSON(results)
	}
	if ctx.Err() != nil {
		// The client went away: its stream is lost, as in sqld.
		s.release(st, false)
		return
	}
	if open {
		out = appendString(out, s.release(st, true))
	} else {
		s.release(st, false)
		out = append(out, "null"...)
	}
	out = append(out, `,"base_url":null,"results":[`...)
	out = append(out, results...)
	out = append(out, "]}"...)
	jsonResponse(w, http.StatusOK, out)
}

// acquire finds the stream of baton, or opens one when baton is null or
// empty. On failure it returns the HTTP status and message to answer.
func (s *Server) acquire(ctx context.Context, baton *string) (*stream, int, string) {
	if baton == nil || *baton == "" {
		s.mu.Lock()
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return nil, http.StatusServiceUnavailable, "the server is closed"
		}
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return nil, http.StatusServiceUnavailable, "cannot open a stream: " + err.Error()
		}
		st := &stream{conn: conn, sqls: map[int32]string{}}
		st.total, _ = totalChanges(ctx, conn)
		s.mu.Lock()
		s.busy[st] = struct{}{}
		s.mu.Unlock()
		return st, 0, ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	for b, until := range s.expired {
		if now.After(until) {
			delete(s.expired, b)
		}
	}
	st, ok := s.streams[*baton]
	if !ok {
		if _, ok := s.expired[*baton]; ok {
			return nil, http.StatusInternalServerError, "The stream has expired due to inactivity"
		}
		return nil, http.StatusBadRequest, "The baton is invalid or was already used"
	}
	delete(s.streams, *baton)
	st.timer.Stop()
	s.busy[st] = struct{}{}
	return st, 0, ""
}

// release ends a request's use of st. When keep is set, st stays open
// under a new baton, which it returns; otherwise st is closed.
func (s *Server) release(st *stream, keep bool) string {
	s.mu.Lock()
	delete(s.busy, st)
	if !keep || s.closed {
		s.mu.Unlock()
		st.close()
		return ""
	}
	baton := newBaton()
	s.streams[baton] = st
	st.timer = time.AfterFunc(s.opts.StreamExpiry, func() { s.expire(baton, st) })
	s.mu.Unlock()
	return baton
}

// expire closes st if it is still idle under baton.
func (s *Server) expire(baton string, st *stream) {
	s.mu.Lock()
	if s.streams[baton] != st {
		s.mu.Unlock()
		return
	}
	delete(s.streams, baton)
	s.expired[baton] = time.Now().Add(expiredMemory)
	s.mu.Unlock()
	st.close()
}

func newBaton() string {
	var b [32]byte
	rand.Read(b[:])
	return base64.RawStdEncoding.EncodeToString(b[:])
}

// close rolls back an open transaction and returns the connection to the
// pool; a connection that cannot be rolled back is discarded.
func (st *stream) close() {
	ctx := context.Background()
	st.conn.Raw(func(dc any) error {
		if ac, ok := sqlitecore.AutoCommit(dc); ok && ac {
			return nil
		}
		ex, ok := dc.(driver.ExecerContext)
		if !ok {
			return driver.ErrBadConn
		}
		if _, err := ex.ExecContext(ctx, "ROLLBACK", nil); err != nil {
			return driver.ErrBadConn // discard the connection
		}
		return nil
	})
	st.conn.Close()
}

// handle runs one request of a pipeline.
func (s *Server) handle(ctx context.Context, st *stream, rq *streamRequest, v3 bool) (result, error) {
	switch rq.Type {
	case "execute":
		if rq.Stmt == nil {
			return result{}, protoErrorf("execute request without stmt")
		}
		res, herr, err := s.execute(ctx, st, rq.Stmt)
		if err != nil {
			return result{}, err
		}
		if herr != nil {
			return result{err: herr}, nil
		}
		return result{resp: func(b []byte) []byte {
			b = append(b, `{"type":"execute","result":`...)
			b = res.appendJSON(b)
			return append(b, '}')
		}}, nil
	case "batch":
		if rq.Batch == nil {
			return result{}, protoErrorf("batch request without batch")
		}
		return s.batch(ctx, st, rq.Batch)
	case "sequence":
		sql, err := st.sqlText(rq.SQL, rq.SQLID)
		if err != nil {
			return result{}, err
		}
		if herr := s.sequence(ctx, st, sql); herr != nil {
			return result{err: herr}, nil
		}
		return result{resp: simpleResponse("sequence")}, nil
	case "describe":
		return result{err: &hranaError{Message: "hranatest does not implement describe", Code: "NOT_IMPLEMENTED"}}, nil
	case "store_sql":
		if rq.SQLID == nil || rq.SQL == nil {
			return result{}, protoErrorf("store_sql needs sql_id and sql")
		}
		if _, ok := st.sqls[*rq.SQLID]; ok {
			return result{}, protoErrorf("SQL text with id %d already exists", *rq.SQLID)
		}
		st.sqls[*rq.SQLID] = *rq.SQL
		return result{resp: simpleResponse("store_sql")}, nil
	case "close_sql":
		if rq.SQLID == nil {
			return result{}, protoErrorf("close_sql needs sql_id")
		}
		delete(st.sqls, *rq.SQLID)
		return result{resp: simpleResponse("close_sql")}, nil
	case "get_autocommit":
		if !v3 {
			return result{}, protoErrorf("get_autocommit requires Hrana 3 (/v3/pipeline)")
		}
		ac, err := st.autocommit()
		if err != nil {
			return result{err: &hranaError{Message: err.Error(), Code: "NOT_IMPLEMENTED"}}, nil
		}
		return result{resp: func(b []byte) []byte {
			return append(b, `{"type":"get_autocommit","is_autocommit":`+strconv.FormatBool(ac)+`}`...)
		}}, nil
	case "close":
		return result{resp: simpleResponse("close")}, nil
	}
	return result{}, protoErrorf("unknown request type %q", rq.Type)
}

// sqlText returns the SQL given inline or stored under id.
func (st *stream) sqlText(sql *string, id *int32) (string, error) {
	switch {
	case sql != nil && id != nil:
		return "", protoErrorf("both sql and sql_id are given")
	case sql != nil:
		return *sql, nil
	case id != nil:
		text, ok := st.sqls[*id]
		if !ok {
			return "", protoErrorf("SQL text with id %d was not found", *id)
		}
		return text, nil
	}
	return "", protoErrorf("neither sql nor sql_id is given")
}

// autocommit reports whether the stream's connection is outside a
// transaction.
func (st *stream) autocommit() (bool, error) {
	var ac bool
	err := st.conn.Raw(func(dc any) error {
		var ok bool
		if ac, ok = sqlitecore.AutoCommit(dc); !ok {
			return errors.New("the database/sql driver does not report the autocommit state")
		}
		return nil
	})
	return ac, err
}

// execute runs one statement. A failing statement gives a Hrana error; a
// malformed one a protocol error.
func (s *Server) execute(ctx context.Context, st *stream, sm *stmt) (*stmtResult, *hranaError, error) {
	sql, err := st.sqlText(sm.SQL, sm.SQLID)
	if err != nil {
		return nil, nil, err
	}
	switch n := countStatements(sql); {
	case n == 0:
		return nil, &hranaError{Message: "SQL string does not contain any statement", Code: "SQL_NO_STATEMENT"}, nil
	case n > 1:
		return nil, &hranaError{Message: "SQL string contains more than one statement", Code: "SQL_MANY_STATEMENTS"}, nil
	}
	if len(sm.Args) > 0 && len(sm.NamedArgs) > 0 {
		return nil, &hranaError{Message: "Specifying both positional and named arguments is not supported", Code: "ARGS_BOTH_POSITIONAL_AND_NAMED"}, nil
	}
	args := make([]driver.NamedValue, 0, len(sm.Args)+len(sm.NamedArgs))
	for i, a := range sm.Args {
		args = append(args, driver.NamedValue{Ordinal: i + 1, Value: a.v})
	}
	for i, a := range sm.NamedArgs {
		// libsql-client-go sends names without their prefix, other clients
		// with it; the driver tries ':', '@' and '$' in front of the bare
		// name.
		name := strings.TrimLeft(a.Name, ":@$")
		if name == "" {
			return nil, nil, protoErrorf("named argument without a name")
		}
		args = append(args, driver.NamedValue{Ordinal: i + 1, Name: name, Value: a.Value.v})
	}
	wantRows := sm.WantRows == nil || *sm.WantRows

	res := &stmtResult{}
	err = st.conn.Raw(func(dc any) error {
		qc, ok := dc.(driver.QueryerContext)
		if !ok {
			return errors.New("hranatest: the database/sql driver does not implement driver.QueryerContext")
		}
		rows, err := qc.QueryContext(ctx, sql, args)
		if err != nil {
			return sqlitecore.CheckParamCount(ctx, dc, sql, len(args), err)
		}
		defer rows.Close()
		res.cols = rows.Columns()
		res.decltypes = sqlitecore.DeclTypes(rows, len(res.cols))
		if res.decltypes == nil {
			res.decltypes = make([]string, len(res.cols))
		}
		for i, d := range res.decltypes {
			res.decltypes[i] = strings.ToLower(d)
		}
		dest := make([]driver.Value, len(res.cols))
		for {
			if err := rows.Next(dest); err == io.EOF {
				break
			} else if err != nil {
				return err
			}
			if !wantRows {
				continue
			}
			row := make([]any, len(dest))
			for i, v := range dest {
				row[i] = wireValue(v)
			}
			res.rows = append(res.rows, row)
		}
		return nil
	})
	if err != nil {
		return nil, s.sqlError(err), nil
	}
	changes, total, lastID, err := stats(ctx, st.conn)
	if err != nil {
		return nil, s.sqlError(err), nil
	}
	if total != st.total {
		res.affected = changes
	}
	st.total = total
	res.lastInsertID = lastID
	return res, nil, nil
}

// wireValue converts a driver value to one Hrana can carry.
func wireValue(v driver.Value) any {
	switch v := v.(type) {
	case nil, int64, float64, string:
		return v
	case []byte:
		return append([]byte{}, v...)
	case bool:
		if v {
			return int64(1)
		}
		return int64(0)
	case time.Time:
		return v.Format(time.RFC3339Nano)
	}
	return fmt.Sprint(v)
}

// stats returns changes(), total_changes() and last_insert_rowid() of conn.
func stats(ctx context.Context, conn *sql.Conn) (changes, total, lastID int64, err error) {
	err = conn.QueryRowContext(ctx, "SELECT changes(), total_changes(), last_insert_rowid()").Scan(&changes, &total, &lastID)
	return
}

func totalChanges(ctx context.Context, conn *sql.Conn) (int64, error) {
	var n int64
	err := conn.QueryRowContext(ctx, "SELECT total_changes()").Scan(&n)
	return n, err
}

// sequence runs a script of statements without arguments.
func (s *Server) sequence(ctx context.Context, st *stream, sql string) *hranaError {
	err := st.conn.Raw(func(dc any) error {
		ex, ok := dc.(driver.ExecerContext)
		if !ok {
			return errors.New("hranatest: the database/sql driver does not implement driver.ExecerContext")
		}
		_, err := ex.ExecContext(ctx, sql, nil)
		return err
	})
	if total, terr := totalChanges(ctx, st.conn); terr == nil {
		st.total = total
	}
	if err != nil {
		return s.sqlError(err)
	}
	return nil
}

// batch runs the steps of a batch whose conditions hold.
func (s *Server) batch(ctx context.Context, st *stream, b *batch) (result, error) {
	n := len(b.Steps)
	results := make([]*stmtResult, n)
	errs := make([]*hranaError, n)
	executed := make([]bool, n)
	for i := range b.Steps {
		step := &b.Steps[i]
		run := true
		if step.Condition != nil {
			var err error
			if run, err = s.evalCond(st, step.Condition, i, executed, errs); err != nil {
				return result{}, err
			}
		}
		if !run {
			continue
		}
		executed[i] = true
		res, herr, err := s.execute(ctx, st, &step.Stmt)
		if err != nil {
			return result{}, err
		}
		results[i], errs[i] = res, herr
	}
	return result{resp: func(out []byte) []byte {
		out = append(out, `{"type":"batch","result":{"step_results":[`...)
		for i, r := range results {
			if i > 0 {
				out = append(out, ',')
			}
			if r == nil {
				out = append(out, "null"...)
			} else {
				out = r.appendJSON(out)
			}
		}
		out = append(out, `],"step_errors":[`...)
		for i, e := range errs {
			if i > 0 {
				out = append(out, ',')
			}
			if e == nil {
				out = append(out, "null"...)
			} else {
				enc, _ := json.Marshal(e)
				out = append(out, enc...)
			}
		}
		return append(out, "]}}"...)
	}}, nil
}

// evalCond evaluates a batch condition for step cur. A condition may only
// refer to earlier steps.
func (s *Server) evalCond(st *stream, c *batchCond, cur int, executed []bool, errs []*hranaError) (bool, error) {
	stepOf := func() (int, error) {
		if c.Step == nil {
			return 0, protoErrorf("%s condition without step", c.Type)
		}
		if int(*c.Step) >= cur {
			return 0, protoErrorf("condition of step %d refers to step %d, which does not come before it", cur, *c.Step)
		}
		return int(*c.Step), nil
	}
	switch c.Type {
	case "ok":
		i, err := stepOf()
		return err == nil && executed[i] && errs[i] == nil, err
	case "error":
		i, err := stepOf()
		return err == nil && executed[i] && errs[i] != nil, err
	case "not":
		if c.Cond == nil {
			return false, protoErrorf("not condition without cond")
		}
		v, err := s.evalCond(st, c.Cond, cur, executed, errs)
		return !v, err
	case "and", "or":
		and := c.Type == "and"
		v := and
		for i := range c.Conds {
			x, err := s.evalCond(st, &c.Conds[i], cur, executed, errs)
			if err != nil {
				return false, err
			}
			if and {
				v = v && x
			} else {
				v = v || x
			}
		}
		return v, nil
	case "is_autocommit":
		ac, err := st.autocommit()
		if err != nil {
			return false, protoErrorf("is_autocommit: %v", err)
		}
		return ac, nil
	}
	return false, protoErrorf("unknown batch condition type %q", c.Type)
}

// sqlError turns a driver error into a Hrana error.
func (s *Server) sqlError(err error) *hranaError {
	ext, msg, ok := sqlitecore.DriverError(err)
	if !ok {
		code := "SQLITE_UNKNOWN"
		// Missing arguments, which the drivers refuse before SQLite sees
		// them (execute checks their number).
		var pc *sqlitecore.ParamCountError
		if errors.As(err, &pc) {
			code = "ARGS_INVALID"
		}
		return &hranaError{Message: err.Error(), Code: code}
	}
	e := &hranaError{Message: "SQLite error: " + msg}
	switch s.opts.ErrorCodes {
	case Numbers:
		e.Code = strconv.Itoa(ext)
	case PrimaryNames:
		e.Code, _ = sqlitecore.CodeName(ext & 0xff)
	default:
		e.Code, _ = sqlitecore.CodeName(ext)
	}
	return e
}
