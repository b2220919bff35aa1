package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/noengine/noengine/schema"
)

// Providers the corpus knows.
var Providers = []string{"sqlite", "postgresql", "mysql"}

// Meta is a suite's suite.json.
type Meta struct {
	// Providers the suite applies to.
	Providers []string `json:"providers"`
	// Issue is the project issue whose behaviour the suite checks.
	Issue int `json:"issue"`
	// Description says what the suite covers.
	Description string `json:"description"`
	// State lists the requests run after every request that may write; their
	// responses are the database snapshot recorded in "state".
	State []json.RawMessage `json:"state"`
	// StateByProvider replaces State for one provider (raw SQL spelled for it).
	StateByProvider map[string][]json.RawMessage `json:"stateByProvider,omitempty"`
	// Volatile names response keys whose values are generated (now(), uuid()...):
	// they are checked for shape and then masked on both sides.
	Volatile []Volatile `json:"volatile,omitempty"`
	// Divergences lists the requests where noengine answers differently from
	// Prisma on purpose; the harness compares with the answer given there.
	Divergences []Divergence `json:"divergences,omitempty"`
}

// Divergence is a deliberate difference from Prisma 7.10 for one request on
// some providers: usually a Prisma bug noengine does not copy (a silently
// wrong answer, a value passed unchecked to the database). The recorded
// expected file keeps Prisma's answer; Response is noengine's.
type Divergence struct {
	// Request is the index of the request (its subtest name).
	Request int `json:"request"`
	// Match is a substring of the request line, so that a divergence cannot
	// silently move to another request when requests are inserted.
	Match string `json:"match"`
	// Providers the divergence applies to.
	Providers []string `json:"providers"`
	// Reason says why noengine differs, for the reader and the failure report.
	Reason string `json:"reason"`
	// Response is noengine's answer, compared by the usual rules.
	Response json.RawMessage `json:"response"`
}

// Volatile is one generated value: every object member named Key, anywhere
// in a response, must have Shape (see shapes in compare.go) or be null.
type Volatile struct {
	Key   string `json:"key"`
	Shape string `json:"shape"`
}

// Kind is the kind of a request line.
type Kind int

// Request line kinds.
const (
	KindQuery   Kind = iota // {"modelName":…,"action":…,"query":…}
	KindRaw                 // {"action":"queryRaw"|"executeRaw",…}
	KindBatch               // {"batch":[…],"transaction":…}
	KindControl             // {"$transaction":"begin"|"commit"|"rollback",…}
)

// Request is one request line of requests.jsonl.
type Request struct {
	// Index is the 0-based position among request lines: the subtest name
	// (%03d) and the line of the expected file (Index+1).
	Index int
	// Line is the 1-based line number in requests.jsonl.
	Line int
	// Comment is the block of // comment lines above the request (without //).
	Comment string
	// Raw is the request line as written (trimmed).
	Raw  []byte
	Kind Kind
	// Action is the action of a query or raw line ("" for batches and control).
	Action string
	// Model is the modelName of a query line.
	Model string
	// Writes says whether the line may change the database; the state
	// requests run after it.
	Writes bool
}

// Name is the request's subtest name.
func (r Request) Name() string { return fmt.Sprintf("%03d", r.Index) }

// Expected is one line of expected.<provider>.jsonl.
type Expected struct {
	Response json.RawMessage   `json:"response"`
	State    []json.RawMessage `json:"state,omitempty"`
}

// Suite is one directory of the corpus.
type Suite struct {
	Name string
	// Dir is the suite's directory on disk, or "" for a suite loaded from
	// an fs.FS that is not a directory (an embedded corpus).
	Dir      string
	Meta     Meta
	Requests []Request

	fsys fs.FS // the suite directory
}

var writeActions = map[string]bool{
	"createOne": true, "createMany": true, "createManyAndReturn": true,
	"updateOne": true, "updateMany": true, "updateManyAndReturn": true,
	"upsertOne": true, "deleteOne": true, "deleteMany": true,
	"executeRaw": true,
}

// IsWriteAction reports whether action changes data.
func IsWriteAction(action string) bool { return writeActions[action] }

// CorpusDir returns testdata/e2e of this module: found from this source
// file's path, or, in a binary built with -trimpath (whose paths are not the
// files'), from the go command's answer to where the module's source is (a
// module imported from another module's tests is in the module cache, with
// its testdata).
func CorpusDir() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "e2e")
	}
	if dir := moduleDir(); dir != "" {
		return filepath.Join(dir, "testdata", "e2e")
	}
	return filepath.Join("testdata", "e2e")
}

// modulePath is this module's path.
const modulePath = "github.com/noengine/noengine"

