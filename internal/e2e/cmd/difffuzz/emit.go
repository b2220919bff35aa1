package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/schema"
)

// emit writes the reproduction as a corpus suite: the schema, the seed (or
// the setup lines minimisation kept) and the failing requests, and a
// suite.json with the state requests and volatile keys of the schema.
func emit(c *config, g *Gen, src, origin string, w *workload, res *result) error {
	if err := os.MkdirAll(c.emit, 0o755); err != nil {
		return err
	}
	var b strings.Builder
	comment := func(m *mismatch) {
		what := "the answers differ"
		if m.out.diff == "" {
			what = "the database state after it differs"
		} else if m.out.stateDiff != "" {
			what = "the answers and the database state after it differ"
		}
		where := fmt.Sprintf("%s %d", m.phase, m.index)
		if m.caseFile != "" {
			where = "case " + filepath.Base(m.caseFile)
		}
		fmt.Fprintf(&b, "\n// difffuzz %s (%s): %s\n", where, m.out.signature(), what)
	}
	issue := 2
	setIssue := func(m *mismatch) {
		switch {
		case m.phase != "read":
			issue = 3
		case issue == 2 && (strings.Contains(m.line, `"action":"aggregate"`) || strings.Contains(m.line, `"action":"groupBy"`)):
			issue = 4
		}
	}
	if (c.shrink || c.single) && c.pick < len(res.mismatches) {
		m := res.mismatches[c.pick]
		switch {
		case len(m.setup) == 0:
		case m.shrunk:
			b.WriteString("// setup (minimised)\n")
		default:
			b.WriteString("// setup\n")
		}
		for _, l := range m.setup {
			b.WriteString(l + "\n")
		}
		comment(m)
		b.WriteString(m.line + "\n")
		setIssue(m)
	} else {
		b.WriteString("// seed\n")
		for _, l := range w.seed {
			b.WriteString(l + "\n")
		}
		var firstWrite *mismatch
		for _, m := range res.mismatches {
			switch m.phase {
			case "read":
				comment(m)
				b.WriteString(m.line + "\n")
				setIssue(m)
			case "write", "seed":
				if firstWrite == nil {
					firstWrite = m
				}
			}
		}
		if firstWrite != nil && firstWrite.phase == "write" {
			b.WriteString("\n// the writes before it\n")
			for _, l := range w.writes[:firstWrite.index] {
				b.WriteString(l + "\n")
			}
			comment(firstWrite)
			b.WriteString(firstWrite.line + "\n")
			setIssue(firstWrite)
		}
	}
	if err := os.WriteFile(filepath.Join(c.emit, "requests.jsonl"), []byte(b.String()), 0o644); err != nil {
		return err
	}

	// The schema: schema.prisma written for SQLite when the schema is valid
	// there (the corpus convention), else schema.<provider>.prisma.
	name := "schema.prisma"
	out := src
	if c.provider != "sqlite" {
		if s, err := e2e.RewriteProvider(src, "sqlite"); err == nil {
			if _, perr := schema.Parse("schema.prisma", []byte(s)); perr == nil {
				out = s
			} else {
				name = "schema." + c.provider + ".prisma"
			}
		}
	}
	found := fmt.Sprintf("%s, provider %s, seed %d", origin, c.provider, c.seed)
	if c.caseFile != "" {
		found = fmt.Sprintf("%s, provider %s, case %s", origin, c.provider, filepath.Base(c.caseFile))
	}
	if c.env.joins {
		found += ", --relation-joins"
	}
	head := fmt.Sprintf("// %s: found by difffuzz (internal/e2e/cmd/difffuzz) on %s.\n", filepath.Base(c.emit), found)
	// The source's own leading comment describes another suite.
	for strings.HasPrefix(out, "//") {
		_, out, _ = strings.Cut(out, "\n")
	}
	if err := os.WriteFile(filepath.Join(c.emit, name), []byte(head+out), 0o644); err != nil {
		return err
	}

	meta := e2e.Meta{
		Providers:   []string{c.provider},
		Issue:       issue,
		Description: "difffuzz reproduction (" + found + "): TODO say what differs.",
		Volatile:    g.volatiles(),
	}
	gs := *g
	gs.prov = schema.PostgreSQL
	for _, r := range gs.State() {
		meta.State = append(meta.State, json.RawMessage(e2e.Render(r)))
	}
	if len(g.joinTables()) > 0 {
		gs.prov = schema.MySQL
		var st []json.RawMessage
		for _, r := range gs.State() {
			st = append(st, json.RawMessage(e2e.Render(r)))
		}
		meta.StateByProvider = map[string][]json.RawMessage{"mysql": st}
	}
	mb, err := marshalMeta(meta)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(c.emit, "suite.json"), mb, 0o644)
}

