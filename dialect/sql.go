package dialect

import (
	"io"

	"github.com/noengine/noengine/schema"
)

// SQL spellings that differ between dialects, as Prisma 7.10 writes them.
//
// Methods that wrap SQL the compiler builds (a column, a bound parameter, a
// list of columns) write to an io.StringWriter and call back for the parts
// they do not know: a hole is a func() that writes its part to the same
// writer, bind a func(string) that writes a string bound as a parameter.
// Methods whose spelling is text around one expression return the text
// before and after it instead.

// JSONType names the JSON type a Json filter checks the value it looks at
// against.
type JSONType uint8

// JSON types.
const (
	JSONString JSONType = iota
	JSONNumber
	JSONArray
)

// LikePattern returns the text around a value v that makes the LIKE pattern
// '%' || v || '%' in the dialect's string concatenation: pre puts the
// wildcard before the value, post after it.
func (d *Dialect) LikePattern(pre, post bool) (open, close string) {
	switch d.Family {
	case MySQL:
		open, close = "CONCAT(", ")"
		if pre {
			open += "'%', "
		}
		if post {
			close = ", '%'" + close
		}
	case SQLServer:
		open, close = "(", ")"
		if pre {
			open += "'%' + "
		}
		if post {
			close = " + '%'" + close
		}
	default:
		open, close = "(", ")"
		if pre {
			open += "'%' || "
		}
		if post {
			close = " || '%'" + close
		}
	}
	return open, close
}

// NullsSortKey writes, for a dialect without NULLS FIRST/LAST (see
// NullsFirstLast), the ORDER BY term that puts the NULLs of expr first (or
// last) ahead of the term that sorts on expr, with its trailing ", ", as
// Prisma writes it: MySQL `expr IS NULL DESC, ` (ASC for last), SQL Server
// `CASE WHEN expr IS NULL THEN 0 ELSE 1 END, ` (1 ELSE 0 for last). It
// writes nothing for the other dialects.
func (d *Dialect) NullsSortKey(w io.StringWriter, expr func(), first bool) {
	switch d.Family {
	case MySQL:
		expr()
		if first {
			w.WriteString(" IS NULL DESC, ")
		} else {
			w.WriteString(" IS NULL ASC, ")
		}
	case SQLServer:
		w.WriteString("CASE WHEN ")
		expr()
		if first {
			w.WriteString(" IS NULL THEN 0 ELSE 1 END, ")
		} else {
			w.WriteString(" IS NULL THEN 1 ELSE 0 END, ")
		}
	}
}

// FullTextMatch writes the `search` filter's condition on the columns cols
// (written comma-separated) for the query text query: PostgreSQL
// `to_tsvector(concat_ws(' ', cols)) @@ to_tsquery(query)`, MySQL
// `MATCH (cols)AGAINST (query IN BOOLEAN MODE)` (see FullTextSearch).
func (d *Dialect) FullTextMatch(w io.StringWriter, cols, query func()) {
	d.fullText(w, cols, query, "to_tsvector(concat_ws(' ', ", ")) @@ to_tsquery(", ")")
}

// FullTextRank writes orderBy _relevance's sort expression on the columns
// cols for the query text query: PostgreSQL `ts_rank(to_tsvector(concat_ws('
// ', cols)), to_tsquery(query))`, MySQL the MATCH ... AGAINST of
// FullTextMatch.
func (d *Dialect) FullTextRank(w io.StringWriter, cols, query func()) {
	d.fullText(w, cols, query, "ts_rank(to_tsvector(concat_ws(' ', ", ")), to_tsquery(", "))")
}

// fullText writes PostgreSQL's pgOpen cols pgMid query pgClose, or MySQL's
// MATCH (cols)AGAINST (query IN BOOLEAN MODE).
func (d *Dialect) fullText(w io.StringWriter, cols, query func(), pgOpen, pgMid, pgClose string) {
	open, mid, close := "MATCH (", ")AGAINST (", " IN BOOLEAN MODE)"
	if d.Family == Postgres {
		open, mid, close = pgOpen, pgMid, pgClose
	}
	w.WriteString(open)
	cols()
	w.WriteString(mid)
	query()
	w.WriteString(close)
}

