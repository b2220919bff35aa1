// Package noengine answers Prisma JSON-protocol requests in pure Go: it
// compiles each request against a Prisma schema into SQL for the adapter's
// dialect, runs it through a small adapter, and answers exactly as Prisma
// 7.10 would, with the same data, tagged values and P-codes.
//
// A Client wraps a schema and an adapter.Adapter (see sqliteadapter,
// pgadapter, mysqladapter, libsqladapter, mssqladapter):
//
//	db, _ := sql.Open("sqlite3", "file:dev.db?_foreign_keys=on")
//	client, err := noengine.New(schemaSource, sqliteadapter.New(db, sqliteadapter.Options{}))
//	resp := client.Request(ctx, []byte(`{"modelName":"User","action":"findMany","query":{"selection":{"$scalars":true}}}`))
//
// Request takes and returns the JSON protocol's envelopes. Query returns the
// result value alone and a Go error ([Error]) instead of an error envelope.
package noengine

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/executor"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// Options configure a Client.
type Options struct {
	// PlanCacheSize bounds the plan cache (default 1000; negative disables it).
	PlanCacheSize int
	// RelationJoins loads relations in one statement with JSON aggregation
	// where the dialect can do it exactly (the relationLoadStrategy "join").
	RelationJoins bool
	// OnQuery is called after every statement with its SQL, arguments,
	// duration and error.
	OnQuery func(q *adapter.Query, d time.Duration, err error)
	// DefaultTxOptions are the defaults of interactive transactions
	// (Prisma's: MaxWait 2s, Timeout 5s).
	DefaultTxOptions TxOptions
}

// Client runs JSON-protocol requests against one database. It is safe for
// concurrent use.
type Client struct {
	schema   *schema.Schema
	adapter  adapter.Adapter
	dialect  *dialect.Dialect
	compiler *compiler.Compiler
	validate func(*protocol.Request) error
	cache    *PlanCache
	exec     executor.Options
	opts     Options
}

// New parses a Prisma schema and returns a client for it on adapter a.
func New(schemaSource string, a adapter.Adapter, opts *Options) (*Client, error) {
	s, err := schema.Parse("schema.prisma", []byte(schemaSource))
	if err != nil {
		return nil, err
	}
	return NewWithSchema(s, a, opts)
}

