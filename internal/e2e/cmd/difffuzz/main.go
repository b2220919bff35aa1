// Command difffuzz is a differential tester: it generates random requests
// from a Prisma schema and runs them through real Prisma 7.10
// (../shared/oracle/prisma-ref) and through noengine, each on its own fresh
// database, comparing every answer and the database state after every write
// with the corpus's comparison rules (internal/e2e).
//
//	go run ./internal/e2e/cmd/difffuzz -schema testdata/e2e/writes-nested/schema.prisma -provider sqlite -seed 1
//	go run ./internal/e2e/cmd/difffuzz -suite kit-types -provider postgresql -seed 3 -relation-joins
//	go run ./internal/e2e/cmd/difffuzz -suite writes-nested -seed 4 -emit testdata/e2e/difffuzz-foo
//	go run ./internal/e2e/cmd/difffuzz -replay testdata/e2e/difffuzz-foo -provider mysql
//
// A run seeds rows records per model, compares -reads random reads (finds
// with filters, orderings, paging, nested selections and _count,
// aggregate, groupBy, batches), then -writes random writes (creates with
// nested writes, updates with every nested operation, upserts, deletes,
// createMany, batches with and without a transaction), comparing the whole
// database after each. The first state divergence ends the writes (later
// answers would differ in cascade). Each mismatch is printed with the
// request, both answers and a diff; -save writes each as a case file that
// -case checks again; -shrink minimises one of them (-pick; a smaller
// request, fewer seed lines and earlier writes) and -emit writes the
// reproduction as a corpus suite that the recorder can record
// (go run ./internal/e2e/cmd/record -suite NAME -provider P). testdata/e2e/README.md
// ("Differential testing") says it all in detail.
//
// PostgreSQL and MySQL use the servers of $TEST_POSTGRES_URL and
// $TEST_MYSQL_URL (eval "$(.ci/start-dbs.sh)"): two databases per run,
// dropped afterwards. Prisma 7.10 cannot create MySQL tables, so noengine
// pushes both MySQL databases.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/noengine/noengine/internal/e2e"
)

type config struct {
	schemaFile, suite, replay string
	caseFile                  string
	single                    bool // -pick given: emit only the picked mismatch, with its setup
	provider                  string
	seed                      uint64
	rows, reads, writes       int
	joins                     bool
	emit, save                string
	shrink                    bool
	shrinkRuns, pick          int
	show                      int
	print                     bool
	env                       env
}