// moduleDir asks the go command, once per process, for the directory of
// this module's source, or returns "" when it cannot tell.
var moduleDir = sync.OnceValue(func() string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", modulePath).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// LoadSuites loads every suite under dir (directories holding a suite.json),
// sorted by name.
func LoadSuites(dir string) ([]*Suite, error) {
	suites, err := LoadSuitesFS(os.DirFS(dir))
	for _, s := range suites {
		s.Dir = filepath.Join(dir, s.Name)
	}
	return suites, err
}

// LoadSuitesFS loads every suite of a corpus file system (directories
// holding a suite.json), sorted by name.
func LoadSuitesFS(fsys fs.FS) ([]*Suite, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []*Suite
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), "suite.json")); err != nil {
			continue
		}
		sub, err := fs.Sub(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		s, err := loadSuite(sub, e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// LoadSuite loads one suite directory.
func LoadSuite(dir string) (*Suite, error) {
	s, err := loadSuite(os.DirFS(dir), filepath.Base(dir))
	if s != nil {
		s.Dir = dir
	}
	return s, err
}

// loadSuite loads the suite whose directory is fsys.
func loadSuite(fsys fs.FS, name string) (*Suite, error) {
	s := &Suite{Name: name, fsys: fsys}
	mb, err := fs.ReadFile(fsys, "suite.json")
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(mb))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s.Meta); err != nil {
		return nil, fmt.Errorf("%s/suite.json: %w", s.Name, err)
	}
	for _, p := range s.Meta.Providers {
		if !slices.Contains(Providers, p) {
			return nil, fmt.Errorf("%s/suite.json: unknown provider %q", s.Name, p)
		}
	}
	for _, v := range s.Meta.Volatile {
		if _, ok := shapes[baseShape(v.Shape)]; !ok {
			return nil, fmt.Errorf("%s/suite.json: volatile %q: unknown shape %q", s.Name, v.Key, v.Shape)
		}
	}
	for p, st := range s.Meta.StateByProvider {
		if !slices.Contains(Providers, p) {
			return nil, fmt.Errorf("%s/suite.json: stateByProvider: unknown provider %q", s.Name, p)
		}
		for i, r := range st {
			if err := checkStateRequest(r); err != nil {
				return nil, fmt.Errorf("%s/suite.json: stateByProvider.%s[%d]: %w", s.Name, p, i, err)
			}
		}
	}
	for i, r := range s.Meta.State {
		if err := checkStateRequest(r); err != nil {
			return nil, fmt.Errorf("%s/suite.json: state[%d]: %w", s.Name, i, err)
		}
	}
	f, err := fsys.Open("requests.jsonl")
	if err != nil {
		return nil, err
	}
	reqs, err := parseRequests(f, name+"/requests.jsonl")
	f.Close()
	if err != nil {
		return nil, err
	}
	s.Requests = reqs
	for i, d := range s.Meta.Divergences {
		if err := s.checkDivergence(d); err != nil {
			return nil, fmt.Errorf("%s/suite.json: divergences[%d]: %w", s.Name, i, err)
		}
	}
	return s, nil
}

func (s *Suite) checkDivergence(d Divergence) error {
	if d.Request < 0 || d.Request >= len(s.Requests) {
		return fmt.Errorf("request %d out of range (%d requests)", d.Request, len(s.Requests))
	}
	if d.Match == "" || !bytes.Contains(s.Requests[d.Request].Raw, []byte(d.Match)) {
		return fmt.Errorf("request %03d (requests.jsonl:%d) does not contain %q", d.Request, s.Requests[d.Request].Line, d.Match)
	}
	if d.Reason == "" {
		return errors.New("no reason given")
	}
	if len(d.Providers) == 0 {
		return errors.New("no providers")
	}
	for _, p := range d.Providers {
		if !s.HasProvider(p) {
			return fmt.Errorf("provider %q is not one of the suite's", p)
		}
	}
	if _, err := parseJSON(d.Response); err != nil || len(d.Response) == 0 {
		return fmt.Errorf("response is not JSON: %v", err)
	}
	return nil
}

// Divergence returns the deliberate divergence for request index on
// provider, or nil.
func (s *Suite) Divergence(provider string, index int) *Divergence {
	for i := range s.Meta.Divergences {
		d := &s.Meta.Divergences[i]
		if d.Request == index && slices.Contains(d.Providers, provider) {
			return d
		}
	}
	return nil
}

func checkStateRequest(r json.RawMessage) error {
	req, err := classify(r)
	if err != nil {
		return err
	}
	if req.Writes || req.Kind == KindControl || req.Kind == KindBatch {
		return errors.New("state requests must be single reads")
	}
	return nil
}

// ParseRequests reads a requests.jsonl file.
func ParseRequests(path string) ([]Request, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseRequests(f, path)
}

func parseRequests(f io.Reader, path string) ([]Request, error) {
	var out []Request
	var comment []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		switch {
		case t == "":
			comment = nil
			continue
		case strings.HasPrefix(t, "//"):
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(t, "//")))
			continue
		}
		req, err := classify([]byte(t))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		req.Index = len(out)
		req.Line = line
		req.Comment = strings.Join(comment, "\n")
		comment = nil
		out = append(out, req)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// classify decodes just enough of a request line to know its kind.
