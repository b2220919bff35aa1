package mssqladapter_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/mssqladapter"
)

// These tests need TEST_MSSQL_URL; they check what the conformance suite
// does not: the statement shapes the SQL Server dialect writes, SQL
// Server's own types, and the URL options that reach the session.

func q(sql string, args ...any) *adapter.Query {
	query := &adapter.Query{SQL: sql, Args: args, ArgTypes: make([]adapter.ArgType, len(args))}
	for i, a := range args {
		switch a.(type) {
		case int64:
			query.ArgTypes[i].Scalar = adapter.ScalarInt
		case string:
			query.ArgTypes[i].Scalar = adapter.ScalarString
		case float64:
			query.ArgTypes[i].Scalar = adapter.ScalarFloat
		case bool:
			query.ArgTypes[i].Scalar = adapter.ScalarBoolean
		case time.Time:
			query.ArgTypes[i].Scalar = adapter.ScalarDateTime
		case []byte:
			query.ArgTypes[i].Scalar = adapter.ScalarBytes
		}
	}
	return query
}

func mustExec(t *testing.T, a adapter.Queryable, sql string, args ...any) int64 {
	t.Helper()
	n, err := a.Exec(context.Background(), q(sql, args...))
	if err != nil {
		t.Fatalf("Exec(%q): %v", sql, err)
	}
	return n
}

func mustQuery(t *testing.T, a adapter.Queryable, sql string, args ...any) *adapter.ResultSet {
	t.Helper()
	rs, err := a.Query(context.Background(), q(sql, args...))
	if err != nil {
		t.Fatalf("Query(%q): %v", sql, err)
	}
	return rs
}

// TestGeneratedKeys runs an INSERT as the dialect writes it: the new row
// comes back from the batch's final SELECT.
func TestGeneratedKeys(t *testing.T) {
	a := newTestDB(t).open(t, mssqladapter.Options{})
	mustExec(t, a, "CREATE TABLE [dbo].[User] ([id] INT IDENTITY(1,1) PRIMARY KEY, [email] NVARCHAR(1000) NOT NULL UNIQUE, [n] INT NULL)")
	// A trigger makes a plain OUTPUT clause fail; OUTPUT ... INTO does not.
	mustExec(t, a, "CREATE TRIGGER [trg] ON [dbo].[User] AFTER INSERT AS BEGIN SET NOCOUNT ON; END")
	insert := "DECLARE @generated_keys table([id] BIGINT) INSERT INTO [dbo].[User] ([email], [n]) OUTPUT [Inserted].[id] INTO @generated_keys VALUES (@P1, @P2) " +
		"SELECT [t].[id], [t].[email], [t].[n] FROM @generated_keys AS g INNER JOIN [dbo].[User] AS [t] ON [t].[id] = [g].[id] WHERE @@ROWCOUNT > 0"
	rs := mustQuery(t, a, insert, "a@example.com", int64(7))
	want := &adapter.ResultSet{
		Columns: []string{"id", "email", "n"},
		Types:   []adapter.ColumnType{adapter.TypeInt32, adapter.TypeText, adapter.TypeInt32},
		Rows:    [][]any{{int64(1), "a@example.com", int64(7)}},
	}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err := a.Query(context.Background(), q(insert, "a@example.com", int64(8)))
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.UniqueConstraintViolation {
		t.Errorf("duplicate insert: %v, want UniqueConstraintViolation", err)
	}
	// An error after the first result set is reported.
	_, err = a.Query(context.Background(), q("SELECT 1 AS one; SELECT * FROM [nope]"))
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.TableDoesNotExist {
		t.Errorf("error in a later statement: %v, want TableDoesNotExist", err)
	}
}

// TestTypes reads SQL Server's own types as Prisma's adapter does.
func TestTypes(t *testing.T) {
	a := newTestDB(t).open(t, mssqladapter.Options{})
	rs := mustQuery(t, a, "SELECT CAST(1.1 AS REAL) AS r, CAST(12.5 AS MONEY) AS m, CAST('0F8FAD5B-D9CB-469F-A165-70867728950E' AS UNIQUEIDENTIFIER) AS u, "+
		"CAST('2024-01-01T00:30:00+05:30' AS DATETIMEOFFSET) AS dto, CAST('13:14:15.1234567' AS TIME) AS tm, CAST('2024-02-29' AS DATE) AS d, "+
		"CAST(1 AS BIT) AS b, CAST(255 AS TINYINT) AS ti, CAST(1 AS BIGINT) AS bi, CAST(0.5 AS DECIMAL(10,3)) AS dec, N'ü' AS s, 0x0102 AS bin")
	want := []any{1.1, 12.5, "0f8fad5b-d9cb-469f-a165-70867728950e", time.Date(2023, 12, 31, 19, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 13, 14, 15, 123_000_000, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
		true, int64(255), int64(1), "0.5", "ü", []byte{1, 2}}
	if diff := cmp.Diff([][]any{want}, rs.Rows); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	wantTypes := []adapter.ColumnType{adapter.TypeFloat, adapter.TypeDouble, adapter.TypeUUID, adapter.TypeDateTime, adapter.TypeTime, adapter.TypeDate,
		adapter.TypeBoolean, adapter.TypeInt32, adapter.TypeInt64, adapter.TypeNumeric, adapter.TypeText, adapter.TypeBytes}
	if diff := cmp.Diff(wantTypes, rs.Types); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	_, err := a.Query(context.Background(), q("SELECT CAST(1 AS SQL_VARIANT) AS v"))
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.UnsupportedNativeDataType {
		t.Errorf("sql_variant: %v, want UnsupportedNativeDataType", err)
	}

	// DATETIME columns compare equal to the DateTime they were written with.
	mustExec(t, a, "CREATE TABLE [dt] ([id] INT PRIMARY KEY, [legacy] DATETIME, [small] SMALLDATETIME)")
	at := time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.UTC)
	ins := &adapter.Query{SQL: "INSERT INTO [dt] ([id], [legacy], [small]) VALUES (@P1, @P2, @P3)", Args: []any{int64(1), at, at},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarDateTime, DBType: "DATETIME"}, {Scalar: adapter.ScalarDateTime, DBType: "SMALLDATETIME"}}}
	if _, err := a.Exec(context.Background(), ins); err != nil {
		t.Fatal(err)
	}
	sel := &adapter.Query{SQL: "SELECT [id] FROM [dt] WHERE [legacy] = @P1 AND [small] = @P2", Args: []any{at, at},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarDateTime, DBType: "DATETIME"}, {Scalar: adapter.ScalarDateTime, DBType: "SMALLDATETIME"}}}
	if rs, err := a.Query(context.Background(), sel); err != nil || len(rs.Rows) != 1 {
		t.Errorf("DATETIME/SMALLDATETIME lookup: %v %v", rs, err)
	}
}

