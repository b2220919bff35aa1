package schema

// connector describes what a datasource provider supports, following the
// datamodel connectors of psl/psl-core/src/builtin_connectors.
type connector struct {
	provider Provider
	name     string // the connector's display name in messages
	caps     capability
	maxIdent int
	// referential actions with relationMode = "foreignKeys" and "prisma"
	fkActions, emulatedActions []ReferentialAction
	nativeTypes                []nativeTypeCtor
	// constraint name scopes (ConstraintScope)
	scopes []constraintScope
}

type capability uint64

const (
	capScalarLists capability = 1 << iota
	capJSON
	capJSONLists
	capEnums
	capDecimal
	capAutoIncrement
	capAutoIncrementNonID
	capAutoIncrementMultiple
	capAutoIncrementNonIndexed
	capCompoundIDs
	capNamedPrimaryKeys
	capNamedForeignKeys
	capNamedDefaultValues
	capMultiSchema
	capIndexColumnLengthPrefixing
	capFullTextIndex
	capMultipleFullTextPerModel
	capClustering
	capPrimaryKeySortOrder
	capImplicitManyToMany
	capRelationFieldsArbitraryOrder
	capReferenceCycleDetection
	capDefaultValueAuto
	capCompositeTypes
	capPartialIndex
)

func (c *connector) has(cp capability) bool { return c.caps&cp != 0 }

type constraintScope uint8

const (
	scopeGlobalKeyIndex constraintScope = iota
	scopeGlobalForeignKey
	scopeGlobalPrimaryKeyKeyIndex
	scopeGlobalPrimaryKeyForeignKeyDefault
	scopeModelKeyIndex
	scopeModelPrimaryKeyKeyIndex
	scopeModelPrimaryKeyKeyIndexForeignKey
)

// nativeTypeCtor is one @db.X native type: its required and optional
// argument counts and the Prisma scalar types it can be used with.
type nativeTypeCtor struct {
	name     string
	args     int
	optional int
	types    []ScalarType
}

var (
	allFK      = []ReferentialAction{Cascade, Restrict, NoAction, SetNull, SetDefault}
	emulatedRS = []ReferentialAction{Cascade, Restrict, SetNull}
	emulatedD  = []ReferentialAction{Cascade, Restrict, NoAction, SetNull}
)

func nt(name string, args, optional int, types ...ScalarType) nativeTypeCtor {
	return nativeTypeCtor{name: name, args: args, optional: optional, types: types}
}

var postgresNativeTypes = []nativeTypeCtor{
	nt("SmallInt", 0, 0, Int), nt("Integer", 0, 0, Int), nt("BigInt", 0, 0, BigInt),
	nt("Decimal", 0, 2, Decimal), nt("Money", 0, 0, Decimal), nt("Inet", 0, 0, String),
	nt("Oid", 0, 0, Int), nt("Citext", 0, 0, String), nt("Real", 0, 0, Float),
	nt("DoublePrecision", 0, 0, Float), nt("VarChar", 0, 1, String), nt("Char", 0, 1, String),
	nt("Text", 0, 0, String), nt("ByteA", 0, 0, Bytes), nt("Timestamp", 0, 1, DateTime),
	nt("Timestamptz", 0, 1, DateTime), nt("Date", 0, 0, DateTime), nt("Time", 0, 1, DateTime),
	nt("Timetz", 0, 1, DateTime), nt("Boolean", 0, 0, Boolean), nt("Bit", 0, 1, String),
	nt("VarBit", 0, 1, String), nt("Uuid", 0, 0, String), nt("Xml", 0, 0, String),
	nt("Json", 0, 0, JSON), nt("JsonB", 0, 0, JSON),
}

var cockroachNativeTypes = []nativeTypeCtor{
	nt("Bit", 0, 1, String), nt("Bool", 0, 0, Boolean), nt("Bytes", 0, 0, Bytes),
	nt("Char", 0, 1, String), nt("Date", 0, 0, DateTime), nt("Decimal", 0, 2, Decimal),
	nt("Float4", 0, 0, Float), nt("Float8", 0, 0, Float), nt("Inet", 0, 0, String),
	nt("Int2", 0, 0, Int), nt("Int4", 0, 0, Int), nt("Int8", 0, 0, BigInt),
	nt("JsonB", 0, 0, JSON), nt("Oid", 0, 0, Int), nt("CatalogSingleChar", 0, 0, String),
	nt("String", 0, 1, String), nt("Time", 0, 1, DateTime), nt("Timestamp", 0, 1, DateTime),
	nt("Timestamptz", 0, 1, DateTime), nt("Timetz", 0, 1, DateTime), nt("Uuid", 0, 0, String),
	nt("VarBit", 0, 1, String),
}

