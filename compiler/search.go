package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Full-text search, as Prisma 7.10 writes it.
//
// PostgreSQL (preview feature fullTextSearchPostgres):
//
//	to_tsvector(concat_ws(' ', "t"."a","t"."b")) @@ to_tsquery($1)
//	ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t"."a")), to_tsquery($1))
//
// MySQL (needs a @@fulltext index over exactly the searched columns; without
// one the server fails with 1191, which is P2030):
//
//	MATCH (`t`.`a`,`t`.`b`)AGAINST (? IN BOOLEAN MODE)
//
// A negated search (`not: {search}` or NOT) is (NOT <search>).
//
// Prisma merges the search filters of one condition block that search for
// the same text into one search over all their columns
// (merge_search_filters): the filter tree is flattened (AND in AND, OR in
// OR), then in each AND, OR and NOT list the `search` conditions (not the
// negated ones) with equal values become one, placed after the other
// conditions, with the columns of the later ones first and the first one's
// column last. This happens even in an OR, where it changes the meaning
// (a row must then match the text over the concatenated columns). Equal
// values share one parameter (see Parameterize), so the plan of a request
// says which searches were merged.

// hasSearch reports a search condition at the top of a filter tree (not
// inside relation filters, whose trees are merged on their own).
func hasSearch(f *filt) bool {
	switch f.kind {
	case fScalar:
		return f.op == opSearch
	case fAnd, fOr, fNot:
		for _, k := range f.kids {
			if hasSearch(k) {
				return true
			}
		}
	}
	return false
}

// mergeSearch applies Prisma's merge_search_filters to an extracted filter.
func (x *cc) mergeSearch(f *filt) *filt {
	if !hasSearch(f) {
		return f
	}
	f = foldFilter(f)
	switch f.kind {
	case fAnd, fOr, fNot:
		return &filt{kind: f.kind, kids: x.foldSearch(f.kids)}
	}
	return f
}

// foldFilter flattens AND-in-AND and OR-in-OR (Prisma's fold_filter). A NOT
// keeps its shape; its children are folded.
func foldFilter(f *filt) *filt {
	switch f.kind {
	case fAnd, fOr:
		var flat []*filt
		var walk func(kids []*filt)
		walk = func(kids []*filt) {
			for _, k := range kids {
				if k.kind == f.kind {
					walk(k.kids)
					continue
				}
				flat = append(flat, foldFilter(k))
			}
		}
		walk(f.kids)
		if len(flat) == 1 {
			return flat[0]
		}
		return &filt{kind: f.kind, kids: flat}
	case fNot:
		kids := make([]*filt, len(f.kids))
		for i, k := range f.kids {
			kids[i] = foldFilter(k)
		}
		return &filt{kind: fNot, kids: kids}
	}
	return f
}

// foldSearch merges the searches of one list with equal values (Prisma's
// fold_search_filters).
func (x *cc) foldSearch(kids []*filt) []*filt {
	var out, searches []*filt
	for _, k := range kids {
		switch {
		case k.kind == fScalar && k.op == opSearch:
			merged := false
			for i, s := range searches {
				if protocol.Equal(x.paramValue(s.val), x.paramValue(k.val)) {
					c := *s
					c.extra = append(append([]*fieldInfo(nil), s.extra...), k.fi)
					searches[i] = &c
					merged = true
					break
				}
			}
			if !merged {
				searches = append(searches, k)
			}
		case k.kind == fAnd || k.kind == fOr || k.kind == fNot:
			out = append(out, &filt{kind: k.kind, kids: x.foldSearch(k.kids)})
		default:
			out = append(out, k)
		}
	}
	return append(out, searches...)
}

// searchCols writes the searched columns: the merged ones, then the
// filter's own.
func (x *cc) searchCols(b *sqlb, alias string, fis []*fieldInfo) {
	for i, fi := range fis {
		if i > 0 {
			b.s(",")
		}
		b.col(alias, fi.col)
	}
}

// searchCond compiles a search filter (opSearch, opNotSearch).
func (x *cc) searchCond(b *sqlb, f *filt, ctx fctx) error {
	if !x.d.Has(dialect.FullTextSearch) {
		return errorf("P2009", "Full-text search is not supported by %s", x.d.Name)
	}
	if f.insensitive {
		// Prisma panics on an insensitive search.
		return errorf("P2009", "Full-text search has no insensitive mode")
	}
	if f.val.IsNull() || !f.val.Exists() {
		return errorf("P2009", "Search field should only contain a String value")
	}
	a, err := x.typedArg(f.val, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, f.fi, false)
	if err != nil {
		return err
	}
	fis := append(append([]*fieldInfo(nil), f.extra...), f.fi)
	not := f.op == opNotSearch
	if not {
		b.s("(NOT ")
	}
	x.d.FullTextMatch(b, func() { x.searchCols(b, ctx.alias, fis) }, func() { b.arg(a) })
	if not {
		b.s(")")
	}
	return nil
}

// relevanceExpr compiles orderBy {_relevance: {fields, search, sort}}.
func (x *cc) relevanceExpr(mi *modelInfo, alias string, v protocol.Value) (orderItem, error) {
	if !x.d.Has(dialect.FullTextSearch) {
		return orderItem{}, errorf("P2009", "orderBy _relevance is not supported by %s", x.d.Name)
	}
	var fis []*fieldInfo
	fields := x.paramValue(v.Get("fields"))
	add := func(name string) error {
		fi := mi.fields[name]
		if fi == nil {
			return errorf("P2009", "Unknown field `%s` in _relevance", name)
		}
		fis = append(fis, fi)
		return nil
	}
	switch fields.Kind {
	case protocol.String:
		if err := add(fields.Str); err != nil {
			return orderItem{}, err
		}
	case protocol.Array:
		for i := range fields.Members {
			if err := add(x.paramValue(fields.Members[i].Value).Str); err != nil {
				return orderItem{}, err
			}
		}
	}
	if len(fis) == 0 {
		return orderItem{}, errorf("P2009", "_relevance needs at least one field")
	}
	desc, _, err := sortOf(v.Get("sort"))
	if err != nil {
		return orderItem{}, err
	}
	search := v.Get("search")
	a, err := x.typedArg(search, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, nil, false)
	if err != nil {
		return orderItem{}, err
	}
	b := newSQL(x.d)
	x.d.FullTextRank(b, func() { x.searchCols(b, alias, fis) }, func() { b.arg(a) })
	return orderItem{expr: b, desc: desc}, nil
}
