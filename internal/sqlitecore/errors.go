package sqlitecore

import (
	"strconv"
	"strings"

	"github.com/noengine/noengine/adapter"
)

// CodeStyle says how an adapter reports SQLite result codes, following the
// Prisma adapter it mirrors.
type CodeStyle uint8

const (
	// CodeNames is @prisma/adapter-better-sqlite3's style: OriginalCode is
	// the code's name as better-sqlite3 spells it ("SQLITE_CONSTRAINT_UNIQUE",
	// "UNKNOWN_SQLITE_ERROR_<n>" for codes missing from its table), and an
	// unclassified error carries extended code 1 unless its name is unknown,
	// because Prisma recovers the number only from "UNKNOWN_SQLITE_ERROR_<n>".
	CodeNames CodeStyle = iota
	// CodeNumbers is @prisma/adapter-libsql's style: OriginalCode is the
	// extended code in decimal ("2067"), and an unclassified error carries
	// that code.
	CodeNumbers
)

// Classify builds the adapter error for SQLite extended result code ext and
// message msg (sqlite3_errmsg()), as Prisma's SQLite adapters convert driver
// errors (their convertDriverError). cause is the driver's error.
func Classify(ext int, msg string, cause error, style CodeStyle) *adapter.Error {
	name, known := CodeName(ext)
	e := &adapter.Error{OriginalCode: name, OriginalMessage: msg, Err: cause}
	if style == CodeNumbers {
		e.OriginalCode = strconv.Itoa(ext)
	}
	switch ext {
	case codeConstraintUnique, codeConstraintPrimaryKey:
		e.Kind = adapter.UniqueConstraintViolation
		if cols, ok := jsSplitAt(msg, "constraint failed: ", 1); ok {
			parts := strings.Split(cols, ", ")
			fields := make([]string, len(parts))
			for i, p := range parts {
				fields[i] = p[strings.LastIndexByte(p, '.')+1:]
			}
			e.Constraint = &adapter.Constraint{Fields: fields}
			if dot := strings.LastIndexByte(parts[0], '.'); dot > 0 {
				e.Table = parts[0][:dot]
			}
		}
	case codeConstraintNotNull:
		e.Kind = adapter.NullConstraintViolation
		if cols, ok := jsSplitAt(msg, "constraint failed: ", 1); ok {
			parts := strings.Split(cols, ", ")
			fields := make([]string, len(parts))
			for i, p := range parts {
				fields[i] = p[strings.LastIndexByte(p, '.')+1:]
			}
			e.Constraint = &adapter.Constraint{Fields: fields}
		}
	case codeConstraintForeignKey, codeConstraintTrigger:
		e.Kind = adapter.ForeignKeyConstraintViolation
		e.Constraint = &adapter.Constraint{ForeignKey: true}
	default:
		// SQLite has one result code for a missing table, a missing column
		// and a syntax error (SQLITE_ERROR); the message is the only place
		// the difference shows, so these are told apart by its text, with
		// Prisma's rules.
		switch {
		case ext&0xff == codeBusy:
			e.Kind = adapter.SocketTimeout
		case strings.HasPrefix(msg, "no such table"):
			e.Kind = adapter.TableDoesNotExist
			e.Table, _ = jsSplitAt(msg, ": ", 1)
		case strings.HasPrefix(msg, "no such column"):
			e.Kind = adapter.ColumnNotFound
			e.Column, _ = jsSplitAt(msg, ": ", 1)
		case strings.Contains(msg, "has no column named "):
			e.Kind = adapter.ColumnNotFound
			e.Column, _ = jsSplitAt(msg, "has no column named ", 1)
		default:
			e.Kind = adapter.SQLiteError
			e.Message = msg
			switch {
			case style == CodeNumbers:
				e.Code = strconv.Itoa(ext)
			case known:
				// better-sqlite3 reports codes by name only; Prisma recovers
				// the number from "UNKNOWN_SQLITE_ERROR_<n>" and otherwise
				// reports the generic 1. We report what Prisma reports; the
				// real code is in the wrapped driver error.
				e.Code = "1"
			default:
				e.Code = strconv.Itoa(ext)
			}
		}
	}
	return e
}