// NewWithSchema returns a client for a parsed schema on adapter a.
func NewWithSchema(s *schema.Schema, a adapter.Adapter, opts *Options) (*Client, error) {
	if a == nil {
		return nil, Error{Code: "P2038", Message: "noengine needs an adapter to run queries"}
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	info := a.Info()
	d, ok := dialectFor(info, s)
	if !ok {
		return nil, fmt.Errorf("noengine: no dialect for adapter provider %q", info.Provider)
	}
	size := o.PlanCacheSize
	if size == 0 {
		size = 1000
	}
	c := &Client{
		schema:   s,
		adapter:  a,
		dialect:  d,
		compiler: compiler.New(s, d, compiler.Options{SchemaName: info.SchemaName, RelationJoins: o.RelationJoins}),
		cache:    NewPlanCache(size),
		opts:     o,
	}
	c.validate = newValidator(s, info.Provider != adapter.ProviderMySQL || info.SupportsRelationJoins)
	c.exec = executor.Options{MaxBindValues: info.MaxBindValues, OnQuery: o.OnQuery, Placeholders: d}
	if c.exec.MaxBindValues == 0 {
		c.exec.MaxBindValues = d.MaxBindValues
	}
	return c, nil
}

func dialectFor(info adapter.Info, s *schema.Schema) (*dialect.Dialect, bool) {
	switch info.Provider {
	case adapter.ProviderSQLite:
		return dialect.SQLiteDialect, true
	case adapter.ProviderPostgres:
		if info.Flavor == "cockroachdb" || s.Provider() == schema.CockroachDB {
			return dialect.CockroachDialect, true
		}
		return dialect.PostgresDialect, true
	case adapter.ProviderMySQL:
		return dialect.MySQLDialect, true
	case adapter.ProviderSQLServer:
		return dialect.SQLServerDialect, true
	}
	return nil, false
}

// Schema returns the client's schema.
func (c *Client) Schema() *schema.Schema { return c.schema }

// Adapter returns the client's adapter.
func (c *Client) Adapter() adapter.Adapter { return c.adapter }

// PlanCache returns the client's plan cache, for its statistics.
func (c *Client) PlanCache() *PlanCache { return c.cache }

// Close closes the adapter.
func (c *Client) Close() error { return c.adapter.Close() }

// Request answers one JSON-protocol line — a request or a batch — with one
// response envelope: {"data":{...}}, {"errors":[...]} or {"batchResult":[...]}.
func (c *Client) Request(ctx context.Context, line []byte) []byte {
	return c.AppendRequest(ctx, make([]byte, 0, 512), line) // most responses of one record fit
}

// AppendRequest is [Client.Request] appending the response to dst and
// returning the extended buffer, as strconv's Append functions do. A caller
// that reuses one buffer (dst[:0] of the previous response) answers without
// allocating a response.
func (c *Client) AppendRequest(ctx context.Context, dst, line []byte) []byte {
	var w protocol.Writer
	w.SetBuffer(dst)
	c.request(ctx, nil, line, &w)
	return w.Bytes()
}

// Query runs one request and returns its result value (the JSON under
// "data.<action>"), or an error convertible to [Error].
func (c *Client) Query(ctx context.Context, r *protocol.Request) ([]byte, error) {
	var w protocol.Writer
	if err := c.run(ctx, nil, r, &w); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}

// request decodes and answers one line, inside tx when tx is not nil.
func (c *Client) request(ctx context.Context, tx *Tx, line []byte, w *protocol.Writer) {
	l, err := protocol.DecodeLine(line)
	if err != nil {
		appendErrorEnvelope(w, invalidRequest(err))
		return
	}
	switch {
	case l.Request != nil:
		c.envelope(ctx, tx, l.Request, w)
	case l.Batch != nil:
		c.batch(ctx, tx, l.Batch, w)
	default:
		appendErrorEnvelope(w, Error{Message: "transaction control lines are handled by the CLI"})
	}
}

func invalidRequest(err error) Error {
	return Error{Code: "P2009", Message: "Failed to validate the query: " + err.Error(), Meta: []byte(`{}`), Err: err}
}

// envelope answers one request with {"data":{action: result}} or {"errors":[...]}.
func (c *Client) envelope(ctx context.Context, tx *Tx, r *protocol.Request, w *protocol.Writer) {
	start := w.Len()
	w.Raw(`{"data":{`)
	w.Key(r.Action)
	if err := c.run(ctx, tx, r, w); err != nil {
		w.Truncate(start)
		appendErrorEnvelope(w, toError(err, isRaw(r)))
		return
	}
	w.Raw("}}")
}

func isRaw(r *protocol.Request) bool { return r.Action == "queryRaw" || r.Action == "executeRaw" }

// Prepare returns the plan of r and its bound inputs without running it:
// from the plan cache, or validated, compiled and cached on a miss. It is
// what every request does before it reaches the database (the compile
// benchmarks measure it).
func (c *Client) Prepare(r *protocol.Request) (*plan.Plan, []any, error) { return c.prepare(r) }

// prepare finds or compiles the plan of r and converts its inputs.
func (c *Client) prepare(r *protocol.Request) (*plan.Plan, []any, error) {
	p, inputs, _, err := c.prepareEntry(r)
	return p, inputs, err
}

// prepareEntry is prepare that also returns the plan's cache entry (nil
// when the plan is not cached).
func (c *Client) prepareEntry(r *protocol.Request) (*plan.Plan, []any, *cacheEntry, error) {
	cacheable := r.Action != "createMany" && r.Action != "createManyAndReturn" && !isRaw(r)
	if cacheable {
		sc := lookups.Get().(*lookup)
		sc.key, sc.params = compiler.AppendKey(sc.key[:0], sc.params[:0], r)
		e, ok := c.cache.get(sc.key)
		var inputs []any
		var err error
		if ok {
			inputs, err = executor.PrepareInputs(e.plan, sc.params)
			if err == nil && !plausible(e.plan, sc.params) {
				err = errRevalidate
			}
		}
		clear(sc.params) // they point into the request
		lookups.Put(sc)
		if ok && err == nil {
			return e.plan, inputs, e, nil
		}
		// A miss, or a value of the right shape but invalid content: take
		// the full path, whose validation reports it precisely.
	}
	if c.validate != nil {
		if err := c.validate(r); err != nil {
			return nil, nil, nil, err
		}
	}
	pz := compiler.Parameterize(r, true)
	p, err := c.compiler.CompileParameterized(r, &pz)
	if err != nil {
		return nil, nil, nil, err
	}
	inputs, err := executor.PrepareInputs(p, pz.Params)
	if err != nil {
		// Prisma reports these conversions (BigInt("1.5"), new Date("x"))
		// as plain errors without a code.
		return nil, nil, nil, Error{Message: err.Error(), Err: err}
	}
	var e *cacheEntry
	if cacheable {
		e = c.cache.put(pz.Key, p)
	}
	return p, inputs, e, nil
}

// errRevalidate sends a cache hit to the full path.
var errRevalidate = errors.New("revalidate")

// plausible reports whether the content of the values of a cache hit passes
// the checks Prisma's validation makes on BigInt, Bytes, Decimal and
// DateTime text (where it checks them: it does not where Prisma's client
// parameterizes the value, and a request's shape does not say which). A
// value that fails takes the full path, whose validation reports the error
// or accepts the value as it would have without the cache.
func plausible(p *plan.Plan, params []protocol.Value) bool {
	for i := range p.Inputs {
		in := &p.Inputs[i]
		switch in.Type {
		case types.BigInt, types.Bytes, types.Decimal, types.DateTime:
			if in.Param < len(params) && !queryschema.ValidValue(in.Type.String(), params[in.Param]) {
				return false
			}
		}
	}
	return true
}

// lookup is the scratch space of a plan-cache lookup: the request's shape
// key and its values.
type lookup struct {
	key    []byte
	params []protocol.Value
}

var lookups = sync.Pool{New: func() any { return &lookup{key: make([]byte, 0, 256)} }}

// run executes one request and writes its result value.
func (c *Client) run(ctx context.Context, tx *Tx, r *protocol.Request, w *protocol.Writer) error {
	p, inputs, e, err := c.prepareEntry(r)
	if err != nil {
		return err
	}
	return c.runPlan(ctx, tx, p, e, inputs, w)
}

// runPlan executes p and renders its result; e, when not nil, is the plan's
// cache entry, which keeps the size of its responses.
func (c *Client) runPlan(ctx context.Context, tx *Tx, p *plan.Plan, e *cacheEntry, inputs []any, w *protocol.Writer) error {
	var v any
	var err error
	switch {
	case tx != nil:
		err = tx.use(ctx, "query", func(ctx context.Context, q adapter.Queryable) error {
			var e error
			v, e = executor.Execute(ctx, q, p, inputs, &c.exec)
			return e
		})
	case p.Tx:
		err = c.inTransaction(ctx, adapter.TxOptions{}, func(q adapter.Queryable) error {
			var e error
			v, e = executor.Execute(ctx, q, p, inputs, &c.exec)
			return e
		})
	default:
		v, err = executor.Execute(ctx, c.adapter, p, inputs, &c.exec)
	}
	if err != nil {
		if p.Raw {
			return toError(err, true)
		}
		return toError(err, false)
	}
	start := w.Len()
	if e != nil {
		if n := int(e.size.Load()); n > 256 {
			w.Grow(n + n/8)
		}
	}
	if err := executor.Render(w, p.Result, v); err != nil {
		return toError(err, false)
	}
	if e != nil {
		if n := int64(w.Len() - start); n != e.size.Load() {
			e.size.Store(n)
		}
	}
	return nil
}

// inTransaction runs fn in an internal transaction (no timeouts): commit on
// success, rollback on error or panic.
func (c *Client) inTransaction(ctx context.Context, opts adapter.TxOptions, fn func(adapter.Queryable) error) (err error) {
	t, err := c.adapter.Begin(ctx, opts)
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			_ = t.Rollback(context.WithoutCancel(ctx))
		}
	}()
	if err := fn(t); err != nil {
		done = true
		_ = t.Rollback(context.WithoutCancel(ctx))
		return err
	}
	done = true
	return t.Commit(ctx)
}

