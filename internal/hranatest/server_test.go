package hranatest

// These tests speak the protocol with raw HTTP requests; client_test.go
// drives the server with the real libsql-client-go. A real libSQL server
// (sqld) cannot be had on this machine (see the package documentation), so
// this server stands in for it in the adapter's tests; what it answers here
// follows sqld's sources (libsql-server/src/hrana) and the Hrana specs.

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/internal/sqlitecore"
)

type testServer struct {
	t   *testing.T
	h   *Server
	srv *httptest.Server
	db  *sql.DB
}

func newTestServer(t *testing.T, opts Options) *testServer {
	t.Helper()
	db, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(t.TempDir(), "h.db")+"?_foreign_keys=on&_busy_timeout=2000")
	if err != nil {
		t.Fatal(err)
	}
	h := NewServer(db, opts)
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		h.Close()
		db.Close()
	})
	return &testServer{t: t, h: h, srv: srv, db: db}
}

// post sends body to path and returns the status and the body.
func (s *testServer) post(path, body string, header ...string) (int, string) {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.srv.URL+path, strings.NewReader(body))
	if err != nil {
		s.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// pipeline posts a pipeline to /v2 (or /v3 when v3) and returns the decoded
// response, whose baton it replaces with "<baton>" (or null), and the baton.
func (s *testServer) pipeline(v3 bool, baton string, requests ...string) (map[string]any, string) {
	s.t.Helper()
	path := "/v2/pipeline"
	if v3 {
		path = "/v3/pipeline"
	}
	b := `{"baton":null,`
	if baton != "" {
		b = `{"baton":` + quote(baton) + `,`
	}
	b += `"requests":[` + strings.Join(requests, ",") + `]}`
	status, body := s.post(path, b)
	if status != http.StatusOK {
		s.t.Fatalf("pipeline: HTTP %d: %s", status, body)
	}
	resp := decode(s.t, body)
	next, _ := resp["baton"].(string)
	if next != "" {
		if next == baton {
			s.t.Errorf("the response reuses the request's baton")
		}
		resp["baton"] = "<baton>"
	}
	return resp, next
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func decode(t *testing.T, body string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(body))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("response %q: %v", body, err)
	}
	return m
}

// want decodes an expected JSON document.
func want(t *testing.T, doc string) map[string]any {
	t.Helper()
	return decode(t, doc)
}

func execute(sql string, args ...string) string {
	return `{"type":"execute","stmt":{"sql":` + quote(sql) + `,"args":[` + strings.Join(args, ",") + `]}}`
}

func TestIndex(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, path := range []string{"/v2", "/v3"} {
		resp, err := http.Get(s.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", path, resp.StatusCode)
		}
	}
	if status, _ := s.post("/v1/execute", `{}`); status != http.StatusNotFound {
		t.Errorf("POST /v1/execute: %d, want 404", status)
	}
}

