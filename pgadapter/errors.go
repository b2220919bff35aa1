package pgadapter

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/noengine/noengine/adapter"
)

// convertError turns a pgx error into an *adapter.Error, classified by
// SQLSTATE (server errors) or by Go error type (network and TLS errors), as
// @prisma/adapter-pg classifies node-postgres errors. Context cancellation is
// returned as an error matching ctx.Err(). Errors it cannot classify are
// returned unchanged.
func convertError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		// Whatever the driver reported, the statement was ended by ctx:
		// the result wraps ctx's error only.
		if errors.Is(err, ctxErr) {
			if _, ok := adapter.AsError(err); !ok {
				return err
			}
		}
		return fmt.Errorf("%w (%v)", ctxErr, err)
	}
	if _, ok := err.(*adapter.Error); ok {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return mapPgError(pe)
	}
	if e := mapNetError(err); e != nil {
		return e
	}
	return err
}

var (
	reKey    = regexp.MustCompile(`Key \(([^)]+)\)`)
	reColumn = regexp.MustCompile(`^column (.+) does not exist$`)
	reQuoted = regexp.MustCompile(`"((?:""|[^"])*)"`)
)

// mapPgError maps a server error by SQLSTATE. Details are taken from the
// error's fields; where PostgreSQL has no field for them (the database of
// 3D000, the user of 28P01, ...) they are read from the message as
// @prisma/adapter-pg reads them.
func mapPgError(pe *pgconn.PgError) *adapter.Error {
	e := &adapter.Error{OriginalCode: pe.Code, OriginalMessage: pe.Message, Err: pe}
	switch pe.Code {
	case "22001":
		e.Kind = adapter.LengthMismatch
		e.Column = pe.ColumnName
	case "22003":
		e.Kind = adapter.ValueOutOfRange
		e.Cause = pe.Message
	case "22P02":
		e.Kind = adapter.InvalidInputValue
		e.Message = pe.Message
	case "23505":
		e.Kind = adapter.UniqueConstraintViolation
		fields := keyFields(pe.Detail)
		switch {
		case pe.ConstraintName != "":
			e.Constraint = &adapter.Constraint{Index: pe.ConstraintName}
		case fields != nil:
			e.Constraint = &adapter.Constraint{Fields: fields}
		}
		e.Table = pe.TableName
		if e.Table == "" && len(fields) > 0 {
			// CockroachDB leaves the table out; recover it from Prisma's
			// default constraint name <table>_<fields>_key.
			suffix := "_" + strings.Join(fields, "_") + "_key"
			if strings.HasSuffix(pe.ConstraintName, suffix) {
				e.Table = strings.TrimSuffix(pe.ConstraintName, suffix)
			}
		}
	case "23502":
		e.Kind = adapter.NullConstraintViolation
		if fields := keyFields(pe.Detail); fields != nil {
			e.Constraint = &adapter.Constraint{Fields: fields}
		}
	case "23503", "23001":
		e.Kind = adapter.ForeignKeyConstraintViolation
		if pe.Code == "23001" {
			e.Kind = adapter.RestrictViolation
		}
		switch {
		case pe.ColumnName != "":
			e.Constraint = &adapter.Constraint{Fields: []string{pe.ColumnName}}
		case pe.ConstraintName != "":
			e.Constraint = &adapter.Constraint{Index: pe.ConstraintName}
		}
	case "3D000":
		e.Kind = adapter.DatabaseDoesNotExist
		e.Database = quotedWord(pe.Message, 1)
	case "28000":
		e.Kind = adapter.DatabaseAccessDenied
		for _, part := range strings.Split(pe.Message, ",") {
			if strings.HasPrefix(part, " database") {
				e.Database = quotedPart(part)
				break
			}
		}
	case "28P01":
		e.Kind = adapter.AuthenticationFailed
		words := strings.Split(pe.Message, " ")
		e.User = quotedPart(words[len(words)-1])
	case "40001", "40P01":
		e.Kind = adapter.TransactionWriteConflict
	case "42P01":
		e.Kind = adapter.TableDoesNotExist
		e.Table = quotedWord(pe.Message, 1)
	case "42703":
		e.Kind = adapter.ColumnNotFound
		if m := reColumn.FindStringSubmatch(pe.Message); m != nil {
			e.Column = reQuoted.ReplaceAllStringFunc(m[1], func(q string) string {
				return strings.ReplaceAll(q[1:len(q)-1], `""`, `"`)
			})
		}
	case "42P04":
		e.Kind = adapter.DatabaseAlreadyExists
		e.Database = quotedWord(pe.Message, 1)
	case "53300":
		e.Kind = adapter.TooManyConnections
		e.Cause = pe.Message
	default:
		e.Kind = adapter.PostgresError
		e.Code = pe.Code
		e.Severity = pe.Severity
		e.Message = pe.Message
		e.Detail = pe.Detail
		e.Column = pe.ColumnName
		e.Hint = pe.Hint
	}
	return e
}