// marshalMeta writes suite.json with one state request per line.
func marshalMeta(m e2e.Meta) ([]byte, error) {
	var b bytes.Buffer
	enc := func(v any) string {
		var x bytes.Buffer
		e := json.NewEncoder(&x)
		e.SetEscapeHTML(false)
		_ = e.Encode(v)
		return strings.TrimSpace(x.String())
	}
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"providers\": %s,\n", enc(m.Providers))
	fmt.Fprintf(&b, "  \"issue\": %d,\n", m.Issue)
	fmt.Fprintf(&b, "  \"description\": %s,\n", enc(m.Description))
	writeList := func(indent string, l []json.RawMessage) {
		b.WriteString("[\n")
		for i, r := range l {
			b.WriteString(indent + "  " + string(r))
			if i < len(l)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(indent + "]")
	}
	b.WriteString("  \"state\": ")
	writeList("  ", m.State)
	if len(m.StateByProvider) > 0 {
		b.WriteString(",\n  \"stateByProvider\": {\"mysql\": ")
		writeList("  ", m.StateByProvider["mysql"])
		b.WriteString("}")
	}
	if len(m.Volatile) > 0 {
		fmt.Fprintf(&b, ",\n  \"volatile\": %s", enc(m.Volatile))
	}
	b.WriteString("\n}\n")
	// Check it loads as the harness reads it.
	var check e2e.Meta
	dec := json.NewDecoder(bytes.NewReader(b.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&check); err != nil {
		return nil, fmt.Errorf("suite.json: %w\n%s", err, b.String())
	}
	return b.Bytes(), nil
}

// runReplay runs a suite's requests through both (with its state requests
// and volatile keys) and reports the differences: whether a reproduction
// holds on a provider, before recording it.
func (c *config) runReplay() (bool, error) {
	s, err := e2e.LoadSuite(c.replay)
	if err != nil {
		return false, err
	}
	src, err := s.Schema(c.provider)
	if err != nil {
		return false, err
	}
	if err := c.setup(src); err != nil {
		return false, err
	}
	defer c.env.cleanup()
	c.env.volatile = s.Meta.Volatile
	p, err := c.env.newPair()
	if err != nil {
		return false, err
	}
	defer p.close()
	var state []string
	for _, r := range s.StateRequests(c.provider) {
		var x bytes.Buffer
		if err := json.Compact(&x, r); err != nil {
			return false, err
		}
		state = append(state, x.String())
	}
	bad := 0
	for _, r := range s.Requests {
		o, err := p.exchange(string(r.Raw), state)
		if err != nil {
			return false, err
		}
		c.env.trace(string(r.Raw), o)
		if !o.ok() {
			bad++
			m := &mismatch{phase: "request", index: r.Index, line: string(r.Raw), out: o}
			fmt.Println(m.report())
		}
	}
	fmt.Printf("difffuzz replay %s %s: %d requests, %d differ\n", s.Name, c.provider, len(s.Requests), bad)
	return bad > 0, nil
}
