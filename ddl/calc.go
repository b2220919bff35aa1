package ddl

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/noengine/noengine/schema"
)

// The database schema a Prisma schema describes, computed as Prisma's
// sql_schema_calculator does: one table per model (views excluded), one per
// implicit many-to-many relation, their columns, keys, indexes and foreign
// keys, in the order Prisma assigns ids (which is the order it renders).

type family uint8

const (
	famString family = iota
	famInt
	famBigInt
	famFloat
	famDecimal
	famBoolean
	famDateTime
	famJSON
	famBytes
	famEnum
	famUnsupported
)

type arity uint8

const (
	required arity = iota
	nullable
	list
)

// nativeType is a database type by its Prisma name and arguments, as in
// @db.VarChar(255): the field's own or the provider's default.
type nativeType struct {
	name string
	args []string
}

func (n *nativeType) arg(i int) (string, bool) {
	if n == nil || i >= len(n.args) {
		return "", false
	}
	return n.args[i], true
}

type column struct {
	name        string
	fam         family
	arity       arity
	native      *nativeType
	enum        *enumType
	unsupported string
	autoinc     bool
	def         *colDefault
	table       *table
}

type defaultKind uint8

const (
	defValue       defaultKind = iota
	defDBGenerated             // dbgenerated("expr"); expr "" with !hasExpr for dbgenerated()
	defNow
	defSequence    // autoincrement() on PostgreSQL, sequence() on CockroachDB: no DEFAULT clause
	defUniqueRowid // autoincrement() on CockroachDB
)

type colDefault struct {
	kind    defaultKind
	expr    string
	hasExpr bool
	val     value
	// name is the default constraint name (SQL Server).
	name string
}

type enumType struct {
	namespace string
	name      string
	values    []string
}

type indexKind uint8

const (
	uniqueIndex indexKind = iota
	normalIndex
	fulltextIndex
)

type indexCol struct {
	col     *column
	sort    string // "ASC", "DESC" or "" when not written
	length  int
	opclass string
}

type index struct {
	name      string
	kind      indexKind
	cols      []indexCol
	algorithm string // PostgreSQL index type (BTree, Hash, Gin, ...), "" for the default
	clustered *bool
	where     *schema.IndexWhere
	table     *table
}

type primaryKey struct {
	name      string
	cols      []indexCol
	clustered bool // SQL Server
}

type foreignKey struct {
	name               string
	table              *table
	cols               []*column
	ref                *table
	refCols            []*column
	onDelete, onUpdate schema.ReferentialAction
}

type table struct {
	namespace string // "" outside multi-schema setups
	name      string
	columns   []*column
	pk        *primaryKey
	indexes   []*index
	fks       []*foreignKey
}

func (t *table) column(name string) *column {
	for _, c := range t.columns {
		if c.name == name {
			return c
		}
	}
	return nil
}

type database struct {
	provider      string
	defaultSchema string // PostgreSQL / SQL Server schema of unqualified objects
	relationMode  string
	namespaces    []string // schemas to create, in order
	extensions    []string // PostgreSQL extensions to create
	enums         []*enumType
	tables        []*table
	fks           []*foreignKey // in id order: inline relations, then join tables
}

// maxIdentifierLength is the connector's identifier limit (bytes).
func maxIdentifierLength(provider string) int {
	switch provider {
	case PostgreSQL, CockroachDB:
		return 63
	case MySQL:
		return 64
	case SQLServer:
		return 128
	}
	return 10000
}

