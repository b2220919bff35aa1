package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/noengine/noengine/internal/e2e"
)

// env is what every run needs: the two CLIs, the provider and its server.
type env struct {
	provider string
	oracle   string // prisma-ref
	ne       string // noengine binary
	joins    bool   // ne exec --relation-joins
	baseURL  string // server URL (postgresql, mysql)
	tmp      string // scratch directory
	keep     bool
	verbose  bool
	// schemaPath is the schema written for the provider.
	schemaPath string
	volatile   []e2e.Volatile
}

// cleanup removes the scratch directory (and the SQLite databases in it)
// unless -keep.
func (e *env) cleanup() {
	if e.keep {
		fmt.Fprintf(os.Stderr, "difffuzz: kept %s\n", e.tmp)
		return
	}
	os.RemoveAll(e.tmp)
}

// pair is two fresh databases with the schema's tables, and a CLI process
// on each: Prisma 7.10 (the oracle) and noengine.
type pair struct {
	env        *env
	oURL, nURL string
	oracle, ne *e2e.LineProcess
	drop       []func()
}

var pairSeq int

// newPair creates both databases, pushes the schema and starts both CLIs.
func (e *env) newPair() (*pair, error) {
	pairSeq++
	p := &pair{env: e}
	var err error
	switch e.provider {
	case "sqlite":
		dir := filepath.Join(e.tmp, fmt.Sprintf("run%03d", pairSeq))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		p.oURL = "file:" + filepath.Join(dir, "oracle.db")
		p.nURL = "file:" + filepath.Join(dir, "noengine.db")
		if !e.keep {
			p.drop = append(p.drop, func() { os.RemoveAll(dir) })
		}
	default:
		rnd := make([]byte, 4)
		_, _ = rand.Read(rnd)
		name := "e2e_difffuzz_" + hex.EncodeToString(rnd) // e2e_…: masked in error messages by the comparison
		if p.oURL, err = e.createDatabase(name+"_o", p); err != nil {
			p.close()
			return nil, err
		}
		if p.nURL, err = e.createDatabase(name+"_n", p); err != nil {
			p.close()
			return nil, err
		}
	}
	if e.keep {
		fmt.Fprintf(os.Stderr, "difffuzz: databases kept: oracle %s, noengine %s\n", p.oURL, p.nURL)
	}
	// Prisma pushes its own database where it can (MySQL: noengine does).
	if e.provider == "mysql" {
		err = run(e.ne, "push", "--schema", e.schemaPath, "--url", p.oURL)
	} else {
		err = run(e.oracle, "push", "--schema", e.schemaPath, "--url", p.oURL)
	}
	if err == nil {
		err = run(e.ne, "push", "--schema", e.schemaPath, "--url", p.nURL)
	}
	if err != nil {
		p.close()
		return nil, err
	}
	if p.oracle, err = e2e.StartLineProcess(exec.Command(e.oracle, "exec", "--schema", e.schemaPath, "--url", p.oURL)); err != nil {
		p.close()
		return nil, err
	}
	args := []string{"exec", "--schema", e.schemaPath, "--url", p.nURL}
	if e.joins {
		args = append(args, "--relation-joins")
	}
	if p.ne, err = e2e.StartLineProcess(exec.Command(e.ne, args...)); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

func run(bin string, args ...string) error {
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, tail(string(out)))
	}
	return nil
}

func tail(s string) string {
	if len(s) > 3000 {
		return "…" + s[len(s)-3000:]
	}
	return s
}

// createDatabase creates a database on the server and registers its drop.
func (e *env) createDatabase(name string, p *pair) (string, error) {
	base, err := url.Parse(e.baseURL)
	if err != nil {
		return "", err
	}
	u := *base
	u.Path = "/" + name
	q := u.Query()
	q.Del("schema")
	u.RawQuery = q.Encode()
	var create, drop string
	if e.provider == "postgresql" {
		create = `CREATE DATABASE "` + name + `"`
		drop = `DROP DATABASE IF EXISTS "` + name + `" WITH (FORCE)`
	} else {
		create = "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
		drop = "DROP DATABASE IF EXISTS `" + name + "`"
	}
	if err := e.adminSQL(create); err != nil {
		return "", fmt.Errorf("creating database %s: %w", name, err)
	}
	if !e.keep {
		p.drop = append(p.drop, func() {
			if err := e.adminSQL(drop); err != nil {
				fmt.Fprintf(os.Stderr, "difffuzz: dropping %s: %v\n", name, err)
			}
		})
	}
	return u.String(), nil
}

// adminSQL runs one statement on the server's default database.
func (e *env) adminSQL(stmt string) error {
	var db *sql.DB
	var err error
	if e.provider == "postgresql" {
		db, err = sql.Open("pgx", e.baseURL)
	} else {
		var dsn string
		dsn, err = mysqlDSN(e.baseURL)
		if err == nil {
			db, err = sql.Open("mysql", dsn)
		}
	}
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = db.ExecContext(ctx, stmt)
	return err
}