// batch answers {"batch":[...]}.
func (c *Client) batch(ctx context.Context, tx *Tx, b *protocol.Batch, w *protocol.Writer) {
	if len(b.Requests) == 0 {
		w.Raw(`{"batchResult":[]}`)
		return
	}
	// Compile everything first: a request that does not compile fails the
	// whole batch, as Prisma's compileBatch does.
	// A compactable batch is compiled as its one findMany (Prisma compacts
	// the batch document before validating it).
	if _, ok := c.compactedBatch(ctx, tx, b, w); ok {
		return
	}
	plans := make([]*plan.Plan, len(b.Requests))
	inputs := make([][]any, len(b.Requests))
	for i := range b.Requests {
		p, in, err := c.prepare(&b.Requests[i])
		if err != nil {
			appendErrorEnvelope(w, toError(err, false))
			return
		}
		plans[i], inputs[i] = p, in
	}
	allFindUnique := true
	for _, r := range b.Requests {
		if r.Action != "findUnique" && r.Action != "findUniqueOrThrow" {
			allFindUnique = false
		}
	}
	canContinue := !b.Transaction && allFindUnique
	level := adapter.LevelDefault
	if b.IsolationLevel != "" {
		l, ok := adapter.ParseIsolationLevel(b.IsolationLevel)
		if !ok || l == adapter.LevelSnapshot {
			appendErrorEnvelope(w, txError("Invalid isolation level: "+b.IsolationLevel, []byte(`{"isolationLevel":`+string(protocol.AppendString(nil, b.IsolationLevel))+`}`)))
			return
		}
		level = l
	}
	var results [][]byte
	runAll := func(q adapter.Queryable, itx *Tx) bool {
		failed := false
		for i := range b.Requests {
			var iw protocol.Writer
			iw.Raw(`{"data":{`)
			iw.Key(b.Requests[i].Action)
			var err error
			if itx != nil {
				err = c.runPlan(ctx, itx, plans[i], nil, inputs[i], &iw)
			} else {
				err = c.runPlanOn(ctx, q, plans[i], inputs[i], &iw)
			}
			if err != nil {
				iw.Reset()
				e := toError(err, plans[i].Raw)
				appendErrorEnvelope(&iw, e)
				results = append(results, iw.Bytes())
				failed = true
				if !canContinue {
					break
				}
				continue
			}
			iw.Raw("}}")
			results = append(results, iw.Bytes())
		}
		return failed
	}
	if tx != nil {
		runAll(nil, tx)
	} else {
		t, err := c.adapter.Begin(ctx, adapter.TxOptions{Isolation: level})
		if err != nil {
			appendErrorEnvelope(w, toError(err, false))
			return
		}
		failed := runAll(t, nil)
		if failed {
			_ = t.Rollback(context.WithoutCancel(ctx))
		} else if err := t.Commit(ctx); err != nil {
			appendErrorEnvelope(w, toError(err, false))
			return
		}
	}
	w.Raw(`{"batchResult":[`)
	for i, r := range results {
		if i > 0 {
			w.Byte(',')
		}
		w.RawBytes(r)
	}
	w.Raw(`]}`)
}

// runPlanOn runs a plan on a given queryable (a batch's transaction).
func (c *Client) runPlanOn(ctx context.Context, q adapter.Queryable, p *plan.Plan, inputs []any, w *protocol.Writer) error {
	v, err := executor.Execute(ctx, q, p, inputs, &c.exec)
	if err != nil {
		return toError(err, p.Raw)
	}
	if err := executor.Render(w, p.Result, v); err != nil {
		return toError(err, false)
	}
	return nil
}

// txError is a P2028 transaction API error.
func txError(msg string, meta []byte) Error {
	return Error{Code: "P2028", Message: "Transaction API error: " + msg, Meta: meta}
}