// takeChars returns the first n characters (runes) of s, as Rust's
// s.chars().take(n).
func takeChars(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// takeBytes returns s[0..n] as Rust slicing does, backing off to a character
// boundary instead of panicking.
func takeBytes(s string, n int) string {
	if n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func calculate(s *schema.Schema, provider string, opts Options) (*database, error) {
	db := &database{provider: provider, relationMode: s.RelationMode()}
	switch provider {
	case PostgreSQL, CockroachDB:
		db.defaultSchema = "public"
	case SQLServer:
		db.defaultSchema = "dbo"
	}
	if opts.Schema != "" && db.defaultSchema != "" {
		db.defaultSchema = opts.Schema
	}
	multiSchema := s.Datasource != nil && len(s.Datasource.Schemas) > 0
	pg := provider == PostgreSQL || provider == CockroachDB

	// Enums: PostgreSQL types; MySQL and SQLite inline them per column.
	enums := map[*schema.Enum]*enumType{}
	for _, e := range s.Enums {
		et := &enumType{name: e.DBName}
		if multiSchema {
			et.namespace = e.Schema
		}
		for _, v := range e.Values {
			et.values = append(et.values, v.DBName)
		}
		enums[e] = et
		if pg {
			db.enums = append(db.enums, et)
		}
	}

	tables := map[*schema.Model]*table{}
	for _, m := range s.Models {
		if m.View {
			continue
		}
		t := &table{name: m.DBName}
		if multiSchema {
			t.namespace = m.Schema
		}
		for _, f := range m.ScalarFields() {
			if f.Kind == schema.CompositeField {
				continue
			}
			c, err := db.columnFor(f, enums)
			if err != nil {
				return nil, err
			}
			c.table = t
			t.columns = append(t.columns, c)
		}
		if err := db.pushModelIndexes(m, t); err != nil {
			return nil, err
		}
		tables[m] = t
		db.tables = append(db.tables, t)
	}

	relations := relationOrder(s)
	if db.relationMode != "prisma" {
		for _, f := range relations {
			r := f.Relation
			if !r.Inline || r.Kind == schema.ManyToMany {
				continue
			}
			from, to := tables[r.Model], tables[r.RelatedModel]
			if from == nil || to == nil { // a view
				continue
			}
			fk := &foreignKey{
				name:     r.ConstraintName(schema.Provider(provider)),
				table:    from,
				ref:      to,
				onDelete: r.OnDelete,
				onUpdate: schema.Cascade,
			}
			if r.OnUpdateSet {
				fk.onUpdate = r.OnUpdate
			}
			for i, sf := range r.Fields {
				c := from.column(sf.ColumnName())
				rc := to.column(r.References[i].ColumnName())
				if c == nil || rc == nil {
					return nil, fmt.Errorf("ddl: relation %s: missing column", r.Name)
				}
				fk.cols = append(fk.cols, c)
				fk.refCols = append(fk.refCols, rc)
			}
			from.fks = append(from.fks, fk)
			db.fks = append(db.fks, fk)
		}
	}
	for _, f := range relations {
		jt := f.Relation.JoinTable
		if f.Relation.Kind != schema.ManyToMany || jt == nil {
			continue
		}
		if err := db.pushJoinTable(jt, tables); err != nil {
			return nil, err
		}
	}

	db.namespaces = db.createdNamespaces(s, multiSchema)
	if pg && s.Datasource != nil {
		db.extensions = append(db.extensions, s.Datasource.Extensions...)
		sort.Strings(db.extensions)
	}
	return db, nil
}

// relationOrder lists one relation field per relation that Prisma
// materialises (inline relations and implicit many-to-many ones), in the
// order Prisma's parser database ingests relations: models and fields in
// declaration order, each relation at its forward field (the one holding
// the foreign key), each many-to-many relation at the field of the model
// whose name sorts first (for self-relations, the field whose name sorts
// first), which is JoinTable.BField.
func relationOrder(s *schema.Schema) []*schema.Field {
	var out []*schema.Field
	for _, m := range s.Models {
		for _, f := range m.Fields {
			r := f.Relation
			if f.Kind != schema.RelationField || r == nil {
				continue
			}
			switch {
			case r.Kind == schema.ManyToMany:
				if r.JoinTable != nil && r.JoinTable.BField == f {
					out = append(out, f)
				}
			case r.Inline:
				out = append(out, f)
			}
		}
	}
	return out
}

// createdNamespaces lists the schemas Prisma creates: on PostgreSQL the
// default schema, or in multi-schema setups the listed schemas, sorted; on
// SQL Server the listed schemas but the default one. Each only when it holds
// a table or an enum.
func (db *database) createdNamespaces(s *schema.Schema, multiSchema bool) []string {
	used := map[string]bool{}
	for _, t := range db.tables {
		used[t.namespace] = true
	}
	for _, e := range db.enums {
		used[e.namespace] = true
	}
	var out []string
	switch db.provider {
	case PostgreSQL, CockroachDB:
		if !multiSchema {
			if used[""] {
				out = append(out, db.defaultSchema)
			}
			return out
		}
		names := append([]string(nil), s.Datasource.Schemas...)
		sort.Strings(names)
		for _, n := range names {
			if used[n] {
				out = append(out, n)
			}
		}
	case SQLServer:
		// The default schema (dbo) always exists; Prisma creates the others.
		if !multiSchema {
			return nil
		}
		names := append([]string(nil), s.Datasource.Schemas...)
		sort.Strings(names)
		for _, n := range names {
			if n != db.defaultSchema && n != "dbo" && used[n] {
				out = append(out, n)
			}
		}
	}
	return out
}

func (db *database) pushModelIndexes(m *schema.Model, t *table) error {
	prov := schema.Provider(db.provider)
	if pk := m.PrimaryKey; pk != nil {
		p := &primaryKey{name: pk.ConstraintName(prov)}
		if p.name == "" {
			p.name = schema.DefaultPrimaryKeyName(m.DBName, prov)
		}
		p.clustered = pk.Clustered == nil || *pk.Clustered
		for i, f := range pk.Fields {
			c := t.column(f.ColumnName())
			if c == nil {
				return fmt.Errorf("ddl: model %s: primary key column %s not found", m.Name, f.ColumnName())
			}
			p.cols = append(p.cols, indexCol{col: c, sort: sortOrder(pk.Sorts, i), length: intAt(pk.Lengths, i)})
		}
		t.pk = p
	}
	// Prisma's order (parser-database attributes.rs): field-level @unique in
	// field order, then @@index, then @@unique, then @@fulltext.
	var ordered []*schema.Index
	for _, ix := range m.Uniques {
		if ix.FieldLevel {
			ordered = append(ordered, ix)
		}
	}
	for _, ix := range m.Indexes {
		if ix.Kind == schema.NormalIndex {
			ordered = append(ordered, ix)
		}
	}
	for _, ix := range m.Uniques {
		if !ix.FieldLevel {
			ordered = append(ordered, ix)
		}
	}
	for _, ix := range m.Indexes {
		if ix.Kind == schema.FulltextIndex {
			ordered = append(ordered, ix)
		}
	}
	for _, ix := range ordered {
		x := &index{
			name:      ix.ConstraintName(prov),
			algorithm: ix.Algorithm,
			clustered: ix.Clustered,
			where:     ix.Where,
			table:     t,
		}
		switch ix.Kind {
		case schema.UniqueIndex:
			x.kind = uniqueIndex
		case schema.FulltextIndex:
			x.kind = fulltextIndex
		default:
			x.kind = normalIndex
		}
		for i, f := range ix.Fields {
			c := t.column(f.ColumnName())
			if c == nil {
				return fmt.Errorf("ddl: model %s: index column %s not found", m.Name, f.ColumnName())
			}
			ic := indexCol{col: c, sort: sortOrder(ix.Sorts, i), length: intAt(ix.Lengths, i)}
			if i < len(ix.Ops) {
				ic.opclass = ix.Ops[i]
			}
			x.cols = append(x.cols, ic)
		}
		t.indexes = append(t.indexes, x)
	}
	return nil
}

func sortOrder(sorts []string, i int) string {
	if i < len(sorts) {
		switch sorts[i] {
		case "Asc":
			return "ASC"
		case "Desc":
			return "DESC"
		}
	}
	return ""
}

func intAt(xs []int, i int) int {
	if i < len(xs) {
		return xs[i]
	}
	return 0
}

// pushJoinTable adds the table of an implicit many-to-many relation
// (sql_schema_calculator.rs push_relation_tables).
func (db *database) pushJoinTable(jt *schema.JoinTable, tables map[*schema.Model]*table) error {
	ta, tb := tables[jt.AModel], tables[jt.BModel]
	if ta == nil || tb == nil { // one side is a view
		return nil
	}
	if ta.pk == nil || tb.pk == nil || len(ta.pk.cols) == 0 || len(tb.pk.cols) == 0 {
		return fmt.Errorf("ddl: join table %s: both models need a primary key", jt.Name)
	}
	max := maxIdentifierLength(db.provider)
	name := takeChars(jt.Name, max)
	t := &table{name: name, namespace: ta.namespace}
	colA := joinColumn("A", ta.pk.cols[0].col, t)
	colB := joinColumn("B", tb.pk.cols[0].col, t)
	t.columns = []*column{colA, colB}

	// The A/B uniqueness: a primary key on PostgreSQL, a unique index elsewhere.
	if db.provider == PostgreSQL {
		t.pk = &primaryKey{
			name: takeChars(name, max-len("_AB_pkey")) + "_AB_pkey",
			cols: []indexCol{{col: colA}, {col: colB}},
		}
	} else {
		t.indexes = append(t.indexes, &index{
			name:  takeChars(name, max-len("_AB_unique")) + "_AB_unique",
			kind:  uniqueIndex,
			cols:  []indexCol{{col: colA}, {col: colB}},
			table: t,
		})
	}
	t.indexes = append(t.indexes, &index{
		name:  takeChars(name, max-8) + "_B_index",
		kind:  normalIndex,
		cols:  []indexCol{{col: colB}},
		table: t,
	})
	db.tables = append(db.tables, t)

	if db.relationMode == "prisma" {
		return nil
	}
	// Foreign key names are cut so that they can never collide.
	maxTable := max - len("_fkey") - 2
	fkA, fkB := name+"_A_fkey", name+"_B_fkey"
	if len(name) > maxTable {
		fkA = takeBytes(name, maxTable) + "_A_fkey"
	}
	if len(name) >= maxTable {
		fkB = takeBytes(name, maxTable) + "_B_fkey"
	}
	action := schema.Cascade
	if db.provider == SQLServer && jt.AModel == jt.BModel {
		// SQL Server rejects cyclic cascades.
		action = schema.NoAction
	}
	for _, fk := range []*foreignKey{
		{name: fkA, table: t, cols: []*column{colA}, ref: ta, refCols: []*column{ta.pk.cols[0].col}, onDelete: action, onUpdate: action},
		{name: fkB, table: t, cols: []*column{colB}, ref: tb, refCols: []*column{tb.pk.cols[0].col}, onDelete: action, onUpdate: action},
	} {
		t.fks = append(t.fks, fk)
		db.fks = append(db.fks, fk)
	}
	return nil
}

// joinColumn copies the type of a model's id column: same family, native
// type and enum, required, never autoincrementing, no default.
func joinColumn(name string, id *column, t *table) *column {
	return &column{
		name:        name,
		fam:         id.fam,
		arity:       required,
		native:      id.native,
		enum:        id.enum,
		unsupported: id.unsupported,
		table:       t,
	}
}
