package adapter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Kind is the closed set of adapter error kinds, mirroring Prisma's
// driver-adapter error kinds. Each maps to a Prisma error code (see [Kind.Code]).
type Kind uint8

// Error kinds. The Database* kinds at the end are database-specific errors the
// adapter could not classify; they surface as P2039 (P2010 for raw queries).
const (
	KindUnknown Kind = iota
	AuthenticationFailed
	DatabaseNotReachable
	DatabaseDoesNotExist
	SocketTimeout
	DatabaseAlreadyExists
	DatabaseAccessDenied
	TLSConnectionError
	ConnectionClosed
	TransactionAlreadyClosed
	LengthMismatch
	UniqueConstraintViolation
	ForeignKeyConstraintViolation
	RestrictViolation
	InvalidInputValue
	UnsupportedNativeDataType
	NullConstraintViolation
	ValueOutOfRange
	TableDoesNotExist
	ColumnNotFound
	InvalidIsolationLevel
	InconsistentColumnData
	MissingFullTextSearchIndex
	TransactionWriteConflict
	GenericJS
	TooManyConnections
	// Unclassified database errors, one kind per database family.
	PostgresError
	MySQLError
	SQLiteError
	MSSQLError
)

var kindNames = [...]string{
	KindUnknown:                   "Unknown",
	AuthenticationFailed:          "AuthenticationFailed",
	DatabaseNotReachable:          "DatabaseNotReachable",
	DatabaseDoesNotExist:          "DatabaseDoesNotExist",
	SocketTimeout:                 "SocketTimeout",
	DatabaseAlreadyExists:         "DatabaseAlreadyExists",
	DatabaseAccessDenied:          "DatabaseAccessDenied",
	TLSConnectionError:            "TlsConnectionError",
	ConnectionClosed:              "ConnectionClosed",
	TransactionAlreadyClosed:      "TransactionAlreadyClosed",
	LengthMismatch:                "LengthMismatch",
	UniqueConstraintViolation:     "UniqueConstraintViolation",
	ForeignKeyConstraintViolation: "ForeignKeyConstraintViolation",
	RestrictViolation:             "RestrictViolation",
	InvalidInputValue:             "InvalidInputValue",
	UnsupportedNativeDataType:     "UnsupportedNativeDataType",
	NullConstraintViolation:       "NullConstraintViolation",
	ValueOutOfRange:               "ValueOutOfRange",
	TableDoesNotExist:             "TableDoesNotExist",
	ColumnNotFound:                "ColumnNotFound",
	InvalidIsolationLevel:         "InvalidIsolationLevel",
	InconsistentColumnData:        "InconsistentColumnData",
	MissingFullTextSearchIndex:    "MissingFullTextSearchIndex",
	TransactionWriteConflict:      "TransactionWriteConflict",
	GenericJS:                     "GenericJs",
	TooManyConnections:            "TooManyConnections",
	PostgresError:                 "postgres",
	MySQLError:                    "mysql",
	SQLiteError:                   "sqlite",
	MSSQLError:                    "mssql",
}

// String returns Prisma's name of the kind ("UniqueConstraintViolation").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Unknown"
}

// IsDatabaseSpecific reports whether k is one of the unclassified
// database-family kinds (postgres, mysql, sqlite, mssql).
func (k Kind) IsDatabaseSpecific() bool { return k >= PostgresError && k <= MSSQLError }

// Code returns the Prisma error code for the kind, or "" for the
// database-specific kinds (which become P2039, or P2010 in raw queries).
func (k Kind) Code() string {
	switch k {
	case AuthenticationFailed:
		return "P1000"
	case DatabaseNotReachable:
		return "P1001"
	case DatabaseDoesNotExist:
		return "P1003"
	case SocketTimeout:
		return "P1008"
	case DatabaseAlreadyExists:
		return "P1009"
	case DatabaseAccessDenied:
		return "P1010"
	case TLSConnectionError:
		return "P1011"
	case ConnectionClosed:
		return "P1017"
	case TransactionAlreadyClosed:
		return "P1018"
	case LengthMismatch:
		return "P2000"
	case UniqueConstraintViolation:
		return "P2002"
	case ForeignKeyConstraintViolation, RestrictViolation:
		return "P2003"
	case InvalidInputValue:
		return "P2007"
	case UnsupportedNativeDataType:
		return "P2010"
	case NullConstraintViolation:
		return "P2011"
	case ValueOutOfRange:
		return "P2020"
	case TableDoesNotExist:
		return "P2021"
	case ColumnNotFound:
		return "P2022"
	case InvalidIsolationLevel, InconsistentColumnData:
		return "P2023"
	case MissingFullTextSearchIndex:
		return "P2030"
	case TransactionWriteConflict:
		return "P2034"
	case GenericJS:
		return "P2036"
	case TooManyConnections:
		return "P2037"
	}
	return ""
}

