package sqlitecore

import (
	"context"
	"database/sql/driver"
)

// ParamCountError is the error of a statement run with fewer bind arguments
// than it has parameters. Its message is better-sqlite3's (a RangeError,
// which Prisma's adapter passes on as it is, without a SQLite code); the
// driver's error stays reachable through Unwrap.
type ParamCountError struct {
	Err error // the driver's error
}

func (e *ParamCountError) Error() string { return "Too few parameter values were provided" }

// Unwrap returns the driver's error.
func (e *ParamCountError) Unwrap() error { return e.Err }

// CheckParamCount is called after the driver failed to run query with nargs
// arguments on dc, a driver connection, with an error that is not SQLite's:
// go-sqlite3 and modernc.org/sqlite refuse missing arguments themselves,
// each with its own words. It prepares query again and returns a
// *ParamCountError wrapping err when the statement has more parameters than
// nargs, and err otherwise.
func CheckParamCount(ctx context.Context, dc any, query string, nargs int, err error) error {
	if _, _, ok := DriverError(err); ok {
		return err
	}
	pc, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return err
	}
	st, perr := pc.PrepareContext(ctx, query)
	if perr != nil {
		return err
	}
	n := st.NumInput()
	st.Close()
	if n < 0 { // modernc.org/sqlite does not tell
		n = ParamCount(query)
	}
	if n > nargs {
		return &ParamCountError{Err: err}
	}
	return err
}

// ParamCount returns the number of parameters of the SQLite statement
// query, as sqlite3_bind_parameter_count counts them: ?NNN takes index NNN,
// ? the index after the largest so far, and each distinct :name, @name or
// $name the next index at its first use. Literals, quoted identifiers and
// comments are skipped.
func ParamCount(query string) int {
	largest := 0
	names := map[string]bool{}
	for i := 0; i < len(query); {
		c := query[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(query) {
				if query[j] == c {
					if j+1 < len(query) && query[j+1] == c { // doubled quote
						j += 2
						continue
					}
					break
				}
				j++
			}
			i = j + 1
		case c == '[':
			j := i + 1
			for j < len(query) && query[j] != ']' {
				j++
			}
			i = j + 1
		case c == '-' && i+1 < len(query) && query[i+1] == '-':
			for i < len(query) && query[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(query) && query[i+1] == '*':
			j := i + 2
			for j+1 < len(query) && !(query[j] == '*' && query[j+1] == '/') {
				j++
			}
			i = j + 2
		case c == '?':
			j := i + 1
			for j < len(query) && query[j] >= '0' && query[j] <= '9' {
				j++
			}
			if j > i+1 {
				n := 0
				for _, d := range query[i+1 : j] {
					if n < 1<<20 {
						n = n*10 + int(d-'0')
					}
				}
				largest = max(largest, n)
			} else {
				largest++
			}
			i = j
		case c == ':' || c == '@' || c == '$':
			j := i + 1
			for j < len(query) && (isIdentByte(query[j]) || c == '$' && query[j] == ':' && j+1 < len(query) && query[j+1] == ':') {
				if query[j] == ':' {
					j++
				}
				j++
			}
			if j > i+1 && !names[query[i:j]] {
				names[query[i:j]] = true
				largest++
			}
			i = j
		default:
			i++
		}
	}
	return largest
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