// keyFields parses the column list of a detail such as
// `Key (a, b)=(1, 2) already exists.`.
func keyFields(detail string) []string {
	m := reKey.FindStringSubmatch(detail)
	if m == nil {
		return nil
	}
	return strings.Split(m[1], ", ")
}

// quotedWord returns the double-quoted text of the message's i-th
// space-separated word (`database "x" does not exist` → x).
func quotedWord(msg string, i int) string {
	words := strings.Split(msg, " ")
	if i >= len(words) {
		return ""
	}
	return quotedPart(words[i])
}

func quotedPart(s string) string {
	parts := strings.Split(s, `"`)
	if len(parts) < 2 {
		return ""
	}
	return parts[1]
}

// mapNetError classifies connection-level failures by their Go error types.
func mapNetError(err error) *adapter.Error {
	var (
		dnsErr   *net.DNSError
		opErr    *net.OpError
		certErr  *tls.CertificateVerificationError
		unkAuth  x509.UnknownAuthorityError
		hostErr  x509.HostnameError
		invalid  x509.CertificateInvalidError
		recErr   tls.RecordHeaderError
		alertErr tls.AlertError
		netErr   net.Error
	)
	switch {
	case errors.As(err, &certErr), errors.As(err, &unkAuth), errors.As(err, &hostErr),
		errors.As(err, &invalid), errors.As(err, &recErr), errors.As(err, &alertErr):
		return &adapter.Error{Kind: adapter.TLSConnectionError, Reason: err.Error(), Err: err}
	case errors.As(err, &dnsErr):
		e := &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: dnsErr.Name, Err: err}
		var ce *pgconn.ConnectError
		if errors.As(err, &ce) && ce.Config != nil {
			e.Port = int(ce.Config.Port)
		}
		return e
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.EHOSTUNREACH),
		errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.ENOENT):
		e := &adapter.Error{Kind: adapter.DatabaseNotReachable, Err: err}
		if errors.As(err, &opErr) {
			if a, ok := opErr.Addr.(*net.TCPAddr); ok {
				e.Host, e.Port = a.IP.String(), a.Port
			}
		}
		var ce *pgconn.ConnectError
		if e.Host == "" && errors.As(err, &ce) && ce.Config != nil {
			e.Host, e.Port = ce.Config.Host, int(ce.Config.Port)
		}
		return e
	case errors.Is(err, syscall.ETIMEDOUT), pgconn.Timeout(err),
		errors.As(err, &netErr) && netErr.Timeout():
		return &adapter.Error{Kind: adapter.SocketTimeout, Err: err}
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE), errors.Is(err, io.EOF),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed), errors.Is(err, pgconn.ErrConnClosed):
		return &adapter.Error{Kind: adapter.ConnectionClosed, Err: err}
	}
	return nil
}
