package adapter

// Query is one SQL statement with its bind arguments.
type Query struct {
	SQL      string
	Args     []any
	ArgTypes []ArgType // len(ArgTypes) == len(Args)
}

// ScalarType says what a bind argument means, independent of its Go type.
type ScalarType uint8

// Scalar types of bind arguments, as Prisma's ArgScalarType.
const (
	ScalarUnknown ScalarType = iota
	ScalarString
	ScalarInt
	ScalarBigInt
	ScalarFloat
	ScalarDecimal
	ScalarBoolean
	ScalarEnum
	ScalarUUID
	ScalarJSON
	ScalarDateTime
	ScalarBytes
)

var scalarNames = [...]string{"unknown", "string", "int", "bigint", "float", "decimal", "boolean", "enum", "uuid", "json", "datetime", "bytes"}

// String returns Prisma's name for the scalar type ("bigint").
func (s ScalarType) String() string {
	if int(s) < len(scalarNames) {
		return scalarNames[s]
	}
	return "unknown"
}

// ArgType describes one bind argument.
type ArgType struct {
	Scalar ScalarType
	// DBType is the native column type when known ("DATE", "TIME", "TIMESTAMPTZ",
	// "JSONB", "UUID", "INET", "MONEY", ...). Adapters use it to pick a rendering.
	DBType string
	// List is set when the argument is a list ([]any) bound as one array value.
	List bool
}

// ResultSet is what a statement returned.
type ResultSet struct {
	Columns []string
	Types   []ColumnType
	Rows    [][]any
	// LastInsertID is the auto-increment key of the last inserted row, where
	// the database reports one (MySQL). Nil otherwise.
	LastInsertID *int64
}

// ColumnType is the type of a result column, with Prisma's numeric codes.
type ColumnType uint8

// Column types. Scalars are 0-15, arrays 64-78, UnknownNumber 128.
const (
	TypeInt32     ColumnType = 0
	TypeInt64     ColumnType = 1
	TypeFloat     ColumnType = 2
	TypeDouble    ColumnType = 3
	TypeNumeric   ColumnType = 4
	TypeBoolean   ColumnType = 5
	TypeCharacter ColumnType = 6
	TypeText      ColumnType = 7
	TypeDate      ColumnType = 8
	TypeTime      ColumnType = 9
	TypeDateTime  ColumnType = 10
	TypeJSON      ColumnType = 11
	TypeEnum      ColumnType = 12
	TypeBytes     ColumnType = 13
	TypeSet       ColumnType = 14
	TypeUUID      ColumnType = 15

	TypeInt32Array     ColumnType = 64
	TypeInt64Array     ColumnType = 65
	TypeFloatArray     ColumnType = 66
	TypeDoubleArray    ColumnType = 67
	TypeNumericArray   ColumnType = 68
	TypeBooleanArray   ColumnType = 69
	TypeCharacterArray ColumnType = 70
	TypeTextArray      ColumnType = 71
	TypeDateArray      ColumnType = 72
	TypeTimeArray      ColumnType = 73
	TypeDateTimeArray  ColumnType = 74
	TypeJSONArray      ColumnType = 75
	TypeEnumArray      ColumnType = 76
	TypeBytesArray     ColumnType = 77
	TypeUUIDArray      ColumnType = 78

	TypeUnknownNumber ColumnType = 128
)

// IsArray reports whether t is an array column type.
func (t ColumnType) IsArray() bool { return t >= 64 && t <= 78 }

// Elem returns the element type of an array column type, or t itself.
func (t ColumnType) Elem() ColumnType {
	if t.IsArray() {
		return t - 64
	}
	return t
}

// RawName is the type name Prisma reports for the column in raw query results
// ("int", "bigint", "string", "datetime", "string-array", ...).
func (t ColumnType) RawName() string {
	switch t {
	case TypeInt32:
		return "int"
	case TypeInt64:
		return "bigint"
	case TypeFloat:
		return "float"
	case TypeDouble:
		return "double"
	case TypeText:
		return "string"
	case TypeEnum:
		return "enum"
	case TypeBytes:
		return "bytes"
	case TypeBoolean:
		return "bool"
	case TypeCharacter:
		return "char"
	case TypeNumeric:
		return "decimal"
	case TypeJSON:
		return "json"
	case TypeUUID:
		return "uuid"
	case TypeDateTime:
		return "datetime"
	case TypeDate:
		return "date"
	case TypeTime:
		return "time"
	case TypeSet:
		return "string"
	case TypeUnknownNumber:
		return "unknown"
	case TypeInt32Array:
		return "int-array"
	case TypeInt64Array:
		return "bigint-array"
	case TypeFloatArray:
		return "float-array"
	case TypeDoubleArray:
		return "double-array"
	case TypeTextArray:
		return "string-array"
	case TypeEnumArray:
		return "string-array"
	case TypeBytesArray:
		return "bytes-array"
	case TypeBooleanArray:
		return "bool-array"
	case TypeCharacterArray:
		return "char-array"
	case TypeNumericArray:
		return "decimal-array"
	case TypeJSONArray:
		return "json-array"
	case TypeUUIDArray:
		return "uuid-array"
	case TypeDateTimeArray:
		return "datetime-array"
	case TypeDateArray:
		return "date-array"
	case TypeTimeArray:
		return "time-array"
	}
	return "unknown"
}