// The value encoding: integers as decimal strings, floats as numbers, text,
// unpadded base64 blobs, null; lower-case decltypes (null without one);
// affected_row_count; last_insert_rowid as a string.
func TestValueEncoding(t *testing.T) {
	s := newTestServer(t, Options{})
	got, _ := s.pipeline(false, "",
		execute(`CREATE TABLE t (id INTEGER PRIMARY KEY, i BIGINT, f REAL, s TEXT, b BLOB, dt DATETIME, n)`),
		execute(`INSERT INTO t (i, f, s, b, dt, n) VALUES (?, ?, ?, ?, ?, ?)`,
			`{"type":"integer","value":"9223372036854775807"}`, `{"type":"float","value":2.5}`,
			`{"type":"text","value":"héllo \"x\""}`, `{"type":"blob","base64":"AAEA/w"}`,
			`{"type":"text","value":"2024-05-06 07:08:09"}`, `{"type":"null"}`),
		// A padded blob is accepted too, as sqld accepts it.
		execute(`INSERT INTO t (i, f, b) VALUES (?, ?, ?)`, `{"type":"integer","value":"-9223372036854775808"}`,
			`{"type":"float","value":-1e-300}`, `{"type":"blob","base64":"Bw=="}`),
		execute(`SELECT i, f, s, b, dt, n, 1 + 1 AS expr, x'' AS empty, 1e999 AS inf FROM t ORDER BY id`),
		execute(`UPDATE t SET s = 'y'`),
		execute(`SELECT count(*) FROM t`),
	)
	exp := want(t, `{"baton":"<baton>","base_url":null,"results":[
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":0,"last_insert_rowid":"0"}}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":1,"last_insert_rowid":"1"}}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":1,"last_insert_rowid":"2"}}},
		{"type":"ok","response":{"type":"execute","result":{
			"cols":[{"name":"i","decltype":"bigint"},{"name":"f","decltype":"real"},{"name":"s","decltype":"text"},{"name":"b","decltype":"blob"},
				{"name":"dt","decltype":"datetime"},{"name":"n","decltype":null},{"name":"expr","decltype":null},{"name":"empty","decltype":null},{"name":"inf","decltype":null}],
			"rows":[
				[{"type":"integer","value":"9223372036854775807"},{"type":"float","value":2.5},{"type":"text","value":"héllo \"x\""},{"type":"blob","base64":"AAEA/w"},
				 {"type":"text","value":"2024-05-06 07:08:09"},{"type":"null"},{"type":"integer","value":"2"},{"type":"blob","base64":""},{"type":"float","value":null}],
				[{"type":"integer","value":"-9223372036854775808"},{"type":"float","value":-1e-300},{"type":"null"},{"type":"blob","base64":"Bw"},
				 {"type":"null"},{"type":"null"},{"type":"integer","value":"2"},{"type":"blob","base64":""},{"type":"float","value":null}]],
			"affected_row_count":0,"last_insert_rowid":"2"}}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":2,"last_insert_rowid":"2"}}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[{"name":"count(*)","decltype":null}],"rows":[[{"type":"integer","value":"2"}]],"affected_row_count":0,"last_insert_rowid":"2"}}}
	]}`)
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWantRowsAndNamedArgs(t *testing.T) {
	s := newTestServer(t, Options{})
	got, _ := s.pipeline(false, "",
		`{"type":"execute","stmt":{"sql":"SELECT 1 AS one","want_rows":false}}`,
		// libsql-client-go sends names without prefix; others with one.
		`{"type":"execute","stmt":{"sql":"SELECT :a AS a, @b AS b, $c AS c","named_args":[
			{"name":"a","value":{"type":"integer","value":"1"}},{"name":"@b","value":{"type":"text","value":"two"}},{"name":"$c","value":{"type":"float","value":3.5}}]}}`,
		`{"type":"execute","stmt":{"sql":"SELECT ?","args":[{"type":"null"}],"named_args":[{"name":"a","value":{"type":"null"}}]}}`,
	)
	exp := want(t, `{"baton":"<baton>","base_url":null,"results":[
		{"type":"ok","response":{"type":"execute","result":{"cols":[{"name":"one","decltype":null}],"rows":[],"affected_row_count":0,"last_insert_rowid":"0"}}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[{"name":"a","decltype":null},{"name":"b","decltype":null},{"name":"c","decltype":null}],
			"rows":[[{"type":"integer","value":"1"},{"type":"text","value":"two"},{"type":"float","value":3.5}]],"affected_row_count":0,"last_insert_rowid":"0"}}},
		{"type":"error","error":{"message":"Specifying both positional and named arguments is not supported","code":"ARGS_BOTH_POSITIONAL_AND_NAMED"}}
	]}`)
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestStatementErrors(t *testing.T) {
	// Missing arguments, in the same words with either driver.
	argsMsg := "Too few parameter values were provided"
	for _, tt := range []struct {
		style               ErrorCodeStyle
		unique, null, table string
	}{
		{ExtendedNames, "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_NOTNULL", "SQLITE_ERROR"},
		{PrimaryNames, "SQLITE_CONSTRAINT", "SQLITE_CONSTRAINT", "SQLITE_ERROR"},
		{Numbers, "2067", "1299", "1"},
	} {
		s := newTestServer(t, Options{ErrorCodes: tt.style})
		got, _ := s.pipeline(false, "",
			execute(`CREATE TABLE u (e TEXT NOT NULL UNIQUE)`),
			execute(`INSERT INTO u VALUES ('a')`),
			execute(`INSERT INTO u VALUES ('a')`),
			execute(`INSERT INTO u VALUES (NULL)`),
			execute(`SELECT * FROM nope`),
			execute(`SELECT 1; SELECT 2`),
			execute(` -- nothing
			`),
			execute(`SELECT ?, ?`, `{"type":"integer","value":"1"}`),
		)
		exp := want(t, `{"baton":"<baton>","base_url":null,"results":[
			{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":0,"last_insert_rowid":"0"}}},
			{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":1,"last_insert_rowid":"1"}}},
			{"type":"error","error":{"message":"SQLite error: UNIQUE constraint failed: u.e","code":"`+tt.unique+`"}},
			{"type":"error","error":{"message":"SQLite error: NOT NULL constraint failed: u.e","code":"`+tt.null+`"}},
			{"type":"error","error":{"message":"SQLite error: no such table: nope","code":"`+tt.table+`"}},
			{"type":"error","error":{"message":"SQL string contains more than one statement","code":"SQL_MANY_STATEMENTS"}},
			{"type":"error","error":{"message":"SQL string does not contain any statement","code":"SQL_NO_STATEMENT"}},
			{"type":"error","error":{"message":"`+argsMsg+`","code":"ARGS_INVALID"}}
		]}`)
		if diff := cmp.Diff(exp, got); diff != "" {
			t.Errorf("style %d (-want +got):\n%s", tt.style, diff)
		}
	}
}

func TestCountStatements(t *testing.T) {
	tests := map[string]int{
		"SELECT 1":                1,
		"SELECT 1;":               1,
		"SELECT 1; SELECT 2":      2,
		";;":                      0,
		"SELECT ';'":              1,
		`SELECT "a;b" FROM [x;y]`: 1,
		"SELECT 1 -- ; comment\n": 1,
		"SELECT /* ; */ 1":        1,
		"SELECT `;`; ":            1,
		"CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = CASE WHEN 1 THEN 2 END; DELETE FROM u; END": 1,
		"CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END; SELECT 2":                                2,
		"SELECT 'it''s; here'": 1,
	}
	for sql, n := range tests {
		if got := countStatements(sql); got != n {
			t.Errorf("countStatements(%q) = %d, want %d", sql, got, n)
		}
	}
}

// A stream keeps one connection across requests; each response carries a
// new baton and the old one is refused; close ends the stream.
func TestBatons(t *testing.T) {
	s := newTestServer(t, Options{})
	_, b1 := s.pipeline(false, "", execute(`CREATE TABLE t (a INTEGER)`), execute(`BEGIN`), execute(`INSERT INTO t VALUES (1)`))
	if b1 == "" {
		t.Fatal("no baton")
	}
	// Another stream does not see the uncommitted row.
	got, _ := s.pipeline(false, "", execute(`SELECT count(*) AS n FROM t`))
	if n := rows(got, 0); n != `[[{"type":"integer","value":"0"}]]` {
		t.Errorf("another stream sees %s", n)
	}
	got, b2 := s.pipeline(false, b1, execute(`SELECT count(*) AS n FROM t`))
	if n := rows(got, 0); n != `[[{"type":"integer","value":"1"}]]` {
		t.Errorf("the stream sees %s", n)
	}
	if status, body := s.post("/v2/pipeline", `{"baton":`+quote(b1)+`,"requests":[]}`); status != http.StatusBadRequest {
		t.Errorf("reused baton: %d %s, want 400", status, body)
	}
	if status, _ := s.post("/v2/pipeline", `{"baton":"forged","requests":[]}`); status != http.StatusBadRequest {
		t.Errorf("forged baton: %d, want 400", status)
	}
	_, b3 := s.pipeline(false, b2, execute(`COMMIT`))
	got, b4 := s.pipeline(false, b3, `{"type":"close"}`)
	if b4 != "" || got["baton"] != nil {
		t.Errorf("baton after close: %v", got["baton"])
	}
	if diff := cmp.Diff(want(t, `{"baton":null,"base_url":null,"results":[{"type":"ok","response":{"type":"close"}}]}`), got); diff != "" {
		t.Errorf("close (-want +got):\n%s", diff)
	}
	if status, _ := s.post("/v2/pipeline", `{"baton":`+quote(b3)+`,"requests":[]}`); status != http.StatusBadRequest {
		t.Errorf("baton of a closed stream: %d, want 400", status)
	}
	got, _ = s.pipeline(false, "", execute(`SELECT count(*) AS n FROM t`))
	if n := rows(got, 0); n != `[[{"type":"integer","value":"1"}]]` {
		t.Errorf("after commit: %s", n)
	}
	// Requests after close in the same pipeline are a protocol error.
	if status, _ := s.post("/v2/pipeline", `{"baton":null,"requests":[{"type":"close"},`+execute("SELECT 1")+`]}`); status != http.StatusBadRequest {
		t.Errorf("execute after close: %d, want 400", status)
	}
	// Left open: the two streams of single requests, which never closed.
	waitStreams(t, s.h, 2)
}

func rows(resp map[string]any, i int) string {
	r := resp["results"].([]any)[i].(map[string]any)
	res, ok := r["response"].(map[string]any)
	if !ok {
		b, _ := json.Marshal(r)
		return string(b)
	}
	b, _ := json.Marshal(res["result"].(map[string]any)["rows"])
	return string(b)
}

func waitStreams(t *testing.T, h *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for h.OpenStreams() != n {
		if time.Now().After(deadline) {
			t.Fatalf("%d open streams, want %d", h.OpenStreams(), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Closing a stream rolls its transaction back.
func TestCloseRollsBack(t *testing.T) {
	s := newTestServer(t, Options{})
	_, b := s.pipeline(false, "", execute(`CREATE TABLE t (a INTEGER)`), execute(`BEGIN IMMEDIATE`), execute(`INSERT INTO t VALUES (1)`))
	s.pipeline(false, b, `{"type":"close"}`)
	got, _ := s.pipeline(false, "", execute(`BEGIN IMMEDIATE`), execute(`SELECT count(*) FROM t`), execute(`COMMIT`))
	if n := rows(got, 1); n != `[[{"type":"integer","value":"0"}]]` {
		t.Errorf("after close: %s", n)
	}
}

func TestBatchConditions(t *testing.T) {
	s := newTestServer(t, Options{})
	step := func(sql, cond string) string {
		if cond == "" {
			return `{"stmt":{"sql":` + quote(sql) + `}}`
		}
		return `{"condition":` + cond + `,"stmt":{"sql":` + quote(sql) + `}}`
	}
	batch := `{"type":"batch","batch":{"steps":[` + strings.Join([]string{
		step("SELECT 0", ""),                                                                       // 0 ok
		step("SELECT nope", ""),                                                                    // 1 error
		step("SELECT 2", `{"type":"ok","step":0}`),                                                 // runs
		step("SELECT 3", `{"type":"ok","step":1}`),                                                 // skipped
		step("SELECT 4", `{"type":"error","step":1}`),                                              // runs
		step("SELECT 5", `{"type":"not","cond":{"type":"ok","step":1}}`),                           // runs
		step("SELECT 6", `{"type":"and","conds":[{"type":"ok","step":0},{"type":"ok","step":1}]}`), // skipped
		step("SELECT 7", `{"type":"or","conds":[{"type":"ok","step":0},{"type":"ok","step":1}]}`),  // runs
		step("SELECT 8", `{"type":"ok","step":3}`),                                                 // skipped: 3 did not run
		step("SELECT 9", `{"type":"is_autocommit"}`),                                               // runs
		step("BEGIN", ""), // 10
		step("SELECT 11", `{"type":"is_autocommit"}`),                       // skipped
		step("SELECT 12", `{"type":"not","cond":{"type":"is_autocommit"}}`), // runs
		step("ROLLBACK", `{"type":"and","conds":[]}`),                       // runs
		step("SELECT 14", `{"type":"or","conds":[]}`),                       // skipped
	}, ",") + `]}}`
	got, _ := s.pipeline(false, "", batch)
	res := got["results"].([]any)[0].(map[string]any)["response"].(map[string]any)["result"].(map[string]any)
	var ran []int
	for i, r := range res["step_results"].([]any) {
		if r != nil {
			ran = append(ran, i)
		}
	}
	var failed []int
	for i, e := range res["step_errors"].([]any) {
		if e != nil {
			failed = append(failed, i)
		}
	}
	if diff := cmp.Diff([]int{0, 2, 4, 5, 7, 9, 10, 12, 13}, ran); diff != "" {
		t.Errorf("steps with results (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1}, failed); diff != "" {
		t.Errorf("steps with errors (-want +got):\n%s", diff)
	}
	if e := res["step_errors"].([]any)[1]; !cmp.Equal(e, map[string]any{"message": "SQLite error: no such column: nope", "code": "SQLITE_ERROR"}) {
		t.Errorf("step 1 error: %v", e)
	}
	// A condition on a step that does not come before is a protocol error.
	status, _ := s.post("/v2/pipeline", `{"requests":[{"type":"batch","batch":{"steps":[`+step("SELECT 1", `{"type":"ok","step":0}`)+`]}}]}`)
	if status != http.StatusBadRequest {
		t.Errorf("forward condition: %d, want 400", status)
	}
}

// libsql-client-go's multi-statement Exec: steps chained on the previous
// one, and a ROLLBACK when the last one did not succeed.
func TestClientStyleBatch(t *testing.T) {
	s := newTestServer(t, Options{})
	s.pipeline(false, "", execute(`CREATE TABLE t (a INTEGER UNIQUE)`))
	got, _ := s.pipeline(false, "", `{"type":"batch","batch":{"steps":[
		{"stmt":{"sql":"INSERT INTO t VALUES (1)","want_rows":false}},
		{"stmt":{"sql":"INSERT INTO t VALUES (1)","want_rows":false},"condition":{"type":"ok","step":0}},
		{"stmt":{"sql":"INSERT INTO t VALUES (3)","want_rows":false},"condition":{"type":"ok","step":1}},
		{"stmt":{"sql":"ROLLBACK","want_rows":false},"condition":{"type":"not","cond":{"type":"ok","step":2}}}]}}`)
	exp := want(t, `{"baton":"<baton>","base_url":null,"results":[{"type":"ok","response":{"type":"batch","result":{
		"step_results":[{"cols":[],"rows":[],"affected_row_count":1,"last_insert_rowid":"1"},null,null,null],
		"step_errors":[null,{"message":"SQLite error: UNIQUE constraint failed: t.a","code":"SQLITE_CONSTRAINT_UNIQUE"},null,
			{"message":"SQLite error: cannot rollback - no transaction is active","code":"SQLITE_ERROR"}]}}}]}`)
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSequenceAndStoredSQL(t *testing.T) {
	s := newTestServer(t, Options{})
	got, b := s.pipeline(false, "",
		`{"type":"sequence","sql":"CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);"}`,
		`{"type":"store_sql","sql_id":7,"sql":"SELECT sum(a) AS s FROM t WHERE a >= ?"}`,
		`{"type":"execute","stmt":{"sql_id":7,"args":[{"type":"integer","value":"2"}]}}`,
		`{"type":"sequence","sql":"INSERT INTO t VALUES (3); SELECT nope"}`,
	)
	exp := want(t, `{"baton":"<baton>","base_url":null,"results":[
		{"type":"ok","response":{"type":"sequence"}},
		{"type":"ok","response":{"type":"store_sql"}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[{"name":"s","decltype":null}],"rows":[[{"type":"integer","value":"2"}]],"affected_row_count":0,"last_insert_rowid":"2"}}},
		{"type":"error","error":{"message":"SQLite error: no such column: nope","code":"SQLITE_ERROR"}}
	]}`)
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The stored SQL lives on the stream.
	got, b = s.pipeline(false, b, `{"type":"execute","stmt":{"sql_id":7,"args":[{"type":"integer","value":"0"}]}}`, `{"type":"close_sql","sql_id":7}`)
	if r := rows(got, 0); r != `[[{"type":"integer","value":"6"}]]` {
		t.Errorf("stored SQL: %s", r)
	}
	if status, _ := s.post("/v2/pipeline", `{"baton":`+quote(b)+`,"requests":[{"type":"execute","stmt":{"sql_id":7}}]}`); status != http.StatusBadRequest {
		t.Errorf("closed sql_id: %d, want 400", status)
	}
	waitStreams(t, s.h, 0) // the protocol error closed the stream
	if status, _ := s.post("/v2/pipeline", `{"requests":[{"type":"store_sql","sql_id":1,"sql":"SELECT 1"},{"type":"store_sql","sql_id":1,"sql":"SELECT 2"}]}`); status != http.StatusBadRequest {
		t.Errorf("duplicate sql_id: %d, want 400", status)
	}
}

func TestGetAutocommit(t *testing.T) {
	s := newTestServer(t, Options{})
	got, _ := s.pipeline(true, "", `{"type":"get_autocommit"}`, execute("BEGIN"), `{"type":"get_autocommit"}`, execute("ROLLBACK"), `{"type":"describe","sql":"SELECT 1"}`)
	exp := want(t, `{"baton":"<baton>","base_url":null,"results":[
		{"type":"ok","response":{"type":"get_autocommit","is_autocommit":true}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":0,"last_insert_rowid":"0"}}},
		{"type":"ok","response":{"type":"get_autocommit","is_autocommit":false}},
		{"type":"ok","response":{"type":"execute","result":{"cols":[],"rows":[],"affected_row_count":0,"last_insert_rowid":"0"}}},
		{"type":"error","error":{"message":"hranatest does not implement describe","code":"NOT_IMPLEMENTED"}}
	]}`)
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if status, _ := s.post("/v2/pipeline", `{"requests":[{"type":"get_autocommit"}]}`); status != http.StatusBadRequest {
		t.Errorf("get_autocommit on /v2: %d, want 400", status)
	}
}

func TestProtocolErrors(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, body := range []string{
		`not json`,
		`{"requests":[{"type":"nope"}]}`,
		`{"requests":[{"type":"execute"}]}`,
		// sqld demands integers as strings.
		`{"requests":[` + execute("SELECT ?", `{"type":"integer","value":1}`) + `]}`,
		`{"requests":[` + execute("SELECT ?", `{"type":"float","value":"1"}`) + `]}`,
		`{"requests":[` + execute("SELECT ?", `{"type":"blob","base64":"!!"}`) + `]}`,
		`{"requests":[` + execute("SELECT ?", `{"type":"date","value":"x"}`) + `]}`,
		`{"requests":[{"type":"execute","stmt":{"sql":"SELECT 1","sql_id":1}}]}`,
		`{"requests":[{"type":"execute","stmt":{}}]}`,
	} {
		if status, resp := s.post("/v2/pipeline", body); status != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", body, status, resp)
		}
	}
	waitStreams(t, s.h, 0)
}

func TestAuthToken(t *testing.T) {
	s := newTestServer(t, Options{AuthToken: "secret"})
	body := `{"requests":[` + execute("SELECT 1") + `]}`
	if status, _ := s.post("/v2/pipeline", body); status != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", status)
	}
	if status, _ := s.post("/v2/pipeline", body, "Authorization", "Bearer wrong"); status != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", status)
	}
	if status, resp := s.post("/v2/pipeline", body, "Authorization", "Bearer secret"); status != http.StatusOK {
		t.Errorf("right token: %d %s", status, resp)
	}
}

// An idle stream expires: its transaction is rolled back (its write lock
// released) and its baton answers STREAM_EXPIRED.
func TestStreamExpiry(t *testing.T) {
	s := newTestServer(t, Options{StreamExpiry: 100 * time.Millisecond})
	_, b := s.pipeline(false, "", execute(`CREATE TABLE t (a INTEGER)`), execute(`BEGIN IMMEDIATE`), execute(`INSERT INTO t VALUES (1)`))
	waitStreams(t, s.h, 0)
	status, body := s.post("/v2/pipeline", `{"baton":`+quote(b)+`,"requests":[]}`)
	if status != http.StatusInternalServerError {
		t.Fatalf("expired baton: %d %s, want 500", status, body)
	}
	if diff := cmp.Diff(want(t, `{"message":"The stream has expired due to inactivity","code":"STREAM_EXPIRED"}`), decode(t, body)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The lock is free and the row gone.
	got, _ := s.pipeline(false, "", execute(`BEGIN IMMEDIATE`), execute(`SELECT count(*) FROM t`), execute(`COMMIT`))
	if n := rows(got, 1); n != `[[{"type":"integer","value":"0"}]]` {
		t.Errorf("after expiry: %s", n)
	}
	// A stream in use does not expire.
	_, b = s.pipeline(false, "", execute(`SELECT 1`))
	for range 3 {
		time.Sleep(60 * time.Millisecond)
		_, b = s.pipeline(false, b, execute(`SELECT 1`))
	}
}

// A request whose client goes away closes its stream, as in sqld, and its
// statement is interrupted.
func TestAbandonedRequestClosesStream(t *testing.T) {
	s := newTestServer(t, Options{})
	_, b := s.pipeline(false, "", execute(`CREATE TABLE t (a INTEGER)`), execute(`BEGIN IMMEDIATE`), execute(`INSERT INTO t VALUES (1)`))
	req, _ := http.NewRequest(http.MethodPost, s.srv.URL+"/v2/pipeline", bytes.NewReader([]byte(`{"baton":`+quote(b)+`,"requests":[`+
		execute(`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) SELECT max(x) FROM c`)+`]}`)))
	client := &http.Client{Timeout: 200 * time.Millisecond}
	start := time.Now()
	if resp, err := client.Do(req); err == nil {
		resp.Body.Close()
		t.Fatal("the long statement answered")
	}
	waitStreams(t, s.h, 0)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the stream closed after %v", d)
	}
	got, _ := s.pipeline(false, "", execute(`SELECT count(*) FROM t`))
	if n := rows(got, 0); n != `[[{"type":"integer","value":"0"}]]` {
		t.Errorf("after the abandoned request: %s", n)
	}
}
