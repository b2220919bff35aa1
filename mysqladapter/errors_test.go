package mysqladapter_test

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
	"github.com/noengine/noengine/mysqladapter"
)

// TestErrors compares whole adapter errors with what @prisma/adapter-mariadb
// reports for the same statements (prisma-ref exec on MariaDB 10.11).
func TestErrors(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, schemaM...)
	d.exec(t, "INSERT INTO `M` (`id`, `email`, `a`, `b`) VALUES (100, 'a@x', 1, 2)", "INSERT INTO `P` VALUES (1, 100)")
	// MySQL 8 names the table in a duplicate key ('M.M_email_key'), says
	// 'field list' where MariaDB 10.11 says 'SELECT', and names itself in
	// syntax errors.
	keyPrefix, table, clause, server := "", "", "SELECT", "MariaDB"
	if !d.isMariaDB(t) {
		keyPrefix, table, clause, server = "M.", "M", "field list", "MySQL"
	}
	cases := []struct {
		name string
		q    *adapter.Query
		want *adapter.Error
	}{
		{"unique", q("INSERT INTO `M` (`email`) VALUES (?)", "a@x"), &adapter.Error{
			Kind: adapter.UniqueConstraintViolation, OriginalCode: "1062",
			OriginalMessage: "Duplicate entry 'a@x' for key '" + keyPrefix + "M_email_key'", Constraint: &adapter.Constraint{Index: "M_email_key"}, Table: table}},
		{"unique compound", q("INSERT INTO `M` (`email`, `a`, `b`) VALUES (?, 1, 2)", "b@x"), &adapter.Error{
			Kind: adapter.UniqueConstraintViolation, OriginalCode: "1062",
			OriginalMessage: "Duplicate entry '1-2' for key '" + keyPrefix + "M_a_b_key'", Constraint: &adapter.Constraint{Index: "M_a_b_key"}, Table: table}},
		{"length", q("INSERT INTO `M` (`email`, `name`) VALUES (?, ?)", "c@x", "toolongname"), &adapter.Error{
			Kind: adapter.LengthMismatch, OriginalCode: "1406",
			OriginalMessage: "Data too long for column 'name' at row 1", Column: "name"}},
		{"foreign key", q("INSERT INTO `P` (`id`, `mId`) VALUES (2, ?)", int64(999)), &adapter.Error{
			Kind: adapter.ForeignKeyConstraintViolation, OriginalCode: "1452",
			OriginalMessage: "Cannot add or update a child row: a foreign key constraint fails (`" + d.name + "`.`P`, CONSTRAINT `P_mId_fkey` FOREIGN KEY (`mId`) REFERENCES `M` (`id`) ON UPDATE CASCADE)",
			Constraint:      &adapter.Constraint{Fields: []string{"mId"}}}},
		{"foreign key parent", q("DELETE FROM `M` WHERE `id` = ?", int64(100)), &adapter.Error{
			Kind: adapter.ForeignKeyConstraintViolation, OriginalCode: "1451",
			OriginalMessage: "Cannot delete or update a parent row: a foreign key constraint fails (`" + d.name + "`.`P`, CONSTRAINT `P_mId_fkey` FOREIGN KEY (`mId`) REFERENCES `M` (`id`) ON UPDATE CASCADE)",
			Constraint:      &adapter.Constraint{Fields: []string{"mId"}}}},
		{"null", q("INSERT INTO `M` (`email`) VALUES (NULL)"), &adapter.Error{
			Kind: adapter.NullConstraintViolation, OriginalCode: "1048",
			OriginalMessage: "Column 'email' cannot be null", Constraint: &adapter.Constraint{Fields: []string{"email"}}}},
		{"null arg", q("INSERT INTO `M` (`email`) VALUES (?)", nil), &adapter.Error{
			Kind: adapter.NullConstraintViolation, OriginalCode: "1048",
			OriginalMessage: "Column 'email' cannot be null", Constraint: &adapter.Constraint{Fields: []string{"email"}}}},
		{"no default", q("INSERT INTO `M` (`id`) VALUES (5)"), &adapter.Error{
			Kind: adapter.NullConstraintViolation, OriginalCode: "1364",
			OriginalMessage: "Field 'email' doesn't have a default value", Constraint: &adapter.Constraint{Fields: []string{"email"}}}},
		{"out of range", q("INSERT INTO `M` (`email`, `ti`) VALUES ('q', ?)", int64(1000)), &adapter.Error{
			Kind: adapter.ValueOutOfRange, OriginalCode: "1264",
			OriginalMessage: "Out of range value for column 'ti' at row 1", Cause: "Out of range value for column 'ti' at row 1"}},
		{"table", q("SELECT * FROM nope"), &adapter.Error{
			Kind: adapter.TableDoesNotExist, OriginalCode: "1146",
			OriginalMessage: "Table '" + d.name + ".nope' doesn't exist", Table: "nope"}},
		{"table prepared", q("SELECT * FROM nope WHERE x = ?", int64(1)), &adapter.Error{
			Kind: adapter.TableDoesNotExist, OriginalCode: "1146",
			OriginalMessage: "Table '" + d.name + ".nope' doesn't exist", Table: "nope"}},
		{"column", q("SELECT nope FROM `M`"), &adapter.Error{
			Kind: adapter.ColumnNotFound, OriginalCode: "1054",
			OriginalMessage: "Unknown column 'nope' in '" + clause + "'", Column: "nope"}},
		{"database exists", q("CREATE DATABASE `" + d.name + "`"), &adapter.Error{
			Kind: adapter.DatabaseAlreadyExists, OriginalCode: "1007",
			OriginalMessage: "Can't create database '" + d.name + "'; database exists", Database: d.name}},
		{"syntax", q("SELEC 1"), &adapter.Error{
			Kind: adapter.MySQLError, OriginalCode: "1064",
			OriginalMessage: "You have an error in your SQL syntax; check the manual that corresponds to your " + server + " server version for the right syntax to use near 'SELEC 1' at line 1",
			Code:            "1064", Message: "You have an error in your SQL syntax; check the manual that corresponds to your " + server + " server version for the right syntax to use near 'SELEC 1' at line 1",
			State: "42000"}},
		{"signal", q("SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'custom', MYSQL_ERRNO = 1644"), &adapter.Error{
			Kind: adapter.MySQLError, OriginalCode: "1644", OriginalMessage: "custom", Code: "1644", Message: "custom", State: "45000"}},
		{"fulltext", q("SELECT * FROM `M` WHERE MATCH(`txt`) AGAINST (?)", "x"), &adapter.Error{
			Kind: adapter.MissingFullTextSearchIndex, OriginalCode: "1191",
			OriginalMessage: "Can't find FULLTEXT index matching the column list"}},
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

// TestDeadlock provokes a real deadlock between two transactions.
func TestDeadlock(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, "CREATE TABLE acct (id INT PRIMARY KEY, n INT) ENGINE=InnoDB", "INSERT INTO acct VALUES (1, 0), (2, 0)")
	a := d.open(t, mysqladapter.Options{})
	ctx := context.Background()
	t1, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer t1.Rollback(ctx)
	t2, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer t2.Rollback(ctx)
	mustExec(t, t1, q("UPDATE acct SET n = 1 WHERE id = ?", int64(1)))
	mustExec(t, t2, q("UPDATE acct SET n = 1 WHERE id = ?", int64(2)))
	errc := make(chan error, 2)
	go func() { _, err := t1.Exec(ctx, q("UPDATE acct SET n = 2 WHERE id = ?", int64(2))); errc <- err }()
	time.Sleep(100 * time.Millisecond)
	go func() { _, err := t2.Exec(ctx, q("UPDATE acct SET n = 2 WHERE id = ?", int64(1))); errc <- err }()
	var deadlock error
	for range 2 {
		if err := <-errc; err != nil {
			deadlock = err
		}
	}
	want := &adapter.Error{Kind: adapter.TransactionWriteConflict, OriginalCode: "1213", OriginalMessage: "Deadlock found when trying to get lock; try restarting transaction"}
	if diff := cmp.Diff(want, adapterError(t, deadlock), errorOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestConnectionErrors(t *testing.T) {
	d := newTestDB(t)
	withURL := func(f func(u *url.URL)) string {
		u := *d.base
		f(&u)
		return u.String()
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	freePort := l.Addr().(*net.TCPAddr).Port
	l.Close()
	user := d.base.User.Username()
	cases := []struct {
		name string
		url  string
		want *adapter.Error
	}{
		{"missing database", withURL(func(u *url.URL) { u.Path = "/no_such_db" }), &adapter.Error{
			Kind: adapter.DatabaseDoesNotExist, OriginalCode: "1049", OriginalMessage: "Unknown database 'no_such_db'", Database: "no_such_db"}},
		{"wrong password", withURL(func(u *url.URL) { u.User = url.UserPassword(user, "wrong") }), &adapter.Error{
			Kind: adapter.AuthenticationFailed, OriginalCode: "1045",
			OriginalMessage: "Access denied for user '" + user + "'@'localhost' (using password: YES)", User: user}},
		{"refused", withURL(func(u *url.URL) { u.Host = "127.0.0.1:" + strconv.Itoa(freePort) }), &adapter.Error{
			Kind: adapter.DatabaseNotReachable, Host: "127.0.0.1", Port: freePort}},
	}
	for _, c := range cases {
		a, err := mysqladapter.Open(context.Background(), c.url, mysqladapter.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		_, err = a.Query(context.Background(), q("SELECT 1"))
		got := adapterError(t, err)
		if c.name == "wrong password" && got.OriginalMessage != c.want.OriginalMessage {
			// The server names the client host as it sees it.
			c.want.OriginalMessage = got.OriginalMessage
		}
		if diff := cmp.Diff(c.want, got, errorOpts); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
		a.Close()
	}

	// A server that accepts and hangs up.
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
	a, err := mysqladapter.Open(context.Background(), withURL(func(u *url.URL) { u.Host = ln.Addr().String() }), mysqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Query(context.Background(), q("SELECT 1"))
	if diff := cmp.Diff(&adapter.Error{Kind: adapter.ConnectionClosed}, adapterError(t, err), errorOpts); diff != "" {
		t.Errorf("hang-up (-want +got):\n%s", diff)
	}

	// A server that never answers.
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	go func() {
		var held []net.Conn
		for {
			c, err := silent.Accept()
			if err != nil {
				for _, c := range held {
					c.Close()
				}
				return
			}
			held = append(held, c)
		}
	}()
	a, err = mysqladapter.Open(context.Background(), withURL(func(u *url.URL) {
		u.Host = silent.Addr().String()
		u.RawQuery = "connect_timeout=1"
	}), mysqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Query(context.Background(), q("SELECT 1"))
	if diff := cmp.Diff(&adapter.Error{Kind: adapter.SocketTimeout}, adapterError(t, err), errorOpts); diff != "" {
		t.Errorf("silent server (-want +got):\n%s", diff)
	}
}

// TestCancel: a cancelled statement returns the context's error and the
// adapter stays usable.
func TestCancel(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err := a.Query(ctx, q("SELECT SLEEP(?)", int64(10)))
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("got %v, want context.DeadlineExceeded", err)
			}
			if el := time.Since(start); el > 3*time.Second {
				t.Errorf("cancellation took %v", el)
			}
			done, cancel2 := context.WithCancel(context.Background())
			cancel2()
			if _, err := a.Exec(done, q("SELECT 1")); !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled ctx: got %v", err)
			}
			got := mustQuery(t, a, q("SELECT 1 AS one"))
			if diff := cmp.Diff([][]any{{int64(1)}}, got.Rows); diff != "" {
				t.Errorf("after cancel (-want +got):\n%s", diff)
			}
		})
	}
}
