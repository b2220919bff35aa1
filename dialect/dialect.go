// Package dialect holds one value per SQL dialect: identifier quoting,
// placeholder style, capability flags and the few SQL spellings that differ
// between databases. The compiler asks the dialect instead of branching on
// database names.
package dialect

import (
	"strconv"
	"strings"

	"github.com/noengine/noengine/schema"
)

// Feature is a capability bit.
type Feature uint64

// Features. Each names the databases that have it.
const (
	// Returning: INSERT/UPDATE/DELETE ... RETURNING (PostgreSQL, SQLite).
	Returning Feature = 1 << iota
	// OutputClause: INSERT returns the new rows through OUTPUT (SQL Server),
	// as Prisma writes it: DECLARE @generated_keys table(...) INSERT ...
	// OUTPUT [Inserted].<keys> INTO @generated_keys VALUES ... SELECT ...
	// FROM @generated_keys AS g INNER JOIN <table> AS [t] ON ... (see
	// GeneratedKeysType).
	OutputClause
	// LastInsertID: new keys are read through the driver's last insert id (MySQL).
	LastInsertID
	// OnConflictDoNothing: INSERT ... ON CONFLICT DO NOTHING (PostgreSQL, SQLite).
	OnConflictDoNothing
	// InsertIgnore: INSERT IGNORE (MySQL).
	InsertIgnore
	// NativeUpsert: INSERT ... ON CONFLICT (...) DO UPDATE (PostgreSQL, SQLite).
	NativeUpsert
	// ScalarLists: array columns (PostgreSQL, CockroachDB).
	ScalarLists
	// EnumCast: enum values are cast to a named enum type (PostgreSQL).
	EnumCast
	// ILike: case-insensitive LIKE operator (PostgreSQL).
	ILike
	// OffsetFetch: OFFSET n ROWS FETCH NEXT m ROWS ONLY instead of LIMIT (SQL Server).
	OffsetFetch
	// SkipDuplicates: createMany({skipDuplicates}) is offered (PostgreSQL, MySQL, CockroachDB).
	SkipDuplicates
	// CreateManyAndReturn: createManyAndReturn / updateManyAndReturn are offered (PostgreSQL, SQLite, CockroachDB).
	CreateManyAndReturn
	// JSONAggregation: relations can be loaded in one statement with JSON
	// aggregation, exactly (PostgreSQL, CockroachDB, SQLite).
	JSONAggregation
	// RowValueIn: (a, b) IN ((1, 2), (3, 4)) tuple comparisons (PostgreSQL, MySQL, SQLite).
	RowValueIn
	// DeleteLimitSubquery: LIMIT inside an IN subquery works (not MySQL, which needs a derived table).
	DeleteLimitSubquery
	// FullTextSearch: the `search` filter (PostgreSQL with preview feature, MySQL with @@fulltext).
	FullTextSearch
	// Savepoints: SAVEPOINT / ROLLBACK TO / RELEASE (all but SQL Server's spelling).
	Savepoints
	// EnumOrdinalSort: enum columns sort by declaration order, and a scalar
	// subquery returns their text, which sorts alphabetically; ordering
	// through one sorts on the ordinal (`col + 0`) instead (MySQL).
	EnumOrdinalSort
	// NullsFirstLast: ORDER BY ... NULLS FIRST / NULLS LAST (PostgreSQL,
	// CockroachDB, SQLite); the others sort on a NullsSortKey first.
	NullsFirstLast
	// EmptyValuesRow: a row of defaults is inserted as () VALUES () (MySQL);
	// the others write DEFAULT VALUES, or (first column) VALUES (DEFAULT)
	// per row.
	EmptyValuesRow
	// DefaultInValues: DEFAULT stands for a column a row of a multi-row
	// INSERT leaves out (all but SQLite, where it is NULL).
	DefaultInValues
	// MergeInsert: join-table rows that may exist are inserted with MERGE
	// INTO ... WHEN NOT MATCHED THEN INSERT, as Prisma writes it (SQL
	// Server, which has neither INSERT IGNORE nor ON CONFLICT).
	MergeInsert
	// JSONPathArray: a Json filter's `path` is a list of keys (`String[]`,
	// each key a bound parameter; PostgreSQL, CockroachDB); the others take
	// one JSON path string ("$.a.b", `String`).
	JSONPathArray
	// JSONBOperands: a Json filter compares jsonb values, so the operand of
	// lt/lte/gt/gte is bound as JSON text (PostgreSQL, CockroachDB); the
	// others bind the string or number itself.
	JSONBOperands
	// JSONArrayContains: the Json filter array_contains (PostgreSQL,
	// CockroachDB, MySQL; see Dialect.JSONArrayContains).
	JSONArrayContains
	// JSONDecimalDigits: a Decimal in the JSON of relations loaded by JSON
	// aggregation keeps all its digits (numeric; PostgreSQL, CockroachDB):
	// it is read back as text, not as a float.
	JSONDecimalDigits
	// JSONDateTimeText: a DateTime in the JSON of relations loaded by JSON
	// aggregation is ISO 8601 text (PostgreSQL, CockroachDB); without it the
	// value comes back as stored (SQLite: text or milliseconds).
	JSONDateTimeText
	// SelectRowCount: a SELECT run as a write statement counts its rows as
	// affected in the driver Prisma uses (node-postgres rowCount, mssql
	// rowsAffected; PostgreSQL, CockroachDB, SQL Server), so updateMany with
	// empty data, a SELECT of the matching records, answers their number;
	// better-sqlite3 and MariaDB report 0.
	SelectRowCount
)

