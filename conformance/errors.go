package conformance

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
)

func (s *suite) runErrors(t *testing.T) {
	t.Run("UniqueViolation", s.testUniqueViolation)
	t.Run("ForeignKeyViolation", s.testForeignKeyViolation)
	t.Run("NotNullViolation", s.testNotNullViolation)
	t.Run("TableDoesNotExist", s.testTableDoesNotExist)
	t.Run("ColumnNotFound", s.testColumnNotFound)
	t.Run("ValueTooLong", s.testValueTooLong)
	t.Run("ValueOutOfRange", s.testValueOutOfRange)
	t.Run("SyntaxError", s.testSyntaxError)
	t.Run("WriteConflict", s.testWriteConflict)
}

// errorTables creates a parent and a child table with the constraints the
// error tests violate.
func (e *env) errorTables() {
	e.t.Helper()
	e.dropTable("conf_err_post")
	e.createTable("conf_err_user", "id INT PRIMARY KEY", "email "+e.s.textColumn(100)+" NOT NULL UNIQUE", "short_name "+e.s.textColumn(5))
	e.createTable("conf_err_post", "id INT PRIMARY KEY", "author_id INT NOT NULL REFERENCES conf_err_user (id)")
	e.exec(e.a, "INSERT INTO conf_err_user (id, email) VALUES ("+e.s.phs(2)+")", bind(int64(1), adapter.ScalarInt), bind("a@example.com", adapter.ScalarString))
}

// viaBoth runs a failing statement through Exec and through Query, and
// checks each error.
func (e *env) viaBoth(sql string, args []arg, check func(t *testing.T, err error)) {
	e.t.Helper()
	for _, via := range []string{"Exec", "Query"} {
		e.t.Run(via, func(t *testing.T) {
			var err error
			if via == "Exec" {
				_, err = e.a.Exec(e.ctx, query(sql, args...))
			} else {
				_, err = e.a.Query(e.ctx, query(sql, args...))
			}
			check(t, err)
			if t.Failed() {
				return
			}
			if ae, _ := adapter.AsError(err); ae != nil && ae.Err == nil && ae.OriginalCode != "" {
				t.Errorf("the error carries OriginalCode %q but does not wrap the driver's error (Err is nil)", ae.OriginalCode)
			}
		})
	}
	e.checkUsable("after the failing statements")
}

func (s *suite) testUniqueViolation(t *testing.T) {
	e := s.newEnv(t)
	e.errorTables()
	e.viaBoth("INSERT INTO conf_err_user (id, email) VALUES ("+s.phs(2)+")",
		[]arg{bind(int64(2), adapter.ScalarInt), bind("a@example.com", adapter.ScalarString)},
		func(t *testing.T, err error) {
			ae := expectKind(t, "duplicate email", err, adapter.UniqueConstraintViolation)
			checkConstraint(t, ae, "email")
		})
	e.viaBoth("INSERT INTO conf_err_user (id, email) VALUES ("+s.phs(2)+")",
		[]arg{bind(int64(1), adapter.ScalarInt), bind("b@example.com", adapter.ScalarString)},
		func(t *testing.T, err error) {
			ae := expectKind(t, "duplicate primary key", err, adapter.UniqueConstraintViolation)
			checkConstraint(t, ae, "id")
		})
}

// checkConstraint checks the constraint details when the adapter gives
// them: fields must name the column, an index name must be non-empty.
func checkConstraint(t *testing.T, ae *adapter.Error, field string) {
	t.Helper()
	c := ae.Constraint
	if c == nil {
		t.Logf("no constraint details (allowed; Prisma reports \"(not available)\")")
		return
	}
	switch {
	case c.Fields != nil:
		if !slices.Contains(c.Fields, field) {
			t.Errorf("Constraint.Fields = %q, want it to contain %q", c.Fields, field)
		}
	case c.Index != "":
	case c.ForeignKey:
		t.Errorf("Constraint is {foreignKey} for a %v", ae.Kind)
	default:
		t.Errorf("Constraint is empty: set Fields, Index or ForeignKey, or leave Constraint nil")
	}
}

