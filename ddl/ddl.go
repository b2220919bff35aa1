// Package ddl computes the DDL that creates a Prisma schema's tables in an
// empty database, as Prisma's schema engine does for `prisma db push` (and
// `prisma migrate diff --from-empty --to-schema --script`), and runs it
// (`noengine push`).
//
// It covers tables, columns (types, native types, nullability, defaults),
// primary keys, unique constraints and indexes, normal, full-text and
// partial indexes, foreign keys with their referential actions, PostgreSQL
// enum types and schemas (multi-schema), and the join tables of implicit
// many-to-many relations, for SQLite, PostgreSQL (CockroachDB best effort),
// MySQL/MariaDB and SQL Server.
//
// Everything is named and ordered as Prisma 7.10 names and orders it: the
// statements of [Statements] are those of the migration script Prisma prints,
// and [Script] reproduces that script byte for byte, comments included. The
// rules follow prisma-engines (schema-engine/connectors/sql-schema-connector:
// sql_schema_calculator, sql_schema_differ, the per-database renderers, and
// libs/sql-ddl). The SQLite, PostgreSQL and CockroachDB scripts are checked
// against Prisma's own in golden files, and so are the catalogs `prisma db
// push` leaves in SQLite and PostgreSQL; MySQL and SQL Server output, which
// Prisma's offline schema engine cannot produce, follows its renderers.
//
// Views are not created (Prisma does not create them either). Models and
// fields marked @@ignore / @ignore are created, as Prisma does.
//
// Prisma's quirks are kept, so that the same schema gives the same database
// (or the same failure): on SQLite a Json default is rendered unquoted,
// which SQLite rejects; on MySQL a DateTime literal default is rendered as
// RFC 3339 with an offset ('2024-01-01T00:00:00+00:00'), which MySQL 8
// accepts and MariaDB rejects; MySQL drops Json and Bytes defaults.
package ddl

import (
	"errors"
	"fmt"
	"strings"

	"github.com/noengine/noengine/schema"
)

// Options configures [Statements], [Script] and [Push].
type Options struct {
	// MariaDB renders MySQL DDL for MariaDB where the two differ (DateTime
	// literal defaults). Push sets it from the adapter's Info().Flavor.
	MariaDB bool

	// Schema is the database schema objects without @@schema live in: the
	// PostgreSQL schema (the `schema` URL parameter; "" means "public") or
	// the SQL Server schema ("" means "dbo"). It is ignored for SQLite and
	// MySQL.
	//
	// On PostgreSQL, Prisma creates the schema (CREATE SCHEMA IF NOT EXISTS)
	// and leaves objects unqualified, relying on the connection's
	// search_path; [Push] sets search_path for its transaction accordingly.
	// On SQL Server every object is qualified with it.
	Schema string
}

// Provider names accepted by [Statements] and [Script]: the Prisma
// datasource providers with SQL databases.
const (
	SQLite      = "sqlite"
	PostgreSQL  = "postgresql"
	CockroachDB = "cockroachdb"
	MySQL       = "mysql"
	SQLServer   = "sqlserver"
)

// Statements returns the DDL statements that create the schema's tables in
// an empty database, in the order Prisma runs them, without trailing
// semicolons.
//
// provider is a Prisma datasource provider ("sqlite", "postgresql" or its
// alias "postgres", "cockroachdb", "mysql", "sqlserver"); "" means the
// schema's own provider. The schema should have been parsed for that
// provider: native types (@db.*) and capabilities differ between them.
//
// On SQL Server the statements are meant to run inside one transaction;
// [Script] wraps them in Prisma's BEGIN TRY / BEGIN TRAN block.
func Statements(s *schema.Schema, provider string, opts Options) ([]string, error) {
	steps, err := build(s, provider, opts)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, st := range steps.steps {
		out = append(out, st.stmts...)
	}
	return out, nil
}

// Script returns the migration script Prisma prints for the schema
// (`prisma migrate diff --from-empty --to-schema schema.prisma --script`):
// each group of statements under a "-- CreateTable" style comment, each
// statement ending with ";", and on SQL Server the whole wrapped in a
// transaction block. An empty schema gives "-- This is an empty migration.".
func Script(s *schema.Schema, provider string, opts Options) (string, error) {
	steps, err := build(s, provider, opts)
	if err != nil {
		return "", err
	}
	return steps.script(), nil
}

// step is one migration step: a description ("CreateTable") and the
// statements it renders.
type step struct {
	kind  string
	stmts []string
}

type plan struct {
	provider string
	steps    []step
}

const (
	mssqlBegin  = "BEGIN TRY\n\nBEGIN TRAN;\n"
	mssqlCommit = "COMMIT TRAN;\n\nEND TRY\nBEGIN CATCH\n\nIF @@TRANCOUNT > 0\nBEGIN\n    ROLLBACK TRAN;\nEND;\nTHROW\n\nEND CATCH\n"
)

// script renders the steps as Prisma's render_script does
// (sql-schema-connector apply_migration.rs).
func (p *plan) script() string {
	var b strings.Builder
	if len(p.steps) == 0 {
		return "-- This is an empty migration.\n"
	}
	if p.provider == SQLServer {
		b.WriteString(mssqlBegin)
		b.WriteByte('\n')
	}
	for i, st := range p.steps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("-- ")
		b.WriteString(st.kind)
		b.WriteByte('\n')
		for _, s := range st.stmts {
			b.WriteString(s)
			b.WriteString(";\n")
		}
	}
	if p.provider == SQLServer {
		b.WriteByte('\n')
		b.WriteString(mssqlCommit)
	}
	return b.String()
}

// normalizeProvider maps a provider name to one of the constants above.
func normalizeProvider(s *schema.Schema, provider string) (string, error) {
	if provider == "" {
		if s == nil || s.Provider() == "" {
			return "", errors.New("ddl: no provider given and the schema has no datasource")
		}
		provider = string(s.Provider())
	}
	switch provider {
	case "sqlite", "postgresql", "cockroachdb", "mysql", "sqlserver":
		return provider, nil
	case "postgres":
		return PostgreSQL, nil
	case "mongodb":
		return "", errors.New("ddl: MongoDB has no tables to create")
	}
	return "", fmt.Errorf("ddl: unknown provider %q", provider)
}

// build computes the database schema and renders the migration steps.
func build(s *schema.Schema, provider string, opts Options) (*plan, error) {
	if s == nil {
		return nil, errors.New("ddl: nil schema")
	}
	prov, err := normalizeProvider(s, provider)
	if err != nil {
		return nil, err
	}
	db, err := calculate(s, prov, opts)
	if err != nil {
		return nil, err
	}
	var r renderer
	switch prov {
	case SQLite:
		r = sqliteRenderer{}
	case PostgreSQL:
		r = &postgresRenderer{defaultSchema: db.defaultSchema}
	case CockroachDB:
		r = &postgresRenderer{cockroach: true, defaultSchema: db.defaultSchema}
	case MySQL:
		r = mysqlRenderer{mariadb: opts.MariaDB}
	case SQLServer:
		r = &mssqlRenderer{schema: db.defaultSchema}
	}
	return &plan{provider: prov, steps: render(db, r)}, nil
}