// Placeholder styles.
type placeholderStyle uint8

const (
	question placeholderStyle = iota // ?
	dollar                           // $1
	atP                              // @P1
)

// Family identifies the database family a dialect belongs to.
type Family uint8

// Families.
const (
	SQLite Family = iota
	Postgres
	MySQL
	SQLServer
)

// Dialect is one SQL dialect.
type Dialect struct {
	// Name is the Prisma provider name ("sqlite", "postgresql", "mysql", "sqlserver", "cockroachdb").
	Name   string
	Family Family
	// Features is the capability bitset.
	Features Feature
	// MaxBindValues is the default bind-parameter limit of one statement.
	MaxBindValues int
	// DefaultSchema qualifies table names when the adapter gives none ("public",
	// "dbo"); empty means tables are not qualified.
	DefaultSchema string
	// MaxIdentLen is the longest identifier the database accepts.
	MaxIdentLen int
	// PreferJoins makes loading relations with JSON aggregation (the "join"
	// strategy) the default, where measurements showed it faster.
	PreferJoins bool
	// MaxInsertRows caps the rows of one INSERT ... VALUES (SQL Server:
	// 1,000); 0 means no cap besides MaxBindValues.
	MaxInsertRows int
	// AvgCast, when set, is the type AVG's argument is converted to
	// (AVG(CONVERT(<AvgCast>, x)) on SQL Server, whose AVG of integers is an
	// integer).
	AvgCast string
	// DateTimeParamType and JSONParamType are the database types of DateTime
	// and Json parameters of fields without a native type ("TIMESTAMP",
	// "JSONB" on PostgreSQL); empty leaves them to the adapter.
	DateTimeParamType, JSONParamType string
	// JSONAggFunc and JSONArrayFunc name the JSON array aggregate and the
	// JSON array constructor relations are loaded with (json_agg and
	// json_build_array on PostgreSQL, json_group_array and json_array on
	// SQLite); they are used with JSONAggregation only.
	JSONAggFunc, JSONArrayFunc string
	// LikeCast is appended to a column compared with a case-sensitive LIKE
	// (contains, startsWith, endsWith): "::text" on PostgreSQL, as Prisma
	// writes it.
	LikeCast string
	// LimitAll is the LIMIT of a query that has no take ("-1" on SQLite,
	// "18446744073709551615" on MySQL, where an OFFSET needs a LIMIT);
	// empty writes no LIMIT.
	LimitAll string

	quoteOpen, quoteClose byte
	placeholder           placeholderStyle
}