// JSONAtPath writes the Json value at path in the Json column col, as JSON
// (Prisma's json_extract): PostgreSQL `(col#>ARRAY[path]::text[])::jsonb`,
// MySQL `JSON_EXTRACT(col, path)`, SQLite `col->path`. path writes the path
// as bound parameters: one per key (see JSONPathArray) or one JSON path
// ("$.a.b").
func (d *Dialect) JSONAtPath(w io.StringWriter, col, path func()) {
	d.jsonAtPath(w, col, path, false)
}

// JSONTextAtPath writes the value at path in the Json column col as text (a
// JSON string unquoted): PostgreSQL `(col#>>ARRAY[path]::text[])`, MySQL
// `JSON_UNQUOTE(JSON_EXTRACT(col, path))`, SQLite `col->>path`.
func (d *Dialect) JSONTextAtPath(w io.StringWriter, col, path func()) {
	d.jsonAtPath(w, col, path, true)
}

// jsonAtPath is JSONAtPath, or JSONTextAtPath when text is set.
func (d *Dialect) jsonAtPath(w io.StringWriter, col, path func(), text bool) {
	var open, mid, close string
	switch d.Family {
	case Postgres:
		open, mid, close = "(", "#>ARRAY[", "]::text[])::jsonb"
		if text {
			mid, close = "#>>ARRAY[", "]::text[])"
		}
	case MySQL:
		open, mid, close = "JSON_EXTRACT(", ", ", ")"
		if text {
			open, close = "JSON_UNQUOTE(JSON_EXTRACT(", "))"
		}
	default:
		mid = "->"
		if text {
			mid = "->>"
		}
	}
	w.WriteString(open)
	col()
	w.WriteString(mid)
	path()
	w.WriteString(close)
}

// JSONArrayElement writes the first (last: the last) element of the JSON
// array json, as JSON: PostgreSQL `(json->0)` / `(json->-1)`, MySQL
// `JSON_EXTRACT(json, '$[0]')` / `JSON_EXTRACT(json, CONCAT('$[',
// JSON_LENGTH(json) - 1, ']'))`, SQLite `json->'$[0]'` / `json->'$[#-1]'`;
// the quoted paths are bound through bind.
func (d *Dialect) JSONArrayElement(w io.StringWriter, json func(), bind func(string), last bool) {
	switch d.Family {
	case Postgres:
		w.WriteString("(")
		json()
		if last {
			w.WriteString("->-1)")
		} else {
			w.WriteString("->0)")
		}
	case MySQL:
		w.WriteString("JSON_EXTRACT(")
		json()
		w.WriteString(", ")
		if last {
			w.WriteString("CONCAT('$[', JSON_LENGTH(")
			json()
			w.WriteString(") - 1, ']')")
		} else {
			bind("$[0]")
		}
		w.WriteString(")")
	default:
		json()
		w.WriteString("->")
		if last {
			bind("$[#-1]")
		} else {
			bind("$[0]")
		}
	}
}

// JSONTypeCheck writes "the JSON type of json is (not: is not) typ", the
// type names bound through bind: PostgreSQL `JSONB_TYPEOF(json) = 'string'`,
// MySQL `(JSON_TYPE(json) = 'STRING')`, SQLite `(JSON_TYPE(json) = 'text')`.
// A number is an integer or a double (real), and the second test stays "="
// under not, as Prisma writes it (so NOT(...) drops doubles too). On
// PostgreSQL a non-nil ref (a referenced Json column) is compared by type
// instead of typ: `JSONB_TYPEOF(json) = JSONB_TYPEOF(ref::jsonb)`; the other
// dialects check typ.
func (d *Dialect) JSONTypeCheck(w io.StringWriter, json, ref func(), bind func(string), typ JSONType, not bool) {
	op := " = "
	if not {
		op = " != "
	}
	if d.Family == Postgres {
		w.WriteString("JSONB_TYPEOF(")
		json()
		w.WriteString(")")
		w.WriteString(op)
		if ref != nil {
			w.WriteString("JSONB_TYPEOF(")
			ref()
			w.WriteString("::jsonb)")
			return
		}
		bind([...]string{"string", "number", "array"}[typ])
		return
	}
	names := [...]string{"text", "integer", "array", "real"}
	if d.Family == MySQL {
		names = [...]string{"STRING", "INTEGER", "ARRAY", "DOUBLE"}
	}
	w.WriteString("(JSON_TYPE(")
	json()
	w.WriteString(")")
	w.WriteString(op)
	bind(names[typ])
	if typ == JSONNumber {
		w.WriteString(" OR JSON_TYPE(")
		json()
		w.WriteString(") = ")
		bind(names[3])
	}
	w.WriteString(")")
}

