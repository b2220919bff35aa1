// Command noengine runs Prisma JSON-protocol requests against a database, in
// pure Go.
//
//	noengine push --schema schema.prisma --url file:./dev.db
//	noengine exec --schema schema.prisma --url file:./dev.db < requests.jsonl
//	noengine plan --schema schema.prisma --url postgresql://... < request.json
//	noengine quickstart
//
// exec reads one request (or batch) per line and writes one response per
// line: {"data":{...}}, {"errors":[...]} or {"batchResult":[...]}. The lines
// {"$transaction":"begin"|"commit"|"rollback"} (begin may carry
// "isolationLevel", "timeout" and "maxWait") drive an interactive
// transaction, answered with {"$transaction":"begin","ok":true} and so on.
//
// URLs are written as in Prisma: file:./dev.db, postgresql://…, mysql://…,
// sqlserver://…, libsql://….
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage:
  noengine push --schema FILE --url URL          create the schema's tables in an empty database
  noengine exec --schema FILE --url URL          answer JSON-protocol requests, one per stdin line
  noengine plan --schema FILE (--url URL | --provider P)   print the SQL each stdin request compiles to
  noengine quickstart                            run a demo on a temporary SQLite database
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	schemaPath := fs.String("schema", "", "path to schema.prisma")
	url := fs.String("url", "", "database URL (file:, postgresql://, mysql://, sqlserver://, libsql://)")
	provider := fs.String("provider", "", "plan: the SQL dialect when no --url is given")
	relationJoins := fs.Bool("relation-joins", false, "load relations with JSON aggregation where exact")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var err error
	switch cmd {
	case "push":
		err = push(ctx, *schemaPath, *url, stdout)
	case "exec":
		err = execCmd(ctx, *schemaPath, *url, *relationJoins, stdin, stdout)
	case "plan":
		err = planCmd(*schemaPath, *url, *provider, *relationJoins, stdin, stdout)
	case "quickstart":
		err = quickstart(ctx, stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "noengine: unknown command %q\n%s", cmd, usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "noengine %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

func loadSchema(path string) (*schema.Schema, error) {
	if path == "" {
		return nil, errors.New("--schema is required")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return schema.Parse(path, src)
}

func push(ctx context.Context, schemaPath, url string, stdout io.Writer) error {
	s, err := loadSchema(schemaPath)
	if err != nil {
		return err
	}
	a, err := openAdapter(ctx, url)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := ddl.Push(ctx, a, s, ddl.Options{Schema: a.Info().SchemaName}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "The database is now in sync with the Prisma schema (%d models).\n", len(s.Models))
	return nil
}

func execCmd(ctx context.Context, schemaPath, url string, relationJoins bool, stdin io.Reader, stdout io.Writer) error {
	s, err := loadSchema(schemaPath)
	if err != nil {
		return err
	}
	a, err := openAdapter(ctx, url)
	if err != nil {
		return err
	}
	client, err := noengine.NewWithSchema(s, a, &noengine.Options{RelationJoins: relationJoins})
	if err != nil {
		a.Close()
		return err
	}
	defer client.Close()
	return serve(ctx, client, stdin, stdout)
}

// maxKeptResponse is the largest response buffer serve keeps for the next
// line.
const maxKeptResponse = 1 << 20

// serve answers request lines until EOF.
func serve(ctx context.Context, client *noengine.Client, stdin io.Reader, stdout io.Writer) error {
	in := bufio.NewReaderSize(stdin, 1<<16)
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	sess := client.NewSession()
	defer sess.Close()
	var resp []byte // one response buffer, reused for every line
	for {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			trimmed := bytes.TrimSpace(line)
			if len(trimmed) > 0 && !bytes.HasPrefix(trimmed, []byte("//")) {
				resp = append(sess.AppendDo(ctx, resp[:0], trimmed), '\n')
				out.Write(resp)
				if cap(resp) > maxKeptResponse {
					resp = nil // a large answer's buffer is not kept
				}
			}
		}
		if in.Buffered() == 0 {
			if ferr := out.Flush(); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func planCmd(schemaPath, url, provider string, relationJoins bool, stdin io.Reader, stdout io.Writer) error {
	s, err := loadSchema(schemaPath)
	if err != nil {
		return err
	}
	if provider == "" {
		provider = providerOfURL(url)
	}
	if provider == "" {
		provider = string(s.Provider())
	}
	d, ok := dialect.ForProvider(provider)
	if !ok {
		return fmt.Errorf("unknown provider %q", provider)
	}
	comp := compiler.New(s, d, compiler.Options{RelationJoins: relationJoins})
	in := bufio.NewReaderSize(stdin, 1<<16)
	for {
		line, rerr := in.ReadBytes('\n')
		trimmed := strings.TrimSpace(string(line))
		if trimmed != "" && !strings.HasPrefix(trimmed, "//") {
			l, err := protocol.DecodeLine([]byte(trimmed))
			if err != nil {
				fmt.Fprintf(stdout, "-- error: %v\n", err)
			} else if l.Request != nil {
				p, _, err := comp.Compile(l.Request)
				if err != nil {
					fmt.Fprintf(stdout, "-- error: %v\n", err)
				} else {
					for _, st := range plan.Statements(p, d) {
						fmt.Fprintln(stdout, st)
					}
				}
			}
			fmt.Fprintln(stdout)
		}
		if rerr != nil {
			return nil
		}
	}
}

func providerOfURL(url string) string {
	switch {
	case strings.HasPrefix(url, "file:"), url == ":memory:":
		return "sqlite"
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return "postgresql"
	case strings.HasPrefix(url, "mysql://"), strings.HasPrefix(url, "mariadb://"):
		return "mysql"
	case strings.HasPrefix(url, "sqlserver://"):
		return "sqlserver"
	case strings.HasPrefix(url, "libsql://"), strings.HasPrefix(url, "http://"), strings.HasPrefix(url, "https://"):
		return "sqlite"
	}
	return ""
}