var mysqlNativeTypes = []nativeTypeCtor{
	nt("Int", 0, 0, Int), nt("UnsignedInt", 0, 0, Int), nt("SmallInt", 0, 0, Int),
	nt("UnsignedSmallInt", 0, 0, Int), nt("TinyInt", 0, 0, Boolean, Int), nt("UnsignedTinyInt", 0, 0, Boolean, Int),
	nt("MediumInt", 0, 0, Int), nt("UnsignedMediumInt", 0, 0, Int), nt("BigInt", 0, 0, BigInt),
	nt("Decimal", 0, 2, Decimal), nt("UnsignedBigInt", 0, 0, BigInt), nt("Float", 0, 0, Float),
	nt("Double", 0, 0, Float), nt("Bit", 1, 0, Boolean, Bytes), nt("Char", 1, 0, String),
	nt("VarChar", 1, 0, String), nt("Binary", 1, 0, Bytes), nt("VarBinary", 1, 0, Bytes),
	nt("TinyBlob", 0, 0, Bytes), nt("Blob", 0, 0, Bytes), nt("MediumBlob", 0, 0, Bytes),
	nt("LongBlob", 0, 0, Bytes), nt("TinyText", 0, 0, String), nt("Text", 0, 0, String),
	nt("MediumText", 0, 0, String), nt("LongText", 0, 0, String), nt("Date", 0, 0, DateTime),
	nt("Time", 0, 1, DateTime), nt("DateTime", 0, 1, DateTime), nt("Timestamp", 0, 1, DateTime),
	nt("Year", 0, 0, Int), nt("Json", 0, 0, JSON),
}

var sqlserverNativeTypes = []nativeTypeCtor{
	nt("TinyInt", 0, 0, Int), nt("SmallInt", 0, 0, Int), nt("Int", 0, 0, Int),
	nt("BigInt", 0, 0, BigInt), nt("Decimal", 0, 2, Decimal), nt("Money", 0, 0, Float),
	nt("SmallMoney", 0, 0, Float), nt("Bit", 0, 0, Boolean, Int), nt("Float", 0, 1, Float),
	nt("Real", 0, 0, Float), nt("Date", 0, 0, DateTime), nt("Time", 0, 0, DateTime),
	nt("DateTime", 0, 0, DateTime), nt("DateTime2", 0, 0, DateTime), nt("DateTimeOffset", 0, 0, DateTime),
	nt("SmallDateTime", 0, 0, DateTime), nt("Char", 0, 1, String), nt("NChar", 0, 1, String),
	nt("VarChar", 0, 1, String), nt("Text", 0, 0, String), nt("NVarChar", 0, 1, String),
	nt("NText", 0, 0, String), nt("Binary", 0, 1, Bytes), nt("VarBinary", 0, 1, Bytes),
	nt("Image", 0, 0, Bytes), nt("Xml", 0, 0, String), nt("UniqueIdentifier", 0, 0, String),
}

var mongoNativeTypes = []nativeTypeCtor{
	nt("String", 0, 0, String), nt("Double", 0, 0, Float), nt("BinData", 0, 0, Bytes),
	nt("ObjectId", 0, 0, String, Bytes), nt("Bool", 0, 0, Boolean), nt("Date", 0, 0, DateTime),
	nt("Int", 0, 0, Int), nt("Timestamp", 0, 0, DateTime), nt("Long", 0, 0, Int, BigInt),
	nt("Json", 0, 0, JSON),
}

const sqlCommon = capEnums | capDecimal | capAutoIncrement | capCompoundIDs | capImplicitManyToMany