// JSONEqual writes "lhs equals rhs" (not: differs) for two Json values;
// bound says rhs is a bound parameter holding JSON text (else a Json
// column): PostgreSQL `lhs::jsonb = rhs` (`lhs = rhs` for a column), MySQL
// `(JSON_CONTAINS(lhs, rhs) AND JSON_CONTAINS(rhs, lhs))` (`(NOT
// JSON_CONTAINS(lhs, rhs) OR NOT JSON_CONTAINS(rhs, lhs))` for not), which
// compares values where MariaDB's JSON is text, SQLite `lhs = rhs`; `<>` for
// not.
func (d *Dialect) JSONEqual(w io.StringWriter, lhs, rhs func(), bound, not bool) {
	if d.Family == MySQL {
		if not {
			w.WriteString("(NOT JSON_CONTAINS(")
		} else {
			w.WriteString("(JSON_CONTAINS(")
		}
		lhs()
		w.WriteString(", ")
		rhs()
		if not {
			w.WriteString(") OR NOT JSON_CONTAINS(")
		} else {
			w.WriteString(") AND JSON_CONTAINS(")
		}
		rhs()
		w.WriteString(", ")
		lhs()
		w.WriteString("))")
		return
	}
	lhs()
	if bound && d.Family == Postgres {
		w.WriteString("::jsonb")
	}
	if not {
		w.WriteString(" <> ")
	} else {
		w.WriteString(" = ")
	}
	rhs()
}

// JSONArrayContains writes the array_contains condition "the JSON array
// json contains the value rhs": PostgreSQL `json @> rhs`, MySQL
// `JSON_CONTAINS(json, rhs)`. Only dialects with the JSONArrayContains
// feature have it; the others write nothing.
func (d *Dialect) JSONArrayContains(w io.StringWriter, json, rhs func()) {
	switch d.Family {
	case Postgres:
		json()
		w.WriteString(" @> ")
		rhs()
	case MySQL:
		w.WriteString("JSON_CONTAINS(")
		json()
		w.WriteString(", ")
		rhs()
		w.WriteString(")")
	}
}

// JSONAsText returns the text around a Json value that makes it text for
// ILIKE, the way Prisma writes Json equality under mode: insensitive:
// PostgreSQL `json::text`, MySQL `CAST(json AS CHAR)` (which MySQL and
// MariaDB then reject: ILIKE is PostgreSQL's). ok is false for the dialects
// Prisma has no spelling for (it panics).
func (d *Dialect) JSONAsText() (open, close string, ok bool) {
	switch d.Family {
	case Postgres:
		return "", "::text", true
	case MySQL:
		return "CAST(", " AS CHAR)", true
	}
	return "", "", false
}

// JSONRowColumn returns the text around column f in the dialect's JSON row
// constructor (JSONArrayFunc), so that the value comes out of the JSON the
// way the adapter returns it when it reads the column: PostgreSQL casts Oid
// to int8, Money to numeric, Json to text (text[] for a list) and
// Unsupported, Bit, VarBit, Inet and Xml columns to text; SQLite writes
// Bytes as hex(col).
func (d *Dialect) JSONRowColumn(f *schema.Field) (open, close string) {
	native := ""
	if f.Native != nil {
		native = f.Native.Name
	}
	switch d.Family {
	case Postgres:
		switch f.Kind {
		case schema.UnsupportedField:
			return "", "::text"
		case schema.ScalarField:
			switch f.Scalar {
			case schema.Int, schema.BigInt:
				if native == "Oid" {
					return "", "::int8"
				}
				return "", ""
			case schema.Decimal:
				if native == "Money" {
					return "", "::numeric"
				}
				return "", ""
			case schema.JSON:
				if f.List {
					return "", "::text[]"
				}
				return "", "::text"
			case schema.Float, schema.Boolean, schema.DateTime, schema.Bytes:
				return "", ""
			case schema.String:
			default: // no Prisma scalar: read as Unsupported
				return "", "::text"
			}
		}
		if native == "Bit" || native == "VarBit" || native == "Inet" || native == "Xml" {
			return "", "::text"
		}
	case SQLite:
		if f.Kind == schema.ScalarField && f.Scalar == schema.Bytes {
			return "hex(", ")"
		}
	}
	return "", ""
}
