// Package sqlitecore holds what noengine's SQLite-family adapters
// (sqliteadapter on go-sqlite3, libsqladapter on libsql-client-go) share,
// independently of how their driver reaches the database:
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
//   - Prisma-style file URLs turned into go-sqlite3 DSNs ([FileDSN]), and the
//     go-sqlite3 specific switch that makes it return values as stored
//     ([DeclTypes]).
//
// The package is internal: its API follows the two adapters' needs.
package sqlitecore