// Constraint names what a constraint violation was about: the columns
// (Fields), a foreign key (ForeignKey), or else an index (constraint) name.
// A Constraint with neither Fields nor ForeignKey names an index even when
// Index is empty: MySQL reports some keys so, and Prisma prints
// "constraint: “ ". An unknown constraint is a nil *Constraint.
type Constraint struct {
	Fields     []string
	Index      string
	ForeignKey bool
}

// Error is an adapter error: a [Kind] plus the details the driver gave.
// The driver's own error stays reachable through Unwrap.
type Error struct {
	Kind Kind

	// OriginalCode and OriginalMessage are the driver's code and message
	// ("23505", "SQLITE_CONSTRAINT_UNIQUE", "1062").
	OriginalCode    string
	OriginalMessage string

	Constraint *Constraint // UniqueConstraintViolation, NullConstraintViolation, ForeignKey..., RestrictViolation
	Table      string      // UniqueConstraintViolation, TableDoesNotExist
	Column     string      // LengthMismatch, ColumnNotFound; also postgres
	Database   string      // DatabaseDoesNotExist, DatabaseAlreadyExists, DatabaseAccessDenied
	User       string      // AuthenticationFailed
	Host       string      // DatabaseNotReachable
	Port       int         // DatabaseNotReachable
	Cause      string      // ValueOutOfRange, TooManyConnections, InconsistentColumnData, TransactionAlreadyClosed
	Reason     string      // TlsConnectionError
	Level      string      // InvalidIsolationLevel
	Type       string      // UnsupportedNativeDataType
	Message    string      // InvalidInputValue; database-specific kinds
	ID         int         // GenericJs

	// Database-specific details (kinds postgres, mysql, sqlite, mssql).
	Code     string // postgres SQLSTATE; mysql/mssql error number; sqlite extended code (decimal)
	Severity string // postgres
	Detail   string // postgres
	Hint     string // postgres
	State    string // mysql SQLSTATE

	// Err is the driver's error.
	Err error
}

// Error returns a one-line description.
func (e *Error) Error() string {
	if e.OriginalMessage != "" {
		return e.Kind.String() + ": " + e.OriginalMessage
	}
	if e.Message != "" {
		return e.Kind.String() + ": " + e.Message
	}
	if e.Err != nil {
		return e.Kind.String() + ": " + e.Err.Error()
	}
	return e.Kind.String()
}

// Unwrap returns the driver's error.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is an *Error of the same kind, so that
// errors.Is(err, &adapter.Error{Kind: adapter.UniqueConstraintViolation}) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && t.OriginalCode == "" && t.Err == nil
}

