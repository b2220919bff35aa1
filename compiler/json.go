package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
)

// jsonNullKind reads DbNull / JsonNull / AnyNull tagged values.
func jsonNullKind(v protocol.Value) string {
	if t, inner := v.TaggedType(); t == "Enum" {
		return inner.Str
	}
	return ""
}

// renderJSON writes a Json field filter.
func (x *cc) renderJSON(b *sqlb, f *filt, ctx fctx, col *sqlb) error {
	if f.jsonPath.Exists() {
		return errorf("P2009", "Json path filters are not supported on %s yet", x.d.Name)
	}
	switch f.op {
	case opJSONEquals, opJSONNotEquals:
		not := f.op == opJSONNotEquals
		switch jsonNullKind(f.val) {
		case "DbNull":
			b.appendSQL(col)
			if not {
				b.s(" IS NOT NULL")
			} else {
				b.s(" IS NULL")
			}
			return nil
		case "JsonNull":
			x.jsonCompare(b, col, constArg("null", adapter.ArgType{Scalar: adapter.ScalarJSON}), not)
			return nil
		case "AnyNull":
			if not {
				b.s("(")
				x.jsonCompare(b, col, constArg("null", adapter.ArgType{Scalar: adapter.ScalarJSON}), true)
				b.s(" AND ").appendSQL(col).s(" IS NOT NULL)")
				return nil
			}
			b.s("(")
			x.jsonCompare(b, col, constArg("null", adapter.ArgType{Scalar: adapter.ScalarJSON}), false)
			b.s(" OR ").appendSQL(col).s(" IS NULL)")
			return nil
		}
		if ref, ok := fieldRef(ctx.mi, f.val); ok {
			b.appendSQL(col)
			if not {
				b.s(" <> ")
			} else {
				b.s(" = ")
			}
			b.appendSQL(colExpr(x, ctx.alias, ref.col))
			return nil
		}
		a, err := x.valueArg(f.val, f.fi, false)
		if err != nil {
			return err
		}
		x.jsonCompare(b, col, a, not)
		return nil
	}
	return errorf("P2009", "This Json filter is not supported on %s yet", x.d.Name)
}

// jsonCompare writes a Json (in)equality as Prisma spells it per dialect.
func (x *cc) jsonCompare(b *sqlb, col *sqlb, a plan.Arg, not bool) {
	switch x.d.Family {
	case dialect.Postgres:
		b.appendSQL(col).s("::jsonb")
		if not {
			b.s(" <> ")
		} else {
			b.s(" = ")
		}
		b.arg(a)
	case dialect.MySQL:
		if not {
			b.s("(NOT JSON_CONTAINS(").appendSQL(col).s(", ").arg(a).s(") OR NOT JSON_CONTAINS(").arg(a).s(", ").appendSQL(col).s("))")
		} else {
			b.s("(JSON_CONTAINS(").appendSQL(col).s(", ").arg(a).s(") AND JSON_CONTAINS(").arg(a).s(", ").appendSQL(col).s("))")
		}
	default:
		b.appendSQL(col)
		if not {
			b.s(" <> ")
		} else {
			b.s(" = ")
		}
		b.arg(a)
	}
}

// searchCond compiles full-text search.
func (x *cc) searchCond(b *sqlb, f *filt, ctx fctx) error {
	return errorf("P2009", "Full-text search is not supported by %s yet", x.d.Name)
}
