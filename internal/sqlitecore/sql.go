package sqlitecore

// ChangesRows reports whether the statement's first keyword is one whose
// sqlite3_changes() count is its own: INSERT, UPDATE, DELETE, REPLACE or
// WITH (a common table expression in front of one of them). For any other
// statement SQLite leaves the count of the previous statement in place,
// while Prisma's SQLite drivers report 0.
func ChangesRows(sql string) bool {
	i := skipSpaceAndComments(sql, 0)
	j := i
	for j < len(sql) && IsIdentByte(sql[j]) {
		j++
	}
	switch kw := sql[i:j]; len(kw) {
	case 4:
		return asciiEqualFold(kw, "with")
	case 6:
		return asciiEqualFold(kw, "insert") || asciiEqualFold(kw, "update") || asciiEqualFold(kw, "delete")
	case 7:
		return asciiEqualFold(kw, "replace")
	}
	return false
}

func skipSpaceAndComments(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := indexFrom(s, "*/", i+2)
			if end < 0 {
				return len(s)
			}
			i = end + 2
		case c == '(':
			i++ // "(SELECT ...)" or "(WITH ...)": look inside
		default:
			return i
		}
	}
	return i
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// IsIdentByte reports whether c is an ASCII letter or an underscore.
func IsIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func asciiEqualFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// ValidSavepointName accepts plain identifiers, which need no quoting (the
// executor generates names such as "prisma_sp_1").
func ValidSavepointName(s string) bool {
	if s == "" || len(s) > 128 || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !IsIdentByte(c) && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