func main() {
	var c config
	flag.StringVar(&c.schemaFile, "schema", "", "the schema.prisma to generate requests for (its datasource provider is rewritten to -provider)")
	flag.StringVar(&c.suite, "suite", "", "take the schema of this corpus suite (testdata/e2e/<suite>) for -provider instead of -schema")
	flag.StringVar(&c.replay, "replay", "", "run the requests of a suite directory through both instead of generating (no comparison of the seed)")
	flag.StringVar(&c.caseFile, "case", "", "instead of generating, check (and with -shrink minimise, with -emit write) one case: a JSONL file whose last line is the request that differs and the lines before it prepare the databases (e.g. the seed)")
	flag.StringVar(&c.provider, "provider", "sqlite", "sqlite, postgresql or mysql")
	flag.Uint64Var(&c.seed, "seed", 1, "random seed: the same seed gives the same requests for a schema and provider")
	flag.IntVar(&c.rows, "rows", 5, "records the seed script creates per model")
	flag.IntVar(&c.reads, "reads", 300, "random reads to compare")
	flag.IntVar(&c.writes, "writes", 150, "random writes to compare")
	flag.BoolVar(&c.env.joins, "relation-joins", false, "run noengine with --relation-joins (the JSON aggregation strategy)")
	flag.StringVar(&c.emit, "emit", "", "write a corpus suite reproducing the mismatches into this directory (with -shrink: the picked one, minimised)")
	flag.StringVar(&c.save, "save", "", "write every mismatch as a case file (its setup lines and the request, for -case) into this directory")
	flag.BoolVar(&c.shrink, "shrink", false, "minimise the picked mismatch (see -pick) before emitting it")
	flag.IntVar(&c.shrinkRuns, "shrink-runs", 40, "fresh database runs each minimisation may use")
	flag.IntVar(&c.pick, "pick", 0, "the mismatch (0-based, in the order reported) to minimise and emit")
	flag.IntVar(&c.show, "show", 5, "mismatches printed in full (the others are counted)")
	flag.BoolVar(&c.print, "print", false, "print the generated requests and exit")
	flag.StringVar(&c.env.oracle, "oracle", "", "path of prisma-ref (default $PRISMA_REF or ../shared/oracle/prisma-ref next to the module)")
	flag.StringVar(&c.env.ne, "ne", "", "noengine binary (default: built from this module into a temporary directory)")
	flag.StringVar(&c.env.baseURL, "url", "", "server URL for postgresql/mysql (default $TEST_POSTGRES_URL / $TEST_MYSQL_URL)")
	flag.BoolVar(&c.env.keep, "keep", false, "keep the databases (prints their URLs)")
	flag.BoolVar(&c.env.verbose, "v", false, "print every request and both answers")
	flag.Parse()
	flag.Visit(func(f *flag.Flag) {
		if f.Name == "pick" {
			c.single = true
		}
	})
	if flag.NArg() > 0 || (c.schemaFile == "") == (c.suite == "") && c.replay == "" {
		fmt.Fprintln(os.Stderr, "difffuzz: give one of -schema FILE, -suite NAME or -replay DIR")
		flag.Usage()
		os.Exit(2)
	}
	failed, err := run1(&c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "difffuzz:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

func moduleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
}

// setup fills the environment: oracle, binary, server URL, scratch space.
func (c *config) setup(schemaSrc string) error {
	e := &c.env
	e.provider = c.provider
	switch e.provider {
	case "sqlite", "postgresql", "mysql":
	default:
		return fmt.Errorf("unknown provider %q", e.provider)
	}
	if e.oracle == "" {
		e.oracle = os.Getenv("PRISMA_REF")
	}
	if e.oracle == "" {
		e.oracle = filepath.Join(moduleRoot(), "..", "shared", "oracle", "prisma-ref")
	}
	if e.provider != "sqlite" && e.baseURL == "" {
		v := map[string]string{"postgresql": "TEST_POSTGRES_URL", "mysql": "TEST_MYSQL_URL"}[e.provider]
		if e.baseURL = os.Getenv(v); e.baseURL == "" {
			return fmt.Errorf("%s needs -url or $%s (eval \"$(.ci/start-dbs.sh)\")", e.provider, v)
		}
	}
	var err error
	if e.tmp, err = os.MkdirTemp("", "difffuzz-"); err != nil {
		return err
	}
	if e.ne == "" {
		e.ne = filepath.Join(e.tmp, "noengine")
		cmd := exec.Command("go", "build", "-o", e.ne, "./cmd/noengine")
		cmd.Dir = moduleRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building noengine: %v\n%s", err, out)
		}
	}
	e.schemaPath = filepath.Join(e.tmp, "schema.prisma")
	return os.WriteFile(e.schemaPath, []byte(schemaSrc), 0o644)
}

// schemaSource reads the schema for the provider.
func (c *config) schemaSource() (string, string, error) {
	if c.suite != "" {
		s, err := e2e.LoadSuite(filepath.Join(e2e.CorpusDir(), c.suite))
		if err != nil {
			return "", "", err
		}
		src, err := s.Schema(c.provider)
		return src, "testdata/e2e/" + c.suite, err
	}
	b, err := os.ReadFile(c.schemaFile)
	if err != nil {
		return "", "", err
	}
	src, err := e2e.RewriteProvider(string(b), c.provider)
	return src, c.schemaFile, err
}

func run1(c *config) (bool, error) {
	if c.replay != "" {
		return c.runReplay()
	}
	src, origin, err := c.schemaSource()
	if err != nil {
		return false, err
	}
	g, err := NewGen([]byte(src), c.seed, c.rows)
	if err != nil {
		return false, err
	}
	if c.caseFile != "" {
		return c.runCase(g, src, origin)
	}
	w := newWorkload(g, c.reads, c.writes)
	if c.print {
		for _, l := range w.all() {
			fmt.Println(l)
		}
		return false, nil
	}
	if err := c.setup(src); err != nil {
		return false, err
	}
	defer c.env.cleanup()
	c.env.volatile = g.volatiles()
	label := fmt.Sprintf("%s %s seed %d", origin, c.provider, c.seed)
	if c.env.joins {
		label += " relation-joins"
	}
	res, err := c.env.compare(w, c.show)
	if err != nil {
		return false, fmt.Errorf("%s: %w", label, err)
	}
	fmt.Printf("difffuzz %s: %s\n", label, res.summary())
	if len(res.mismatches) == 0 {
		return false, nil
	}
	if c.save != "" {
		if err := save(c.save, res); err != nil {
			return true, err
		}
	}
	if (c.shrink || c.single) && c.pick >= len(res.mismatches) {
		return true, fmt.Errorf("-pick %d: there are %d mismatches (0-based)", c.pick, len(res.mismatches))
	}
	if c.shrink {
		c.env.shrinkAll(g, w, res, c.pick, c.shrinkRuns)
	}
	if c.emit != "" {
		if err := emit(c, g, src, origin, w, res); err != nil {
			return true, err
		}
		fmt.Printf("difffuzz: wrote %s\n", c.emit)
	}
	return true, nil
}

