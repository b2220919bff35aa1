package noengine

import (
	"context"
	"errors"
	"strings"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/executor"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Error is a user-facing error, as Prisma reports it: a P-code, a message and
// a meta object. A database error stays reachable through Unwrap:
//
//	var e noengine.Error
//	if errors.As(err, &e) && e.Code == "P2002" { ... }
//	var ae *adapter.Error
//	if errors.As(err, &ae) { ... ae.Kind, ae.OriginalCode ... }
type Error struct {
	// Code is the Prisma error code ("P2002"), empty for errors Prisma does
	// not classify (then IsPanic may be set for internal errors).
	Code string
	// Message is Prisma's message.
	Message string
	// Meta is the JSON object of details, as Prisma renders it.
	Meta []byte
	// Err is the underlying error (an *adapter.Error for database errors).
	Err error
}

// Error returns the message.
func (e Error) Error() string { return e.Message }

// Unwrap returns the underlying error.
func (e Error) Unwrap() error { return e.Err }

// Is matches another Error with the same code: errors.Is(err, noengine.Error{Code: "P2025"}).
func (e Error) Is(target error) bool {
	t, ok := target.(Error)
	return ok && t.Code != "" && t.Code == e.Code && t.Message == ""
}

// Code returns the Prisma error code of err, or "" when it has none.
func Code(err error) string {
	var e Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// IsNotFound reports a P2025 (record required but not found).
func IsNotFound(err error) bool { return Code(err) == "P2025" }

// IsUniqueViolation reports a P2002.
func IsUniqueViolation(err error) bool { return Code(err) == "P2002" }

// IsForeignKeyViolation reports a P2003.
func IsForeignKeyViolation(err error) bool { return Code(err) == "P2003" }

// appendErrorObject writes one element of the "errors" array.
func appendErrorObject(w *protocol.Writer, e Error) {
	w.Raw(`{"error":`)
	w.String(e.Message)
	if e.Code != "" {
		w.Raw(`,"user_facing_error":{"is_panic":false,"message":`)
		w.String(e.Message)
		w.Raw(`,"meta":`)
		if len(e.Meta) == 0 {
			w.Raw("{}")
		} else {
			w.RawBytes(e.Meta)
		}
		w.Raw(`,"error_code":`)
		w.String(e.Code)
		w.Byte('}')
	}
	w.Byte('}')
}

// appendErrorEnvelope writes {"errors":[...]}.
func appendErrorEnvelope(w *protocol.Writer, e Error) {
	w.Raw(`{"errors":[`)
	appendErrorObject(w, e)
	w.Raw(`]}`)
}

// toError converts any error of the pipeline into a user-facing Error.
func toError(err error, raw bool) Error {
	var ue Error
	if errors.As(err, &ue) {
		return ue
	}
	var pe *plan.UserError
	if errors.As(err, &pe) {
		return Error{Code: pe.Code, Message: pe.Message, Meta: pe.Meta, Err: err}
	}
	var ae *adapter.Error
	if errors.As(err, &ae) {
		return adapterError(ae, raw)
	}
	var ce *compiler.Error
	if errors.As(err, &ce) {
		return Error{Code: ce.Code, Message: ce.Message, Meta: ce.Meta, Err: err}
	}
	var ve validationError
	if errors.As(err, &ve) {
		return Error{Code: ve.code(), Message: ve.message(), Meta: ve.meta(), Err: err}
	}
	var me *types.MapError
	if errors.As(err, &me) {
		return Error{Code: "P2023", Message: me.Msg, Err: err}
	}
	if strings.Contains(err.Error(), "parameter limit") {
		return Error{Code: "P2029", Message: err.Error(), Err: err}
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return Error{Message: err.Error(), Err: err}
	}
	var ie *executor.InternalError
	if errors.As(err, &ie) {
		return Error{Message: ie.Error(), Err: err}
	}
	return Error{Message: err.Error(), Err: err}
}

// validationError is implemented by query validation errors.
type validationError interface {
	error
	code() string
	message() string
	meta() []byte
}

// adapterError renders an adapter error as Prisma's rethrowAsUserFacing does.
func adapterError(ae *adapter.Error, raw bool) Error {
	var w protocol.Writer
	w.Raw(`{"driverAdapterError":{"name":"DriverAdapterError","message":`)
	msg := ae.Kind.String()
	if ae.Message != "" && (ae.Kind == adapter.InvalidInputValue || ae.Kind.IsDatabaseSpecific()) {
		msg = ae.Message
	}
	w.String(msg)
	w.Raw(`,"cause":`)
	cause, _ := ae.MarshalJSON()
	w.RawBytes(cause)
	w.Byte('}')
	code := ae.Kind.Code()
	if raw || code == "" {
		w.Byte('}')
		oc := ae.OriginalCode
		if oc == "" {
			oc = "N/A"
		}
		m := ae.OriginalMessage
		if m == "" {
			m = ae.UserMessage()
		}
		if m == "" {
			m = msg
		}
		if raw {
			return Error{Code: "P2010", Message: "Raw query failed. Code: `" + oc + "`. Message: `" + m + "`", Meta: w.Bytes(), Err: ae}
		}
		return Error{Code: "P2039", Message: "Database error. Code: `" + oc + "`. Message: `" + m + "`", Meta: w.Bytes(), Err: ae}
	}
	if ae.Kind == adapter.UniqueConstraintViolation && ae.Table != "" {
		w.Raw(`,"table":`)
		w.String(ae.Table)
	}
	w.Byte('}')
	return Error{Code: code, Message: ae.UserMessage(), Meta: w.Bytes(), Err: ae}
}
