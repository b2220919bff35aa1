// Package e2e runs the end-to-end corpus under testdata/e2e against an
// Executor: every request line of every suite, compared with the response
// real Prisma 7.10 gave (recorded by ./cmd/record), and the database state
// after every write. See testdata/e2e/README.md for the format and the
// comparison rules.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// Executor answers one request line (a query, a raw query, a batch or an
// interactive-transaction control line) with one response line, as the
// `noengine exec` CLI does: {"data":…}, {"errors":[…]}, {"batchResult":[…]}.
// An error means the executor itself failed (not a Prisma error response);
// it stops the suite.
type Executor interface {
	Do(ctx context.Context, requestLine []byte) ([]byte, error)
}

// ExecutorFunc adapts a function to Executor.
type ExecutorFunc func(ctx context.Context, requestLine []byte) ([]byte, error)

// Do calls f.
func (f ExecutorFunc) Do(ctx context.Context, requestLine []byte) ([]byte, error) {
	return f(ctx, requestLine)
}

// OpenFunc returns an Executor on a fresh, empty database of the provider
// with the schema's tables pushed. It is called once per suite; cleanup is
// registered on t.
type OpenFunc func(t testing.TB, schemaSrc string) Executor

// RequestTimeout bounds one Do call.
var RequestTimeout = 60 * time.Second

// Run runs every suite of the corpus that applies to provider and has an
// expected file for it, as subtests <suite>/<NNN> of t (NNN = 0-based request
// index, the line of the expected file minus one). Every request runs even
// when its subtest is filtered out by -run, so a selected request sees the
// same database as in a full run.
func Run(t *testing.T, provider string, open OpenFunc) {
	t.Helper()
	RunDir(t, CorpusDir(), provider, open)
}

// RunDir is Run on another corpus directory.
func RunDir(t *testing.T, dir, provider string, open OpenFunc) {
	t.Helper()
	suites, err := LoadSuites(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(suites) == 0 {
		t.Fatalf("no suites under %s", dir)
	}
	RunSuites(t, suites, provider, open)
}

// RunSuites runs suites as subtests of t, each skipped (saying why) when it
// does not apply to provider.
func RunSuites(t *testing.T, suites []*Suite, provider string, open OpenFunc) {
	t.Helper()
	RunSuitesWith(t, suites, provider, Options{}, open)
}

// RunSuitesWith is RunSuites comparing with options.
func RunSuitesWith(t *testing.T, suites []*Suite, provider string, opts Options, open OpenFunc) {
	t.Helper()
	for _, s := range suites {
		t.Run(s.Name, func(t *testing.T) {
			if !s.HasProvider(provider) {
				t.Skipf("suite does not apply to %s", provider)
			}
			runSuite(t, s, provider, opts, open)
		})
	}
}

// RunSuite runs one suite.
func RunSuite(t *testing.T, s *Suite, provider string, open OpenFunc) {
	t.Helper()
	runSuite(t, s, provider, Options{}, open)
}

func runSuite(t *testing.T, s *Suite, provider string, opts Options, open OpenFunc) {
	t.Helper()
	expected, err := s.LoadExpected(provider)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			t.Skipf("no expected.%s.jsonl recorded yet (go run ./internal/e2e/cmd/record -suite %s -provider %s)", provider, s.Name, provider)
		}
		t.Fatal(err)
	}
	src, err := s.Schema(provider)
	if err != nil {
		t.Fatal(err)
	}
	ex := open(t, src)
	if ex == nil {
		t.Fatal("open returned a nil Executor")
	}
	results, execErr := Execute(s, provider, ex)
	for i, res := range results {
		req := s.Requests[i]
		t.Run(req.Name(), func(t *testing.T) {
			for _, msg := range CheckWith(s, provider, req, expected[i], res, opts) {
				t.Error(msg)
			}
		})
	}
	if execErr != nil {
		t.Fatal(execErr)
	}
}

// Result is what an Executor answered to one request line, and to the state
// requests after it when it may write.
type Result struct {
	Response []byte
	State    [][]byte
}

// Execute runs every request of the suite (and the state requests after
// writes) in order. It stops at the first executor failure, returning the
// results so far and the error.
func Execute(s *Suite, provider string, ex Executor) ([]Result, error) {
	state := s.StateRequests(provider)
	var out []Result
	for _, req := range s.Requests {
		got, err := do(ex, req.Raw)
		if err != nil {
			return out, fmt.Errorf("%s/requests.jsonl:%d: executor failed: %v\nrequest: %s", s.Name, req.Line, err, req.Raw)
		}
		res := Result{Response: got}
		if req.Writes {
			for j, sr := range state {
				b, err := do(ex, sr)
				if err != nil {
					out = append(out, res)
					return out, fmt.Errorf("%s/requests.jsonl:%d: executor failed on state request %d: %v\nrequest: %s", s.Name, req.Line, j, err, sr)
				}
				res.State = append(res.State, b)
			}
		}
		out = append(out, res)
	}
	return out, nil
}

// Check compares one result with its expected line and returns one message
// per mismatch (the response, then each state request).
func Check(s *Suite, provider string, req Request, exp Expected, res Result) []string {
	return CheckWith(s, provider, req, exp, res, Options{})
}

// CheckWith is Check comparing with options.
func CheckWith(s *Suite, provider string, req Request, exp Expected, res Result, opts Options) []string {
	var msgs []string
	if dv := s.Divergence(provider, req.Index); dv != nil {
		if d := CompareWith(req.Kind, dv.Response, res.Response, s.Meta.Volatile, opts); d != "" {
			msgs = append(msgs, "deliberate divergence from Prisma 7.10 (suite.json): "+dv.Reason+"\n"+
				strings.Replace(Report(s, req, dv.Response, res.Response, d), "want (Prisma 7.10):", "want (noengine, see suite.json divergences):", 1))
		}
	} else if d := CompareWith(req.Kind, exp.Response, res.Response, s.Meta.Volatile, opts); d != "" {
		msgs = append(msgs, Report(s, req, exp.Response, res.Response, d))
	}
	state := s.StateRequests(provider)
	if len(res.State) != len(exp.State) {
		msgs = append(msgs, fmt.Sprintf("%s/%s: %d state responses, want %d", s.Name, req.Name(), len(res.State), len(exp.State)))
		return msgs
	}
	for j := range res.State {
		if d := CompareWith(KindQuery, exp.State[j], res.State[j], s.Meta.Volatile, opts); d != "" {
			msgs = append(msgs, fmt.Sprintf("database state after the request differs (state request %d: %s)\n%s",
				j, state[j], Report(s, req, exp.State[j], res.State[j], d)))
		}
	}
	return msgs
}

func do(ex Executor, line []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), RequestTimeout)
	defer cancel()
	return ex.Do(ctx, line)
}

// Report formats a mismatch: where, the request, both responses
// pretty-printed, and the diff.
func Report(s *Suite, req Request, want, got []byte, diff string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/requests.jsonl:%d (request %s)\n", s.Name, req.Line, req.Name())
	if req.Comment != "" {
		fmt.Fprintf(&b, "// %s\n", strings.ReplaceAll(req.Comment, "\n", "\n// "))
	}
	fmt.Fprintf(&b, "request:\n%s\n", pretty(req.Raw))
	fmt.Fprintf(&b, "want (Prisma 7.10):\n%s\n", pretty(want))
	fmt.Fprintf(&b, "got:\n%s\n", pretty(got))
	fmt.Fprintf(&b, "diff (-want +got):\n%s", diff)
	return b.String()
}
