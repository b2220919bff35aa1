package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
)

// sqlb builds one statement: text with placeholders for arguments. Tuples
// make the statement dynamic (rendered at run time); otherwise the text is
// rendered once here.
type sqlb struct {
	d       *dialect.Dialect
	buf     []byte
	frags   []plan.Frag
	args    []plan.Arg
	dynamic bool
}

func newSQL(d *dialect.Dialect) *sqlb { return &sqlb{d: d, buf: make([]byte, 0, 256)} }

func (b *sqlb) s(text string) *sqlb {
	b.buf = append(b.buf, text...)
	return b
}

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

func (b *sqlb) flush() {
	if len(b.buf) > 0 {
		b.frags = append(b.frags, plan.Frag{Kind: plan.FragText, Text: string(b.buf)})
		b.buf = b.buf[:0]
	}
}

// arg writes a placeholder for a.
func (b *sqlb) arg(a plan.Arg) *sqlb {
	b.flush()
	b.args = append(b.args, a)
	b.frags = append(b.frags, plan.Frag{Kind: plan.FragParam, Arg: len(b.args) - 1})
	return b
}

// tuple writes "(p1,...,pn)" for a list argument, expanded at run time.
func (b *sqlb) tuple(a plan.Arg) *sqlb {
	b.flush()
	b.dynamic = true
	a.Type.List = false
	b.args = append(b.args, a)
	b.frags = append(b.frags, plan.Frag{Kind: plan.FragTuple, Arg: len(b.args) - 1})
	return b
}

// tupleWrapped is tuple with each item wrapped in prefix and suffix.
func (b *sqlb) tupleWrapped(a plan.Arg, prefix, suffix string) *sqlb {
	b.tuple(a)
	b.frags[len(b.frags)-1].Prefix = prefix
	b.frags[len(b.frags)-1].Suffix = suffix
	return b
}

// tupleList writes "(a,b),(c,d)" for a list of lists, expanded at run time.
// a.Items carries the element types.
func (b *sqlb) tupleList(a plan.Arg) *sqlb {
	b.flush()
	b.dynamic = true
	b.args = append(b.args, a)
	b.frags = append(b.frags, plan.Frag{Kind: plan.FragTupleList, Arg: len(b.args) - 1})
	return b
}

// mark returns the current position, for rolling back speculative output.
type sqlMark struct{ buf, frags, args int }

func (b *sqlb) mark() sqlMark { return sqlMark{len(b.buf), len(b.frags), len(b.args)} }

// append copies another builder's content into b.
func (b *sqlb) appendSQL(o *sqlb) *sqlb {
	o.flush()
	b.flush()
	base := len(b.args)
	for _, f := range o.frags {
		if f.Kind != plan.FragText {
			f.Arg += base
		}
		b.frags = append(b.frags, f)
	}
	b.args = append(b.args, o.args...)
	if o.dynamic {
		b.dynamic = true
	}
	return b
}

// empty reports whether nothing was written.
func (b *sqlb) empty() bool { return len(b.buf) == 0 && len(b.frags) == 0 }

// stmt finishes the statement.
func (b *sqlb) stmt(chunkable bool) *plan.Stmt {
	b.flush()
	st := &plan.Stmt{Frags: b.frags, Args: b.args, Chunkable: chunkable}
	if !b.dynamic {
		var out []byte
		n := 0
		for _, f := range b.frags {
			if f.Kind == plan.FragText {
				out = append(out, f.Text...)
			} else {
				n++
				out = b.d.AppendPlaceholder(out, n)
			}
		}
		st.Static = string(out)
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