// workload is the generated lines of one run.
type workload struct {
	seed, reads, writes, state []string
}

func newWorkload(g *Gen, reads, writes int) *workload {
	w := &workload{}
	g.Phase(1)
	for _, r := range g.Seed() {
		w.seed = append(w.seed, e2e.Render(r))
	}
	for _, r := range g.State() {
		w.state = append(w.state, e2e.Render(r))
	}
	g.Phase(2)
	for range reads {
		w.reads = append(w.reads, e2e.Render(g.Read()))
	}
	g.Phase(3)
	for range writes {
		for _, l := range g.WriteLines() {
			w.writes = append(w.writes, e2e.Render(l))
		}
	}
	return w
}

func (w *workload) all() []string {
	var out []string
	out = append(out, w.seed...)
	out = append(out, w.reads...)
	out = append(out, w.writes...)
	return out
}

// mismatch is one difference found.
type mismatch struct {
	phase string // seed, read, write
	index int    // in its phase
	line  string
	out   outcome
	// setup are the lines to run before line on fresh databases to
	// reproduce it (the seed, the writes before it); shrinking shortens it.
	setup  []string
	shrunk bool
	// caseFile is the -case file the mismatch comes from.
	caseFile string
}

type result struct {
	mismatches               []*mismatch
	reads, readBad           int
	writes, writeBad, seeded int
	seedBad, prismaPanics    int
	stateDiverged            string
}

func (r *result) summary() string {
	s := fmt.Sprintf("seed %d lines (%d differ), reads %d (%d differ), writes %d (%d differ)",
		r.seeded, r.seedBad, r.reads, r.readBad, r.writes, r.writeBad)
	if r.prismaPanics > 0 {
		s += fmt.Sprintf("; %d Prisma panics not compared", r.prismaPanics)
	}
	if r.stateDiverged != "" {
		s += "; " + r.stateDiverged
	}
	for _, m := range r.mismatches {
		s += "\n  " + m.oneLine()
	}
	return s
}

// oneLine describes a mismatch in one line: phase, index, model and
// action, who answered what.
func (m *mismatch) oneLine() string {
	what := ""
	if v, err := e2e.ParseJSON([]byte(m.line)); err == nil {
		if o, ok := v.(e2e.Obj); ok {
			mn, _ := o.Get("modelName")
			a, _ := o.Get("action")
			if _, isBatch := o.Get("batch"); isBatch {
				what = "batch"
			} else {
				what = fmt.Sprintf("%v.%v", mn, a)
			}
		}
	}
	s := fmt.Sprintf("%s %d %s %s", m.phase, m.index, what, m.out.signature())
	if m.out.diff == "" && m.out.stateDiff != "" {
		s += " (answers agree)"
	}
	return s
}

// prismaPanicked reports an answer where Prisma's query compiler panicked:
// a Prisma bug, not a target.
func prismaPanicked(b []byte) bool {
	return bytes.Contains(b, []byte(`"is_panic":true`))
}

// compare runs a workload on a fresh pair.
func (e *env) compare(w *workload, show int) (*result, error) {
	p, err := e.newPair()
	if err != nil {
		return nil, err
	}
	defer p.close()
	res := &result{}
	shown := 0
	report := func(m *mismatch) {
		res.mismatches = append(res.mismatches, m)
		if shown < show {
			shown++
			fmt.Println(m.report())
		}
	}
	diverged := false
	for i, l := range w.seed {
		o, err := p.exchange(l, w.state)
		if err != nil {
			return nil, fmt.Errorf("seed line %d: %w\n%s", i, err, l)
		}
		e.trace(l, o)
		res.seeded++
		if !o.ok() {
			res.seedBad++
			report(&mismatch{phase: "seed", index: i, line: l, out: o, setup: w.seed[:i]})
			if o.stateDiff != "" {
				diverged = true
				res.stateDiverged = fmt.Sprintf("the state diverged at seed line %d: writes not run", i)
				break
			}
		}
	}
	for i, l := range w.reads {
		o, err := p.exchange(l, nil)
		if err != nil {
			return res, fmt.Errorf("read %d: %w\n%s", i, err, l)
		}
		e.trace(l, o)
		res.reads++
		if prismaPanicked(o.want) {
			res.prismaPanics++
			continue
		}
		if !o.ok() {
			res.readBad++
			report(&mismatch{phase: "read", index: i, line: l, out: o, setup: w.seed})
		}
	}
	if diverged {
		return res, nil
	}
	for i, l := range w.writes {
		o, err := p.exchange(l, w.state)
		if err != nil {
			return res, fmt.Errorf("write %d: %w\n%s", i, err, l)
		}
		e.trace(l, o)
		res.writes++
		if prismaPanicked(o.want) && o.stateDiff == "" {
			res.prismaPanics++
			continue
		}
		if !o.ok() {
			res.writeBad++
			setup := append(append([]string{}, w.seed...), w.writes[:i]...)
			report(&mismatch{phase: "write", index: i, line: l, out: o, setup: setup})
			if o.stateDiff != "" {
				res.stateDiverged = fmt.Sprintf("the state diverged at write %d: later writes not run", i)
				break
			}
		}
	}
	return res, nil
}

