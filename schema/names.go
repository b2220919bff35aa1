package schema

import (
	"strings"
	"unicode/utf8"
)

// Default constraint names, following
// psl/psl-core/src/datamodel_connector/constraint_names.rs. Prisma always
// derives them from database names (@@map'd table, @map'd columns) and cuts
// them at a character boundary so that they fit the provider's identifier
// length (MaxIdentifierLength), keeping the suffix.

// DefaultPrimaryKeyName returns "<table>_pkey".
func DefaultPrimaryKeyName(table string, p Provider) string {
	return truncateName(table, "_pkey", MaxIdentifierLength(p))
}

// DefaultUniqueName returns "<table>_<col1>_<col2>_key", the default name of
// a unique constraint or unique index.
func DefaultUniqueName(table string, columns []string, p Provider) string {
	return truncateName(table+"_"+strings.Join(columns, "_"), "_key", MaxIdentifierLength(p))
}

// DefaultIndexName returns "<table>_<col1>_<col2>_idx", the default name of
// a non-unique (@@index or @@fulltext) index.
func DefaultIndexName(table string, columns []string, p Provider) string {
	return truncateName(table+"_"+strings.Join(columns, "_"), "_idx", MaxIdentifierLength(p))
}

// DefaultForeignKeyName returns "<table>_<col1>_<col2>_fkey" for the foreign
// key of the referencing table over the referencing columns.
func DefaultForeignKeyName(table string, columns []string, p Provider) string {
	return truncateName(table+"_"+strings.Join(columns, "_"), "_fkey", MaxIdentifierLength(p))
}

// DefaultDefaultConstraintName returns "<table>_<column>_df", the name of a
// default value constraint (SQL Server).
func DefaultDefaultConstraintName(table, column string, p Provider) string {
	return truncateName(table+"_"+column, "_df", MaxIdentifierLength(p))
}

// truncateName cuts base so that base+suffix fits limit bytes. As in Prisma,
// base is cut whenever len(base) >= limit-len(suffix).
func truncateName(base, suffix string, limit int) string {
	max := limit - len(suffix)
	if max < 0 {
		max = 0
	}
	if len(base) >= max {
		cut := max
		for cut > 0 && cut < len(base) && !utf8.RuneStart(base[cut]) {
			cut--
		}
		if cut > len(base) {
			cut = len(base)
		}
		base = base[:cut]
	}
	return base + suffix
}

// ConstraintName returns the primary key's name in the database: DBName, or
// the default "<table>_pkey". It is "" for providers without named primary
// keys (MySQL, SQLite, MongoDB).
func (p *PrimaryKey) ConstraintName(prov Provider) string {
	if c, ok := connectors[prov]; ok && !c.has(capNamedPrimaryKeys) {
		return ""
	}
	if p.DBName != "" {
		return p.DBName
	}
	return DefaultPrimaryKeyName(p.Model.DBName, prov)
}

// ConstraintName returns the index's name in the database: DBName, or the
// default derived from the table and column names ("_key" for unique
// criteria, "_idx" for indexes).
func (ix *Index) ConstraintName(prov Provider) string {
	if ix.DBName != "" {
		return ix.DBName
	}
	cols := make([]string, len(ix.Fields))
	for i, f := range ix.Fields {
		cols[i] = f.ColumnName()
	}
	if ix.Kind == UniqueIndex {
		return DefaultUniqueName(ix.Model.DBName, cols, prov)
	}
	return DefaultIndexName(ix.Model.DBName, cols, prov)
}

// ConstraintName returns the foreign key's name in the database for the
// inline side of a relation: FKName, or the default derived from the
// referencing table and columns. It is "" on the side that is not inline.
func (r *Relation) ConstraintName(prov Provider) string {
	if !r.Inline {
		return ""
	}
	if r.FKName != "" {
		return r.FKName
	}
	cols := make([]string, len(r.Fields))
	for i, f := range r.Fields {
		cols[i] = f.ColumnName()
	}
	return DefaultForeignKeyName(r.Model.DBName, cols, prov)
}

// DefaultConstraintName returns the name of the default value constraint of the
// field (SQL Server): Map, or "<table>_<column>_df".
func (f *Field) DefaultConstraintName(prov Provider) string {
	if f.Default == nil {
		return ""
	}
	if f.Default.Map != "" {
		return f.Default.Map
	}
	return DefaultDefaultConstraintName(f.Model.DBName, f.ColumnName(), prov)
}
