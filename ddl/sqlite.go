package ddl

import (
	"strings"
)

// sqliteRenderer follows flavour/sqlite/renderer.rs and libs/sql-ddl/src/sqlite.rs.
type sqliteRenderer struct{}

func (sqliteRenderer) foreignKeysInline() bool       { return true }
func (sqliteRenderer) indexInline(*index) bool       { return false }
func (sqliteRenderer) createNamespace(string) string { return "" }
func (sqliteRenderer) createExtension(string) string { return "" }
func (sqliteRenderer) createEnum(*enumType) string   { return "" }

func (sqliteRenderer) addForeignKey(*foreignKey) string { return "" }

func sqliteType(c *column) string {
	switch c.fam {
	case famBoolean:
		return "BOOLEAN"
	case famDateTime:
		return "DATETIME"
	case famFloat:
		return "REAL"
	case famDecimal:
		return "DECIMAL"
	case famInt:
		return "INTEGER"
	case famBigInt:
		return "BIGINT"
	case famBytes:
		return "BLOB"
	case famJSON:
		return "JSONB"
	case famUnsupported:
		return c.unsupported
	}
	return "TEXT" // String, Enum
}

func sqliteDefault(d *colDefault) (string, bool) {
	switch d.kind {
	case defDBGenerated:
		if !d.hasExpr {
			return "", false
		}
		return d.expr, true
	case defNow:
		return "CURRENT_TIMESTAMP", true
	case defSequence, defUniqueRowid:
		return "", false
	}
	return sqliteValue(d.val), true
}

func sqliteValue(v value) string {
	switch v.kind {
	case vString, vEnum:
		return quoteString(v.s)
	case vBytes:
		return quoteString(hexString(v.bytes))
	case vDateTime:
		return quoteString(chronoDisplay(v.t))
	}
	// Json defaults are rendered unquoted, as Prisma does.
	return v.display()
}

func (sqliteRenderer) createTable(t *table) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(doubleQuotes.id(t.name))
	b.WriteString(" (\n")
	var singlePK *column
	if t.pk != nil && len(t.pk.cols) == 1 {
		singlePK = t.pk.cols[0].col
	}
	for i, c := range t.columns {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("    ")
		b.WriteString(doubleQuotes.id(c.name))
		b.WriteByte(' ')
		b.WriteString(sqliteType(c))
		if c.arity != nullable {
			b.WriteString(" NOT NULL")
		}
		if c == singlePK {
			b.WriteString(" PRIMARY KEY")
			if c.fam == famInt {
				b.WriteString(" AUTOINCREMENT")
			}
		}
		if c.def != nil {
			if d, ok := sqliteDefault(c.def); ok {
				b.WriteString(" DEFAULT ")
				b.WriteString(d)
			}
		}
	}
	if t.pk != nil && singlePK == nil && len(t.pk.cols) > 0 {
		b.WriteString(",\n\n    PRIMARY KEY (")
		for i, ic := range t.pk.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(doubleQuotes.id(ic.col.name))
		}
		b.WriteString(")")
	}
	for _, fk := range t.fks {
		b.WriteString(",\n    CONSTRAINT ")
		b.WriteString(doubleQuotes.id(fk.name))
		b.WriteString(" FOREIGN KEY (")
		b.WriteString(doubleQuotes.list(fk.cols, ", "))
		b.WriteString(") REFERENCES ")
		b.WriteString(doubleQuotes.id(fk.ref.name))
		b.WriteString(" (")
		b.WriteString(doubleQuotes.list(fk.refCols, ", "))
		b.WriteString(") ON DELETE ")
		b.WriteString(referentialAction(fk.onDelete))
		b.WriteString(" ON UPDATE ")
		b.WriteString(referentialAction(fk.onUpdate))
	}
	b.WriteString("\n)")
	return b.String()
}

func (sqliteRenderer) createIndex(ix *index) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.kind == uniqueIndex {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	b.WriteString(doubleQuotes.id(ix.name))
	b.WriteString(" ON ")
	b.WriteString(doubleQuotes.id(ix.table.name))
	b.WriteString("(")
	for i, ic := range ix.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(doubleQuotes.id(ic.col.name))
		if ic.sort != "" {
			b.WriteString(" " + ic.sort)
		}
	}
	b.WriteString(")")
	if ix.where != nil {
		b.WriteString(" WHERE ")
		b.WriteString(wherePredicate(ix.where, doubleQuotes, sqlBool))
	}
	if strings.HasPrefix(ix.name, "sqlite_") {
		return "Pragma writable_schema=1;\n" + b.String() + ";\nPragma writable_schema=0"
	}
	return b.String()
}
