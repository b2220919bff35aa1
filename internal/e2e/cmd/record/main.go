// Command record runs the end-to-end corpus through real Prisma 7.10
// (../shared/oracle/prisma-ref) and writes testdata/e2e/<suite>/expected.<provider>.jsonl.
//
//	go run ./internal/e2e/cmd/record -suite <name|a,b|all> -provider sqlite|postgresql|mysql
//
// Each suite runs in one `prisma-ref exec` process on a fresh database:
//   - sqlite: a file in a temporary directory;
//   - postgresql: a new database on the server of -url (default $TEST_POSTGRES_URL), dropped afterwards;
//   - mysql: a new database on the server of -url (default $TEST_MYSQL_URL, a URL or a go-sql-driver DSN).
//
// Tables are created with `prisma-ref push`, or with -push-cmd, a shell command
// with {schema} (a file) and {url} placeholders, e.g.
// -push-cmd 'go run ./cmd/noengine push --schema {schema} --url {url}'.
// MySQL needs -push-cmd: Prisma 7.10's offline schema engine cannot create MySQL tables.
//
// -verify records into memory and compares with the existing expected file
// (with the harness's comparison rules) instead of writing: use it to find
// non-deterministic answers that need a "volatile" entry.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"

	"github.com/noengine/noengine/internal/e2e"
)

type config struct {
	provider string
	oracle   string
	baseURL  string
	pushCmd  string
	verify   bool
	keep     bool
	verbose  bool
	corpus   string
}

func main() {
	var suites string
	var list bool
	cfg := config{}
	flag.BoolVar(&list, "list", false, "list the suites with their request counts and recorded providers, and exit")
	flag.StringVar(&suites, "suite", "", "suite name, comma-separated names, or all")
	flag.StringVar(&cfg.provider, "provider", "sqlite", "sqlite, postgresql or mysql")
	flag.StringVar(&cfg.oracle, "oracle", "", "path of prisma-ref (default $PRISMA_REF or ../shared/oracle/prisma-ref next to the module)")
	flag.StringVar(&cfg.baseURL, "url", "", "server URL for postgresql/mysql (default $TEST_POSTGRES_URL / $TEST_MYSQL_URL)")
	flag.StringVar(&cfg.pushCmd, "push-cmd", "", "shell command creating the tables, with {schema} and {url} placeholders (default: prisma-ref push)")
	flag.BoolVar(&cfg.verify, "verify", false, "compare a fresh recording with the existing expected file instead of writing it")
	flag.BoolVar(&cfg.keep, "keep", false, "keep the database (prints its URL)")
	flag.BoolVar(&cfg.verbose, "v", false, "print every request and response")
	flag.StringVar(&cfg.corpus, "corpus", e2e.CorpusDir(), "the corpus directory (testdata/e2e, or a variant such as testdata/e2e-unixepoch-ms)")
	flag.Parse()
	if list {
		if err := listSuites(); err != nil {
			fmt.Fprintln(os.Stderr, "record:", err)
			os.Exit(1)
		}
		return
	}
	if suites == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(suites, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "record:", err)
		os.Exit(1)
	}
}

