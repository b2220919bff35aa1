package ddl

import (
	"strconv"
	"strings"
)

// mysqlRenderer follows flavour/mysql/renderer.rs and libs/sql-ddl/src/mysql.rs.
// Indexes are declared inside CREATE TABLE, foreign keys added afterwards.
type mysqlRenderer struct{ mariadb bool }

func (mysqlRenderer) foreignKeysInline() bool       { return false }
func (mysqlRenderer) indexInline(*index) bool       { return true }
func (mysqlRenderer) createNamespace(string) string { return "" }
func (mysqlRenderer) createExtension(string) string { return "" }
func (mysqlRenderer) createEnum(*enumType) string   { return "" }

// mysqlColumnType follows render_column_type.
func mysqlColumnType(c *column) string {
	switch c.fam {
	case famEnum:
		vals := make([]string, len(c.enum.values))
		for i, v := range c.enum.values {
			vals[i] = "'" + v + "'"
		}
		return "ENUM(" + strings.Join(vals, ", ") + ")"
	case famUnsupported:
		return c.unsupported
	}
	nt := c.native
	if nt == nil {
		return "TEXT"
	}
	paren := func() string {
		if a, ok := nt.arg(0); ok {
			return "(" + a + ")"
		}
		return ""
	}
	switch nt.name {
	case "Int":
		return "INTEGER"
	case "TinyInt":
		if c.fam == famBoolean {
			return "BOOLEAN"
		}
		return "TINYINT"
	case "Decimal":
		if len(nt.args) == 2 {
			return "DECIMAL(" + nt.args[0] + ", " + nt.args[1] + ")"
		}
		return "DECIMAL"
	case "UnsignedInt":
		return "INTEGER UNSIGNED"
	case "UnsignedSmallInt":
		return "SMALLINT UNSIGNED"
	case "UnsignedTinyInt":
		return "TINYINT UNSIGNED"
	case "UnsignedMediumInt":
		return "MEDIUMINT UNSIGNED"
	case "UnsignedBigInt":
		return "BIGINT UNSIGNED"
	case "Bit", "Char", "VarChar", "Binary", "VarBinary", "Time", "DateTime", "Timestamp":
		return strings.ToUpper(nt.name) + paren()
	}
	// SmallInt, MediumInt, BigInt, Float, Double, TinyBlob, Blob, MediumBlob,
	// LongBlob, TinyText, Text, MediumText, LongText, Date, Year, Json.
	return strings.ToUpper(nt.name)
}

// mysqlDefault follows render_default; the second result is false where
// Prisma renders no DEFAULT clause.
func mysqlDefault(c *column, mariadb bool) (string, bool) {
	d := c.def
	if d == nil {
		return "", false
	}
	switch d.kind {
	case defSequence, defUniqueRowid:
		return "", false
	case defDBGenerated:
		if !d.hasExpr {
			return "", false
		}
	}
	// MySQL does not take defaults on JSON columns, nor (but for
	// dbgenerated) on binary ones.
	if c.fam == famJSON || c.fam == famBytes && d.kind != defDBGenerated {
		return "", false
	}
	switch d.kind {
	case defDBGenerated:
		return d.expr, true
	case defNow:
		precision := "3"
		if c.native != nil {
			switch c.native.name {
			case "Time", "DateTime", "Timestamp":
				if a, ok := c.native.arg(0); ok {
					precision = a
				}
			}
		}
		return "CURRENT_TIMESTAMP(" + precision + ")", true
	}
	v := d.val
	switch v.kind {
	case vString, vEnum:
		return quoteString(v.s), true
	case vDateTime:
		if c.fam == famDateTime {
			if mariadb {
				// MariaDB rejects RFC 3339 offsets in a DATETIME literal:
				// write the same instant as MariaDB spells it (UTC).
				return "'" + v.t.UTC().Format("2006-01-02 15:04:05.000") + "'", true
			}
			return "'" + chronoRFC3339(v.t) + "'", true
		}
	}
	return v.display(), true
}

func mysqlIndexColumns(cols []indexCol) string {
	parts := make([]string, len(cols))
	for i, ic := range cols {
		s := backticks.id(ic.col.name)
		if ic.length > 0 {
			s += "(" + strconv.Itoa(ic.length) + ")"
		}
		if ic.sort != "" {
			s += " " + ic.sort
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

func mysqlIndexType(ix *index) string {
	switch ix.kind {
	case uniqueIndex:
		return "UNIQUE "
	case fulltextIndex:
		return "FULLTEXT "
	}
	return ""
}

func (r mysqlRenderer) createTable(t *table) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(backticks.id(t.name))
	b.WriteString(" (\n")
	for i, c := range t.columns {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("    ")
		b.WriteString(backticks.id(c.name))
		b.WriteByte(' ')
		b.WriteString(mysqlColumnType(c))
		if c.arity == required {
			b.WriteString(" NOT NULL")
		} else {
			b.WriteString(" NULL")
		}
		if c.autoinc {
			b.WriteString(" AUTO_INCREMENT")
		}
		if d, ok := mysqlDefault(c, r.mariadb); ok {
			b.WriteString(" DEFAULT ")
			b.WriteString(d)
		}
	}
	hasPK := t.pk != nil && len(t.pk.cols) > 0
	if len(t.indexes) > 0 || hasPK {
		b.WriteString(",\n\n")
	}
	for i, ix := range t.indexes {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("    ")
		b.WriteString(mysqlIndexType(ix))
		b.WriteString("INDEX ")
		b.WriteString(backticks.id(ix.name))
		b.WriteString("(")
		b.WriteString(mysqlIndexColumns(ix.cols))
		b.WriteString(")")
	}
	if hasPK {
		if len(t.indexes) > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("    PRIMARY KEY (")
		b.WriteString(mysqlIndexColumns(t.pk.cols))
		b.WriteString(")")
	}
	b.WriteString("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
	return b.String()
}

func (mysqlRenderer) createIndex(ix *index) string {
	return "CREATE " + mysqlIndexType(ix) + "INDEX " + backticks.id(ix.name) + " ON " +
		backticks.id(ix.table.name) + "(" + mysqlIndexColumns(ix.cols) + ")"
}

func (mysqlRenderer) addForeignKey(fk *foreignKey) string {
	return "ALTER TABLE " + backticks.id(fk.table.name) +
		" ADD CONSTRAINT " + backticks.id(fk.name) +
		" FOREIGN KEY (" + backticks.list(fk.cols, ", ") + ") REFERENCES " + backticks.id(fk.ref.name) +
		"(" + backticks.list(fk.refCols, ", ") + ")" +
		" ON DELETE " + referentialAction(fk.onDelete) + " ON UPDATE " + referentialAction(fk.onUpdate)
}
