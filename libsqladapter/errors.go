package libsqladapter

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// mapError converts a driver error to an *adapter.Error. A context error
// (the statement was interrupted or its request abandoned because ctx
// ended) is returned as ctx.Err().
func mapError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if cerr := ctx.Err(); cerr != nil && (errors.Is(err, cerr) || sqlitecore.IsInterrupt(err)) {
		return cerr
	}
	if e, ok := err.(*adapter.Error); ok {
		return e
	}
	// A local file: the SQLite driver reports the extended result code.
	if ext, msg, ok := sqlitecore.DriverError(err); ok {
		return sqlitecore.Classify(ext, msg, err, sqlitecore.CodeNumbers)
	}
	if e := hranaError(err); e != nil {
		return e
	}
	if e := transportError(err); e != nil {
		return e
	}
	if errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) || err.Error() == "sql: database is closed" {
		// database/sql has no exported value for a closed pool.
		return &adapter.Error{Kind: adapter.ConnectionClosed, Message: err.Error(), Err: err}
	}
	return err
}

// Messages of sqld's statement errors (libsql-server's StmtError) that
// carry a SQLite error.
const (
	sqliteErrorPrefix = "SQLite error: "
	sqlInputPrefix    = "SQL input error: "
)

// hranaError classifies an error a Hrana server returned for a statement.
//
// libsql-client-go keeps only the message of a Hrana error: it returns
// errors.New(message), wrapped in "failed to execute SQL:", and drops the
// error's code ("SQLITE_CONSTRAINT" from sqld, an extended name or number
// from other servers). The extended code is therefore recovered from
// SQLite's message (sqlitecore.CodeFromMessage): SQLite fixes the texts of
// constraint violations, locks and interruptions, and the rest is
// SQLITE_ERROR, which Prisma tells apart by message anyway. Where a code
// does reach us, in the text of an HTTP error ("error code <code>: ..."), it
// is parsed as a name or a number (sqlitecore.ParseCode).
func hranaError(err error) *adapter.Error {
	inner := innermost(err)
	msg := inner.Error()
	switch {
	case strings.HasPrefix(msg, sqliteErrorPrefix):
		text := msg[len(sqliteErrorPrefix):]
		return sqlitecore.Classify(sqlitecore.CodeFromMessage(text), text, err, sqlitecore.CodeNumbers)
	case strings.HasPrefix(msg, sqlInputPrefix):
		// rusqlite's SqlInputError (a syntax error): "SQL input error:
		// <sqlite3_errmsg()> (at offset N)".
		text := msg[len(sqlInputPrefix):]
		if i := strings.LastIndex(text, " (at offset "); i >= 0 && strings.HasSuffix(text, ")") {
			text = text[:i]
		}
		return sqlitecore.Classify(1, text, err, sqlitecore.CodeNumbers)
	case strings.HasPrefix(msg, "error code "):
		return httpError(msg[len("error code "):], err)
	}
	if errors.Is(err, driver.ErrBadConn) || isTransport(err) {
		return nil
	}
	if strings.HasPrefix(err.Error(), "failed to execute SQL:") && inner != err {
		// Another error of the server about the statement (sqld's
		// SQL_PARSE_ERROR, ARGS_INVALID, TRANSACTION_TIMEOUT, ...).
		return sqlitecore.Classify(1, msg, err, sqlitecore.CodeNumbers)
	}
	return nil
}

// httpError classifies an HTTP error response, which libsql-client-go
// reports as "error code <status or code>: <message>".
func httpError(rest string, err error) *adapter.Error {
	code, msg, _ := strings.Cut(rest, ": ")
	if status, cerr := strconv.Atoi(code); cerr == nil && status >= 100 && status <= 599 {
		switch status {
		case 401, 403:
			return &adapter.Error{Kind: adapter.AuthenticationFailed, OriginalCode: code, OriginalMessage: msg, Err: err}
		case 404:
			return &adapter.Error{Kind: adapter.DatabaseDoesNotExist, OriginalCode: code, OriginalMessage: msg, Err: err}
		}
		// Stream errors (an invalid or expired baton): the stream and any
		// transaction on it are gone.
		return &adapter.Error{Kind: adapter.ConnectionClosed, OriginalCode: code, OriginalMessage: msg, Err: err}
	}
	if ext, ok := sqlitecore.ParseCode(code); ok {
		return sqlitecore.Classify(ext, strings.TrimPrefix(msg, sqliteErrorPrefix), err, sqlitecore.CodeNumbers)
	}
	return &adapter.Error{Kind: adapter.ConnectionClosed, OriginalCode: code, OriginalMessage: msg, Err: err}
}

// transportError classifies a failure to talk to a remote server.
func transportError(err error) *adapter.Error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return nil
	}
	host, port := "", 0
	if u, perr := url.Parse(ue.URL); perr == nil {
		host = u.Hostname()
		port, _ = strconv.Atoi(u.Port())
	}
	var (
		certErr  *tls.CertificateVerificationError
		unknown  x509.UnknownAuthorityError
		hostErr  x509.HostnameError
		recErr   tls.RecordHeaderError
		alertErr tls.AlertError
	)
	if errors.As(err, &certErr) || errors.As(err, &unknown) || errors.As(err, &hostErr) || errors.As(err, &recErr) || errors.As(err, &alertErr) {
		return &adapter.Error{Kind: adapter.TLSConnectionError, Reason: innermost(err).Error(), Err: err}
	}
	var oe *net.OpError
	var de *net.DNSError
	if errors.As(err, &de) || errors.As(err, &oe) && oe.Op == "dial" {
		return &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: host, Port: port, Err: err}
	}
	if ue.Timeout() {
		return &adapter.Error{Kind: adapter.SocketTimeout, Err: err}
	}
	return &adapter.Error{Kind: adapter.ConnectionClosed, Message: err.Error(), Err: err}
}

func isTransport(err error) bool {
	var ue *url.Error
	return errors.As(err, &ue)
}

// innermost returns the last error of err's chain (following the first
// error of joined ones).
func innermost(err error) error {
	for {
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			next := u.Unwrap()
			if next == nil {
				return err
			}
			err = next
		case interface{ Unwrap() []error }:
			errs := u.Unwrap()
			if len(errs) == 0 {
				return err
			}
			err = errs[0]
		default:
			return err
		}
	}
}

// discardedError marks a failure after which the driver connection is not
// to be used again: database/sql discards a connection when an error of
// its Raw function wraps driver.ErrBadConn.
type discardedError struct{ err error }

func (e *discardedError) Error() string   { return e.err.Error() }
func (e *discardedError) Unwrap() []error { return []error{e.err, driver.ErrBadConn} }

// discardIfBroken wraps err so that the connection is discarded when the
// statement did not get a clean answer: its context ended while it ran, or
// the HTTP request failed, or the stream was refused. A Hrana stream cannot
// be trusted after that (the server may have issued a baton the client
// never saw, and sqld closes a stream whose request was abandoned). A
// statement error leaves the connection as it was.
func discardIfBroken(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if _, _, ok := sqlitecore.DriverError(err); ok {
		return err // a local file: the connection is fine after any error
	}
	if ctx.Err() == nil && errors.Is(err, driver.ErrBadConn) {
		// libsql-client-go's "stream is closed": nothing was sent;
		// database/sql discards the connection, and the statement may be
		// retried on another.
		return err
	}
	msg := innermost(err).Error()
	if ctx.Err() != nil || isTransport(err) || errors.Is(err, driver.ErrBadConn) || strings.HasPrefix(msg, "error code ") {
		return &discardedError{err}
	}
	return err
}
