package mysqladapter

import (
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/noengine/noengine/adapter"
)

func TestColumnTypeUnsupported(t *testing.T) {
	for _, name := range []string{"VECTOR", ""} {
		_, err := columnType(name)
		want := &adapter.Error{Kind: adapter.UnsupportedNativeDataType, Type: name}
		if name == "" {
			want.Type = "Unknown"
		}
		if diff := cmp.Diff(want, err); diff != "" {
			t.Errorf("%q (-want +got):\n%s", name, diff)
		}
	}
}

func TestSplitScript(t *testing.T) {
	script := "CREATE TABLE `a;b` (x TEXT DEFAULT 'it''s; fine', y TEXT DEFAULT \"q\\\";\");\n" +
		"-- a comment; with a semicolon\n" +
		"# another; one\n" +
		"/* block; comment */ INSERT INTO t VALUES (1);;\n" +
		"  \n" +
		"UPDATE t SET x = 'a--b' -- trailing; comment\n"
	want := []string{
		"CREATE TABLE `a;b` (x TEXT DEFAULT 'it''s; fine', y TEXT DEFAULT \"q\\\";\")",
		"-- a comment; with a semicolon\n# another; one\n/* block; comment */ INSERT INTO t VALUES (1)",
		"UPDATE t SET x = 'a--b' -- trailing; comment",
	}
	if diff := cmp.Diff(want, splitScript(script)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestStatementKinds(t *testing.T) {
	cases := []struct {
		sql           string
		write, insert bool
	}{
		{"INSERT INTO `M` (`a`) VALUES (?)", true, true},
		{"  /* c */ insert into t values (1)", true, true},
		{"REPLACE INTO t VALUES (1)", true, true},
		{"INSERT INTO t VALUES (1) RETURNING id", false, true},
		{"INSERT INTO `returning` (`returning_x`) VALUES ('RETURNING')", true, true},
		{"UPDATE t SET a = 1", true, false},
		{"DELETE FROM t RETURNING *", false, false},
		{"SELECT 1", false, false},
		{"WITH x AS (SELECT 1) SELECT * FROM x", false, false},
		{"-- INSERT\nSELECT 1", false, false},
		{"INSERT`t`VALUES(1)", true, true},
	}
	for _, c := range cases {
		if got := isWriteWithoutResult(c.sql); got != c.write {
			t.Errorf("isWriteWithoutResult(%q) = %v", c.sql, got)
		}
		if got := isInsert(c.sql); got != c.insert {
			t.Errorf("isInsert(%q) = %v", c.sql, got)
		}
	}
}

func TestCapabilities(t *testing.T) {
	cases := []struct {
		version string
		joins   bool
		flavor  string
	}{
		{"10.11.19-MariaDB-0+deb12u1", false, "mariadb"},
		{"11.4.2-MariaDB", false, "mariadb"},
		{"8.0.12", false, ""},
		{"8.0.13", true, ""},
		{"8.0.36-0ubuntu0.22.04.1", true, ""},
		{"8.4.0", true, ""},
		{"9.1.0", true, ""},
		{"5.7.44-log", false, ""},
	}
	for _, c := range cases {
		joins, flavor := capabilities(c.version)
		if joins != c.joins || flavor != c.flavor {
			t.Errorf("capabilities(%q) = %v, %q", c.version, joins, flavor)
		}
	}
}

// TestMySQLErrorMessages checks the message parsing with MySQL 8's and
// MariaDB's wordings (the expected details are what Prisma's adapter
// extracts from the same messages).
func TestMySQLErrorMessages(t *testing.T) {
	cases := []struct {
		num  uint16
		msg  string
		want adapter.Error
	}{
		{1062, "Duplicate entry 'a@x' for key 'M.M_email_key'", adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "M_email_key"}, Table: "M"}},
		{1062, "Duplicate entry 'a@x' for key 'M_email_key'", adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "M_email_key"}}},
		{1062, "Duplicate entry", adapter.Error{Kind: adapter.UniqueConstraintViolation}},
		{1451, "Cannot delete or update a parent row: a foreign key constraint fails (`db`.`P`, CONSTRAINT `P_mId_fkey` FOREIGN KEY (`mId`) REFERENCES `M` (`id`))", adapter.Error{Kind: adapter.ForeignKeyConstraintViolation, Constraint: &adapter.Constraint{Fields: []string{"mId"}}}},
		{1263, "Column set to default value; NULL supplied to NOT NULL column 'x' at row 1", adapter.Error{Kind: adapter.NullConstraintViolation}},
		{1049, "Unknown database 'nope'", adapter.Error{Kind: adapter.DatabaseDoesNotExist, Database: "nope"}},
		{1044, "Access denied for user 'u'@'%' to database 'secret'", adapter.Error{Kind: adapter.DatabaseAccessDenied, Database: "secret"}},
		{1045, "Access denied for user 'test'@'localhost' (using password: YES)", adapter.Error{Kind: adapter.AuthenticationFailed, User: "test"}},
		{1146, "Table 'db.nope' doesn't exist", adapter.Error{Kind: adapter.TableDoesNotExist, Table: "nope"}},
		{1054, "Unknown column 'nope' in 'field list'", adapter.Error{Kind: adapter.ColumnNotFound, Column: "nope"}},
		{1406, "Data too long for column 'name' at row 1", adapter.Error{Kind: adapter.LengthMismatch, Column: "name"}},
		{1191, "Can't find FULLTEXT index matching the column list", adapter.Error{Kind: adapter.MissingFullTextSearchIndex}},
		{1213, "Deadlock found when trying to get lock; try restarting transaction", adapter.Error{Kind: adapter.TransactionWriteConflict}},
		{1040, "Too many connections", adapter.Error{Kind: adapter.TooManyConnections, Cause: "Too many connections"}},
		{1205, "Lock wait timeout exceeded; try restarting transaction", adapter.Error{Kind: adapter.MySQLError, Code: "1205", Message: "Lock wait timeout exceeded; try restarting transaction", State: "HY000"}},
	}
	for _, c := range cases {
		me := &mysql.MySQLError{Number: c.num, Message: c.msg, SQLState: [5]byte{'H', 'Y', '0', '0', '0'}}
		want := c.want
		want.OriginalCode = strconv.Itoa(int(c.num))
		want.OriginalMessage = c.msg
		if diff := cmp.Diff(&want, mapMySQLError(me), cmpopts.IgnoreFields(adapter.Error{}, "Err")); diff != "" {
			t.Errorf("%d %q (-want +got):\n%s", c.num, c.msg, diff)
		}
	}
}

