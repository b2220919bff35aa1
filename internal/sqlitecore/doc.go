// Package sqlitecore holds what noengine's SQLite-family adapters
// (sqliteadapter on go-sqlite3 or modernc.org/sqlite, libsqladapter on
// libsql-client-go) share, independently of how their driver reaches the
// database:
//
//   - the DateTime storage formats ([TimestampFormat], [AppendISO8601]);
//   - the conversion of bind arguments as Prisma's SQLite adapters convert
//     them ([ArgConverter]);
//   - column types from declared types ([DeclaredType]), type inference for
//     expressions ([InferType]) and Prisma's normalisation of row values
//     ([Normalize]), put together by [ReadRows];
//   - the classification of SQLite errors by extended result code
//     ([Classify], [CodeName], [ParseCode]);
//   - statement inspection ([ChangesRows], [ValidSavepointName]);
//   - Prisma-style file URLs turned into DSNs ([FileDSN]);
//   - the SQLite driver of the build, chosen by cgo: go-sqlite3 with cgo,
//     modernc.org/sqlite without ([DriverName], [LibVersion]), and what
//     differs between the two: the switch that makes their rows return
//     values as stored ([DeclTypes]), their errors ([DriverError]), the
//     autocommit state ([AutoCommit]) and the interruption of a statement
//     whose context ends ([InterruptOnDone]).
//
// The package is internal: its API follows the two adapters' needs.
package sqlitecore
