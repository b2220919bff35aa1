package ddl

import (
	"strings"
)

// mssqlRenderer follows flavour/mssql/renderer.rs. Every object is
// qualified with its schema; unique constraints are declared in CREATE
// TABLE, other indexes and foreign keys added afterwards.
type mssqlRenderer struct {
	schema string // default schema ("dbo")
}

func (*mssqlRenderer) foreignKeysInline() bool    { return false }
func (*mssqlRenderer) indexInline(ix *index) bool { return mssqlInlineUnique(ix) }

// mssqlInlineUnique reports a unique index declared as a UNIQUE constraint
// in CREATE TABLE. A partial (filtered) unique index cannot be a constraint.
func mssqlInlineUnique(ix *index) bool               { return ix.kind == uniqueIndex && ix.where == nil }
func (*mssqlRenderer) createExtension(string) string { return "" }
func (*mssqlRenderer) createEnum(*enumType) string   { return "" }

func (r *mssqlRenderer) name(namespace, name string) string {
	if namespace == "" {
		namespace = r.schema
	}
	return brackets.id(namespace) + "." + brackets.id(name)
}

func (*mssqlRenderer) createNamespace(name string) string {
	return "EXEC sp_executesql N'CREATE SCHEMA " + brackets.id(name) + ";';"
}

// mssqlColumnType follows render_column_type.
func mssqlColumnType(c *column) string {
	if c.fam == famUnsupported {
		return c.unsupported
	}
	nt := c.native
	if nt == nil {
		return "NVARCHAR(1000)"
	}
	upper := strings.ToUpper(nt.name)
	switch nt.name {
	case "Decimal":
		if len(nt.args) == 2 {
			return "DECIMAL(" + nt.args[0] + "," + nt.args[1] + ")"
		}
		return "DECIMAL"
	case "Float", "NChar", "Char", "Binary":
		if a, ok := nt.arg(0); ok {
			return upper + "(" + a + ")"
		}
		return upper
	case "VarChar", "NVarChar", "VarBinary":
		if a, ok := nt.arg(0); ok {
			if strings.EqualFold(a, "max") {
				a = "max"
			}
			return upper + "(" + a + ")"
		}
		return upper
	}
	// TinyInt, SmallInt, Int, BigInt, Money, SmallMoney, Bit, Real, Date,
	// Time, DateTime, DateTime2, DateTimeOffset, SmallDateTime, Text, NText,
	// Image, Xml, UniqueIdentifier.
	return upper
}

func mssqlValue(v value) string {
	switch v.kind {
	case vString, vEnum:
		return quoteString(v.s)
	case vBytes:
		return "0x" + hexString(v.bytes)
	case vDateTime:
		return "'" + chronoDisplay(v.t) + "'"
	case vBool:
		if v.b {
			return "1"
		}
		return "0"
	}
	return v.display()
}

func (r *mssqlRenderer) column(c *column) string {
	var b strings.Builder
	b.WriteString(brackets.id(c.name))
	b.WriteByte(' ')
	b.WriteString(mssqlColumnType(c))
	if c.arity == required {
		b.WriteString(" NOT NULL")
	}
	switch {
	case c.autoinc:
		b.WriteString(" IDENTITY(1,1)")
	case c.def != nil && !(c.def.kind == defDBGenerated && !c.def.hasExpr):
		var d string
		switch c.def.kind {
		case defDBGenerated:
			d = c.def.expr
		case defNow:
			d = "CURRENT_TIMESTAMP"
		case defValue:
			d = mssqlValue(c.def.val)
		default:
			return b.String()
		}
		name := c.def.name
		if name == "" {
			name = "DF__" + c.table.name + "__" + c.name
		}
		b.WriteString(" CONSTRAINT ")
		b.WriteString(brackets.id(name))
		b.WriteString(" DEFAULT ")
		b.WriteString(d)
	}
	return b.String()
}

func mssqlColumns(cols []indexCol, sep string) string {
	parts := make([]string, len(cols))
	for i, ic := range cols {
		parts[i] = brackets.id(ic.col.name)
		if ic.sort != "" {
			parts[i] += " " + ic.sort
		}
	}
	return strings.Join(parts, sep)
}

func clustering(clustered bool) string {
	if clustered {
		return "CLUSTERED"
	}
	return "NONCLUSTERED"
}

func (r *mssqlRenderer) createTable(t *table) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(r.name(t.namespace, t.name))
	b.WriteString(" (\n    ")
	for i, c := range t.columns {
		if i > 0 {
			b.WriteString(",\n    ")
		}
		b.WriteString(r.column(c))
	}
	if t.pk != nil {
		b.WriteString(",\n    CONSTRAINT ")
		b.WriteString(brackets.id(t.pk.name))
		b.WriteString(" PRIMARY KEY ")
		b.WriteString(clustering(t.pk.clustered))
		b.WriteString(" (")
		b.WriteString(mssqlColumns(t.pk.cols, ","))
		b.WriteString(")")
	}
	for _, ix := range t.indexes {
		if !mssqlInlineUnique(ix) {
			continue
		}
		b.WriteString(",\n    CONSTRAINT ")
		b.WriteString(brackets.id(ix.name))
		b.WriteString(" UNIQUE ")
		b.WriteString(clustering(ix.clustered != nil && *ix.clustered))
		b.WriteString(" (")
		b.WriteString(mssqlColumns(ix.cols, ","))
		b.WriteString(")")
	}
	b.WriteString("\n)")
	return b.String()
}

func (r *mssqlRenderer) createIndex(ix *index) string {
	cl := clustering(ix.clustered != nil && *ix.clustered)
	cols := mssqlColumns(ix.cols, ", ")
	if ix.kind == uniqueIndex && ix.where == nil {
		return "ALTER TABLE " + r.name(ix.table.namespace, ix.table.name) + " ADD CONSTRAINT " +
			brackets.id(ix.name) + " UNIQUE " + cl + " (" + cols + ")"
	}
	unique := ""
	if ix.kind == uniqueIndex {
		unique = "UNIQUE "
	}
	s := "CREATE " + unique + cl + " INDEX " + brackets.id(ix.name) + " ON " + r.name(ix.table.namespace, ix.table.name) + "(" + cols + ")"
	if ix.where != nil {
		s += " WHERE " + wherePredicate(ix.where, brackets, func(b bool) string {
			if b {
				return "1"
			}
			return "0"
		})
	}
	return s
}

func (r *mssqlRenderer) addForeignKey(fk *foreignKey) string {
	return "ALTER TABLE " + r.name(fk.table.namespace, fk.table.name) +
		" ADD CONSTRAINT " + brackets.id(fk.name) +
		" FOREIGN KEY (" + brackets.list(fk.cols, ", ") + ") REFERENCES " +
		r.name(fk.ref.namespace, fk.ref.name) + "(" + brackets.list(fk.refCols, ",") + ")" +
		" ON DELETE " + referentialAction(fk.onDelete) + " ON UPDATE " + referentialAction(fk.onUpdate)
}