// AsError returns the *Error in err's chain, if any.
func AsError(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// MarshalJSON renders the error as Prisma renders the `cause` of a
// DriverAdapterError: originalCode, originalMessage, kind, then the kind's
// own fields, omitting unset optional ones.
func (e *Error) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	field := func(name string, v any) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(strconv.Quote(name))
		b.WriteByte(':')
		b.Write(marshalJS(v))
	}
	if e.OriginalCode != "" {
		field("originalCode", e.OriginalCode)
	}
	if e.OriginalMessage != "" || e.OriginalCode != "" {
		field("originalMessage", e.OriginalMessage)
	}
	field("kind", e.Kind.String())
	switch e.Kind {
	case GenericJS:
		field("id", e.ID)
	case UnsupportedNativeDataType:
		field("type", e.Type)
	case InvalidIsolationLevel:
		field("level", e.Level)
	case LengthMismatch, ColumnNotFound:
		if e.Column != "" {
			field("column", e.Column)
		}
	case UniqueConstraintViolation, NullConstraintViolation, ForeignKeyConstraintViolation, RestrictViolation:
		if e.Constraint != nil {
			field("constraint", e.Constraint.jsonValue())
		}
		if e.Kind == UniqueConstraintViolation && e.Table != "" {
			field("table", e.Table)
		}
	case DatabaseNotReachable:
		if e.Host != "" {
			field("host", e.Host)
		}
		if e.Port != 0 {
			field("port", e.Port)
		}
	case DatabaseDoesNotExist, DatabaseAlreadyExists, DatabaseAccessDenied:
		if e.Database != "" {
			field("db", e.Database)
		}
	case TLSConnectionError:
		field("reason", e.Reason)
	case AuthenticationFailed:
		if e.User != "" {
			field("user", e.User)
		}
	case TableDoesNotExist:
		if e.Table != "" {
			field("table", e.Table)
		}
	case TooManyConnections, ValueOutOfRange, InconsistentColumnData, TransactionAlreadyClosed:
		field("cause", e.Cause)
	case InvalidInputValue:
		field("message", e.Message)
	case PostgresError:
		field("code", e.Code)
		field("severity", e.Severity)
		field("message", e.Message)
		if e.Detail != "" {
			field("detail", e.Detail)
		}
		if e.Column != "" {
			field("column", e.Column)
		}
		if e.Hint != "" {
			field("hint", e.Hint)
		}
	case MySQLError:
		n, _ := strconv.Atoi(e.Code)
		field("code", n)
		field("message", e.Message)
		field("state", e.State)
		if e.Cause != "" {
			field("cause", e.Cause)
		}
	case SQLiteError:
		n, _ := strconv.Atoi(e.Code)
		field("extendedCode", n)
		field("message", e.Message)
	case MSSQLError:
		n, _ := strconv.Atoi(e.Code)
		field("code", n)
		field("message", e.Message)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalJS encodes v as JavaScript's JSON.stringify does: no HTML escaping.
func marshalJS(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func (c *Constraint) jsonValue() any {
	switch {
	case c.Fields != nil:
		return map[string]any{"fields": c.Fields}
	case c.ForeignKey:
		return map[string]any{"foreignKey": map[string]any{}}
	}
	return map[string]any{"index": c.Index}
}

// RenderConstraint renders a constraint as Prisma's messages do:
// "fields: (`a`, `b`)", "constraint: `name`", "foreign key" or "(not available)".
func RenderConstraint(c *Constraint) string {
	switch {
	case c == nil:
		return "(not available)"
	case c.Fields != nil:
		var b bytes.Buffer
		b.WriteString("fields: (")
		for i, f := range c.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("`" + f + "`")
		}
		b.WriteString(")")
		return b.String()
	case c.ForeignKey:
		return "foreign key"
	}
	return "constraint: `" + c.Index + "`"
}

// UserMessage renders the kind's Prisma message template, or "" for the
// database-specific kinds.
func (e *Error) UserMessage() string {
	na := func(s string) string {
		if s == "" {
			return "(not available)"
		}
		return s
	}
	switch e.Kind {
	case AuthenticationFailed:
		return "Authentication failed against the database server, the provided database credentials for `" + na(e.User) + "` are not valid"
	case DatabaseNotReachable:
		addr := e.Host
		if e.Host != "" && e.Port != 0 {
			addr = fmt.Sprintf("%s:%d", e.Host, e.Port)
		}
		if addr != "" {
			return "Can't reach database server at " + addr
		}
		return "Can't reach database server"
	case DatabaseDoesNotExist:
		return "Database `" + na(e.Database) + "` does not exist on the database server"
	case SocketTimeout:
		return "Operation has timed out"
	case DatabaseAlreadyExists:
		return "Database `" + na(e.Database) + "` already exists on the database server"
	case DatabaseAccessDenied:
		return "User was denied access on the database `" + na(e.Database) + "`"
	case TLSConnectionError:
		return "Error opening a TLS connection: " + e.Reason
	case ConnectionClosed:
		return "Server has closed the connection."
	case TransactionAlreadyClosed:
		return e.Cause
	case LengthMismatch:
		return "The provided value for the column is too long for the column's type. Column: " + na(e.Column)
	case UniqueConstraintViolation:
		return "Unique constraint failed on the " + RenderConstraint(e.Constraint)
	case ForeignKeyConstraintViolation, RestrictViolation:
		return "Foreign key constraint violated on the " + RenderConstraint(e.Constraint)
	case UnsupportedNativeDataType:
		return "Failed to deserialize column of type '" + e.Type + "'. If you're using $queryRaw and this column is explicitly marked as `Unsupported` in your Prisma schema, try casting this column to any supported Prisma type such as `String`."
	case NullConstraintViolation:
		return "Null constraint violation on the " + RenderConstraint(e.Constraint)
	case ValueOutOfRange:
		return "Value out of range for the type: " + e.Cause
	case TableDoesNotExist:
		return "The table `" + na(e.Table) + "` does not exist in the current database."
	case ColumnNotFound:
		return "The column `" + na(e.Column) + "` does not exist in the current database."
	case InvalidIsolationLevel:
		return "Error in connector: Conversion error: " + e.Level
	case InconsistentColumnData:
		return "Inconsistent column data: " + e.Cause
	case MissingFullTextSearchIndex:
		return "Cannot find a fulltext index to use for the native search, try adding a @@fulltext([Fields...]) to your schema"
	case TransactionWriteConflict:
		return "Transaction failed due to a write conflict or a deadlock. Please retry your transaction"
	case GenericJS:
		return fmt.Sprintf("Error in external connector (id %d)", e.ID)
	case TooManyConnections:
		return "Too many database connections opened: " + e.Cause
	case InvalidInputValue:
		return "Invalid input value: " + e.Message
	}
	return ""
}
