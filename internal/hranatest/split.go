package hranatest

// countStatements counts the SQL statements in sql, as sqld does before it
// runs an "execute" request (which must hold exactly one): statements end
// at semicolons outside string literals, quoted identifiers, comments and
// the BEGIN ... END body of CREATE TRIGGER. Empty statements (";;") do not
// count.
func countStatements(sql string) int {
	count := 0
	nonEmpty := false  // the current statement has a token
	var words []string // the first words of the current statement
	trigger := false   // the current statement is CREATE [TEMP] TRIGGER
	inBody := false    // inside the trigger's BEGIN ... END
	caseDepth := 0     // CASE ... END nesting inside the body
	end := func() {
		if nonEmpty {
			count++
		}
		nonEmpty, words, trigger, inBody, caseDepth = false, nil, false, false, 0
	}
	for i := 0; i < len(sql); {
		c := sql[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && i+1 < len(sql) && sql[i+1] == '-':
			for i < len(sql) && sql[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(sql) && sql[i+1] == '*':
			i += 2
			for i < len(sql) && !(sql[i] == '*' && i+1 < len(sql) && sql[i+1] == '/') {
				i++
			}
			i += 2
		case c == '\'' || c == '"' || c == '`':
			nonEmpty = true
			i = skipQuoted(sql, i, c)
		case c == '[':
			nonEmpty = true
			for i < len(sql) && sql[i] != ']' {
				i++
			}
			i++
		case c == ';':
			i++
			if !inBody {
				end()
			}
		case isWordByte(c):
			j := i
			for j < len(sql) && isWordByte(sql[j]) {
				j++
			}
			w := upper(sql[i:j])
			i = j
			nonEmpty = true
			if len(words) < 3 {
				words = append(words, w)
				if len(words) >= 2 && words[0] == "CREATE" &&
					(words[1] == "TRIGGER" || len(words) == 3 && (words[1] == "TEMP" || words[1] == "TEMPORARY") && words[2] == "TRIGGER") {
					trigger = true
				}
			}
			switch {
			case trigger && !inBody && w == "BEGIN":
				inBody = true
			case inBody && w == "CASE":
				caseDepth++
			case inBody && w == "END":
				if caseDepth > 0 {
					caseDepth--
				} else {
					inBody = false
				}
			}
		default:
			nonEmpty = true
			i++
		}
	}
	end()
	return count
}

// skipQuoted returns the index after the literal starting at i, whose
// quote q is escaped by doubling.
func skipQuoted(s string, i int, q byte) int {
	i++
	for i < len(s) {
		if s[i] == q {
			if i+1 < len(s) && s[i+1] == q {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return i
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
