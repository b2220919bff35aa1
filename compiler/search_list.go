package compiler

import (
	"github.com/noengine/noengine/protocol"
)

// Scalar-list filters (PostgreSQL), as Prisma 7.10 writes them:
//
//	has: v          col @> $1          ($1 the one-element array [v]; has: null is [NULL])
//	has: FieldRef   "ref" = ANY(col)
//	hasEvery: l     col @> $1
//	hasSome: l      col && $1
//	isEmpty: true   col = '{}'         (false: col <> '{}')
//	equals: l       col = $1           (enum lists: CAST($1::text[] AS "enum"[]), see writeValue)
//
// A NULL list satisfies none of them, and neither does its negation (NOT
// of NULL is NULL). Arrays reach the database as one array parameter in
// text form, which the server reads as the column's array type, enum
// arrays included (no cast, as Prisma).
func (x *cc) scalarListCond(b *sqlb, fi *fieldInfo, col *sqlb, op cmpOp, v protocol.Value, ctx fctx) error {
	ref, isRef := fieldRef(ctx.mi, v)
	var refCol *sqlb
	if isRef {
		refCol = colExpr(x, ctx.alias, ref.col)
	}
	switch op {
	case opIsEmpty:
		if v.Kind == protocol.Bool && v.Bool {
			b.appendSQL(col).s(" = '{}'")
		} else {
			b.appendSQL(col).s(" <> '{}'")
		}
		return nil
	case opHas:
		if isRef {
			b.appendSQL(refCol).s(" = ANY(").appendSQL(col).s(")")
			return nil
		}
		b.appendSQL(col).s(" @> ")
		if v.IsNull() || !v.Exists() {
			at := fi.argType
			at.List = true
			b.arg(constArg([]any{nil}, at))
			return nil
		}
		a, err := x.valueArg(v, fi, true)
		if err != nil {
			return err
		}
		b.arg(a)
		return nil
	case opHasEvery, opHasSome:
		b.appendSQL(col)
		if op == opHasEvery {
			b.s(" @> ")
		} else {
			b.s(" && ")
		}
		if isRef {
			b.appendSQL(refCol)
			return nil
		}
		if v.IsNull() || !v.Exists() {
			return errorf("P2009", "A list is required")
		}
		a, err := x.valueArg(v, fi, true)
		if err != nil {
			return err
		}
		b.arg(a)
		return nil
	}
	return errorf("P2009", "unknown list filter")
}