// Has reports whether the dialect has feature f.
func (d *Dialect) Has(f Feature) bool { return d.Features&f != 0 }

// AppendIdent appends a quoted identifier. Quote characters inside the name
// are doubled.
func (d *Dialect) AppendIdent(b []byte, name string) []byte {
	b = append(b, d.quoteOpen)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == d.quoteClose {
			b = append(b, c)
		}
		b = append(b, c)
	}
	return append(b, d.quoteClose)
}

// Ident returns a quoted identifier.
func (d *Dialect) Ident(name string) string { return string(d.AppendIdent(nil, name)) }

// AppendPlaceholder appends the n-th (1-based) bind placeholder.
func (d *Dialect) AppendPlaceholder(b []byte, n int) []byte {
	switch d.placeholder {
	case dollar:
		b = append(b, '$')
		return strconv.AppendInt(b, int64(n), 10)
	case atP:
		b = append(b, '@', 'P')
		return strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, '?')
}

// NumberedPlaceholders reports whether placeholders carry their position.
func (d *Dialect) NumberedPlaceholders() bool { return d.placeholder != question }

// SQLiteDialect is SQLite 3.35+.
var SQLiteDialect = &Dialect{
	Name:          "sqlite",
	Family:        SQLite,
	Features:      Returning | OnConflictDoNothing | NativeUpsert | CreateManyAndReturn | RowValueIn | DeleteLimitSubquery | Savepoints | JSONAggregation | NullsFirstLast,
	MaxBindValues: 999,
	MaxIdentLen:   10000,
	JSONAggFunc:   "json_group_array",
	JSONArrayFunc: "json_array",
	LimitAll:      "-1",
	quoteOpen:     '"', quoteClose: '"',
	placeholder: question,
}

// PostgresDialect is PostgreSQL 12+.
var PostgresDialect = &Dialect{
	Name:   "postgresql",
	Family: Postgres,
	Features: Returning | OnConflictDoNothing | NativeUpsert | ScalarLists | EnumCast | ILike | SkipDuplicates | CreateManyAndReturn | JSONAggregation | RowValueIn | DeleteLimitSubquery | FullTextSearch | Savepoints |
		NullsFirstLast | DefaultInValues | JSONPathArray | JSONBOperands | JSONArrayContains | JSONDecimalDigits | JSONDateTimeText |
		SelectRowCount,
	MaxBindValues:     32766,
	DefaultSchema:     "public",
	MaxIdentLen:       63,
	DateTimeParamType: "TIMESTAMP",
	JSONParamType:     "JSONB",
	JSONAggFunc:       "json_agg",
	JSONArrayFunc:     "json_build_array",
	LikeCast:          "::text",
	quoteOpen:         '"', quoteClose: '"',
	placeholder: dollar,
}

// CockroachDialect is CockroachDB through the PostgreSQL path. Differences
// from PostgreSQL that matter to noengine: no full-text `search`, SERIAL is a
// unique_rowid() INT8 (autoincrement ids are large and not sequential), and
// `sequence()` defaults exist. Nothing here is verified against a server.
var CockroachDialect = &Dialect{
	Name:   "cockroachdb",
	Family: Postgres,
	Features: Returning | OnConflictDoNothing | NativeUpsert | ScalarLists | EnumCast | ILike | SkipDuplicates | CreateManyAndReturn | JSONAggregation | RowValueIn | DeleteLimitSubquery | Savepoints |
		NullsFirstLast | DefaultInValues | JSONPathArray | JSONBOperands | JSONArrayContains | JSONDecimalDigits | JSONDateTimeText |
		SelectRowCount,
	MaxBindValues:     32766,
	DefaultSchema:     "public",
	MaxIdentLen:       63,
	DateTimeParamType: "TIMESTAMP",
	JSONParamType:     "JSONB",
	JSONAggFunc:       "json_agg",
	JSONArrayFunc:     "json_build_array",
	LikeCast:          "::text",
	quoteOpen:         '"', quoteClose: '"',
	placeholder: dollar,
}

