package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// mode: insensitive, as Prisma 7.10 writes it on PostgreSQL (the only
// provider whose query schema has `mode` on string filters; Json filters
// have it everywhere, see json.go):
//
//	equals: v                 col ILIKE $1        (the value is a pattern: % and _ match anything)
//	not: v                    col NOT ILIKE $1
//	equals: FieldRef          col ILIKE "ref"
//	contains/startsWith/...   col ILIKE ('%' || $1 || '%'), no ::text cast
//	  with a FieldRef         col ILIKE ($1 || "ref" || $2) with $1 = $2 = '%'
//	in / notIn: l             LOWER(col) IN (LOWER($1),…)
//	in / notIn: FieldRef      col ILIKE ANY("ref") / col NOT ILIKE ALL("ref")
//	lt/lte/gt/gte             LOWER(col) < LOWER($1)
//
// Aggregate (having) conditions keep the aggregate unlowered but for notIn.

// insensitiveEquals writes col [NOT] ILIKE value.
func (x *cc) insensitiveEquals(b *sqlb, ctx fctx, col *sqlb, v protocol.Value, not bool) error {
	b.appendSQL(col)
	if not {
		b.s(" NOT ILIKE ")
	} else {
		b.s(" ILIKE ")
	}
	if ref, ok := fieldRef(ctx.mi, v); ok {
		b.appendSQL(colExpr(x, ctx.alias, ref.col))
		return nil
	}
	a, err := x.typedArg(v, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, nil, false)
	if err != nil {
		return err
	}
	b.arg(a)
	return nil
}

// insensitiveRefPattern writes the pattern of an insensitive LIKE on a
// FieldRef: Prisma binds the '%' around the column as parameters.
func (x *cc) insensitiveRefPattern(b *sqlb, ref *sqlb, pre, post bool) {
	pct := constArg("%", adapter.ArgType{Scalar: adapter.ScalarString})
	b.s("(")
	if pre {
		b.arg(pct).s(" || ")
	}
	b.appendSQL(ref)
	if post {
		b.s(" || ").arg(pct)
	}
	b.s(")")
}