func (e *env) trace(l string, o outcome) {
	if e.verbose {
		fmt.Printf("> %s\n< prisma   %s\n< noengine %s\n", l, o.want, o.got)
	}
}

// report formats a mismatch as the harness does.
func (m *mismatch) report() string {
	s := &e2e.Suite{Name: "difffuzz"}
	req := e2e.Request{Index: m.index, Line: m.index + 1, Raw: []byte(m.line), Comment: fmt.Sprintf("%s %d", m.phase, m.index)}
	var b strings.Builder
	b.WriteString("---- MISMATCH ----\n")
	if m.out.diff != "" {
		b.WriteString(e2e.Report(s, req, shorten(m.out.want), shorten(m.out.got), m.out.diff))
		b.WriteString("\n")
	}
	if m.out.stateDiff != "" {
		if m.out.diff == "" {
			fmt.Fprintf(&b, "request (answers agree):\n%s\n", m.line)
		}
		fmt.Fprintf(&b, "database state after the request differs (state request %s)\n", m.out.stateReq)
		b.WriteString(e2e.Report(s, req, shorten(m.out.stateWant), shorten(m.out.stateGot), m.out.stateDiff))
		b.WriteString("\n")
	}
	return b.String()
}

// shorten cuts long strings (Prisma's panic reports) in an answer.
func shorten(b []byte) []byte {
	v, err := e2e.ParseJSON(b)
	if err != nil {
		return b
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch t := v.(type) {
		case string:
			if len(t) > 300 {
				return t[:300] + "…"
			}
		case e2e.Obj:
			out := make(e2e.Obj, len(t))
			for i, m := range t {
				out[i] = e2e.Member{K: m.K, V: walk(m.V)}
			}
			return out
		case []any:
			out := make([]any, len(t))
			for i, x := range t {
				out[i] = walk(x)
			}
			return out
		}
		return v
	}
	return []byte(e2e.Render(walk(v)))
}

// runCase checks one case file (setup lines, then the request that
// differs) on fresh databases, and minimises and emits it as asked.
func (c *config) runCase(g *Gen, src, origin string) (bool, error) {
	b, err := os.ReadFile(c.caseFile)
	if err != nil {
		return false, err
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "//") {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return false, fmt.Errorf("%s: no request", c.caseFile)
	}
	g.Phase(1)
	g.Seed() // the seed records, for the values minimisation keeps
	if err := c.setup(src); err != nil {
		return false, err
	}
	defer c.env.cleanup()
	c.env.volatile = g.volatiles()
	w := &workload{}
	for _, r := range g.State() {
		w.state = append(w.state, e2e.Render(r))
	}
	last := lines[len(lines)-1]
	o, err := c.env.replay(lines, w.state)
	if err != nil {
		return false, err
	}
	phase := "read"
	if writes(last) {
		phase = "write"
	}
	m := &mismatch{phase: phase, index: len(lines) - 1, line: last, out: o, setup: lines[:len(lines)-1], caseFile: c.caseFile}
	if o.ok() {
		fmt.Printf("difffuzz case %s: no difference\n", c.caseFile)
		return false, nil
	}
	fmt.Println(m.report())
	res := &result{mismatches: []*mismatch{m}}
	if c.shrink {
		c.env.shrinkAll(g, w, res, 0, c.shrinkRuns)
	}
	if c.emit != "" {
		c.pick, c.single = 0, true
		if err := emit(c, g, src, origin, w, res); err != nil {
			return true, err
		}
		fmt.Printf("difffuzz: wrote %s\n", c.emit)
	}
	return true, nil
}

// save writes each mismatch as a case file: its setup lines, then the request.
func save(dir string, res *result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, m := range res.mismatches {
		var b strings.Builder
		for _, l := range m.setup {
			b.WriteString(l + "\n")
		}
		fmt.Fprintf(&b, "// %s\n%s\n", m.oneLine(), m.line)
		name := filepath.Join(dir, fmt.Sprintf("%s-%03d.jsonl", m.phase, m.index))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}
