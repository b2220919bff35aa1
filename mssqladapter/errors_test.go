package mssqladapter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	mssql "github.com/microsoft/go-mssqldb"

	"github.com/noengine/noengine/adapter"
)

// TestMapServerError classifies SQL Server errors by number, with the
// details @prisma/adapter-mssql reads from the messages. The first three
// cases are Prisma's own (errors.test.ts); the messages of the others are
// SQL Server's texts for the numbers.
func TestMapServerError(t *testing.T) {
	tests := []struct {
		name   string
		number int32
		msg    string
		want   adapter.Error
	}{
		{"2627 unique key", 2627,
			"Violation of UNIQUE KEY constraint 'users_email_key'. Cannot insert duplicate key in object 'dbo.users'. The duplicate key value is (a@b.c).",
			adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "dbo.users"}, Table: "users"}},
		{"2601 unique index", 2601,
			"Cannot insert duplicate key row in object 'dbo.users' with unique index 'users_email_key'. The duplicate key value is (a@b.c).",
			adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "users_email_key"}, Table: "users"}},
		{"1505 create unique index", 1505,
			"The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for object name 'dbo.users' and index name 'users_email_key'. The duplicate key value is (a@b.c).",
			adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "users_email_key"}, Table: "users"}},
		{"2627 primary key", 2627,
			"Violation of PRIMARY KEY constraint 'PK__conf_err__3213E83F'. Cannot insert duplicate key in object 'dbo.conf_err_user'. The duplicate key value is (1).",
			adapter.Error{Kind: adapter.UniqueConstraintViolation, Constraint: &adapter.Constraint{Index: "dbo.conf_err_user"}, Table: "conf_err_user"}},
		{"2627 without the expected sentence", 2627, "Violation of UNIQUE KEY constraint",
			adapter.Error{Kind: adapter.UniqueConstraintViolation}},
		{"547 foreign key", 547,
			`The INSERT statement conflicted with the FOREIGN KEY constraint "FK__conf_err___autho__38996AB5". The conflict occurred in database "testdb", table "dbo.conf_err_user", column 'id'.`,
			adapter.Error{Kind: adapter.ForeignKeyConstraintViolation, Constraint: &adapter.Constraint{Index: "FK__conf_err___autho__38996AB5"}}},
		{"547 delete of a referenced row", 547,
			`The DELETE statement conflicted with the REFERENCE constraint "Post_authorId_fkey". The conflict occurred in database "testdb", table "dbo.Post", column 'authorId'.`,
			adapter.Error{Kind: adapter.ForeignKeyConstraintViolation, Constraint: &adapter.Constraint{Index: "Post_authorId_fkey"}}},
		{"515 null", 515,
			"Cannot insert the value NULL into column 'email', table 'testdb.dbo.conf_err_user'; column does not allow nulls. INSERT fails.",
			adapter.Error{Kind: adapter.NullConstraintViolation, Constraint: &adapter.Constraint{Fields: []string{"email"}}}},
		{"515 short message", 515, "Cannot insert NULL",
			adapter.Error{Kind: adapter.NullConstraintViolation}},
		{"2628 too long", 2628,
			"String or binary data would be truncated in table 'testdb.dbo.conf_err_user', column 'short_name'. Truncated value: 'much '.",
			adapter.Error{Kind: adapter.LengthMismatch, Column: "short_name"}},
		{"208 table", 208, "Invalid object name 'conf_missing_table'.",
			adapter.Error{Kind: adapter.TableDoesNotExist, Table: "conf_missing_table"}},
		{"208 qualified table", 208, "Invalid object name 'dbo.Nope'.",
			adapter.Error{Kind: adapter.TableDoesNotExist, Table: "dbo.Nope"}},
		{"207 column", 207, "Invalid column name 'conf_missing_column'.",
			adapter.Error{Kind: adapter.ColumnNotFound, Column: "conf_missing_column"}},
		{"1205 deadlock", 1205,
			"Transaction (Process ID 52) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
			adapter.Error{Kind: adapter.TransactionWriteConflict}},
		{"18456 login", 18456, "login error: Login failed for user 'sa'.",
			adapter.Error{Kind: adapter.AuthenticationFailed, User: "sa"}},
		{"4060 database", 4060, `login error: Cannot open database "nope" requested by the login. The login failed.`,
			adapter.Error{Kind: adapter.DatabaseDoesNotExist, Database: "nope"}},
		{"1801 database exists", 1801, "Database 'shop' already exists. Choose a different database name.",
			adapter.Error{Kind: adapter.DatabaseAlreadyExists, Database: "shop"}},
		{"3902 commit", 3902, "The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.",
			adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION."}},
		{"3903 rollback", 3903, "The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.",
			adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION."}},
		{"3971 no transaction", 3971, "The server failed to resume the transaction.",
			adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "The server failed to resume the transaction."}},
		{"8169 uuid", 8169, "Conversion failed when converting from a character string to uniqueidentifier.",
			adapter.Error{Kind: adapter.InconsistentColumnData, Cause: "Conversion failed when converting from a character string to uniqueidentifier."}},
		{"5828 connections", 5828, "User connections are limited to '5'.",
			adapter.Error{Kind: adapter.TooManyConnections, Cause: "User connections are limited to '5'."}},
		{"8115 overflow", 8115, "Arithmetic overflow error converting expression to data type int.",
			adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "Arithmetic overflow error converting expression to data type int."}},
		{"220 tinyint", 220, "Arithmetic overflow error for data type tinyint, value = 300.",
			adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "Arithmetic overflow error for data type tinyint, value = 300."}},
		{"242 datetime", 242, "The conversion of a nvarchar data type to a datetime data type resulted in an out-of-range value.",
			adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "The conversion of a nvarchar data type to a datetime data type resulted in an out-of-range value."}},
		{"9839 last of Prisma's list", 9839, "x", adapter.Error{Kind: adapter.ValueOutOfRange, Cause: "x"}},
		{"102 syntax", 102, "Incorrect syntax near 'SELEC'.",
			adapter.Error{Kind: adapter.MSSQLError, Code: "102", Message: "Incorrect syntax near 'SELEC'."}},
		{"10744 fetch 0", 10744, "The number of rows provided for a FETCH clause must be greater then zero.",
			adapter.Error{Kind: adapter.MSSQLError, Code: "10744", Message: "The number of rows provided for a FETCH clause must be greater then zero."}},
		{"go-mssqldb: transaction aborted by the server", 0,
			"server does not have an active transaction: the transaction was aborted by the server, likely due to an error while SET XACT_ABORT is ON; any changes have been rolled back",
			adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "server does not have an active transaction: the transaction was aborted by the server, likely due to an error while SET XACT_ABORT is ON; any changes have been rolled back"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			driverErr := mssql.Error{Number: tt.number, Message: tt.msg, Class: 16}
			err := convertError(context.Background(), fmt.Errorf("wrapped: %w", driverErr))
			got, ok := adapter.AsError(err)
			if !ok {
				t.Fatalf("%v (%T) is not an *adapter.Error", err, err)
			}
			want := tt.want
			want.OriginalCode = "EREQUEST"
			if len(tt.msg) > 13 && tt.msg[:13] == "login error: " {
				want.OriginalCode = "ELOGIN"
			}
			want.OriginalMessage = tt.msg
			if diff := cmp.Diff(&want, got, cmpopts.IgnoreFields(adapter.Error{}, "Err")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			var me mssql.Error
			if !errors.As(err, &me) || me.Number != tt.number {
				t.Errorf("the driver's error is not reachable through Unwrap")
			}
		})
	}
}