// MySQLDialect is MySQL 8 and MariaDB 10.11.
var MySQLDialect = &Dialect{
	Name:          "mysql",
	Family:        MySQL,
	Features:      LastInsertID | InsertIgnore | SkipDuplicates | RowValueIn | FullTextSearch | Savepoints | EnumOrdinalSort | EmptyValuesRow | DefaultInValues | JSONArrayContains,
	MaxBindValues: 65535,
	MaxIdentLen:   64,
	JSONAggFunc:   "JSON_ARRAYAGG",
	JSONArrayFunc: "JSON_ARRAY",
	LimitAll:      "18446744073709551615",
	quoteOpen:     '`', quoteClose: '`',
	placeholder: question,
}

// SQLServerDialect is SQL Server 2017+.
var SQLServerDialect = &Dialect{
	Name:          "sqlserver",
	Family:        SQLServer,
	Features:      OutputClause | OffsetFetch | DeleteLimitSubquery | DefaultInValues | MergeInsert | SelectRowCount,
	MaxBindValues: 2098,
	MaxInsertRows: 1000,
	DefaultSchema: "dbo",
	MaxIdentLen:   128,
	AvgCast:       "DECIMAL(32,16)",
	quoteOpen:     '[', quoteClose: ']',
	placeholder: atP,
}

// ForProvider returns the dialect of a Prisma datasource provider
// ("sqlite", "postgresql", "postgres", "cockroachdb", "mysql", "sqlserver").
func ForProvider(provider string) (*Dialect, bool) {
	switch provider {
	case "sqlite":
		return SQLiteDialect, true
	case "postgresql", "postgres":
		return PostgresDialect, true
	case "cockroachdb":
		return CockroachDialect, true
	case "mysql":
		return MySQLDialect, true
	case "sqlserver":
		return SQLServerDialect, true
	}
	return nil, false
}

// GeneratedKeysType is the T-SQL type of key field f's column in the table
// variable a SQL Server INSERT collects its new keys in (DECLARE
// @generated_keys table([id] BIGINT)), spelled as Prisma's type families
// spell it: Int and BigInt BIGINT, Float FLOAT(53), Decimal DECIMAL(p,s)
// (32,16 without native precision), Boolean BIT, DateTime DATETIMEOFFSET,
// String and Bytes NVARCHAR(n) with the length of the native type, the
// default one when there is none (String NVarChar(1000), Bytes
// VarBinary(Max)), 4000 when the native type has no length (@db.Text,
// @db.UniqueIdentifier), enums NVARCHAR(8000), Json NVARCHAR(MAX).
func (d *Dialect) GeneratedKeysType(f *schema.Field) string {
	length := func(def string) string {
		if f.Native == nil {
			return def
		}
		if len(f.Native.Args) > 0 {
			a := strings.TrimSpace(f.Native.Args[0])
			if strings.EqualFold(a, "max") {
				return "MAX"
			}
			if _, err := strconv.ParseUint(a, 10, 32); err == nil {
				return a
			}
		}
		return "4000"
	}
	if f.Kind == schema.EnumField {
		return "NVARCHAR(8000)"
	}
	switch f.Scalar {
	case schema.Int, schema.BigInt:
		return "BIGINT"
	case schema.Float:
		return "FLOAT(53)"
	case schema.Decimal:
		if f.Native != nil && len(f.Native.Args) == 2 {
			p, perr := strconv.ParseUint(strings.TrimSpace(f.Native.Args[0]), 10, 8)
			s, serr := strconv.ParseUint(strings.TrimSpace(f.Native.Args[1]), 10, 8)
			if perr == nil && serr == nil {
				return "DECIMAL(" + strconv.FormatUint(p, 10) + "," + strconv.FormatUint(s, 10) + ")"
			}
		}
		return "DECIMAL(32,16)"
	case schema.Boolean:
		return "BIT"
	case schema.DateTime:
		return "DATETIMEOFFSET"
	case schema.JSON:
		return "NVARCHAR(MAX)"
	case schema.Bytes:
		return "NVARCHAR(" + length("MAX") + ")"
	}
	return "NVARCHAR(" + length("1000") + ")"
}