// ParseCode parses a SQLite result code given as a number ("2067") or as a
// name ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT",
// "UNKNOWN_SQLITE_ERROR_773"), as Hrana servers and drivers report them.
func ParseCode(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil && n >= 0 {
		return n, true
	}
	if n, ok := codesByName[s]; ok {
		return n, true
	}
	if rest, ok := strings.CutPrefix(s, "UNKNOWN_SQLITE_ERROR_"); ok {
		if n, err := strconv.Atoi(rest); err == nil && n >= 0 {
			return n, true
		}
	}
	return 0, false
}

// CodeFromMessage recovers the extended result code from the text of
// sqlite3_errmsg() for the errors whose text SQLite fixes: constraint
// failures, locks and interruptions. Everything else is SQLITE_ERROR (1).
// It serves drivers that report an error's message but not its code; the
// text cannot tell a PRIMARY KEY from a UNIQUE violation (both read "UNIQUE
// constraint failed: ..."), which Prisma reports alike.
func CodeFromMessage(msg string) int {
	switch {
	case strings.HasPrefix(msg, "UNIQUE constraint failed"):
		return codeConstraintUnique
	case strings.HasPrefix(msg, "NOT NULL constraint failed"):
		return codeConstraintNotNull
	case strings.HasPrefix(msg, "FOREIGN KEY constraint failed"):
		return codeConstraintForeignKey
	case strings.HasPrefix(msg, "CHECK constraint failed"):
		return 19 | 1<<8
	case msg == "database is locked":
		return codeBusy
	case msg == "database table is locked" || strings.HasPrefix(msg, "database table is locked:"):
		return 6
	case msg == "interrupted":
		return 9
	case msg == "attempt to write a readonly database":
		return 8
	case msg == "database or disk is full":
		return 13
	case msg == "string or blob too big":
		return 18
	case msg == "datatype mismatch":
		return 20
	}
	return 1
}

// jsSplitAt returns JavaScript's s.split(sep).at(i): the i-th piece of s
// split at every sep.
func jsSplitAt(s, sep string, i int) (string, bool) {
	for ; i > 0; i-- {
		k := strings.Index(s, sep)
		if k < 0 {
			return "", false
		}
		s = s[k+len(sep):]
	}
	if k := strings.Index(s, sep); k >= 0 {
		s = s[:k]
	}
	return s, true
}

// SQLite result codes used in the classification.
const (
	codeBusy                 = 5
	codeConstraintForeignKey = 19 | 3<<8
	codeConstraintNotNull    = 19 | 5<<8
	codeConstraintPrimaryKey = 19 | 6<<8
	codeConstraintTrigger    = 19 | 7<<8
	codeConstraintUnique     = 19 | 8<<8
)

// CodeName returns the name better-sqlite3 (12.x) gives a result code, or
// "UNKNOWN_SQLITE_ERROR_<code>" for codes missing from its table (known is
// false then).
func CodeName(code int) (name string, known bool) {
	if name, ok := codeNames[code]; ok {
		return name, true
	}
	return "UNKNOWN_SQLITE_ERROR_" + strconv.Itoa(code), false
}

