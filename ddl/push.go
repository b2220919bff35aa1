package ddl

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/schema"
)

// Push creates the schema's tables, as `prisma db push` does on an empty
// database, by running [Statements] through the adapter.
//
// The provider is the schema's, and must be one the adapter speaks. When
// opts.Schema is empty the adapter's Info().SchemaName is used.
//
// SQLite and PostgreSQL run the statements in one transaction (through the
// transaction's ExecScript when it implements [adapter.ScriptExecer]); on
// PostgreSQL with a schema other than "public" the transaction's
// search_path is set to it first, since Prisma's DDL leaves objects
// unqualified. SQL Server runs Prisma's own script, which wraps the
// statements in BEGIN TRY / BEGIN TRAN, when the adapter implements
// [adapter.ScriptExecer], and a transaction otherwise. MySQL and
// CockroachDB, whose DDL is not transactional (or not reliably so), run the
// statements one after the other, as a script when the adapter can.
//
// Push does not check that the database is empty: objects that exist make
// it fail.
func Push(ctx context.Context, a adapter.Adapter, s *schema.Schema, opts Options) error {
	if a == nil {
		return errors.New("ddl: nil adapter")
	}
	if s == nil {
		return errors.New("ddl: nil schema")
	}
	info := a.Info()
	prov, err := pushProvider(s, info)
	if err != nil {
		return err
	}
	if info.Flavor == "mariadb" {
		opts.MariaDB = true
	}
	if opts.Schema == "" {
		opts.Schema = info.SchemaName
	}
	p, err := build(s, prov, opts)
	if err != nil {
		return err
	}
	var stmts []string
	for _, st := range p.steps {
		stmts = append(stmts, st.stmts...)
	}
	if len(stmts) == 0 {
		return nil
	}
	switch prov {
	case MySQL, CockroachDB:
		if se, ok := a.(adapter.ScriptExecer); ok {
			if err := se.ExecScript(ctx, joinScript(stmts)); err != nil {
				return fmt.Errorf("ddl: push: %w", err)
			}
			return nil
		}
		return execEach(ctx, a, stmts)
	case SQLServer:
		if se, ok := a.(adapter.ScriptExecer); ok {
			if err := se.ExecScript(ctx, p.script()); err != nil {
				return fmt.Errorf("ddl: push: %w", err)
			}
			return nil
		}
	}
	return inTransaction(ctx, a, prov, opts, stmts)
}

// pushProvider picks the provider: the schema's, checked against the
// adapter's, or the adapter's when the schema has no datasource.
func pushProvider(s *schema.Schema, info adapter.Info) (string, error) {
	var fromAdapter string
	switch info.Provider {
	case adapter.ProviderSQLite:
		fromAdapter = SQLite
	case adapter.ProviderPostgres:
		fromAdapter = PostgreSQL
		if info.Flavor == "cockroachdb" {
			fromAdapter = CockroachDB
		}
	case adapter.ProviderMySQL:
		fromAdapter = MySQL
	case adapter.ProviderSQLServer:
		fromAdapter = SQLServer
	}
	if s.Provider() == "" {
		if fromAdapter == "" {
			return "", fmt.Errorf("ddl: push: unknown adapter provider %q", info.Provider)
		}
		return fromAdapter, nil
	}
	prov, err := normalizeProvider(s, "")
	if err != nil {
		return "", err
	}
	if fromAdapter != "" && sqlFamily(fromAdapter) != sqlFamily(prov) {
		return "", fmt.Errorf("ddl: push: the schema's provider is %q but the adapter speaks %q", prov, info.Provider)
	}
	return prov, nil
}

// sqlFamily maps CockroachDB to PostgreSQL, whose wire protocol it speaks.
func sqlFamily(provider string) string {
	if provider == CockroachDB {
		return PostgreSQL
	}
	return provider
}

func joinScript(stmts []string) string {
	var b strings.Builder
	for _, s := range stmts {
		b.WriteString(s)
		b.WriteString(";\n")
	}
	return b.String()
}

func execEach(ctx context.Context, q adapter.Queryable, stmts []string) error {
	for _, s := range stmts {
		if _, err := q.Exec(ctx, &adapter.Query{SQL: s}); err != nil {
			return fmt.Errorf("ddl: push: %w\n  in: %s", err, firstLine(s))
		}
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}

func inTransaction(ctx context.Context, a adapter.Adapter, prov string, opts Options, stmts []string) (err error) {
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		return fmt.Errorf("ddl: push: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback(context.WithoutCancel(ctx))
		}
	}()
	if prov == PostgreSQL && opts.Schema != "" && opts.Schema != "public" {
		// Prisma's statements are unqualified; they must land in the schema.
		q := &adapter.Query{SQL: "SET LOCAL search_path TO " + doubleQuotes.id(strings.ReplaceAll(opts.Schema, `"`, `""`))}
		if _, err = tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("ddl: push: %w", err)
		}
	}
	if se, ok := tx.(adapter.ScriptExecer); ok {
		if err = se.ExecScript(ctx, joinScript(stmts)); err != nil {
			return fmt.Errorf("ddl: push: %w", err)
		}
	} else if err = execEach(ctx, tx, stmts); err != nil {
		return err
	}
	if err = tx.Commit(ctx); err != nil {
		return fmt.Errorf("ddl: push: commit: %w", err)
	}
	return nil
}
