package compiler

import (
	"unsafe"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
)

// sqlb builds one statement: text with placeholders for arguments. Tuples
// make the statement dynamic (rendered at run time); otherwise the text is
// rendered once here.
//
// All of a builder's text is kept in buf; the placeholders (and tuples)
// are pieces marking a position in buf. Appending a builder to another
// copies its text and rebases its pieces, and finishing the statement makes
// one string of the text, which the plan's text fragments share.
type sqlb struct {
	d       *dialect.Dialect
	buf     []byte
	pieces  []piece
	args    []plan.Arg
	dynamic bool
}

// piece is a non-text fragment at byte offset pos of the builder's text.
type piece struct {
	pos  int
	frag plan.Frag
}

func newSQL(d *dialect.Dialect) *sqlb { return &sqlb{d: d} }

// newSQL returns an empty builder from the compilation's slab: builders
// are allocated in chunks (a chunk is never grown, so the pointers stay
// valid).
func (x *cc) newSQL() *sqlb {
	if len(x.sqlSlab) == cap(x.sqlSlab) {
		x.sqlSlab = make([]sqlb, 0, 16)
	}
	x.sqlSlab = append(x.sqlSlab, sqlb{d: x.d})
	return &x.sqlSlab[len(x.sqlSlab)-1]
}

func (b *sqlb) s(text string) *sqlb {
	b.buf = append(b.buf, text...)
	return b
}

// WriteString appends text; it makes the builder the io.StringWriter the
// dialect's SQL-fragment methods write to.
func (b *sqlb) WriteString(text string) (int, error) {
	b.buf = append(b.buf, text...)
	return len(text), nil
}

// bindStr binds a string parameter; it is the bind callback of the
// dialect's SQL-fragment methods.
func (b *sqlb) bindStr(s string) { b.arg(strArg(s)) }

func (b *sqlb) ident(name string) *sqlb {
	b.buf = b.d.AppendIdent(b.buf, name)
	return b
}

// col writes alias.column.
func (b *sqlb) col(alias, column string) *sqlb {
	if alias != "" {
		b.buf = b.d.AppendIdent(b.buf, alias)
		b.buf = append(b.buf, '.')
	}
	b.buf = b.d.AppendIdent(b.buf, column)
	return b
}

func (b *sqlb) addPiece(kind plan.FragKind, a plan.Arg) {
	b.args = append(b.args, a)
	b.pieces = append(b.pieces, piece{pos: len(b.buf), frag: plan.Frag{Kind: kind, Arg: len(b.args) - 1}})
}

// arg writes a placeholder for a.
func (b *sqlb) arg(a plan.Arg) *sqlb {
	b.addPiece(plan.FragParam, a)
	return b
}

// tuple writes "(p1,...,pn)" for a list argument, expanded at run time.
func (b *sqlb) tuple(a plan.Arg) *sqlb {
	b.dynamic = true
	a.Type.List = false
	b.addPiece(plan.FragTuple, a)
	return b
}

// tupleWrapped is tuple with each item wrapped in prefix and suffix.
func (b *sqlb) tupleWrapped(a plan.Arg, prefix, suffix string) *sqlb {
	b.tuple(a)
	b.pieces[len(b.pieces)-1].frag.Prefix = prefix
	b.pieces[len(b.pieces)-1].frag.Suffix = suffix
	return b
}

// tupleList writes "(a,b),(c,d)" for a list of lists, expanded at run time.
// a.Items carries the element types.
func (b *sqlb) tupleList(a plan.Arg) *sqlb {
	b.dynamic = true
	b.addPiece(plan.FragTupleList, a)
	return b
}

// mark returns the current position, for rolling back speculative output.
type sqlMark struct{ buf, pieces, args int }

func (b *sqlb) mark() sqlMark { return sqlMark{len(b.buf), len(b.pieces), len(b.args)} }

// append copies another builder's content into b.
func (b *sqlb) appendSQL(o *sqlb) *sqlb {
	pos, base := len(b.buf), len(b.args)
	b.buf = append(b.buf, o.buf...)
	for _, p := range o.pieces {
		p.pos += pos
		p.frag.Arg += base
		b.pieces = append(b.pieces, p)
	}
	b.args = append(b.args, o.args...)
	if o.dynamic {
		b.dynamic = true
	}
	return b
}

// empty reports whether nothing was written.
func (b *sqlb) empty() bool { return len(b.buf) == 0 && len(b.pieces) == 0 }

// frags returns the statement's fragments: text (sharing one string) and
// placeholders, in order.
func (b *sqlb) frags() []plan.Frag {
	text := string(b.buf)
	n := len(b.pieces)
	for i, p := range b.pieces {
		if p.pos > 0 && (i == 0 || p.pos > b.pieces[i-1].pos) {
			n++
		}
	}
	if len(b.pieces) == 0 || b.pieces[len(b.pieces)-1].pos < len(text) {
		n++
	}
	out := make([]plan.Frag, 0, n)
	at := 0
	for _, p := range b.pieces {
		if p.pos > at {
			out = append(out, plan.Frag{Kind: plan.FragText, Text: text[at:p.pos]})
			at = p.pos
		}
		out = append(out, p.frag)
	}
	if at < len(text) {
		out = append(out, plan.Frag{Kind: plan.FragText, Text: text[at:]})
	}
	return out
}

// stmt finishes the statement.
func (b *sqlb) stmt(chunkable bool) *plan.Stmt {
	st := &plan.Stmt{Frags: b.frags(), Args: b.args, Chunkable: chunkable}
	if !b.dynamic {
		st.ArgTypes = make([]adapter.ArgType, len(b.args))
		for i := range b.args {
			st.ArgTypes[i] = b.args[i].Type
		}
		out := make([]byte, 0, len(b.buf)+4*len(b.pieces))
		n := 0
		for _, f := range st.Frags {
			if f.Kind == plan.FragText {
				out = append(out, f.Text...)
			} else {
				n++
				out = b.d.AppendPlaceholder(out, n)
			}
		}
		// out is not written after this: the string shares its bytes.
		st.Static = unsafe.String(unsafe.SliceData(out), len(out))
		if st.Static == "" {
			st.Static = " "
		}
	}
	return st
}

// Arg constructors.

func constArg(v any, t adapter.ArgType) plan.Arg {
	return plan.Arg{Kind: plan.ArgConst, Value: v, Type: t}
}

func intArg(n int64) plan.Arg {
	return plan.Arg{Kind: plan.ArgConst, Value: n, Type: adapter.ArgType{Scalar: adapter.ScalarBigInt}}
}