func run(suites string, cfg config) error {
	switch cfg.provider {
	case "sqlite", "postgresql", "mysql":
	default:
		return fmt.Errorf("unknown provider %q", cfg.provider)
	}
	if cfg.oracle == "" {
		cfg.oracle = os.Getenv("PRISMA_REF")
	}
	if cfg.oracle == "" {
		cfg.oracle = filepath.Join(moduleRoot(), "..", "shared", "oracle", "prisma-ref")
	}
	if cfg.provider != "sqlite" && cfg.baseURL == "" {
		v := map[string]string{"postgresql": "TEST_POSTGRES_URL", "mysql": "TEST_MYSQL_URL"}[cfg.provider]
		cfg.baseURL = os.Getenv(v)
		if cfg.baseURL == "" {
			return fmt.Errorf("%s needs -url or $%s", cfg.provider, v)
		}
	}
	if cfg.provider == "mysql" {
		u, err := mysqlURL(cfg.baseURL)
		if err != nil {
			return err
		}
		cfg.baseURL = u
		if cfg.pushCmd == "" {
			return errors.New("mysql needs -push-cmd: Prisma 7.10's offline schema engine cannot create MySQL tables " +
				"(e.g. -push-cmd 'go run ./cmd/noengine push --schema {schema} --url {url}')")
		}
	}
	all, err := e2e.LoadSuites(cfg.corpus)
	if err != nil {
		return err
	}
	var selected []*e2e.Suite
	if suites == "all" {
		selected = all
	} else {
		for _, name := range strings.Split(suites, ",") {
			found := false
			for _, s := range all {
				if s.Name == name {
					selected = append(selected, s)
					found = true
				}
			}
			if !found {
				return fmt.Errorf("no suite %q under %s", name, cfg.corpus)
			}
		}
	}
	failed := 0
	for _, s := range selected {
		if !s.HasProvider(cfg.provider) {
			fmt.Printf("%-28s skipped (providers %v)\n", s.Name, s.Meta.Providers)
			continue
		}
		if err := recordSuite(s, cfg); err != nil {
			fmt.Printf("%-28s FAILED: %v\n", s.Name, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d suite(s) failed", failed)
	}
	return nil
}

// listSuites prints one line per suite and totals per issue.
func listSuites() error {
	all, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		return err
	}
	type tot struct{ suites, requests int }
	totals := map[int]*tot{}
	fmt.Printf("%-24s %5s %8s  %s\n", "suite", "issue", "requests", "recorded")
	for _, s := range all {
		var rec []string
		for _, p := range e2e.Providers {
			if _, err := os.Stat(s.ExpectedPath(p)); err == nil {
				rec = append(rec, p)
			}
		}
		fmt.Printf("%-24s %5d %8d  %s\n", s.Name, s.Meta.Issue, len(s.Requests), strings.Join(rec, ","))
		if totals[s.Meta.Issue] == nil {
			totals[s.Meta.Issue] = &tot{}
		}
		totals[s.Meta.Issue].suites++
		totals[s.Meta.Issue].requests += len(s.Requests)
	}
	for _, issue := range []int{2, 3, 4} {
		if t := totals[issue]; t != nil {
			fmt.Printf("issue %d: %d suites, %d requests\n", issue, t.suites, t.requests)
		}
	}
	return nil
}

func moduleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
}

// translate rewrites our control lines {"$transaction":…} into the oracle's {"$oracle":…}.
func translate(req e2e.Request) ([]byte, error) {
	if req.Kind != e2e.KindControl {
		return req.Raw, nil
	}
	v, err := e2e.ParseJSON(req.Raw)
	if err != nil {
		return nil, err
	}
	o := v.(e2e.Obj)
	for i := range o {
		if o[i].K == "$transaction" {
			o[i].K = "$oracle"
		}
	}
	return []byte(e2e.Render(o)), nil
}

// clean removes the oracle-only "$oracle" members of an answer (top level and
// batch items); a control answer's "$oracle" becomes "$transaction".
func clean(kind e2e.Kind, line []byte) (string, error) {
	v, err := e2e.ParseJSON(line)
	if err != nil {
		return "", fmt.Errorf("oracle answer is not JSON: %w: %s", err, line)
	}
	o, ok := v.(e2e.Obj)
	if !ok {
		return e2e.Render(v), nil
	}
	if kind == e2e.KindControl {
		for i := range o {
			if o[i].K == "$oracle" {
				if _, isStr := o[i].V.(string); isStr {
					o[i].K = "$transaction"
				}
			}
		}
	}
	o = o.Without("$oracle")
	for i := range o {
		if o[i].K == "batchResult" {
			if items, ok := o[i].V.([]any); ok {
				for j, it := range items {
					if io, ok := it.(e2e.Obj); ok {
						items[j] = io.Without("$oracle")
					}
				}
			}
		}
	}
	return e2e.Render(o), nil
}