// mysqlDSN turns mysql://user:pw@host:port/db into a go-sql-driver DSN.
func mysqlDSN(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil {
		return "", err
	}
	if u.Scheme != "mysql" && u.Scheme != "mariadb" {
		return s, nil // already a DSN
	}
	cfg := mysql.NewConfig()
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.Net = "tcp"
	cfg.Addr = u.Host
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	return cfg.FormatDSN(), nil
}

// close stops both processes and drops the databases.
func (p *pair) close() {
	for _, lp := range []*e2e.LineProcess{p.oracle, p.ne} {
		if lp != nil {
			_ = lp.Close()
		}
	}
	for _, d := range p.drop {
		d()
	}
}

// do sends one line to both processes (concurrently) and returns Prisma's
// answer and ours.
func (p *pair) do(line string) (want, got []byte, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var oerr, nerr error
	wg.Add(2)
	oline := line
	if kindOf(line) == e2e.KindControl {
		// The oracle spells interactive transactions {"$oracle":…}.
		oline = strings.Replace(line, `"$transaction"`, `"$oracle"`, 1)
	}
	go func() { defer wg.Done(); want, oerr = p.oracle.Do(ctx, []byte(oline)) }()
	go func() { defer wg.Done(); got, nerr = p.ne.Do(ctx, []byte(line)) }()
	wg.Wait()
	if oerr != nil {
		return want, got, fmt.Errorf("prisma-ref: %w", oerr)
	}
	if nerr != nil {
		return want, got, fmt.Errorf("noengine: %w", nerr)
	}
	return want, got, nil
}

// kindOf classifies a generated line for the comparison.
func kindOf(line string) e2e.Kind {
	switch {
	case strings.HasPrefix(line, `{"batch"`):
		return e2e.KindBatch
	case strings.HasPrefix(line, `{"action":"queryRaw"`), strings.HasPrefix(line, `{"action":"executeRaw"`):
		return e2e.KindRaw
	case strings.HasPrefix(line, `{"$transaction"`):
		return e2e.KindControl
	}
	return e2e.KindQuery
}

// writes reports whether a line may change the database, as the harness
// decides when to read the state: a write action, a batch, a control line.
func writes(line string) bool {
	switch kindOf(line) {
	case e2e.KindBatch, e2e.KindControl:
		return true
	}
	v, err := e2e.ParseJSON([]byte(line))
	if err != nil {
		return false
	}
	o, _ := v.(e2e.Obj)
	a, _ := o.Get("action")
	s, _ := a.(string)
	return e2e.IsWriteAction(s)
}

// outcome is the comparison of one line.
type outcome struct {
	want, got []byte
	diff      string
	// state is set when the state after the line differs: the state
	// request and its two answers.
	stateReq            string
	stateWant, stateGot []byte
	stateDiff           string
}

func (o outcome) ok() bool { return o.diff == "" && o.stateDiff == "" }

// exchange runs one line (and the state requests after a write) and
// compares.
func (p *pair) exchange(line string, state []string) (outcome, error) {
	var o outcome
	want, got, err := p.do(line)
	if err != nil {
		return o, err
	}
	o.want, o.got = want, got
	o.diff = e2e.Compare(kindOf(line), want, got, p.env.volatile)
	if !writes(line) {
		return o, nil
	}
	for _, sr := range state {
		w, g, err := p.do(sr)
		if err != nil {
			return o, err
		}
		if d := e2e.Compare(e2e.KindQuery, w, g, p.env.volatile); d != "" && o.stateDiff == "" {
			o.stateReq, o.stateWant, o.stateGot, o.stateDiff = sr, w, g, d
		}
	}
	return o, nil
}

// signature summarises a mismatch, so that shrinking keeps the same one:
// which side answered an error, with which codes, and whether the state
// differs.
func (o outcome) signature() string {
	cls := func(b []byte) string {
		s := string(bytes.TrimSpace(b))
		switch {
		case strings.HasPrefix(s, `{"errors"`):
			code := ""
			if i := strings.Index(s, `"error_code":"`); i >= 0 {
				code = s[i+14 : i+19]
			}
			return "error" + code
		case strings.HasPrefix(s, `{"batchResult"`):
			return "batch"
		}
		return "data"
	}
	sig := ""
	if o.diff != "" {
		sig = cls(o.want) + "/" + cls(o.got)
	}
	if o.stateDiff != "" {
		sig += "+state"
	}
	return sig
}

// replay runs lines on a fresh pair and returns the outcome of the last one
// (the earlier ones only prepare the databases).
func (e *env) replay(lines []string, state []string) (outcome, error) {
	p, err := e.newPair()
	if err != nil {
		return outcome{}, err
	}
	defer p.close()
	for _, l := range lines[:len(lines)-1] {
		if _, _, err := p.do(l); err != nil {
			return outcome{}, err
		}
	}
	o, err := p.exchange(lines[len(lines)-1], state)
	e.trace(lines[len(lines)-1], o)
	return o, err
}
