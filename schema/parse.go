package schema

import "fmt"

// Parse parses and resolves a Prisma schema. filename is only used in
// messages. On an invalid schema it returns an *Error listing every problem
// found, with Prisma's message texts; it never panics.
//
// Parse accepts what Prisma 7.10 accepts, with one deliberate difference:
// the datasource url, directUrl and shadowDatabaseUrl properties (string or
// env("...")), which Prisma 7 rejects, are read and reported in
// Schema.Warnings.
func Parse(filename string, src []byte) (s *Schema, err error) {
	defer func() {
		if r := recover(); r != nil {
			s = nil
			err = &Error{Filename: filename, src: string(src), Diagnostics: []Diagnostic{{
				Pos: Pos{Line: 1, Col: 1}, End: Pos{Line: 1, Col: 1},
				Message: fmt.Sprintf("internal error: %v", r),
			}}}
		}
	}()
	text := string(src)
	d := &db{src: text, lines: newLineIndex(text)}
	d.tops, d.diags = parseSchema(text, d.lines)
	d.resolveNames()
	d.resolveTypes()
	d.resolveAttributes()
	d.inferRelations()
	d.loadConfig()
	if len(d.diags) == 0 {
		d.validate()
	}
	sortDiagnostics(d.warns)
	if len(d.diags) > 0 {
		sortDiagnostics(d.diags)
		return nil, &Error{Filename: filename, Diagnostics: d.diags, Warnings: d.warns, src: text}
	}
	return d.build(), nil
}