func TestParseURL(t *testing.T) {
	type result struct {
		User, Passwd, Net, Addr, DBName, TLSConfig string
		Timeout, ReadTimeout                       time.Duration
		ParseTime, FoundRows                       bool
		Params                                     map[string]string
		MaxOpen                                    int
		Lifetime                                   time.Duration
	}
	cases := []struct {
		url  string
		want result
	}{
		{"mysql://u:p%40ss%2F@db.example:3307/app?connection_limit=3&connect_timeout=2&socket_timeout=1.5&pool_timeout=9&sslaccept=accept_invalid_certs&max_connection_lifetime=60",
			result{User: "u", Passwd: "p@ss/", Net: "tcp", Addr: "db.example:3307", DBName: "app", TLSConfig: "skip-verify",
				Timeout: 2 * time.Second, ReadTimeout: 1500 * time.Millisecond, ParseTime: true, FoundRows: true,
				Params: map[string]string{"time_zone": "'+00:00'"}, MaxOpen: 3, Lifetime: time.Minute}},
		{"mysql://root@localhost/app?socket=/run/mysqld.sock&charset=utf8mb4&time_zone=%27SYSTEM%27",
			result{User: "root", Net: "unix", Addr: "/run/mysqld.sock", DBName: "app", Timeout: 5 * time.Second, ParseTime: true, FoundRows: true,
				Params: map[string]string{"time_zone": "'SYSTEM'"}, MaxOpen: -1}},
		{"mariadb://[::1]/x?sslaccept=strict",
			result{Net: "tcp", Addr: "[::1]:3306", DBName: "x", TLSConfig: "true", Timeout: 5 * time.Second, ParseTime: true, FoundRows: true,
				Params: map[string]string{"time_zone": "'+00:00'"}, MaxOpen: -1}},
	}
	for _, c := range cases {
		cfg, pool, err := parseURL(c.url)
		if err != nil {
			t.Errorf("%s: %v", c.url, err)
			continue
		}
		got := result{User: cfg.User, Passwd: cfg.Passwd, Net: cfg.Net, Addr: cfg.Addr, DBName: cfg.DBName, TLSConfig: cfg.TLSConfig,
			Timeout: cfg.Timeout, ReadTimeout: cfg.ReadTimeout, ParseTime: cfg.ParseTime, FoundRows: cfg.ClientFoundRows,
			Params: cfg.Params, MaxOpen: pool.maxOpen, Lifetime: pool.lifetime}
		if c.want.MaxOpen == -1 {
			got.MaxOpen = -1 // 2 × CPUs + 1
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.url, diff)
		}
		if cfg.Loc != time.UTC {
			t.Errorf("%s: Loc %v", c.url, cfg.Loc)
		}
	}
	for _, bad := range []string{"postgresql://u@h/db", "mysql://u:secret@h:port/db", "mysql://h/db?connection_limit=0", "mysql://h/db?connect_timeout=x"} {
		_, _, err := parseURL(bad)
		if err == nil {
			t.Errorf("%s: no error", bad)
		} else if contains(err.Error(), "secret") {
			t.Errorf("%s: error leaks the password: %v", bad, err)
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
func TestMapNetError(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 3307},
		Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}
	cases := []struct {
		name string
		err  error
		want *adapter.Error
	}{
		{"refused", refused, &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: "10.0.0.1", Port: 3307}},
		{"dns", &net.DNSError{Name: "db.invalid", Err: "no such host", IsNotFound: true}, &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: "db.invalid"}},
		{"reset", &net.OpError{Op: "read", Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}, &adapter.Error{Kind: adapter.ConnectionClosed}},
		{"eof", fmt.Errorf("receive message: %w", io.ErrUnexpectedEOF), &adapter.Error{Kind: adapter.ConnectionClosed}},
		{"closed", fmt.Errorf("x: %w", mysql.ErrInvalidConn), &adapter.Error{Kind: adapter.ConnectionClosed}},
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