func recordSuite(s *e2e.Suite, cfg config) error {
	src, err := s.Schema(cfg.provider)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "e2e-record-"+s.Name+"-")
	if err != nil {
		return err
	}
	if !cfg.keep {
		defer os.RemoveAll(tmp)
	}
	schemaPath := filepath.Join(tmp, "schema.prisma")
	if err := os.WriteFile(schemaPath, []byte(src), 0o644); err != nil {
		return err
	}

	dbURL, drop, err := freshDatabase(s, cfg, schemaPath, tmp)
	if err != nil {
		return err
	}
	if cfg.keep {
		fmt.Printf("%-28s database kept: %s\n", s.Name, dbURL)
	} else if drop != nil {
		defer drop()
	}

	if err := push(cfg, schemaPath, dbURL); err != nil {
		return err
	}

	// The stream: every request, followed by the state requests after writes.
	state := s.StateRequests(cfg.provider)
	var in bytes.Buffer
	for _, r := range s.Requests {
		line, err := translate(r)
		if err != nil {
			return fmt.Errorf("line %d: %w", r.Line, err)
		}
		in.Write(line)
		in.WriteByte('\n')
		if r.Writes {
			for _, sr := range state {
				in.Write(compact(sr))
				in.WriteByte('\n')
			}
		}
	}
	out, err := oracleExec(cfg, schemaPath, dbURL, in.Bytes())
	if err != nil {
		return err
	}
	lines := splitLines(out)
	var buf bytes.Buffer
	var expected []e2e.Expected
	k := 0
	var warnings []string
	counts := map[string]int{}
	next := func(kind e2e.Kind) (string, error) {
		if k >= len(lines) {
			return "", fmt.Errorf("oracle answered %d lines for a longer input", len(lines))
		}
		l, err := clean(kind, lines[k])
		k++
		return l, err
	}
	for _, r := range s.Requests {
		resp, err := next(r.Kind)
		if err != nil {
			return err
		}
		if cfg.verbose {
			fmt.Printf("%s/%s > %s\n%s/%s < %s\n", s.Name, r.Name(), r.Raw, s.Name, r.Name(), resp)
		}
		counts[classifyAnswer(resp)]++
		if w := oracleTrouble(resp); w != "" {
			warnings = append(warnings, fmt.Sprintf("line %d (%s): %s", r.Line, r.Name(), w))
		}
		buf.WriteString(`{"response":`)
		buf.WriteString(resp)
		exp := e2e.Expected{Response: json.RawMessage(resp)}
		if r.Writes {
			buf.WriteString(`,"state":[`)
			for j := range state {
				st, err := next(e2e.KindQuery)
				if err != nil {
					return err
				}
				if strings.HasPrefix(st, `{"errors"`) {
					warnings = append(warnings, fmt.Sprintf("line %d (%s): state request %d failed: %s", r.Line, r.Name(), j, st))
				}
				if j > 0 {
					buf.WriteByte(',')
				}
				buf.WriteString(st)
				exp.State = append(exp.State, json.RawMessage(st))
			}
			buf.WriteString(`]`)
		}
		buf.WriteString("}\n")
		expected = append(expected, exp)
	}
	if k != len(lines) {
		return fmt.Errorf("oracle answered %d lines, expected %d", len(lines), k)
	}
	for _, w := range warnings {
		fmt.Printf("%-28s warning: %s\n", s.Name, w)
	}
	summary := fmt.Sprintf("%d requests (%d data, %d errors, %d batch, %d control)",
		len(s.Requests), counts["data"], counts["errors"], counts["batch"], counts["control"])
	if cfg.verify {
		old, err := s.LoadExpected(cfg.provider)
		if err != nil {
			return err
		}
		diffs := 0
		for i, r := range s.Requests {
			if d := e2e.Compare(r.Kind, old[i].Response, expected[i].Response, s.Meta.Volatile); d != "" {
				diffs++
				fmt.Printf("%s/%s (line %d) differs from the recording:\n%s\n", s.Name, r.Name(), r.Line, d)
			}
			for j := range expected[i].State {
				if d := e2e.Compare(e2e.KindQuery, old[i].State[j], expected[i].State[j], s.Meta.Volatile); d != "" {
					diffs++
					fmt.Printf("%s/%s (line %d) state %d differs from the recording:\n%s\n", s.Name, r.Name(), r.Line, j, d)
				}
			}
		}
		if diffs > 0 {
			return fmt.Errorf("%d differences from %s", diffs, s.ExpectedPath(cfg.provider))
		}
		fmt.Printf("%-28s verified: %s\n", s.Name, summary)
		return nil
	}
	if err := os.WriteFile(s.ExpectedPath(cfg.provider), buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%-28s %s -> %s\n", s.Name, summary, filepath.Base(s.ExpectedPath(cfg.provider)))
	return nil
}

func classifyAnswer(resp string) string {
	switch {
	case strings.HasPrefix(resp, `{"data"`):
		return "data"
	case strings.HasPrefix(resp, `{"errors"`):
		return "errors"
	case strings.HasPrefix(resp, `{"batchResult"`):
		return "batch"
	}
	return "control"
}

// oracleTrouble flags answers that are not Prisma's: errors without a
// P-code (oracle or JS errors) and panics.
func oracleTrouble(resp string) string {
	if !strings.HasPrefix(resp, `{"errors"`) {
		return ""
	}
	var env struct {
		Errors []struct {
			Error string `json:"error"`
			UFE   *struct {
				IsPanic bool   `json:"is_panic"`
				Code    string `json:"error_code"`
			} `json:"user_facing_error"`
		} `json:"errors"`
	}
	if json.Unmarshal([]byte(resp), &env) != nil {
		return "unparsable error answer"
	}
	for _, e := range env.Errors {
		if e.UFE == nil {
			return "error without a Prisma code: " + e.Error
		}
		if e.UFE.IsPanic {
			return "panic: " + e.Error
		}
	}
	return ""
}

