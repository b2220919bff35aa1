package pgadapter_test

import (
	"context"
	"errors"
	"net"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

// TestErrors compares whole adapter errors with what @prisma/adapter-pg
// reports for the same statements (recorded with prisma-ref exec on
// PostgreSQL 15).
func TestErrors(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, schemaT...)
	d.exec(t, `INSERT INTO "T" (id, email, a, b) VALUES (100, 'a@x', 1, 2)`,
		`INSERT INTO "P" (id, "tId") VALUES (1, 100)`)
	cases := []struct {
		name string
		q    *adapter.Query
		want *adapter.Error
	}{
		{"unique", q(`INSERT INTO "T" (email) VALUES ($1)`, "a@x"), &adapter.Error{
			Kind: adapter.UniqueConstraintViolation, OriginalCode: "23505",
			OriginalMessage: `duplicate key value violates unique constraint "T_email_key"`,
			Constraint:      &adapter.Constraint{Index: "T_email_key"}, Table: "T"}},
		{"unique compound", q(`INSERT INTO "T" (email, a, b) VALUES ($1, 1, 2)`, "b@x"), &adapter.Error{
			Kind: adapter.UniqueConstraintViolation, OriginalCode: "23505",
			OriginalMessage: `duplicate key value violates unique constraint "T_a_b_key"`,
			Constraint:      &adapter.Constraint{Index: "T_a_b_key"}, Table: "T"}},
		{"length", q(`INSERT INTO "T" (email, name) VALUES ($1, $2)`, "c@x", "toolongname"), &adapter.Error{
			Kind: adapter.LengthMismatch, OriginalCode: "22001",
			OriginalMessage: "value too long for type character varying(5)"}},
		{"foreign key", q(`INSERT INTO "P" (id, "tId") VALUES (2, $1)`, int64(999)), &adapter.Error{
			Kind: adapter.ForeignKeyConstraintViolation, OriginalCode: "23503",
			OriginalMessage: `insert or update on table "P" violates foreign key constraint "P_tId_fkey"`,
			Constraint:      &adapter.Constraint{Index: "P_tId_fkey"}}},
		{"restrict", q(`DELETE FROM "T" WHERE id = $1`, int64(100)), &adapter.Error{
			Kind: adapter.ForeignKeyConstraintViolation, OriginalCode: "23503",
			OriginalMessage: `update or delete on table "T" violates foreign key constraint "P_tId_fkey" on table "P"`,
			Constraint:      &adapter.Constraint{Index: "P_tId_fkey"}}},
		{"not null", q(`INSERT INTO "T" (email) VALUES (NULL)`), &adapter.Error{
			Kind: adapter.NullConstraintViolation, OriginalCode: "23502",
			OriginalMessage: `null value in column "email" of relation "T" violates not-null constraint`}},
		{"table", q(`SELECT * FROM nope`), &adapter.Error{
			Kind: adapter.TableDoesNotExist, OriginalCode: "42P01",
			OriginalMessage: `relation "nope" does not exist`, Table: "nope"}},
		{"column", q(`SELECT "Nope".x FROM "T" AS "Nope"`), &adapter.Error{
			Kind: adapter.ColumnNotFound, OriginalCode: "42703",
			OriginalMessage: `column Nope.x does not exist`, Column: "Nope.x"}},
		{"column quoted", q(`SELECT "T"."a""b" FROM "T"`), &adapter.Error{
			Kind: adapter.ColumnNotFound, OriginalCode: "42703",
			OriginalMessage: `column T.a"b does not exist`, Column: `T.a"b`}},
		{"out of range", q(`SELECT 99999999999::int4`), &adapter.Error{
			Kind: adapter.ValueOutOfRange, OriginalCode: "22003",
			OriginalMessage: "integer out of range", Cause: "integer out of range"}},
		{"out of range arg", typed(`SELECT $1::int4`, []any{int64(1) << 40}, []adapter.ArgType{{Scalar: adapter.ScalarInt}}), &adapter.Error{
			Kind: adapter.ValueOutOfRange, OriginalCode: "22003",
			OriginalMessage: `value "1099511627776" is out of range for type integer`, Cause: `value "1099511627776" is out of range for type integer`}},
		{"invalid input", q(`SELECT 'abc'::int`), &adapter.Error{
			Kind: adapter.InvalidInputValue, OriginalCode: "22P02",
			OriginalMessage: `invalid input syntax for type integer: "abc"`, Message: `invalid input syntax for type integer: "abc"`}},
		{"invalid uuid arg", typed(`SELECT $1::uuid`, []any{"nope"}, []adapter.ArgType{{Scalar: adapter.ScalarUUID}}), &adapter.Error{
			Kind: adapter.InvalidInputValue, OriginalCode: "22P02",
			OriginalMessage: `invalid input syntax for type uuid: "nope"`, Message: `invalid input syntax for type uuid: "nope"`}},
		{"database exists", q(`CREATE DATABASE testdb`), &adapter.Error{
			Kind: adapter.DatabaseAlreadyExists, OriginalCode: "42P04",
			OriginalMessage: `database "testdb" already exists`, Database: "testdb"}},
		{"syntax", q(`SELEC 1`), &adapter.Error{
			Kind: adapter.PostgresError, OriginalCode: "42601", OriginalMessage: `syntax error at or near "SELEC"`,
			Code: "42601", Severity: "ERROR", Message: `syntax error at or near "SELEC"`}},
		{"missing parameter", q(`SELECT $1`), &adapter.Error{
			Kind: adapter.PostgresError, OriginalCode: "42P02", OriginalMessage: "there is no parameter $1",
			Code: "42P02", Severity: "ERROR", Message: "there is no parameter $1"}},
		{"division", q(`SELECT 1/0`), &adapter.Error{
			Kind: adapter.PostgresError, OriginalCode: "22012", OriginalMessage: "division by zero",
			Code: "22012", Severity: "ERROR", Message: "division by zero"}},
		{"raise with detail", q(`DO $$BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'd', HINT = 'h', COLUMN = 'c', ERRCODE = 'P0001'; END$$`), &adapter.Error{
			Kind: adapter.PostgresError, OriginalCode: "P0001", OriginalMessage: "boom",
			Code: "P0001", Severity: "ERROR", Message: "boom", Detail: "d", Hint: "h", Column: "c"}},
		{"restrict violation", q(`DO $$BEGIN RAISE EXCEPTION 'restricted' USING ERRCODE = '23001', CONSTRAINT = 'R_tId_fkey'; END$$`), &adapter.Error{
			Kind: adapter.RestrictViolation, OriginalCode: "23001", OriginalMessage: "restricted",
			Constraint: &adapter.Constraint{Index: "R_tId_fkey"}}},
		{"unique from detail", q(`DO $$BEGIN RAISE EXCEPTION 'dup' USING ERRCODE = '23505', DETAIL = 'Key (a, b)=(1, 2) already exists.'; END$$`), &adapter.Error{
			Kind: adapter.UniqueConstraintViolation, OriginalCode: "23505", OriginalMessage: "dup",
			Constraint: &adapter.Constraint{Fields: []string{"a", "b"}}}},
		{"write conflict", q(`DO $$BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END$$`), &adapter.Error{
			Kind: adapter.TransactionWriteConflict, OriginalCode: "40001", OriginalMessage: "conflict"}},
		{"too many connections", q(`DO $$BEGIN RAISE EXCEPTION 'too many' USING ERRCODE = '53300'; END$$`), &adapter.Error{
			Kind: adapter.TooManyConnections, OriginalCode: "53300", OriginalMessage: "too many", Cause: "too many"}},
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			for _, c := range cases {
				_, err := a.Query(context.Background(), c.q)
				if diff := cmp.Diff(c.want, adapterError(t, err), errorOpts); diff != "" {
					t.Errorf("%s: Query (-want +got):\n%s", c.name, diff)
				}
				_, err = a.Exec(context.Background(), c.q)
				if diff := cmp.Diff(c.want, adapterError(t, err), errorOpts); diff != "" {
					t.Errorf("%s: Exec (-want +got):\n%s", c.name, diff)
				}
			}
		})
	}
}

