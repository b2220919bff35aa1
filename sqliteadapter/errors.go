package sqliteadapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// mapError converts a driver error to an *adapter.Error. A context error
// (the statement was interrupted because ctx ended) is returned as ctx.Err().
func mapError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if cerr := ctx.Err(); cerr != nil && (errors.Is(err, cerr) || sqlitecore.IsInterrupt(err)) {
		return cerr
	}
	if e, ok := convertError(err); ok {
		return e
	}
	if _, ok := err.(*adapter.Error); ok {
		return err
	}
	if errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) || err.Error() == "sql: database is closed" {
		// database/sql has no exported value for a closed pool.
		return &adapter.Error{Kind: adapter.ConnectionClosed, Message: err.Error(), Err: err}
	}
	return err
}

// convertError converts a go-sqlite3 error as Prisma's better-sqlite3 adapter
// converts a SqliteError (its convertDriverError).
func convertError(err error) (*adapter.Error, bool) {
	ext, msg, ok := sqlitecore.DriverError(err)
	if !ok {
		return nil, false
	}
	return classify(ext, msg, err), true
}

// classify builds the adapter error for SQLite extended result code ext and
// message msg, with the code names of better-sqlite3.
func classify(ext int, msg string, cause error) *adapter.Error {
	return sqlitecore.Classify(ext, msg, cause, sqlitecore.CodeNames)
}
