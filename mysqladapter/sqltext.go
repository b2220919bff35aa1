package mysqladapter

import (
	"strings"
)

// A small MySQL lexer: enough to find statement boundaries and keywords
// outside quotes and comments.

// scanSQL calls fn for every character outside string literals, quoted
// identifiers and comments, with its byte offset. fn returns false to stop.
func scanSQL(s string, fn func(i int) bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'' || c == '"' || c == '`':
			for i++; i < len(s); i++ {
				if s[i] == '\\' && c != '`' {
					i++
					continue
				}
				if s[i] == c {
					if i+1 < len(s) && s[i+1] == c { // doubled quote
						i++
						continue
					}
					break
				}
			}
		case c == '#' || c == '-' && strings.HasPrefix(s[i:], "-- ") || c == '-' && (strings.HasPrefix(s[i:], "--\n") || s[i:] == "--"):
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return
			}
			i += 2 + end + 1
		default:
			if !fn(i) {
				return
			}
		}
	}
}

// splitScript splits a script into its statements at semicolons outside
// quotes and comments, dropping empty ones.
func splitScript(script string) []string {
	var out []string
	start := 0
	add := func(stmt string) {
		if strings.TrimSpace(stripComments(stmt)) != "" {
			out = append(out, strings.TrimSpace(stmt))
		}
	}
	scanSQL(script, func(i int) bool {
		if script[i] == ';' {
			add(script[start:i])
			start = i + 1
		}
		return true
	})
	add(script[start:])
	return out
}

func stripComments(s string) string {
	var b strings.Builder
	scanSQL(s, func(i int) bool {
		b.WriteByte(s[i])
		return true
	})
	return b.String()
}

// eachWord calls fn with every word of a statement outside quotes and
// comments, in order, until fn returns false. Words are substrings of s.
func eachWord(s string, fn func(word string) bool) {
	start, prev := -1, -2
	more := true
	flush := func(end int) {
		if start >= 0 {
			more = fn(s[start:end])
			start = -1
		}
	}
	scanSQL(s, func(i int) bool {
		if i != prev+1 { // a quote or comment ended the word
			flush(prev + 1)
			if !more {
				return false
			}
		}
		prev = i
		if c := s[i]; c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			if start < 0 {
				start = i
			}
			return true
		}
		flush(i)
		return more
	})
	if more {
		flush(prev + 1)
	}
}

// firstWord returns the statement's first keyword.
func firstWord(s string) string {
	var w string
	eachWord(s, func(word string) bool {
		w = word
		return false
	})
	return w
}

// isInsert reports whether the statement is an INSERT or REPLACE.
func isInsert(sql string) bool {
	w := firstWord(sql)
	return strings.EqualFold(w, "INSERT") || strings.EqualFold(w, "REPLACE")
}

// isWriteWithoutResult reports whether the statement is an INSERT, REPLACE,
// UPDATE or DELETE without RETURNING: one that returns no rows, so Query runs
// it as an Exec to learn its insert id.
func isWriteWithoutResult(sql string) bool {
	w := firstWord(sql)
	if !strings.EqualFold(w, "INSERT") && !strings.EqualFold(w, "REPLACE") &&
		!strings.EqualFold(w, "UPDATE") && !strings.EqualFold(w, "DELETE") {
		return false
	}
	returning := false
	eachWord(sql, func(word string) bool {
		returning = strings.EqualFold(word, "RETURNING")
		return !returning
	})
	return !returning
}