func (s *suite) testForeignKeyViolation(t *testing.T) {
	e := s.newEnv(t)
	e.errorTables()
	e.viaBoth("INSERT INTO conf_err_post (id, author_id) VALUES ("+s.phs(2)+")",
		[]arg{bind(int64(1), adapter.ScalarInt), bind(int64(777), adapter.ScalarInt)},
		func(t *testing.T, err error) {
			ae := expectKind(t, "orphan row", err, adapter.ForeignKeyConstraintViolation)
			if ae.Constraint != nil && ae.Constraint.Fields != nil && !slices.Contains(ae.Constraint.Fields, "author_id") {
				t.Errorf("Constraint.Fields = %q, want author_id", ae.Constraint.Fields)
			}
		})
	e.exec(e.a, "INSERT INTO conf_err_post (id, author_id) VALUES ("+s.phs(2)+")", bind(int64(1), adapter.ScalarInt), bind(int64(1), adapter.ScalarInt))
	e.viaBoth("DELETE FROM conf_err_user WHERE id = "+s.ph(1), []arg{bind(int64(1), adapter.ScalarInt)},
		func(t *testing.T, err error) {
			if err == nil {
				t.Fatal("deleting a referenced row succeeded")
			}
			ae, ok := adapter.AsError(err)
			if !ok || (ae.Kind != adapter.ForeignKeyConstraintViolation && ae.Kind != adapter.RestrictViolation) {
				t.Fatalf("deleting a referenced row: %v, want ForeignKeyConstraintViolation or RestrictViolation", err)
			}
		})
}

func (s *suite) testNotNullViolation(t *testing.T) {
	e := s.newEnv(t)
	e.errorTables()
	e.viaBoth("INSERT INTO conf_err_user (id, email) VALUES ("+s.phs(2)+")",
		[]arg{bind(int64(3), adapter.ScalarInt), bind(nil, adapter.ScalarString)},
		func(t *testing.T, err error) {
			ae := expectKind(t, "NULL email", err, adapter.NullConstraintViolation)
			checkConstraint(t, ae, "email")
		})
}

func (s *suite) testTableDoesNotExist(t *testing.T) {
	e := s.newEnv(t)
	e.viaBoth("SELECT * FROM conf_missing_table", nil, func(t *testing.T, err error) {
		ae := expectKind(t, "missing table", err, adapter.TableDoesNotExist)
		if ae.Table != "" && !strings.Contains(ae.Table, "conf_missing_table") {
			t.Errorf("Table = %q, want it to name conf_missing_table", ae.Table)
		}
	})
}

func (s *suite) testColumnNotFound(t *testing.T) {
	e := s.newEnv(t)
	e.errorTables()
	e.viaBoth("SELECT conf_missing_column FROM conf_err_user", nil, func(t *testing.T, err error) {
		ae := expectKind(t, "missing column", err, adapter.ColumnNotFound)
		if ae.Column != "" && !strings.Contains(ae.Column, "conf_missing_column") {
			t.Errorf("Column = %q, want it to name conf_missing_column", ae.Column)
		}
	})
	e.viaBoth("INSERT INTO conf_err_user (id, email, conf_missing_column) VALUES (9, 'x', 1)", nil, func(t *testing.T, err error) {
		expectKind(t, "insert into a missing column", err, adapter.ColumnNotFound)
	})
}

func (s *suite) testValueTooLong(t *testing.T) {
	if !s.caps.LengthChecks {
		t.Skip("the adapter does not claim LengthChecks (SQLite does not enforce VARCHAR lengths)")
	}
	e := s.newEnv(t)
	e.errorTables()
	e.viaBoth("INSERT INTO conf_err_user (id, email, short_name) VALUES ("+s.phs(3)+")",
		[]arg{bind(int64(4), adapter.ScalarInt), bind("c@example.com", adapter.ScalarString), bind("much too long", adapter.ScalarString)},
		func(t *testing.T, err error) {
			expectKind(t, "13 characters into VARCHAR(5)", err, adapter.LengthMismatch)
		})
}

