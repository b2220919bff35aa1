package mysqladapter

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/go-sql-driver/mysql"
	"github.com/noengine/noengine/adapter"
)

// convertError turns a driver error into an *adapter.Error: server errors by
// error number, as @prisma/adapter-mariadb does, connection failures by Go
// error type. Context cancellation is returned as an error matching
// ctx.Err(); other errors are returned unchanged.
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
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		return mapMySQLError(me)
	}
	if e := mapNetError(err); e != nil {
		return e
	}
	return err
}

// mapMySQLError maps a server error by number. MySQL reports the details
// Prisma needs (key, column, database, user) only inside the message, so
// they are read from it exactly as @prisma/adapter-mariadb reads them.
func mapMySQLError(me *mysql.MySQLError) *adapter.Error {
	msg := me.Message
	words := strings.Split(msg, " ")
	word := func(i int) (string, bool) {
		if i < 0 {
			i += len(words)
		}
		if i < 0 || i >= len(words) {
			return "", false
		}
		return words[i], true
	}
	// part returns the i-th piece of s split by sep, as JavaScript's
	// s.split(sep).at(i).
	part := func(s, sep string, i int) (string, bool) {
		ps := strings.Split(s, sep)
		if i < 0 {
			i += len(ps)
		}
		if i < 0 || i >= len(ps) {
			return "", false
		}
		return ps[i], true
	}
	quoted := func(wordIndex int) (string, bool) {
		w, ok := word(wordIndex)
		if !ok {
			return "", false
		}
		return part(w, "'", 1)
	}

	e := &adapter.Error{OriginalCode: strconv.Itoa(int(me.Number)), OriginalMessage: msg, Err: me}
	switch me.Number {
	case 1062:
		e.Kind = adapter.UniqueConstraintViolation
		if key, ok := quoted(-1); ok {
			keyParts := strings.Split(key, ".")
			if len(keyParts) > 1 {
				e.Table = strings.Join(keyParts[:len(keyParts)-1], ".")
			}
			e.Constraint = &adapter.Constraint{Index: keyParts[len(keyParts)-1]}
		}
	case 1451, 1452:
		e.Kind = adapter.ForeignKeyConstraintViolation
		if w, ok := word(17); ok {
			if field, ok := part(w, "`", 1); ok {
				e.Constraint = &adapter.Constraint{Fields: []string{field}}
			}
		}
	case 1263:
		e.Kind = adapter.NullConstraintViolation
		if index, ok := quoted(-1); ok {
			e.Constraint = &adapter.Constraint{Index: index}
		}
	case 1264:
		e.Kind = adapter.ValueOutOfRange
		e.Cause = msg
	case 1364, 1048:
		e.Kind = adapter.NullConstraintViolation
		if field, ok := quoted(1); ok {
			e.Constraint = &adapter.Constraint{Fields: []string{field}}
		}
	case 1049:
		e.Kind = adapter.DatabaseDoesNotExist
		e.Database, _ = quoted(-1)
	case 1007:
		e.Kind = adapter.DatabaseAlreadyExists
		e.Database, _ = quoted(3)
	case 1044:
		e.Kind = adapter.DatabaseAccessDenied
		e.Database, _ = quoted(-1)
	case 1045:
		e.Kind = adapter.AuthenticationFailed
		if w, ok := word(4); ok {
			if u, ok := part(w, "@", 0); ok {
				e.User, _ = part(u, "'", 1)
			}
		}
	case 1146:
		e.Kind = adapter.TableDoesNotExist
		if t, ok := quoted(1); ok {
			e.Table, _ = part(t, ".", -1)
		}
	case 1054:
		e.Kind = adapter.ColumnNotFound
		e.Column, _ = quoted(2)
	case 1406:
		e.Kind = adapter.LengthMismatch
		var pieces []string
		for _, w := range words {
			pieces = append(pieces, strings.Split(w, "'")...)
		}
		if len(pieces) > 6 {
			e.Column = pieces[6]
		}
	case 1191:
		e.Kind = adapter.MissingFullTextSearchIndex
	case 1213:
		// Deadlocks. Lock wait timeouts (1205) stay database errors, as in
		// Prisma.
		e.Kind = adapter.TransactionWriteConflict
	case 1040, 1203:
		e.Kind = adapter.TooManyConnections
		e.Cause = msg
	default:
		e.Kind = adapter.MySQLError
		e.Code = strconv.Itoa(int(me.Number))
		e.Message = msg
		e.State = string(me.SQLState[:])
		if me.SQLState == [5]byte{} {
			e.State = "N/A"
		}
	}
	return e
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
		return &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: dnsErr.Name, Err: err}
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.EHOSTUNREACH),
		errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.ENOENT):
		e := &adapter.Error{Kind: adapter.DatabaseNotReachable, Err: err}
		if errors.As(err, &opErr) {
			if a, ok := opErr.Addr.(*net.TCPAddr); ok {
				e.Host, e.Port = a.IP.String(), a.Port
			}
		}
		return e
	case errors.Is(err, syscall.ETIMEDOUT), errors.As(err, &netErr) && netErr.Timeout():
		return &adapter.Error{Kind: adapter.SocketTimeout, Err: err}
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE), errors.Is(err, io.EOF),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, mysql.ErrInvalidConn), errors.Is(err, driver.ErrBadConn):
		return &adapter.Error{Kind: adapter.ConnectionClosed, Err: err}
	}
	return nil
}
