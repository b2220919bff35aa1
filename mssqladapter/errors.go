package mssqladapter

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	mssql "github.com/microsoft/go-mssqldb"

	"github.com/noengine/noengine/adapter"
)

// convertError turns a driver error into an *adapter.Error: server errors
// by error number, as @prisma/adapter-mssql does, connection failures by Go
// error type. A statement ended by ctx returns an error matching ctx.Err();
// other errors are returned unchanged.
func convertError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
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
	var me mssql.Error
	if errors.As(err, &me) {
		return mapServerError(me, err)
	}
	if e := mapNetError(err); e != nil {
		return e
	}
	return err
}

// originalCode is what Prisma reports as the error's originalCode: the
// node-mssql error code, EREQUEST for an error a statement got from the
// server and ELOGIN for a failed login.
func originalCode(me mssql.Error) string {
	if strings.HasPrefix(me.Message, "login error: ") {
		return "ELOGIN"
	}
	return "EREQUEST"
}

// mapServerError classifies a server error by number, as
// @prisma/adapter-mssql's mapDriverError does. SQL Server reports the
// names Prisma shows (constraint, table, column, user, database) only
// inside the message, so they are read from it exactly as Prisma reads
// them. The driver's error (wrapped) stays reachable through Unwrap.
func mapServerError(me mssql.Error, wrapped error) *adapter.Error {
	msg := me.Message
	e := &adapter.Error{OriginalCode: originalCode(me), OriginalMessage: msg, Err: wrapped}
	// at returns element i of s.split(sep) as JavaScript's .at(i) would.
	at := func(s, sep string, i int) (string, bool) {
		parts := strings.Split(s, sep)
		if i < 0 {
			i += len(parts)
		}
		if i < 0 || i >= len(parts) {
			return "", false
		}
		return parts[i], true
	}
	// quotedWord is message.split(' ').at(word)?.split(quote).at(1).
	quotedWord := func(word int, quote string) string {
		w, ok := at(msg, " ", word)
		if !ok {
			return ""
		}
		v, _ := at(w, quote, 1)
		return v
	}
	lastDot := func(s string) string {
		v, _ := at(s, ".", -1)
		return v
	}
	switch me.Number {
	case 3902, 3903, 3971:
		e.Kind, e.Cause = adapter.TransactionAlreadyClosed, msg
	case 8169:
		e.Kind, e.Cause = adapter.InconsistentColumnData, msg
	case 18456:
		e.Kind = adapter.AuthenticationFailed
		e.User, _ = at(msg, "'", 1)
	case 4060:
		e.Kind = adapter.DatabaseDoesNotExist
		e.Database, _ = at(msg, `"`, 1)
	case 515:
		e.Kind = adapter.NullConstraintViolation
		if f := quotedWord(7, "'"); f != "" {
			e.Constraint = &adapter.Constraint{Fields: []string{f}}
		}
	case 1801:
		e.Kind = adapter.DatabaseAlreadyExists
		e.Database, _ = at(msg, "'", 1)
	case 2627:
		// "Violation of UNIQUE KEY constraint 'k'. Cannot insert duplicate
		// key in object 'dbo.T'. ...": Prisma reports the object as the
		// constraint and derives the table from it.
		e.Kind = adapter.UniqueConstraintViolation
		if sentence, ok := at(msg, ". ", 1); ok {
			words := strings.Split(sentence, " ")
			if object, _ := at(words[len(words)-1], "'", 1); object != "" {
				e.Constraint = &adapter.Constraint{Index: object}
				e.Table = lastDot(object)
			}
		}
	case 547:
		e.Kind = adapter.ForeignKeyConstraintViolation
		if first, ok := at(msg, ".", 0); ok {
			words := strings.Split(first, " ")
			if index, _ := at(words[len(words)-1], `"`, 1); index != "" {
				e.Constraint = &adapter.Constraint{Index: index}
			}
		}
	case 1505:
		e.Kind = adapter.UniqueConstraintViolation
		if object, ok := at(msg, "'", 1); ok {
			e.Table = lastDot(object)
		}
		if index, _ := at(msg, "'", 3); index != "" {
			e.Constraint = &adapter.Constraint{Index: index}
		}
	case 2601:
		e.Kind = adapter.UniqueConstraintViolation
		if object := quotedWord(7, "'"); object != "" {
			e.Table = lastDot(object)
		}
		if index := quotedWord(11, "'"); index != "" {
			e.Constraint = &adapter.Constraint{Index: index}
		}
	case 2628:
		e.Kind = adapter.LengthMismatch
		e.Column, _ = at(msg, "'", 3)
	case 208:
		e.Kind = adapter.TableDoesNotExist
		e.Table = quotedWord(3, "'")
	case 207:
		e.Kind = adapter.ColumnNotFound
		e.Column = quotedWord(3, "'")
	case 1205:
		e.Kind = adapter.TransactionWriteConflict
	case 5828:
		e.Kind, e.Cause = adapter.TooManyConnections, msg
	case 0:
		// go-mssqldb's own report that the server ended the transaction
		// (a Commit after XACT_ABORT or a deadlock rolled it back).
		if strings.Contains(msg, "server does not have an active transaction") {
			e.Kind, e.Cause = adapter.TransactionAlreadyClosed, msg
			break
		}
		fallthrough
	default:
		if valueOutOfRange[me.Number] {
			e.Kind, e.Cause = adapter.ValueOutOfRange, msg
			break
		}
		e.Kind = adapter.MSSQLError
		e.Code = strconv.Itoa(int(me.Number))
		e.Message = msg
	}
	return e
}

// valueOutOfRange lists the conversion and overflow errors Prisma reports
// as ValueOutOfRange.
var valueOutOfRange = map[int32]bool{
	108: true, 168: true, 183: true, 187: true, 220: true, 232: true, 236: true, 242: true, 244: true,
	248: true, 294: true, 296: true, 298: true, 304: true, 517: true, 535: true, 1007: true, 1080: true,
	2386: true, 2568: true, 2570: true, 2579: true, 2742: true, 2950: true, 3194: true, 3250: true,
	3606: true, 3995: true, 4079: true, 4867: true, 6244: true, 6398: true, 6937: true, 6938: true,
	6960: true, 7116: true, 7135: true, 7722: true, 7810: true, 7981: true, 8115: true, 8165: true,
	8351: true, 8411: true, 8727: true, 8729: true, 8968: true, 8991: true, 9109: true, 9204: true,
	9526: true, 9527: true, 9746: true, 9813: true, 9835: true, 9838: true, 9839: true,
}

// mapNetError classifies connection failures: TLS errors, and a server
// that cannot be reached.
func mapNetError(err error) *adapter.Error {
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recordErr tls.RecordHeaderError
	switch {
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr), errors.As(err, &recordErr):
		return &adapter.Error{Kind: adapter.TLSConnectionError, Reason: err.Error(), Err: err}
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		e := &adapter.Error{Kind: adapter.DatabaseNotReachable, Err: err}
		if opErr.Addr != nil {
			if host, port, splitErr := net.SplitHostPort(opErr.Addr.String()); splitErr == nil {
				e.Host = host
				e.Port, _ = strconv.Atoi(port)
			}
		}
		return e
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &adapter.Error{Kind: adapter.DatabaseNotReachable, Host: dnsErr.Name, Err: err}
	}
	return nil
}