// codeNames is better-sqlite3's table of result code names
// (src/util/constants.cpp). Codes SQLite added later, such as
// SQLITE_BUSY_TIMEOUT (773), are deliberately absent, as they are there.
var codeNames = map[int]string{
	0:   "SQLITE_OK",
	1:   "SQLITE_ERROR",
	2:   "SQLITE_INTERNAL",
	3:   "SQLITE_PERM",
	4:   "SQLITE_ABORT",
	5:   "SQLITE_BUSY",
	6:   "SQLITE_LOCKED",
	7:   "SQLITE_NOMEM",
	8:   "SQLITE_READONLY",
	9:   "SQLITE_INTERRUPT",
	10:  "SQLITE_IOERR",
	11:  "SQLITE_CORRUPT",
	12:  "SQLITE_NOTFOUND",
	13:  "SQLITE_FULL",
	14:  "SQLITE_CANTOPEN",
	15:  "SQLITE_PROTOCOL",
	16:  "SQLITE_EMPTY",
	17:  "SQLITE_SCHEMA",
	18:  "SQLITE_TOOBIG",
	19:  "SQLITE_CONSTRAINT",
	20:  "SQLITE_MISMATCH",
	21:  "SQLITE_MISUSE",
	22:  "SQLITE_NOLFS",
	23:  "SQLITE_AUTH",
	24:  "SQLITE_FORMAT",
	25:  "SQLITE_RANGE",
	26:  "SQLITE_NOTADB",
	27:  "SQLITE_NOTICE",
	28:  "SQLITE_WARNING",
	100: "SQLITE_ROW",
	101: "SQLITE_DONE",

	1 | 1<<8: "SQLITE_ERROR_MISSING_COLLSEQ",
	1 | 2<<8: "SQLITE_ERROR_RETRY",
	1 | 3<<8: "SQLITE_ERROR_SNAPSHOT",

	10 | 1<<8:  "SQLITE_IOERR_READ",
	10 | 2<<8:  "SQLITE_IOERR_SHORT_READ",
	10 | 3<<8:  "SQLITE_IOERR_WRITE",
	10 | 4<<8:  "SQLITE_IOERR_FSYNC",
	10 | 5<<8:  "SQLITE_IOERR_DIR_FSYNC",
	10 | 6<<8:  "SQLITE_IOERR_TRUNCATE",
	10 | 7<<8:  "SQLITE_IOERR_FSTAT",
	10 | 8<<8:  "SQLITE_IOERR_UNLOCK",
	10 | 9<<8:  "SQLITE_IOERR_RDLOCK",
	10 | 10<<8: "SQLITE_IOERR_DELETE",
	10 | 11<<8: "SQLITE_IOERR_BLOCKED",
	10 | 12<<8: "SQLITE_IOERR_NOMEM",
	10 | 13<<8: "SQLITE_IOERR_ACCESS",
	10 | 14<<8: "SQLITE_IOERR_CHECKRESERVEDLOCK",
	10 | 15<<8: "SQLITE_IOERR_LOCK",
	10 | 16<<8: "SQLITE_IOERR_CLOSE",
	10 | 17<<8: "SQLITE_IOERR_DIR_CLOSE",
	10 | 18<<8: "SQLITE_IOERR_SHMOPEN",
	10 | 19<<8: "SQLITE_IOERR_SHMSIZE",
	10 | 20<<8: "SQLITE_IOERR_SHMLOCK",
	10 | 21<<8: "SQLITE_IOERR_SHMMAP",
	10 | 22<<8: "SQLITE_IOERR_SEEK",
	10 | 23<<8: "SQLITE_IOERR_DELETE_NOENT",
	10 | 24<<8: "SQLITE_IOERR_MMAP",
	10 | 25<<8: "SQLITE_IOERR_GETTEMPPATH",
	10 | 26<<8: "SQLITE_IOERR_CONVPATH",
	10 | 27<<8: "SQLITE_IOERR_VNODE",
	10 | 28<<8: "SQLITE_IOERR_AUTH",
	10 | 29<<8: "SQLITE_IOERR_BEGIN_ATOMIC",
	10 | 30<<8: "SQLITE_IOERR_COMMIT_ATOMIC",
	10 | 31<<8: "SQLITE_IOERR_ROLLBACK_ATOMIC",
	10 | 32<<8: "SQLITE_IOERR_DATA",
	10 | 33<<8: "SQLITE_IOERR_CORRUPTFS",
	10 | 34<<8: "SQLITE_IOERR_IN_PAGE",

	6 | 1<<8: "SQLITE_LOCKED_SHAREDCACHE",
	6 | 2<<8: "SQLITE_LOCKED_VTAB",
	5 | 1<<8: "SQLITE_BUSY_RECOVERY",
	5 | 2<<8: "SQLITE_BUSY_SNAPSHOT",

	14 | 1<<8: "SQLITE_CANTOPEN_NOTEMPDIR",
	14 | 2<<8: "SQLITE_CANTOPEN_ISDIR",
	14 | 3<<8: "SQLITE_CANTOPEN_FULLPATH",
	14 | 4<<8: "SQLITE_CANTOPEN_CONVPATH",
	14 | 5<<8: "SQLITE_CANTOPEN_DIRTYWAL",
	14 | 6<<8: "SQLITE_CANTOPEN_SYMLINK",

	11 | 1<<8: "SQLITE_CORRUPT_VTAB",
	11 | 2<<8: "SQLITE_CORRUPT_SEQUENCE",
	11 | 3<<8: "SQLITE_CORRUPT_INDEX",

	8 | 1<<8: "SQLITE_READONLY_RECOVERY",
	8 | 2<<8: "SQLITE_READONLY_CANTLOCK",
	8 | 3<<8: "SQLITE_READONLY_ROLLBACK",
	8 | 4<<8: "SQLITE_READONLY_DBMOVED",
	8 | 5<<8: "SQLITE_READONLY_CANTINIT",
	8 | 6<<8: "SQLITE_READONLY_DIRECTORY",

	4 | 2<<8: "SQLITE_ABORT_ROLLBACK",

	19 | 1<<8:  "SQLITE_CONSTRAINT_CHECK",
	19 | 2<<8:  "SQLITE_CONSTRAINT_COMMITHOOK",
	19 | 3<<8:  "SQLITE_CONSTRAINT_FOREIGNKEY",
	19 | 4<<8:  "SQLITE_CONSTRAINT_FUNCTION",
	19 | 5<<8:  "SQLITE_CONSTRAINT_NOTNULL",
	19 | 6<<8:  "SQLITE_CONSTRAINT_PRIMARYKEY",
	19 | 7<<8:  "SQLITE_CONSTRAINT_TRIGGER",
	19 | 8<<8:  "SQLITE_CONSTRAINT_UNIQUE",
	19 | 9<<8:  "SQLITE_CONSTRAINT_VTAB",
	19 | 10<<8: "SQLITE_CONSTRAINT_ROWID",
	19 | 11<<8: "SQLITE_CONSTRAINT_PINNED",
	19 | 12<<8: "SQLITE_CONSTRAINT_DATATYPE",

	27 | 1<<8: "SQLITE_NOTICE_RECOVER_WAL",
	27 | 2<<8: "SQLITE_NOTICE_RECOVER_ROLLBACK",
	27 | 3<<8: "SQLITE_NOTICE_RBU",
	28 | 1<<8: "SQLITE_WARNING_AUTOINDEX",
	23 | 1<<8: "SQLITE_AUTH_USER",
	0 | 1<<8:  "SQLITE_OK_LOAD_PERMANENTLY",
	0 | 2<<8:  "SQLITE_OK_SYMLINK",
}

// codesByName maps the names of codeNames, and SQLite's names for codes
// better-sqlite3 lacks, to their codes.
var codesByName = func() map[string]int {
	m := make(map[string]int, len(codeNames)+4)
	for c, n := range codeNames {
		m[n] = c
	}
	m["SQLITE_BUSY_TIMEOUT"] = 5 | 3<<8
	m["SQLITE_IOERR_BADKEY"] = 10 | 35<<8
	m["SQLITE_IOERR_CODEC"] = 10 | 36<<8
	return m
}()