func (s *suite) testValueOutOfRange(t *testing.T) {
	if !s.caps.RangeChecks {
		t.Skip("the adapter does not claim RangeChecks (SQLite integers are 64-bit)")
	}
	e := s.newEnv(t)
	e.createTable("conf_range", "id INT PRIMARY KEY", "v INT")
	e.viaBoth("INSERT INTO conf_range (id, v) VALUES ("+s.phs(2)+")",
		[]arg{bind(int64(1), adapter.ScalarInt), bind(int64(1)<<40, adapter.ScalarBigInt)},
		func(t *testing.T, err error) {
			expectKind(t, "2^40 into INT", err, adapter.ValueOutOfRange)
		})
}

func (s *suite) testSyntaxError(t *testing.T) {
	e := s.newEnv(t)
	want := map[adapter.Provider]adapter.Kind{sqlite: adapter.SQLiteError, postgres: adapter.PostgresError, mysql: adapter.MySQLError, sqlserver: adapter.MSSQLError}[s.p]
	e.viaBoth("SELEC 1", nil, func(t *testing.T, err error) {
		ae := expectKind(t, "a syntax error", err, want)
		if ae.OriginalCode == "" || ae.OriginalMessage == "" {
			t.Errorf("OriginalCode %q, OriginalMessage %q: a database error must carry both (they make Prisma's P2010/P2039 message)", ae.OriginalCode, ae.OriginalMessage)
		}
		if ae.Code == "" {
			t.Errorf("Code is empty: the database-specific kinds carry the database's code")
		}
	})
}

// testWriteConflict provokes a deadlock: two transactions lock one row each,
// then each wants the other's. The database must break it and the adapter
// report TransactionWriteConflict to (at least) one of them.
func (s *suite) testWriteConflict(t *testing.T) {
	if !s.caps.WriteConflicts {
		t.Skip("the adapter does not claim WriteConflicts")
	}
	e := s.newEnv(t)
	e.createTable("conf_conflict", "id INT PRIMARY KEY", "v INT")
	e.exec(e.a, "INSERT INTO conf_conflict (id, v) VALUES (1, 0), (2, 0)")
	update := "UPDATE conf_conflict SET v = v + 1 WHERE id = " + s.ph(1)
	var locked atomic.Int32
	errs := make([]error, 2)
	run := func(i int, first, second int64) func() {
		return func() {
			tx, err := e.a.Begin(e.ctx, adapter.TxOptions{})
			if err != nil {
				errs[i] = err
				return
			}
			defer tx.Rollback(context.WithoutCancel(e.ctx))
			if _, err := tx.Exec(e.ctx, query(update, bind(first, adapter.ScalarInt))); err != nil {
				errs[i] = err
				return
			}
			locked.Add(1)
			for deadline := time.Now().Add(5 * time.Second); locked.Load() < 2 && time.Now().Before(deadline); {
				time.Sleep(5 * time.Millisecond)
			}
			if _, err := tx.Exec(e.ctx, query(update, bind(second, adapter.ScalarInt))); err != nil {
				errs[i] = err
				return
			}
			errs[i] = tx.Commit(e.ctx)
		}
	}
	gather(run(0, 1, 2), run(1, 2, 1))
	conflicts := 0
	for i, err := range errs {
		if err == nil {
			continue
		}
		var ae *adapter.Error
		if errors.As(err, &ae) && ae.Kind == adapter.TransactionWriteConflict {
			conflicts++
			continue
		}
		t.Errorf("transaction %d: %v, want nil or TransactionWriteConflict", i+1, err)
	}
	if conflicts == 0 {
		t.Errorf("no transaction got TransactionWriteConflict (errors: %v)", errs)
	}
	e.checkNoConnsInUse("after the deadlock")
}
