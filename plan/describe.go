package plan

import "strings"

// Placeholders renders the n-th placeholder of a dialect.
type Placeholders interface {
	AppendPlaceholder(b []byte, n int) []byte
}

// Statements lists the SQL of every statement in a plan, in evaluation
// order of the tree. Run-time tuples are shown as "(…)".
func Statements(p *Plan, ph Placeholders) []string {
	var out []string
	var walk func(n Node)
	stmt := func(s *Stmt) {
		if s == nil {
			return
		}
		out = append(out, s.Describe(ph))
	}
	walk = func(n Node) {
		switch n := n.(type) {
		case *Read:
			if n.Rows != nil {
				walk(n.Rows)
			} else {
				stmt(n.Stmt)
			}
			for _, c := range n.Children {
				walk(c.Read)
			}
		case *Query:
			stmt(n.Stmt)
		case *RawQuery:
			stmt(n.Stmt)
		case *Exec:
			stmt(n.Stmt)
		case *Seq:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *Let:
			walk(n.Expr)
		case *Unique:
			walk(n.Expr)
		case *Sum:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *Concat:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *MakeRecord:
			if n.From != nil {
				walk(n.From)
			}
		case *Validate:
			walk(n.Expr)
		case *If:
			walk(n.Cond)
			if n.Then != nil {
				walk(n.Then)
			}
			if n.Else != nil {
				walk(n.Else)
			}
		case *Diff:
			walk(n.From)
			walk(n.To)
		}
	}
	walk(p.Root)
	return out
}

// Describe renders a statement's SQL with placeholders numbered as far as
// they are known; run-time tuples appear as "(…)".
func (s *Stmt) Describe(ph Placeholders) string {
	if s.Static != "" {
		return s.Static
	}
	var b []byte
	n := 0
	for _, f := range s.Frags {
		switch f.Kind {
		case FragText:
			b = append(b, f.Text...)
		case FragParam:
			n++
			b = ph.AppendPlaceholder(b, n)
		case FragTuple:
			n++
			b = append(b, '(')
			b = append(b, f.Prefix...)
			b = ph.AppendPlaceholder(b, n)
			b = append(b, f.Suffix...)
			b = append(b, ",…)"...)
		case FragTupleList:
			n++
			b = append(b, "(("...)
			b = ph.AppendPlaceholder(b, n)
			b = append(b, ",…),…)"...)
		}
	}
	return strings.TrimSpace(string(b))
}