// TestErrorJSON checks the cause Prisma's client would show for an
// unclassified error.
func TestErrorJSON(t *testing.T) {
	err := convertError(context.Background(), mssql.Error{Number: 102, Message: "Incorrect syntax near 'SELEC'."})
	b, jerr := json.Marshal(err)
	if jerr != nil {
		t.Fatal(jerr)
	}
	want := `{"originalCode":"EREQUEST","originalMessage":"Incorrect syntax near 'SELEC'.","kind":"mssql","code":102,"message":"Incorrect syntax near 'SELEC'."}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

func TestConvertErrorContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := convertError(ctx, mssql.Error{Number: 3617, Message: "Query cancelled"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("%v does not wrap context.Canceled", err)
	}
	if _, ok := adapter.AsError(err); ok {
		t.Errorf("a cancelled statement must not be reported as a database error: %v", err)
	}
	if convertError(context.Background(), nil) != nil {
		t.Error("nil error converted to non-nil")
	}
	other := errors.New("something else")
	if got := convertError(context.Background(), other); got != other {
		t.Errorf("an unknown error changed: %v", got)
	}
}

func TestMapNetError(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1433}, Err: errors.New("connection refused")}
	got, ok := adapter.AsError(convertError(context.Background(), fmt.Errorf("unable to open tcp connection with host '127.0.0.1:1433': %w", dial)))
	if !ok || got.Kind != adapter.DatabaseNotReachable || got.Host != "127.0.0.1" || got.Port != 1433 {
		t.Errorf("dial error: %+v", got)
	}
	dns := &net.DNSError{Err: "no such host", Name: "nope.invalid"}
	got, ok = adapter.AsError(convertError(context.Background(), dns))
	if !ok || got.Kind != adapter.DatabaseNotReachable || got.Host != "nope.invalid" {
		t.Errorf("DNS error: %+v", got)
	}
	if got.UserMessage() != "Can't reach database server at nope.invalid" {
		t.Errorf("message %q", got.UserMessage())
	}
}