// TestURLOptions checks that the URL's isolationLevel reaches sessions and
// transactions, and that socketTimeout bounds statements.
func TestURLOptions(t *testing.T) {
	d := newTestDB(t)
	a, err := mssqladapter.Open(context.Background(), d.url+";isolationLevel=SERIALIZABLE;socketTimeout=1;schema=app", mssqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if info := a.Info(); info.SchemaName != "app" || info.MaxBindValues != 2098 || info.ServerVersion == "" {
		t.Errorf("Info() = %+v", info)
	}
	level := "SELECT CAST(transaction_isolation_level AS INT) AS l FROM sys.dm_exec_sessions WHERE session_id = @@SPID"
	if rs := mustQuery(t, a, level); rs.Rows[0][0] != int64(4) { // 4: SERIALIZABLE
		t.Errorf("session isolation level %v, want 4 (SERIALIZABLE)", rs.Rows[0][0])
	}
	tx, err := a.Begin(context.Background(), adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rs := mustQuery(t, tx, level); rs.Rows[0][0] != int64(4) {
		t.Errorf("transaction isolation level %v, want 4 (SERIALIZABLE)", rs.Rows[0][0])
	}
	tx.Rollback(context.Background())

	_, err = a.Query(context.Background(), q("WAITFOR DELAY '00:00:05'"))
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.SocketTimeout {
		t.Errorf("a statement longer than socketTimeout: %v, want SocketTimeout", err)
	}
}

// TestSavepoints checks SAVE TRANSACTION / ROLLBACK TRANSACTION, and that a
// released savepoint (a no-op) can still be rolled back to, as on SQL
// Server.
func TestSavepoints(t *testing.T) {
	a := newTestDB(t).open(t, mssqladapter.Options{})
	mustExec(t, a, "CREATE TABLE [sp] ([id] INT PRIMARY KEY)")
	ctx := context.Background()
	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSnapshot})
	if err != nil {
		t.Fatal(err)
	}
	sp := tx.(adapter.Savepointer)
	mustExec(t, tx, "INSERT INTO [sp] VALUES (1)")
	if err := sp.CreateSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	mustExec(t, tx, "INSERT INTO [sp] VALUES (2)")
	if err := sp.ReleaseSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	if err := sp.RollbackToSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if rs := mustQuery(t, a, "SELECT [id] FROM [sp]"); !cmp.Equal(rs.Rows, [][]any{{int64(1)}}) {
		t.Errorf("rows %v, want [[1]]", rs.Rows)
	}
	if err := tx.Commit(ctx); !errors.Is(err, &adapter.Error{Kind: adapter.TransactionAlreadyClosed}) {
		t.Errorf("second Commit: %v", err)
	}
}

// TestExecScript runs a batch the way ddl.Push sends Prisma's migration
// script.
func TestExecScript(t *testing.T) {
	a := newTestDB(t).open(t, mssqladapter.Options{})
	script := "BEGIN TRY\nBEGIN TRAN;\nCREATE TABLE [a] ([id] INT NOT NULL, CONSTRAINT [a_pkey] PRIMARY KEY CLUSTERED ([id]));\nCOMMIT TRAN;\nEND TRY\nBEGIN CATCH\nIF @@TRANCOUNT > 0\nBEGIN\n    ROLLBACK TRAN;\nEND;\nTHROW\nEND CATCH\n"
	if err := a.ExecScript(context.Background(), script); err != nil {
		t.Fatal(err)
	}
	if n := mustExec(t, a, "INSERT INTO [a] ([id]) VALUES (1), (2)"); n != 2 {
		t.Errorf("rows affected %d, want 2", n)
	}
	err := a.ExecScript(context.Background(), script)
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.MSSQLError || e.Code != "2714" {
		t.Errorf("re-running the script: %v, want mssql error 2714 (object exists)", err)
	}
}
