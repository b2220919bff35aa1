// Package mssqladapter is noengine's SQL Server adapter, built on
// github.com/microsoft/go-mssqldb. It answers as Prisma's
// @prisma/adapter-mssql does: the same connection string, column types,
// values and error kinds.
//
// Construct it with [New] from a *sql.DB opened with go-mssqldb, or with
// [Open] from the connection string of a Prisma schema's datasource:
//
//	sqlserver://localhost:1433;database=shop;user=sa;password={p@ss;word};trustServerCertificate=true;schema=app
//
// [ParseURL] reads it with Prisma's rules and [Config.DSN] turns it into a
// go-mssqldb DSN.
//
// # Statements
//
// Arguments are bound by name, P1...Pn, the @P1 placeholders of the SQL
// Server dialect; statements with arguments run through sp_executesql.
// Query returns the first result set of a batch (later ones are read and
// dropped, so that their errors are reported): the dialect returns new rows
// with DECLARE @generated_keys table(...) INSERT ... OUTPUT ... INTO
// @generated_keys VALUES ... SELECT ..., as Prisma does. Exec returns the
// rows affected by the statement (summed over a batch). Info reports
// MaxBindValues 2098, as Prisma's adapter; the executor chunks larger
// statements.
//
// # Values
//
// Arguments: integers are INT or BIGINT, Decimal stays
// decimal text (the server converts it exactly), DateTime is DATETIME2(7) in
// UTC, or DATE, TIME, DATETIME or DATETIMEOFFSET by ArgType.DBType; Bytes are
// VARBINARY (a NULL Bytes value too); Json, UUID and enums are text. List
// arguments are refused: SQL Server has no arrays.
//
// Columns are typed as @prisma/adapter-mssql types them (VARCHAR, NVARCHAR,
// TEXT, XML: Text; BIT: Boolean; TINYINT to INT: Int32; BIGINT: Int64;
// REAL: Float; FLOAT, MONEY: Double; DECIMAL: Numeric; DATETIME2, DATETIME,
// SMALLDATETIME, DATETIMEOFFSET: DateTime; DATE; TIME; UNIQUEIDENTIFIER: Uuid;
// binary: Bytes; anything else fails with UnsupportedNativeDataType). Row
// values: integers int64, BIT bool, REAL re-rounded to the shortest 7 to 9
// digits that read back as the same float32 (1.1, not 1.100000023841858),
// DECIMAL decimal text without trailing zeros, MONEY float64, UNIQUEIDENTIFIER lower-case text,
// date-times time.Time in UTC with millisecond precision (a JavaScript Date),
// TIME a time.Time on 1970-01-01.
//
// # Transactions
//
// Begin accepts READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ, SNAPSHOT
// (the database needs ALLOW_SNAPSHOT_ISOLATION ON) and SERIALIZABLE, as
// adapter-mssql does. (Prisma 7.10's transaction manager, and noengine's
// client after it, refuse Snapshot for $transaction; the URL's
// isolationLevel=SNAPSHOT still applies to transactions begun without a
// level.)
// Savepoints are SAVE TRANSACTION name and ROLLBACK TRANSACTION name;
// releasing one does nothing (SQL Server has no RELEASE, and Prisma's
// adapter does not release). A transaction the server rolled back (a
// deadlock victim) rolls back without error. ExecScript sends a script as
// one T-SQL batch.
//
// # Errors
//
// Errors are *adapter.Error values classified by SQL Server error number as
// @prisma/adapter-mssql classifies them: 2627, 2601 and 1505 unique
// constraint, 547 foreign key, 515 null, 2628 length, 208 missing table,
// 207 missing column, 1205 deadlock (TransactionWriteConflict), 18456
// authentication, 4060 unknown database, 1801 existing database, 3902,
// 3903 and 3971 transaction already closed, 8169 inconsistent column data,
// 5828 too many connections, Prisma's list of conversion and overflow
// numbers (8115, 220, 242, ...) value out of range, and kind mssql with the
// number otherwise. SQL Server names the constraint, table or column only in
// its messages; they are read from there exactly as Prisma reads them (for
// 2627 the constraint is the table's qualified name, as with Prisma).
// OriginalCode is node-mssql's code, EREQUEST (ELOGIN for a failed login),
// so that Prisma's "Raw query failed. Code: ..." messages read the same.
//
// # What is verified without a server
//
// No SQL Server can be had where noengine is developed (nothing here speaks
// TDS as a server). The live tests (the conformance suite, this package's
// adapter tests, and the sqlserver part of the root end-to-end test) run
// only when TEST_MSSQL_URL is set, and have not run where this was written.
// What is verified is:
//
//   - by unit tests in this package: the connection string (every case of
//     Prisma's connection-string.test.ts, and go-mssqldb reading the DSN
//     back), argument conversion, column type and value mapping (REAL
//     re-rounding checked against Node's own results), error classification
//     (Prisma's errors.test.ts messages and SQL Server's texts for the other
//     numbers), Open's options, and finished transactions;
//   - by golden SQL only (internal/mssqlgolden): every statement the
//     compiler writes for SQL Server, for every request of the end-to-end
//     corpus, pinned and compared with the SQL Prisma 7.10's own compiler
//     writes for the same requests (statement count and shape, with the
//     remaining differences listed there and why);
//   - not at all: that SQL Server accepts that SQL and returns what Prisma
//     returns, the driver's behaviour on cancellation and deadlocks, the
//     isolation levels' effects, TLS, and the values the server sends for
//     each type (decimal text, money, GUID byte order), which follow
//     go-mssqldb's documentation and sources.
package mssqladapter