func compact(b []byte) []byte {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return b
	}
	return out.Bytes()
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func oracleExec(cfg config, schemaPath, dbURL string, stdin []byte) ([]byte, error) {
	cmd := exec.Command(cfg.oracle, "exec", "--schema", schemaPath, "--url", dbURL)
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("prisma-ref exec: %v\n%s", err, tail(stderr.String()))
	}
	return stdout.Bytes(), nil
}

func push(cfg config, schemaPath, dbURL string) error {
	var cmd *exec.Cmd
	if cfg.pushCmd != "" {
		c := strings.ReplaceAll(cfg.pushCmd, "{schema}", shellQuote(schemaPath))
		c = strings.ReplaceAll(c, "{url}", shellQuote(dbURL))
		cmd = exec.Command("sh", "-c", c)
		cmd.Dir = moduleRoot()
	} else {
		cmd = exec.Command(cfg.oracle, "push", "--schema", schemaPath, "--url", dbURL)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("push: %v\n%s", err, tail(string(out)))
	}
	return nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func tail(s string) string {
	if len(s) > 4000 {
		return "…" + s[len(s)-4000:]
	}
	return s
}

var nonIdent = regexp.MustCompile(`[^a-z0-9_]+`)

// freshDatabase returns the URL of a new empty database and a function
// dropping it.
func freshDatabase(s *e2e.Suite, cfg config, schemaPath, tmp string) (string, func(), error) {
	if cfg.provider == "sqlite" {
		return "file:" + filepath.Join(tmp, "dev.db"), nil, nil
	}
	rnd := make([]byte, 4)
	_, _ = rand.Read(rnd)
	name := "e2e_" + nonIdent.ReplaceAllString(strings.ToLower(s.Name), "_") + "_" + hex.EncodeToString(rnd)
	base, err := url.Parse(cfg.baseURL)
	if err != nil {
		return "", nil, err
	}
	u := *base
	u.Path = "/" + name
	q := u.Query()
	q.Del("schema")
	u.RawQuery = q.Encode()
	var create, dropSQL string
	if cfg.provider == "postgresql" {
		create = `CREATE DATABASE "` + name + `"`
		dropSQL = `DROP DATABASE IF EXISTS "` + name + `"`
	} else {
		create = "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
		dropSQL = "DROP DATABASE IF EXISTS `" + name + "`"
	}
	if err := adminSQL(cfg, schemaPath, cfg.baseURL, create); err != nil {
		return "", nil, fmt.Errorf("creating database %s: %w", name, err)
	}
	drop := func() {
		if err := adminSQL(cfg, schemaPath, cfg.baseURL, dropSQL); err != nil {
			fmt.Fprintf(os.Stderr, "record: dropping %s: %v\n", name, err)
		}
	}
	return u.String(), drop, nil
}

// adminSQL runs one statement through the oracle (executeRaw) on url.
func adminSQL(cfg config, schemaPath, dbURL, sql string) error {
	req, _ := json.Marshal(map[string]any{
		"action": "executeRaw",
		"query": map[string]any{
			"arguments": map[string]any{"query": sql, "parameters": "[]"},
			"selection": map[string]any{},
		},
	})
	out, err := oracleExec(cfg, schemaPath, dbURL, append(req, '\n'))
	if err != nil {
		return err
	}
	if bytes.HasPrefix(bytes.TrimSpace(out), []byte(`{"errors"`)) {
		return errors.New(strings.TrimSpace(string(out)))
	}
	return nil
}

var dsnRe = regexp.MustCompile(`^([^:@/]*)(?::([^@]*))?@tcp\(([^)]+)\)/([^?]*)(\?.*)?$`)

// mysqlURL accepts a mysql:// URL or a go-sql-driver DSN (user:pw@tcp(host:port)/db?…).
func mysqlURL(s string) (string, error) {
	if strings.HasPrefix(s, "mysql://") || strings.HasPrefix(s, "mariadb://") {
		return s, nil
	}
	m := dsnRe.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("cannot read MySQL URL/DSN %q", s)
	}
	u := url.URL{Scheme: "mysql", Host: m[3], Path: "/" + m[4]}
	if m[2] != "" {
		u.User = url.UserPassword(m[1], m[2])
	} else {
		u.User = url.User(m[1])
	}
	return u.String(), nil
}