func classify(b []byte) (Request, error) {
	var head struct {
		ModelName   *string           `json:"modelName"`
		Action      *string           `json:"action"`
		Query       json.RawMessage   `json:"query"`
		Batch       []json.RawMessage `json:"batch"`
		Transaction json.RawMessage   `json:"transaction"`
		Control     *string           `json:"$transaction"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return Request{}, fmt.Errorf("request is not a JSON object: %w", err)
	}
	r := Request{Raw: bytes.TrimSpace(b)}
	switch {
	case head.Control != nil:
		switch *head.Control {
		case "begin", "commit", "rollback":
		default:
			return r, fmt.Errorf("unknown $transaction %q", *head.Control)
		}
		r.Kind, r.Writes = KindControl, true
	case head.Batch != nil:
		r.Kind, r.Writes = KindBatch, true
		for i, q := range head.Batch {
			if _, err := classify(q); err != nil {
				return r, fmt.Errorf("batch[%d]: %w", i, err)
			}
		}
	case head.Action != nil:
		r.Action = *head.Action
		if head.ModelName != nil {
			r.Model = *head.ModelName
		}
		if r.Action == "queryRaw" || r.Action == "executeRaw" {
			r.Kind = KindRaw
		} else {
			r.Kind = KindQuery
		}
		r.Writes = IsWriteAction(r.Action)
	default:
		return r, errors.New(`request has none of "action", "batch", "$transaction"`)
	}
	return r, nil
}

// StateRequests returns the state requests for provider.
func (s *Suite) StateRequests(provider string) []json.RawMessage {
	if st, ok := s.Meta.StateByProvider[provider]; ok {
		return st
	}
	return s.Meta.State
}

// HasProvider reports whether the suite applies to provider.
func (s *Suite) HasProvider(provider string) bool {
	return slices.Contains(s.Meta.Providers, provider)
}

// ExpectedPath is the path of the expected file for provider (relative to
// the corpus when the suite has no directory on disk).
func (s *Suite) ExpectedPath(provider string) string {
	if s.Dir == "" {
		return path.Join(s.Name, expectedName(provider))
	}
	return filepath.Join(s.Dir, expectedName(provider))
}

func expectedName(provider string) string { return "expected." + provider + ".jsonl" }

// HasExpected reports whether answers were recorded for provider.
func (s *Suite) HasExpected(provider string) bool {
	_, err := fs.Stat(s.fsys, expectedName(provider))
	return err == nil
}

// LoadExpected reads expected.<provider>.jsonl. It fails when the file does
// not have one line per request, or a line lacks the state its request needs.
func (s *Suite) LoadExpected(provider string) ([]Expected, error) {
	b, err := fs.ReadFile(s.fsys, expectedName(provider))
	if err != nil {
		return nil, err
	}
	var out []Expected
	for i, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var e Expected
		if err := json.Unmarshal(l, &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", s.ExpectedPath(provider), i+1, err)
		}
		out = append(out, e)
	}
	if len(out) != len(s.Requests) {
		return nil, fmt.Errorf("%s has %d lines for %d requests: re-record with `go run ./internal/e2e/cmd/record -suite %s -provider %s`",
			s.ExpectedPath(provider), len(out), len(s.Requests), s.Name, provider)
	}
	nstate := len(s.StateRequests(provider))
	for i, r := range s.Requests {
		want := 0
		if r.Writes {
			want = nstate
		}
		if len(out[i].State) != want {
			return nil, fmt.Errorf("%s:%d: %d state responses, want %d: re-record", s.ExpectedPath(provider), i+1, len(out[i].State), want)
		}
	}
	return out, nil
}

var datasourceRe = regexp.MustCompile(`(?s)(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*")([^"]*)(")`)

// Schema returns the schema source for provider: schema.<provider>.prisma
// when it exists, else schema.prisma with the datasource provider rewritten.
func (s *Suite) Schema(provider string) (string, error) {
	if b, err := fs.ReadFile(s.fsys, "schema."+provider+".prisma"); err == nil {
		return string(b), nil
	}
	b, err := fs.ReadFile(s.fsys, "schema.prisma")
	if err != nil {
		return "", err
	}
	return RewriteProvider(string(b), provider)
}

// ParsedSchema returns the suite's schema for provider, parsed.
func (s *Suite) ParsedSchema(provider string) (*schema.Schema, error) {
	src, err := s.Schema(provider)
	if err != nil {
		return nil, fmt.Errorf("%s: schema for %s: %w", s.Name, provider, err)
	}
	sch, err := schema.Parse("schema.prisma", []byte(src))
	if err != nil {
		return nil, fmt.Errorf("%s: schema for %s: %w", s.Name, provider, err)
	}
	return sch, nil
}

// RewriteProvider sets the datasource provider of a schema.
func RewriteProvider(src, provider string) (string, error) {
	if !datasourceRe.MatchString(src) {
		return "", errors.New("schema has no datasource provider")
	}
	done := false
	return datasourceRe.ReplaceAllStringFunc(src, func(m string) string {
		if done {
			return m
		}
		done = true
		sm := datasourceRe.FindStringSubmatch(m)
		return sm[1] + provider + sm[3]
	}), nil
}
