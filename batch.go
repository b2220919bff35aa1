package noengine

import (
	"context"
	"math/big"
	"strings"

	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// Batch compaction, as Prisma 7.10 does it: a batch whose requests are all
// findUnique (or all findUniqueOrThrow) of one model with the same
// selection, each filtering by scalar equalities or compound uniques only
// (query-compiler/core/src/query_document/mod.rs, BatchDocument::compact),
// is answered by one findMany whose where matches every request; each
// request then gets the first row whose key fields equal its where values,
// without the key fields it did not select, or null — or, for
// findUniqueOrThrow, the error object Prisma puts in its place
// (client-engine-runtime batch.ts, convertCompactedRows). Compaction
// applies with and without a "transaction"; a compacted batch runs as one
// statement, outside a transaction unless an interactive one is open.

// compactionMissMessage is the message of the error object standing for a
// missing record in a compacted findUniqueOrThrow batch.
const compactionMissMessage = "An operation failed because it depends on one or more records that were required but not found"

// compactedBatch answers a batch of findUnique requests of one shape with
// one query. It reports (true, true) when it wrote the batch's answer, and
// (false, false) when the batch cannot be compacted.
func (c *Client) compactedBatch(ctx context.Context, tx *Tx, b *protocol.Batch, w *protocol.Writer) (bool, bool) {
	plan, ok := c.compaction(b)
	if !ok {
		return false, false
	}
	var rw protocol.Writer
	if err := c.run(ctx, tx, &plan.request, &rw); err != nil {
		appendErrorEnvelope(w, toError(err, false))
		return true, true
	}
	rows, err := protocol.Parse(rw.Bytes())
	if err != nil || rows.Kind != protocol.Array {
		appendErrorEnvelope(w, Error{Message: "internal error: compacted batch result"})
		return true, true
	}
	action := b.Requests[0].Action
	w.Raw(`{"batchResult":[`)
	for i, args := range plan.arguments {
		if i > 0 {
			w.Byte(',')
		}
		w.Raw(`{"data":{`)
		w.Key(action)
		row, found := matchRow(rows, args)
		switch {
		case found:
			writeWithout(w, row, plan.added)
		case action == "findUniqueOrThrow":
			w.Raw(`{"name":"UserFacingError","message":`)
			w.String(compactionMissMessage)
			w.Byte('}')
		default:
			w.Null()
		}
		w.Raw(`}}`)
	}
	w.Raw(`]}`)
	return true, true
}

// compactPlan is a compacted batch: the findMany to run, each request's
// key values, and the key fields added to the selection.
type compactPlan struct {
	request   protocol.Request
	arguments [][]keyValue
	added     map[string]bool
}

type keyValue struct {
	key   string
	value protocol.Value
}

// compaction decides whether b can be compacted and builds the findMany.
func (c *Client) compaction(b *protocol.Batch) (*compactPlan, bool) {
	if len(b.Requests) == 0 {
		return nil, false
	}
	first := &b.Requests[0]
	if first.Action != "findUnique" && first.Action != "findUniqueOrThrow" {
		return nil, false
	}
	m := c.schema.Model(first.ModelName)
	if m == nil {
		return nil, false
	}
	rls := first.Arguments.Get("relationLoadStrategy")
	p := &compactPlan{added: map[string]bool{}}
	var keys []string
	for i := range b.Requests {
		r := &b.Requests[i]
		if r.Action != first.Action || r.ModelName != first.ModelName {
			return nil, false
		}
		if !sameSelection(first.Selection, r.Selection) || !protocol.Equal(rls, r.Arguments.Get("relationLoadStrategy")) {
			return nil, false
		}
		kv, ok := compactFilter(m, r.Arguments.Get("where"))
		if !ok {
			return nil, false
		}
		p.arguments = append(p.arguments, kv)
		for _, k := range kv {
			if !contains(keys, k.key) {
				keys = append(keys, k.key)
			}
		}
	}
	args := object(protocol.Member{Key: "where", Value: compactWhere(p.arguments)})
	if rls.Exists() {
		args.Members = append(args.Members, protocol.Member{Key: "relationLoadStrategy", Value: rls})
	}
	// The selection must include the key fields to match rows back.
	sel := protocol.Value{Kind: protocol.Object, Members: append([]protocol.Member(nil), first.Selection.Members...)}
	for _, k := range keys {
		if selects(sel, k) {
			continue
		}
		p.added[k] = true
		replaced := false
		for j := range sel.Members {
			if sel.Members[j].Key == k {
				sel.Members[j].Value = protocol.MakeBool(true)
				replaced = true
			}
		}
		if !replaced {
			sel.Members = append(sel.Members, protocol.Member{Key: k, Value: protocol.MakeBool(true)})
		}
	}
	p.request = protocol.Request{ModelName: first.ModelName, Action: "findMany", Arguments: args, Selection: sel}
	return p, true
}

// compactWhere builds the where of the compacted findMany as Prisma 7.10
// does: {key: {in: [...]}} when every request has the same single key
// (an OR of equalities for booleans), else an OR of each request's AND of
// equalities (an OR or AND of one element is that element).
func compactWhere(arguments [][]keyValue) protocol.Value {
	single := true
	for _, kv := range arguments {
		if len(kv) != 1 || kv[0].key != arguments[0][0].key {
			single = false
		}
	}
	eq := func(k keyValue) protocol.Value {
		return object(protocol.Member{Key: k.key, Value: object(protocol.Member{Key: "equals", Value: k.value})})
	}
	list := func(op string, vs []protocol.Value) protocol.Value {
		if len(vs) == 1 {
			return vs[0]
		}
		l := protocol.Value{Kind: protocol.Array}
		for _, v := range vs {
			l.Members = append(l.Members, protocol.Member{Value: v})
		}
		return object(protocol.Member{Key: op, Value: l})
	}
	if single && len(arguments) > 0 {
		isBool := false
		for _, kv := range arguments {
			if kv[0].value.Kind == protocol.Bool {
				isBool = true
			}
		}
		if isBool {
			var ors []protocol.Value
			for _, kv := range arguments {
				ors = append(ors, eq(kv[0]))
			}
			return list("OR", ors)
		}
		in := protocol.Value{Kind: protocol.Array}
		for _, kv := range arguments {
			in.Members = append(in.Members, protocol.Member{Value: kv[0].value})
		}
		return object(protocol.Member{Key: arguments[0][0].key, Value: object(protocol.Member{Key: "in", Value: in})})
	}
	var ors []protocol.Value
	for _, kv := range arguments {
		var ands []protocol.Value
		for _, k := range kv {
			ands = append(ands, eq(k))
		}
		if len(ands) == 0 {
			continue
		}
		ors = append(ors, list("AND", ands))
	}
	if len(ors) == 0 {
		return protocol.NullValue
	}
	return list("OR", ors)
}

func object(ms ...protocol.Member) protocol.Value {
	return protocol.Value{Kind: protocol.Object, Members: ms}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sameSelection compares two selection objects as sets of members.
func sameSelection(a, b protocol.Value) bool {
	if a.Kind != b.Kind || len(a.Members) != len(b.Members) {
		return false
	}
	for _, m := range a.Members {
		found := false
		for _, n := range b.Members {
			if m.Key == n.Key && protocol.Equal(m.Value, n.Value) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// selects reports whether a selection includes scalar field key.
func selects(sel protocol.Value, key string) bool {
	v := sel.Get(key)
	if v.Exists() {
		return v.Kind == protocol.Bool && v.Bool
	}
	s := sel.Get("$scalars")
	return s.Kind == protocol.Bool && s.Bool
}

// compactFilter returns the key values of a findUnique where, or false when
// the where has anything but scalar equalities and compound uniques
// (relation filters, boolean operators, other scalar filters, fields of
// native types that do not compare exactly such as citext). Like Prisma
// 7.10, it flattens every object value into its members: a compound
// unique gives its fields, {equals: v} gives the key "equals" (and the
// compacted findMany then fails validation, as Prisma's does).
func compactFilter(m *schema.Model, where protocol.Value) ([]keyValue, bool) {
	if where.Kind != protocol.Object {
		return nil, false
	}
	var out []keyValue
	for _, mem := range where.Members {
		v := mem.Value
		plain := false
		if v.Kind == protocol.Object {
			t, _ := v.TaggedType()
			plain = t == ""
		}
		if crit := compoundFields(m, mem.Key); crit == nil {
			f := m.Field(mem.Key)
			if f == nil || (f.Kind != schema.ScalarField && f.Kind != schema.EnumField) {
				return nil, false
			}
			if plain && !v.Get("equals").Exists() {
				return nil, false
			}
			if !plain && !compactable(f) {
				return nil, false
			}
			if !plain {
				out = append(out, keyValue{key: f.Name, value: v})
				continue
			}
		} else if !plain {
			return nil, false
		}
		for _, in := range v.Members {
			out = append(out, keyValue{key: in.Key, value: in.Value})
		}
	}
	return out, true
}

// compoundFields returns the fields of the compound id or unique named name.
func compoundFields(m *schema.Model, name string) []*schema.Field {
	if pk := m.PrimaryKey; pk != nil && len(pk.Fields) > 1 && pk.ClientName() == name {
		return pk.Fields
	}
	for _, u := range m.Uniques {
		if len(u.Fields) > 1 && u.ClientName() == name {
			return u.Fields
		}
	}
	return nil
}

// compactable reports whether equality on f can be matched exactly in
// memory (Prisma's native_type_supports_compacting: not PostgreSQL citext).
func compactable(f *schema.Field) bool {
	if f.Native != nil && strings.EqualFold(f.Native.Name, "Citext") {
		return false
	}
	return true
}

// matchRow returns the first row whose key fields equal the values.
func matchRow(rows protocol.Value, kv []keyValue) (protocol.Value, bool) {
	for _, row := range rows.Members {
		ok := true
		for _, k := range kv {
			if !sameKeyValue(row.Value.Get(k.key), k.value) {
				ok = false
				break
			}
		}
		if ok {
			return row.Value, true
		}
	}
	return protocol.Value{}, false
}

// sameKeyValue compares a result value with a where value as Prisma's
// doKeysMatch does: numbers by value, dates by instant, decimals and big
// integers exactly, bytes by content.
func sameKeyValue(got, want protocol.Value) bool {
	gt, gv := got.TaggedType()
	wt, wv := want.TaggedType()
	if gt != "" {
		got = gv
	}
	if wt != "" {
		want = wv
	}
	typ := gt
	if typ == "" {
		typ = wt
	}
	switch typ {
	case "DateTime":
		a, err1 := types.ParseDateTime(got.Str)
		b, err2 := types.ParseDateTime(want.Str)
		return err1 == nil && err2 == nil && a.Equal(b)
	case "Decimal", "BigInt":
		a, ok1 := new(big.Rat).SetString(numberText(got))
		b, ok2 := new(big.Rat).SetString(numberText(want))
		return ok1 && ok2 && a.Cmp(b) == 0
	case "Bytes":
		a, err1 := types.DecodeBase64(got.Str)
		b, err2 := types.DecodeBase64(want.Str)
		return err1 == nil && err2 == nil && string(a) == string(b)
	}
	if got.Kind == protocol.Number && want.Kind == protocol.Number {
		a, ok1 := new(big.Rat).SetString(got.Str)
		b, ok2 := new(big.Rat).SetString(want.Str)
		return ok1 && ok2 && a.Cmp(b) == 0
	}
	return protocol.Equal(got, want)
}

func numberText(v protocol.Value) string {
	if v.Kind == protocol.Number || v.Kind == protocol.String {
		return v.Str
	}
	return ""
}

// writeWithout writes an object without the given members.
func writeWithout(w *protocol.Writer, row protocol.Value, drop map[string]bool) {
	if len(drop) == 0 || row.Kind != protocol.Object {
		w.Value(row)
		return
	}
	out := protocol.Value{Kind: protocol.Object}
	for _, m := range row.Members {
		if !drop[m.Key] {
			out.Members = append(out.Members, m)
		}
	}
	w.Value(out)
}