// TestConnectionErrors covers errors raised while connecting.
func TestConnectionErrors(t *testing.T) {
	d := newTestDB(t)
	base, err := url.Parse(d.base)
	if err != nil {
		t.Fatal(err)
	}
	withURL := func(f func(u *url.URL)) string {
		u := *base
		f(&u)
		return u.String()
	}
	// A port nobody listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	freePort := l.Addr().(*net.TCPAddr).Port
	l.Close()

	cases := []struct {
		name string
		url  string
		want *adapter.Error
	}{
		{"missing database", withURL(func(u *url.URL) { u.Path = "/no_such_db" }), &adapter.Error{
			Kind: adapter.DatabaseDoesNotExist, OriginalCode: "3D000",
			OriginalMessage: `database "no_such_db" does not exist`, Database: "no_such_db"}},
		{"wrong password", withURL(func(u *url.URL) { u.User = url.UserPassword(u.User.Username(), "wrong") }), &adapter.Error{
			Kind: adapter.AuthenticationFailed, OriginalCode: "28P01",
			OriginalMessage: `password authentication failed for user "` + base.User.Username() + `"`, User: base.User.Username()}},
		{"refused", withURL(func(u *url.URL) { u.Host = net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort)) }), &adapter.Error{
			Kind: adapter.DatabaseNotReachable, Host: "127.0.0.1", Port: freePort}},
	}
	for _, c := range cases {
		a, err := pgadapter.Open(context.Background(), c.url, pgadapter.Options{})
		if err != nil {
			t.Fatalf("%s: Open: %v", c.name, err)
		}
		_, err = a.Query(context.Background(), q(`SELECT 1`))
		if diff := cmp.Diff(c.want, adapterError(t, err), errorOpts); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
		a.Close()
	}

	// A server that accepts and hangs up: the connection is closed.
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
			c.Close()
		}
	}()
	a, err := pgadapter.Open(context.Background(), withURL(func(u *url.URL) { u.Host = ln.Addr().String() }), pgadapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Query(context.Background(), q(`SELECT 1`))
	if diff := cmp.Diff(&adapter.Error{Kind: adapter.ConnectionClosed}, adapterError(t, err), errorOpts); diff != "" {
		t.Errorf("hang-up (-want +got):\n%s", diff)
	}

	// A server that never answers: the connect timeout is a socket timeout.
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	var held []net.Conn
	go func() {
		for {
			c, err := silent.Accept()
			if err != nil {
				return
			}
			held = append(held, c)
		}
	}()
	a, err = pgadapter.Open(context.Background(), withURL(func(u *url.URL) {
		u.Host = silent.Addr().String()
		qs := u.Query()
		qs.Set("connect_timeout", "1")
		u.RawQuery = qs.Encode()
	}), pgadapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Query(context.Background(), q(`SELECT 1`))
	if diff := cmp.Diff(&adapter.Error{Kind: adapter.SocketTimeout}, adapterError(t, err), errorOpts); diff != "" {
		t.Errorf("silent server (-want +got):\n%s", diff)
	}
}

// TestCancel: a cancelled statement returns the context's error, the server
// stops it, and the adapter stays usable.
func TestCancel(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err := a.Query(ctx, q(`SELECT pg_sleep(10)`))
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("got %v, want context.DeadlineExceeded", err)
			}
			if el := time.Since(start); el > 3*time.Second {
				t.Errorf("cancellation took %v", el)
			}
			if _, ok := adapter.AsError(err); ok {
				t.Errorf("a cancellation is not an adapter error: %v", err)
			}
			// An already cancelled context fails before doing anything.
			done, cancel2 := context.WithCancel(context.Background())
			cancel2()
			if _, err := a.Exec(done, q(`SELECT 1`)); !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled ctx: got %v", err)
			}
			// NewConn's connection dies with a cancellation (pgx closes it
			// unless a cancel-request handler is configured); the others
			// recover.
			if name == "NewConn" || name == "simple" {
				return
			}
			got := mustQuery(t, a, q(`SELECT 1 AS one`))
			if diff := cmp.Diff([][]any{{int64(1)}}, got.Rows); diff != "" {
				t.Errorf("after cancel (-want +got):\n%s", diff)
			}
		})
	}
}