var connectors = map[Provider]*connector{
	PostgreSQL: {
		provider: PostgreSQL, name: "Postgres", maxIdent: 63,
		caps: sqlCommon | capScalarLists | capJSON | capJSONLists | capAutoIncrementNonID |
			capAutoIncrementMultiple | capAutoIncrementNonIndexed | capNamedPrimaryKeys |
			capNamedForeignKeys | capMultiSchema | capRelationFieldsArbitraryOrder | capPartialIndex,
		fkActions: allFK, emulatedActions: emulatedRS, nativeTypes: postgresNativeTypes,
		scopes: []constraintScope{scopeGlobalPrimaryKeyKeyIndex, scopeModelPrimaryKeyKeyIndexForeignKey},
	},
	CockroachDB: {
		provider: CockroachDB, name: "CockroachDB", maxIdent: 63,
		caps: sqlCommon | capScalarLists | capJSON | capAutoIncrementNonID |
			capAutoIncrementMultiple | capAutoIncrementNonIndexed | capNamedPrimaryKeys |
			capNamedForeignKeys | capMultiSchema | capRelationFieldsArbitraryOrder | capPartialIndex,
		fkActions: allFK, emulatedActions: emulatedD, nativeTypes: cockroachNativeTypes,
		scopes: []constraintScope{scopeModelPrimaryKeyKeyIndexForeignKey},
	},
	MySQL: {
		provider: MySQL, name: "MySQL", maxIdent: 64,
		caps: sqlCommon | capJSON | capAutoIncrementNonID | capNamedForeignKeys |
			capIndexColumnLengthPrefixing | capFullTextIndex | capMultipleFullTextPerModel |
			capRelationFieldsArbitraryOrder,
		fkActions: allFK, emulatedActions: emulatedD, nativeTypes: mysqlNativeTypes,
		scopes: []constraintScope{scopeGlobalForeignKey, scopeModelKeyIndex},
	},
	SQLServer: {
		provider: SQLServer, name: "SQL Server", maxIdent: 128,
		caps: (sqlCommon &^ capEnums) | capAutoIncrementNonID | capAutoIncrementMultiple |
			capAutoIncrementNonIndexed | capNamedPrimaryKeys | capNamedForeignKeys |
			capNamedDefaultValues | capMultiSchema | capClustering | capPrimaryKeySortOrder |
			capReferenceCycleDetection | capPartialIndex,
		fkActions:       []ReferentialAction{Cascade, NoAction, SetNull, SetDefault},
		emulatedActions: emulatedD, nativeTypes: sqlserverNativeTypes,
		scopes: []constraintScope{scopeGlobalPrimaryKeyForeignKeyDefault, scopeModelPrimaryKeyKeyIndex},
	},
	SQLite: {
		provider: SQLite, name: "sqlite", maxIdent: 10000,
		caps:      sqlCommon | capJSON | capRelationFieldsArbitraryOrder | capPartialIndex,
		fkActions: allFK, emulatedActions: emulatedRS,
		scopes: []constraintScope{scopeGlobalKeyIndex},
	},
	MongoDB: {
		provider: MongoDB, name: "MongoDB", maxIdent: 127,
		caps: capScalarLists | capJSON | capJSONLists | capEnums | capFullTextIndex |
			capDefaultValueAuto | capCompositeTypes | capRelationFieldsArbitraryOrder,
		emulatedActions: emulatedD, nativeTypes: mongoNativeTypes,
	},
}

// emptyConnector is used when there is no (valid) datasource.
var emptyConnector = &connector{
	name:      "EmptyDatamodelConnector",
	caps:      capAutoIncrement | capCompoundIDs | capEnums | capJSON | capImplicitManyToMany,
	maxIdent:  1 << 30,
	fkActions: allFK, emulatedActions: emulatedD,
}

// providerAliases maps the provider strings Prisma accepts.
var providerAliases = map[string]Provider{
	"postgresql": PostgreSQL, "postgres": PostgreSQL, "cockroachdb": CockroachDB,
	"mysql": MySQL, "sqlserver": SQLServer, "sqlite": SQLite, "mongodb": MongoDB,
}

func (c *connector) actions(relMode string) []ReferentialAction {
	if relMode == "prisma" {
		return c.emulatedActions
	}
	return c.fkActions
}

func (c *connector) supportsAction(relMode string, a ReferentialAction) bool {
	for _, x := range c.actions(relMode) {
		if x == a {
			return true
		}
	}
	return false
}

func (c *connector) nativeType(name string) *nativeTypeCtor {
	for i := range c.nativeTypes {
		if c.nativeTypes[i].name == name {
			return &c.nativeTypes[i]
		}
	}
	return nil
}

// MaxIdentifierLength returns the longest identifier (in bytes) the provider
// accepts: 63 for PostgreSQL and CockroachDB, 64 for MySQL, 128 for SQL
// Server, 10000 for SQLite. Prisma truncates default constraint names to it.
func MaxIdentifierLength(p Provider) int {
	if c, ok := connectors[p]; ok {
		return c.maxIdent
	}
	return emptyConnector.maxIdent
}
