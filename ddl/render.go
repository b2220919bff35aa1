package ddl

import (
	"strconv"
	"strings"

	"github.com/noengine/noengine/schema"
)

// renderer renders the statements of one SQL dialect.
type renderer interface {
	createNamespace(name string) string
	createExtension(name string) string
	createEnum(e *enumType) string
	createTable(t *table) string
	createIndex(ix *index) string
	addForeignKey(fk *foreignKey) string
	// foreignKeysInline reports that CREATE TABLE declares the foreign keys
	// (SQLite), so there are no AddForeignKey steps.
	foreignKeysInline() bool
	// indexInline reports that CREATE TABLE declares the index, so there is
	// no CreateIndex step for it (MySQL: all; SQL Server: unique ones).
	indexInline(ix *index) bool
}

// render produces the migration steps in Prisma's order: steps sorted by
// kind (sql_migration.rs SqlMigrationStep), then by id, which is creation
// order.
func render(db *database, r renderer) []step {
	var steps []step
	for _, ns := range db.namespaces {
		steps = append(steps, step{"CreateSchema", []string{r.createNamespace(ns)}})
	}
	if db.provider == PostgreSQL || db.provider == CockroachDB {
		for _, e := range db.extensions {
			steps = append(steps, step{"CreateExtension", []string{r.createExtension(e)}})
		}
	}
	for _, e := range db.enums {
		steps = append(steps, step{"CreateEnum", []string{r.createEnum(e)}})
	}
	for _, t := range db.tables {
		steps = append(steps, step{"CreateTable", []string{r.createTable(t)}})
	}
	for _, t := range db.tables {
		for _, ix := range t.indexes {
			if !r.indexInline(ix) {
				steps = append(steps, step{"CreateIndex", []string{r.createIndex(ix)}})
			}
		}
	}
	if !r.foreignKeysInline() {
		for _, fk := range db.fks {
			steps = append(steps, step{"AddForeignKey", []string{r.addForeignKey(fk)}})
		}
	}
	return steps
}

// referentialAction is the SQL spelling of a referential action.
func referentialAction(a schema.ReferentialAction) string {
	switch a {
	case schema.Cascade:
		return "CASCADE"
	case schema.Restrict:
		return "RESTRICT"
	case schema.SetNull:
		return "SET NULL"
	case schema.SetDefault:
		return "SET DEFAULT"
	}
	return "NO ACTION"
}

// quoter quotes identifiers. Prisma does not escape quote characters inside
// names; neither do we.
type quoter struct{ open, close string }

func (q quoter) id(name string) string { return q.open + name + q.close }

func (q quoter) list(cols []*column, sep string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = q.id(c.name)
	}
	return strings.Join(parts, sep)
}

var (
	doubleQuotes = quoter{`"`, `"`}
	backticks    = quoter{"`", "`"}
	brackets     = quoter{"[", "]"}
)

// wherePredicate renders a partial index predicate: raw SQL verbatim, or the
// conditions joined with AND.
func wherePredicate(w *schema.IndexWhere, q quoter, boolean func(bool) string) string {
	if w.Raw != "" || len(w.Conditions) == 0 {
		return w.Raw
	}
	parts := make([]string, len(w.Conditions))
	for i, c := range w.Conditions {
		col := q.id(c.Field.ColumnName())
		switch v := c.Value.(type) {
		case nil:
			if c.Not {
				parts[i] = col + " IS NOT NULL"
			} else {
				parts[i] = col + " IS NULL"
			}
			continue
		case bool:
			parts[i] = col + comparison(c.Not) + boolean(v)
		case string:
			parts[i] = col + comparison(c.Not) + quoteString(v)
		case schema.Number:
			parts[i] = col + comparison(c.Not) + string(v)
		default:
			parts[i] = col + comparison(c.Not) + strings.TrimSpace(toString(v))
		}
	}
	return strings.Join(parts, " AND ")
}

func comparison(not bool) string {
	if not {
		return " != "
	}
	return " = "
}

func toString(v any) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	}
	return ""
}

func sqlBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// unquoteRaw returns the SQL of a raw("...") argument as the schema package
// spells it, or s unchanged.
func unquoteRaw(s string) (string, bool) {
	if !strings.HasPrefix(s, "raw(") || !strings.HasSuffix(s, ")") {
		return s, false
	}
	inner := strings.TrimSpace(s[len("raw(") : len(s)-1])
	if u, err := strconv.Unquote(inner); err == nil {
		return u, true
	}
	return strings.Trim(inner, `"`), true
}
