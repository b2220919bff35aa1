package schema

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parser is a hand-written PEG parser that follows Prisma's pest grammar
// (psl/schema-ast/src/parser/datamodel.pest) rule by rule, including pest's
// implicit whitespace between the elements of non-atomic rules (whitespace is
// spaces and tabs, never newlines) and its backtracking. Lines that fit no
// rule fall into the grammar's catch-all rules and become diagnostics, so
// parsing itself never fails.

type parser struct {
	src   string
	pos   int
	diags []Diagnostic
	lines *lineIndex

	// unclosed remembers, per kind of block body, the item positions from
	// which a body was already found to run to the end of the input without
	// a closing brace. A later block starting inside that region fails at
	// once, which keeps parsing linear on inputs with many unclosed blocks.
	unclosed [3]map[int]bool
	// braceFrom..braceAt caches the last search for a closing brace:
	// src[braceFrom:braceAt] holds no '}' (braceAt is -1 when there is no
	// '}' after braceFrom at all).
	braceFrom, braceAt int
}

// nextBrace returns the position of the next '}' at or after p.pos, or -1.
func (p *parser) nextBrace() int {
	if p.braceAt != 0 && p.pos >= p.braceFrom && (p.braceAt < 0 || p.pos <= p.braceAt) {
		return p.braceAt
	}
	p.braceFrom = p.pos
	if i := strings.IndexByte(p.src[p.pos:], '}'); i >= 0 {
		p.braceAt = p.pos + i
	} else {
		p.braceAt = -1
	}
	return p.braceAt
}

const (
	bodyModel = iota
	bodyEnum
	bodyConfig
)

// bodyFailed marks visited as positions of a body that did not close.
func (p *parser) bodyFailed(kind int, visited []int) {
	if p.unclosed[kind] == nil {
		p.unclosed[kind] = map[int]bool{}
	}
	for _, v := range visited {
		p.unclosed[kind][v] = true
	}
}

// topItem is one top-level pair, in source order.
type topItem struct {
	kind    topItemKind
	top     *astTop
	comment *commentBlock
}

type topItemKind uint8

const (
	itemTop topItemKind = iota // model, view, type, enum, datasource, generator
	itemComment
	itemEmpty
	itemOther // type alias, arbitrary block, catch-all
)

type commentBlock struct {
	lines []string // doc lines (/// and /* */ only)
}

func (c *commentBlock) text() (string, bool) {
	if c == nil || len(c.lines) == 0 {
		return "", false
	}
	return strings.Join(c.lines, "\n"), true
}

func (p *parser) errorf(sp span, msg string) {
	p.diags = append(p.diags, p.lines.diag(sp, msg))
}

// parseSchema parses the whole source into top-level blocks.
func parseSchema(src string, lines *lineIndex) ([]*astTop, []Diagnostic) {
	p := &parser{src: src, lines: lines}
	var items []topItem
	for {
		p.skipWS()
		if p.pos >= len(p.src) {
			break
		}
		items = append(items, p.topLevelItem())
	}

	// Attach doc comments the way parse_schema does: a comment block is
	// remembered when the very next pair is a model, enum or config block,
	// and handed to the next model or enum (config blocks do not take it).
	var tops []*astTop
	var pending *commentBlock
	for i, it := range items {
		switch it.kind {
		case itemComment:
			if i+1 < len(items) && items[i+1].kind == itemTop {
				pending = it.comment
			}
		case itemTop:
			t := it.top
			switch t.kind {
			case topDatasource, topGenerator:
			default:
				t.doc, t.hasDoc = pending.text()
				pending = nil
			}
			tops = append(tops, t)
		}
	}
	return tops, p.diags
}

func (p *parser) topLevelItem() topItem {
	start := p.pos
	nd := len(p.diags)
	if t := p.modelDecl(); t != nil {
		return topItem{kind: itemTop, top: t}
	}
	p.reset(start, nd)
	if t := p.enumDecl(); t != nil {
		return topItem{kind: itemTop, top: t}
	}
	p.reset(start, nd)
	if t := p.configBlock(); t != nil {
		return topItem{kind: itemTop, top: t}
	}
	p.reset(start, nd)
	if p.typeAlias() {
		p.errorf(span{start, p.pos}, "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types")
		return topItem{kind: itemOther}
	}
	p.reset(start, nd)
	if p.arbitraryBlock() {
		p.errorf(span{start, p.pos}, "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.")
		return topItem{kind: itemOther}
	}
	p.reset(start, nd)
	if c := p.commentBlock(); c != nil {
		return topItem{kind: itemComment, comment: c}
	}
	p.reset(start, nd)
	if p.emptyLines() {
		return topItem{kind: itemEmpty}
	}
	p.reset(start, nd)
	p.catchAll()
	p.errorf(span{start, p.pos}, "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
	return topItem{kind: itemOther}
}

func (p *parser) reset(pos, ndiags int) {
	p.pos = pos
	p.diags = p.diags[:ndiags]
}

// ---- lexical helpers ----

func isWS(r rune) bool { return r == '\t' || unicode.Is(unicode.Zs, r) }

func (p *parser) skipWS() {
	for p.pos < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.pos:])
		if !isWS(r) {
			return
		}
		p.pos += n
	}
}

func (p *parser) lit(s string) bool {
	if strings.HasPrefix(p.src[p.pos:], s) {
		p.pos += len(s)
		return true
	}
	return false
}

func (p *parser) peek(s string) bool { return strings.HasPrefix(p.src[p.pos:], s) }

func (p *parser) atNewline() bool {
	return p.pos < len(p.src) && (p.src[p.pos] == '\n' || p.src[p.pos] == '\r')
}

// newline matches "\n" | "\r\n" | "\r".
func (p *parser) newline() bool {
	switch {
	case p.lit("\n"), p.lit("\r\n"), p.lit("\r"):
		return true
	}
	return false
}

// restOfLine consumes (!NEWLINE ~ ANY)*.
func (p *parser) restOfLine() {
	for p.pos < len(p.src) && !p.atNewline() {
		_, n := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += n
	}
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// identStart reports whether the rune at p.pos can start an identifier:
// an ASCII letter or digit, or any Unicode letter. It returns its size.
func (p *parser) identChar() int {
	if p.pos >= len(p.src) {
		return 0
	}
	if c := p.src[p.pos]; c < utf8.RuneSelf {
		if isAlnum(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(p.src[p.pos:])
	if unicode.IsLetter(r) {
		return n
	}
	return 0
}

// identifier = @{ (ASCII_ALPHANUMERIC | LETTER) ~ ("_" | "-" | ASCII_ALPHANUMERIC | LETTER)* }
func (p *parser) identifier() (ident, bool) {
	start := p.pos
	n := p.identChar()
	if n == 0 {
		return ident{}, false
	}
	p.pos += n
	for p.pos < len(p.src) {
		if c := p.src[p.pos]; c == '_' || c == '-' {
			p.pos++
			continue
		}
		n := p.identChar()
		if n == 0 {
			break
		}
		p.pos += n
	}
	return ident{name: p.src[start:p.pos], span: span{start, p.pos}}, true
}

// path = @{ identifier ~ ("." ~ path?)* }
func (p *parser) path() (ident, bool) {
	start := p.pos
	if _, ok := p.identifier(); !ok {
		return ident{}, false
	}
	p.pathTail()
	return ident{name: p.src[start:p.pos], span: span{start, p.pos}}, true
}

func (p *parser) pathTail() {
	for p.lit(".") {
		save := p.pos
		if _, ok := p.identifier(); ok {
			p.pathTail()
		} else {
			p.pos = save
		}
	}
}

// ---- blocks ----

// blockOpen = { "{" ~ (!NEWLINE ~ ANY)* ~ NEWLINE }
func (p *parser) blockOpen() bool {
	if !p.lit("{") {
		return false
	}
	p.restOfLine()
	return p.newline()
}

// keyword matches one of the words as a literal prefix, as pest does.
func (p *parser) keyword(words ...string) (string, bool) {
	for _, w := range words {
		if p.lit(w) {
			return w, true
		}
	}
	return "", false
}

// modelDecl = (MODEL | TYPE | VIEW) ~ identifier ~ BLOCK_OPEN ~ (field_declaration |
// (block_attribute ~ NEWLINE) | comment_block | empty_lines | BLOCK_LEVEL_CATCH_ALL)* ~ BLOCK_CLOSE
func (p *parser) modelDecl() *astTop {
	start := p.pos
	kw, ok := p.keyword("model", "type", "view")
	if !ok {
		return nil
	}
	p.skipWS()
	name, ok := p.identifier()
	if !ok {
		return nil
	}
	p.skipWS()
	if !p.blockOpen() {
		return nil
	}
	t := &astTop{name: name}
	switch kw {
	case "model":
		t.kind = topModel
	case "type":
		t.kind = topType
	default:
		t.kind = topView
	}
	container := "model"
	switch t.kind {
	case topView:
		container = "view"
	case topType:
		container = "type"
	}
	var pending *commentBlock
	var visited []int
	for {
		save, nd := p.pos, len(p.diags)
		p.skipWS()
		itemStart := p.pos
		ndItem := len(p.diags)
		if p.unclosed[bodyModel][itemStart] {
			p.bodyFailed(bodyModel, visited)
			return nil
		}
		visited = append(visited, itemStart)
		if f, err := p.fieldDecl(); f != nil || err != nil {
			if err != nil {
				if !err.missingType {
					// parse_field stops at the colon or the field type:
					// nothing after them is looked at.
					p.diags = p.diags[:ndItem]
				}
				if err.missingType {
					err.msg = "Error validating " + container + " \"" + name.name + "\": This field declaration is invalid. It is either missing a name or a type."
				}
				p.errorf(err.span, err.msg)
			} else {
				if doc, ok := pending.text(); ok {
					f.doc, f.hasDoc = joinDoc(doc, true, f.doc, f.hasDoc)
				}
				pending = nil
				if t.kind == topType {
					for _, a := range f.attrs {
						switch a.name.name {
						case "relation", "unique", "id":
							p.errorf(f.span, "Error validating: Defining `@"+a.name.name+"` attribute for a field in a composite type is not allowed.")
						}
					}
				}
				t.fields = append(t.fields, f)
			}
			continue
		}
		p.reset(itemStart, ndItem)
		if a := p.blockAttribute(); a != nil {
			p.skipWS()
			if p.newline() {
				if t.kind == topType {
					p.errorf(a.span, "Error validating: "+compositeBlockAttrError(a.name.name))
				} else {
					t.attrs = append(t.attrs, a)
				}
				continue
			}
		}
		p.reset(itemStart, ndItem)
		if c := p.commentBlock(); c != nil {
			pending = c
			continue
		}
		p.reset(itemStart, ndItem)
		if p.emptyLines() {
			continue
		}
		p.reset(itemStart, ndItem)
		if p.blockLevelCatchAll() {
			p.errorf(span{itemStart, p.pos}, "Error validating: This line is not a valid field or attribute definition.")
			continue
		}
		p.reset(save, nd)
		break
	}
	p.skipWS()
	if !p.lit("}") {
		p.bodyFailed(bodyModel, visited)
		return nil
	}
	t.span = span{start, p.pos}
	return t
}

func joinDoc(a string, hasA bool, b string, hasB bool) (string, bool) {
	switch {
	case hasA && hasB:
		return a + "\n" + b, true
	case hasA:
		return a, true
	default:
		return b, hasB
	}
}

// fieldDecl = identifier ~ LEGACY_COLON? ~ field_type? ~ field_attribute* ~ trailing_comment? ~ NEWLINE
//
// It returns (nil, nil) when the rule does not match, and a diagnostic when
// the rule matches but parse_field rejects the field (the field is dropped).
type fieldErr struct {
	span        span
	msg         string
	missingType bool
}

func (p *parser) fieldDecl() (*astField, *fieldErr) {
	start := p.pos
	name, ok := p.identifier()
	if !ok {
		return nil, nil
	}
	p.skipWS()
	var colon *span
	if p.peek(":") {
		colon = &span{p.pos, p.pos + 1}
		p.pos++
	}
	p.skipWS()
	f := &astField{name: name}
	hasType, legacyErr := p.fieldType(f)
	p.skipWS()
	var attrs []*astAttribute
	if a := p.fieldAttribute(); a != nil {
		attrs = append(attrs, a)
		for {
			save := p.pos
			p.skipWS()
			a := p.fieldAttribute()
			if a == nil {
				p.pos = save
				break
			}
			attrs = append(attrs, a)
		}
	}
	p.skipWS()
	doc, hasDoc := p.trailingComment()
	p.skipWS()
	if !p.newline() {
		return nil, nil
	}
	f.span = span{start, p.pos}
	f.attrs = attrs
	f.doc, f.hasDoc = doc, hasDoc
	if colon != nil {
		return nil, &fieldErr{span: *colon, msg: "Field declarations don't require a `:`."}
	}
	if legacyErr != nil {
		return nil, legacyErr
	}
	if !hasType {
		return nil, &fieldErr{span: f.span, missingType: true}
	}
	return f, nil
}

// fieldType parses field_type? into f. It reports whether a type was present
// and the legacy-syntax error, if any.
func (p *parser) fieldType(f *astField) (bool, *fieldErr) {
	start := p.pos
	// unsupported_optional_list_type = base_type ~ "[]" ~ "?"
	if p.baseType(f) {
		p.skipWS()
		if p.lit("[]") {
			p.skipWS()
			if p.lit("?") {
				return true, &fieldErr{span: span{start, p.pos}, msg: "Optional lists are not supported. Use either `Type[]` or `Type?`."}
			}
		}
	}
	// list_type = base_type ~ "[]"
	p.pos = start
	if p.baseType(f) {
		p.skipWS()
		if p.lit("[]") {
			f.arity = list
			return true, nil
		}
	}
	// optional_type = base_type ~ "?"
	p.pos = start
	if p.baseType(f) {
		p.skipWS()
		if p.lit("?") {
			f.arity = optional
			return true, nil
		}
	}
	// legacy_required_type = base_type ~ "!"
	p.pos = start
	if p.baseType(f) {
		p.skipWS()
		if p.lit("!") {
			return true, &fieldErr{span: span{start, p.pos}, msg: "Fields are required by default, `!` is no longer required."}
		}
	}
	// legacy_list_type = "[" ~ base_type ~ "]"
	p.pos = start
	if p.lit("[") {
		p.skipWS()
		if p.baseType(f) {
			p.skipWS()
			if p.lit("]") {
				return true, &fieldErr{span: span{start, p.pos}, msg: "To specify a list, please use `Type[]` instead of `[Type]`."}
			}
		}
	}
	p.pos = start
	if p.baseType(f) {
		f.arity = required
		return true, nil
	}
	p.pos = start
	return false, nil
}

// baseType = unsupported_type | identifier;
// unsupported_type = "Unsupported(" ~ string_literal ~ ")"
func (p *parser) baseType(f *astField) bool {
	start, nd := p.pos, len(p.diags)
	if p.lit("Unsupported(") {
		p.skipWS()
		if s, sp, ok := p.stringLiteral(); ok {
			p.skipWS()
			if p.lit(")") {
				f.typ, f.unsupported, f.typSpan = s, true, sp
				return true
			}
		}
	}
	p.reset(start, nd)
	id, ok := p.identifier()
	if !ok {
		return false
	}
	f.typ, f.unsupported, f.typSpan = id.name, false, id.span
	return true
}

// fieldAttribute = "@" ~ path ~ arguments_list?
func (p *parser) fieldAttribute() *astAttribute {
	start, nd := p.pos, len(p.diags)
	if !p.lit("@") {
		return nil
	}
	p.skipWS()
	name, ok := p.path()
	if !ok {
		p.reset(start, nd)
		return nil
	}
	p.skipWS()
	a := &astAttribute{name: name}
	save, nd2 := p.pos, len(p.diags)
	if args, ok := p.argumentsList(); ok {
		a.args = args
	} else {
		p.reset(save, nd2)
	}
	a.span = span{start, p.pos}
	return a
}

// blockAttribute = "@@" ~ path ~ arguments_list? ~ trailing_comment?
func (p *parser) blockAttribute() *astAttribute {
	start := p.pos
	if !p.lit("@@") {
		return nil
	}
	p.skipWS()
	name, ok := p.path()
	if !ok {
		p.pos = start
		return nil
	}
	p.skipWS()
	a := &astAttribute{name: name}
	save, nd := p.pos, len(p.diags)
	if args, ok := p.argumentsList(); ok {
		a.args = args
	} else {
		p.reset(save, nd)
	}
	p.skipWS()
	p.trailingComment()
	a.span = span{start, p.pos}
	return a
}

// enumDecl = ENUM_KEYWORD ~ identifier ~ BLOCK_OPEN ~ (enum_value_declaration |
// (block_attribute ~ NEWLINE) | comment_block | empty_lines | BLOCK_LEVEL_CATCH_ALL)* ~ BLOCK_CLOSE
func (p *parser) enumDecl() *astTop {
	start := p.pos
	if !p.lit("enum") {
		return nil
	}
	p.skipWS()
	name, ok := p.identifier()
	if !ok {
		return nil
	}
	p.skipWS()
	if !p.blockOpen() {
		return nil
	}
	t := &astTop{kind: topEnum, name: name}
	var pending *commentBlock
	var visited []int
	for {
		save, nd := p.pos, len(p.diags)
		p.skipWS()
		itemStart := p.pos
		ndItem := len(p.diags)
		if p.unclosed[bodyEnum][itemStart] {
			p.bodyFailed(bodyEnum, visited)
			return nil
		}
		visited = append(visited, itemStart)
		if v := p.enumValueDecl(); v != nil {
			if doc, ok := pending.text(); ok {
				v.doc, v.hasDoc = joinDoc(doc, true, v.doc, v.hasDoc)
			}
			pending = nil
			t.values = append(t.values, v)
			continue
		}
		p.reset(itemStart, ndItem)
		if a := p.blockAttribute(); a != nil {
			p.skipWS()
			if p.newline() {
				t.attrs = append(t.attrs, a)
				continue
			}
		}
		p.reset(itemStart, ndItem)
		if c := p.commentBlock(); c != nil {
			pending = c
			continue
		}
		p.reset(itemStart, ndItem)
		if p.emptyLines() {
			continue
		}
		p.reset(itemStart, ndItem)
		if p.blockLevelCatchAll() {
			p.errorf(span{itemStart, p.pos}, "Error validating: This line is not an enum value definition.")
			continue
		}
		p.reset(save, nd)
		break
	}
	p.skipWS()
	if !p.lit("}") {
		p.bodyFailed(bodyEnum, visited)
		return nil
	}
	t.span = span{start, p.pos}
	return t
}

// enumValueDecl = identifier ~ field_attribute* ~ trailing_comment? ~ NEWLINE
func (p *parser) enumValueDecl() *astEnumValue {
	start := p.pos
	name, ok := p.identifier()
	if !ok {
		return nil
	}
	p.skipWS()
	v := &astEnumValue{name: name}
	if a := p.fieldAttribute(); a != nil {
		v.attrs = append(v.attrs, a)
		for {
			save := p.pos
			p.skipWS()
			a := p.fieldAttribute()
			if a == nil {
				p.pos = save
				break
			}
			v.attrs = append(v.attrs, a)
		}
	}
	p.skipWS()
	v.doc, v.hasDoc = p.trailingComment()
	p.skipWS()
	if !p.newline() {
		return nil
	}
	v.span = span{start, p.pos}
	return v
}

// configBlock = (DATASOURCE | GENERATOR) ~ identifier ~ BLOCK_OPEN ~
// (key_value | comment_block | empty_lines | BLOCK_LEVEL_CATCH_ALL)* ~ BLOCK_CLOSE
func (p *parser) configBlock() *astTop {
	start := p.pos
	kw, ok := p.keyword("datasource", "generator")
	if !ok {
		return nil
	}
	p.skipWS()
	name, ok := p.identifier()
	if !ok {
		return nil
	}
	p.skipWS()
	if !p.blockOpen() {
		return nil
	}
	t := &astTop{kind: topDatasource, name: name}
	if kw == "generator" {
		t.kind = topGenerator
	}
	var visited []int
	for {
		save, nd := p.pos, len(p.diags)
		p.skipWS()
		itemStart := p.pos
		ndItem := len(p.diags)
		if p.unclosed[bodyConfig][itemStart] {
			p.bodyFailed(bodyConfig, visited)
			return nil
		}
		visited = append(visited, itemStart)
		if kv := p.keyValue(); kv != nil {
			t.props = append(t.props, kv)
			continue
		}
		p.reset(itemStart, ndItem)
		if c := p.commentBlock(); c != nil {
			continue
		}
		p.reset(itemStart, ndItem)
		if p.emptyLines() {
			continue
		}
		p.reset(itemStart, ndItem)
		if p.blockLevelCatchAll() {
			p.errorf(span{itemStart, p.pos}, "Error validating: This line is not a valid definition within a "+kw+".")
			continue
		}
		p.reset(save, nd)
		break
	}
	p.skipWS()
	if !p.lit("}") {
		p.bodyFailed(bodyConfig, visited)
		return nil
	}
	t.span = span{start, p.pos}
	return t
}

// keyValue = identifier ~ "=" ~ expression? ~ trailing_comment? ~ NEWLINE
func (p *parser) keyValue() *astProp {
	start := p.pos
	name, ok := p.identifier()
	if !ok {
		return nil
	}
	p.skipWS()
	if !p.lit("=") {
		return nil
	}
	p.skipWS()
	kv := &astProp{name: name}
	save, nd := p.pos, len(p.diags)
	if e := p.expression(); e != nil {
		kv.value = e
	} else {
		p.reset(save, nd)
	}
	p.skipWS()
	p.trailingComment()
	p.skipWS()
	end := p.pos
	if !p.newline() {
		return nil
	}
	kv.span = span{start, end}
	return kv
}

// typeAlias = TYPE_KEYWORD ~ identifier ~ "=" ~ base_type ~ field_attribute*
func (p *parser) typeAlias() bool {
	if !p.lit("type") {
		return false
	}
	p.skipWS()
	if _, ok := p.identifier(); !ok {
		return false
	}
	p.skipWS()
	if !p.lit("=") {
		return false
	}
	p.skipWS()
	var f astField
	if !p.baseType(&f) {
		return false
	}
	p.skipWS()
	if p.fieldAttribute() != nil {
		for {
			save := p.pos
			p.skipWS()
			if p.fieldAttribute() == nil {
				p.pos = save
				break
			}
		}
	}
	return true
}

// arbitraryBlock = identifier ~ BLOCK_OPEN ~ ((!BLOCK_CLOSE ~ ANY) | NEWLINE)* ~ BLOCK_CLOSE
func (p *parser) arbitraryBlock() bool {
	if _, ok := p.identifier(); !ok {
		return false
	}
	p.skipWS()
	if !p.blockOpen() {
		return false
	}
	i := p.nextBrace()
	if i < 0 {
		return false
	}
	p.pos = i + 1
	return true
}

// emptyLines = @{ (WHITESPACE* ~ NEWLINE)+ }
func (p *parser) emptyLines() bool {
	n := 0
	for {
		save := p.pos
		p.skipWS()
		if !p.newline() {
			p.pos = save
			break
		}
		n++
	}
	return n > 0
}

// catchAll = (!NEWLINE ~ ANY)+ ~ NEWLINE?
func (p *parser) catchAll() bool {
	start := p.pos
	p.restOfLine()
	if p.pos == start {
		return false
	}
	p.newline()
	return true
}

// blockLevelCatchAll = !BLOCK_CLOSE ~ CATCH_ALL
func (p *parser) blockLevelCatchAll() bool {
	if p.peek("}") {
		return false
	}
	return p.catchAll()
}

// ---- comments ----

// oneComment matches doc_comment | comment | multi_line_comment, each with
// leading WHITESPACE*. It returns the doc text (only for doc and multi-line
// comments).
func (p *parser) oneComment() (doc string, isDoc, ok bool) {
	start := p.pos
	p.skipWS()
	switch {
	case p.lit("///"):
		s := p.pos
		p.restOfLine()
		return strings.TrimLeftFunc(p.src[s:p.pos], unicode.IsSpace), true, true
	case p.lit("//"):
		p.restOfLine()
		return "", false, true
	case p.lit("/*"):
		i := strings.Index(p.src[p.pos:], "*/")
		if i < 0 {
			p.pos = start
			return "", false, false
		}
		p.pos += i + 2
		// Prisma strips two bytes from each end of the matched text
		// (which includes the leading whitespace) and trims the rest.
		text := p.src[start:p.pos]
		text = strings.ToValidUTF8(text[2:len(text)-2], "")
		return strings.TrimSpace(text), true, true
	}
	p.pos = start
	return "", false, false
}

// commentBlock = ${ ((doc_comment | comment | multi_line_comment) ~ NEWLINE?)+ }
func (p *parser) commentBlock() *commentBlock {
	c := &commentBlock{}
	n := 0
	for {
		doc, isDoc, ok := p.oneComment()
		if !ok {
			break
		}
		n++
		if isDoc {
			c.lines = append(c.lines, doc)
		}
		p.newline()
	}
	if n == 0 {
		return nil
	}
	return c
}

// trailingComment = ${ doc_comment | comment | multi_line_comment }
func (p *parser) trailingComment() (string, bool) {
	doc, isDoc, ok := p.oneComment()
	if !ok || !isDoc {
		return "", false
	}
	return doc, true
}

// ---- arguments and expressions ----

// argumentsList = "(" ~ (argument ~ ("," ~ argument)*)? ~ trailing_comma? ~ ")"
func (p *parser) argumentsList() (astArgs, bool) {
	var args astArgs
	if !p.lit("(") {
		return args, false
	}
	p.skipWS()
	save, nd := p.pos, len(p.diags)
	if p.argument(&args) {
		for {
			save, nd := p.pos, len(p.diags)
			p.skipWS()
			if p.lit(",") {
				p.skipWS()
				if p.argument(&args) {
					continue
				}
			}
			p.reset(save, nd)
			break
		}
	} else {
		p.reset(save, nd)
	}
	p.skipWS()
	if p.peek(",") {
		args.trailingComma = &span{p.pos, p.pos + 1}
		p.pos++
	}
	p.skipWS()
	if !p.lit(")") {
		return args, false
	}
	return args, true
}

// argument = named_argument | empty_argument | expression
func (p *parser) argument(args *astArgs) bool {
	start, nd := p.pos, len(p.diags)
	if name, ok := p.identifier(); ok {
		p.skipWS()
		if p.lit(":") {
			p.skipWS()
			save, nd2 := p.pos, len(p.diags)
			if e := p.expression(); e != nil {
				args.args = append(args.args, &astArg{name: &name, value: e, span: span{start, e.span.end}})
				return true
			}
			p.reset(save, nd2)
			// empty_argument = identifier ~ ":"
			p.pos = name.span.end
			p.skipWS()
			p.lit(":")
			args.empty = append(args.empty, name)
			return true
		}
	}
	p.reset(start, nd)
	if e := p.expression(); e != nil {
		args.args = append(args.args, &astArg{value: e, span: e.span})
		return true
	}
	p.reset(start, nd)
	return false
}

// expression = function_call | array_expression | numeric_literal | string_literal | path
func (p *parser) expression() *astExpr {
	start, nd := p.pos, len(p.diags)
	// function_call = path ~ arguments_list
	if name, ok := p.path(); ok {
		p.skipWS()
		if args, ok := p.argumentsList(); ok {
			return &astExpr{kind: exprFunc, str: name.name, args: args, span: span{start, p.pos}}
		}
	}
	p.reset(start, nd)
	// array_expression = "[" ~ (expression ~ ( "," ~ expression )*)? ~ "]"
	if p.lit("[") {
		e := &astExpr{kind: exprArray}
		p.skipWS()
		save, nd2 := p.pos, len(p.diags)
		if it := p.expression(); it != nil {
			e.items = append(e.items, it)
			for {
				save, nd3 := p.pos, len(p.diags)
				p.skipWS()
				if p.lit(",") {
					p.skipWS()
					if it := p.expression(); it != nil {
						e.items = append(e.items, it)
						continue
					}
				}
				p.reset(save, nd3)
				break
			}
		} else {
			p.reset(save, nd2)
		}
		p.skipWS()
		if p.lit("]") {
			e.span = span{start, p.pos}
			return e
		}
	}
	p.reset(start, nd)
	// object_expression = "{" ~ (object_member ~ ("," ~ object_member)*)? ~ "}"
	if p.lit("{") {
		e := &astExpr{kind: exprObject}
		p.skipWS()
		save, nd2 := p.pos, len(p.diags)
		if m := p.objectMember(); m != nil {
			e.members = append(e.members, m)
			for {
				save, nd3 := p.pos, len(p.diags)
				p.skipWS()
				if p.lit(",") {
					p.skipWS()
					if m := p.objectMember(); m != nil {
						e.members = append(e.members, m)
						continue
					}
				}
				p.reset(save, nd3)
				break
			}
		} else {
			p.reset(save, nd2)
		}
		p.skipWS()
		if p.lit("}") {
			e.span = span{start, p.pos}
			return e
		}
	}
	p.reset(start, nd)
	if s, ok := p.numericLiteral(); ok {
		return &astExpr{kind: exprNumber, str: s, span: span{start, p.pos}}
	}
	p.reset(start, nd)
	if s, sp, ok := p.stringLiteral(); ok {
		return &astExpr{kind: exprString, str: s, span: sp}
	}
	p.reset(start, nd)
	if name, ok := p.path(); ok {
		return &astExpr{kind: exprConst, str: name.name, span: name.span}
	}
	p.reset(start, nd)
	return nil
}

// objectMember = identifier ~ ":" ~ expression
func (p *parser) objectMember() *astMember {
	start, nd := p.pos, len(p.diags)
	key, ok := p.identifier()
	if ok {
		p.skipWS()
		if p.lit(":") {
			p.skipWS()
			if v := p.expression(); v != nil {
				return &astMember{key: key, value: v}
			}
		}
	}
	p.reset(start, nd)
	return nil
}

// numericLiteral = @{ ("-")? ~ ASCII_DIGIT+ ~ ("." ~ ASCII_DIGIT+)? }
func (p *parser) numericLiteral() (string, bool) {
	start := p.pos
	p.lit("-")
	digits := func() int {
		n := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if digits() == 0 {
		p.pos = start
		return "", false
	}
	save := p.pos
	if p.lit(".") && digits() == 0 {
		p.pos = save
	}
	return p.src[start:p.pos], true
}

// stringLiteral = ${ "\"" ~ string_content ~ "\"" }, with JSON escapes.
func (p *parser) stringLiteral() (string, span, bool) {
	start := p.pos
	if !p.lit(`"`) {
		return "", span{}, false
	}
	contentStart := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '\\' {
			p.pos++
			if p.pos < len(p.src) {
				_, n := utf8.DecodeRuneInString(p.src[p.pos:])
				p.pos += n
			}
			continue
		}
		if c == '"' || c < 0x20 {
			break
		}
		_, n := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += n
	}
	contentEnd := p.pos
	if !p.lit(`"`) {
		p.pos = start
		return "", span{}, false
	}
	return p.unescape(contentStart, contentEnd), span{start, p.pos}, true
}

// unescape decodes the string content between [from, to), reporting bad
// escapes like parse_string_literal.
func (p *parser) unescape(from, to int) string {
	content := p.src[from:to]
	if !strings.Contains(content, `\`) {
		return content
	}
	var b strings.Builder
	for i := 0; i < len(content); {
		c := content[i]
		if c != '\\' {
			r, n := utf8.DecodeRuneInString(content[i:])
			b.WriteRune(r)
			i += n
			continue
		}
		if i+1 >= len(content) {
			break
		}
		e, n := utf8.DecodeRuneInString(content[i+1:])
		switch e {
		case '"', '\\', '/':
			b.WriteRune(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			adv, r, ok := parseUnicodeEscape(content[i:])
			if ok {
				b.WriteRune(r)
			} else {
				end := from + i + adv
				if end > to {
					end = to
				}
				if adv < 2 {
					end = from + i + 2
				}
				p.errorf(span{from + i, end}, "Invalid unicode escape sequence.")
			}
			if adv < 2 {
				adv = 2
			}
			i += adv
			continue
		default:
			p.errorf(span{from + i, from + i + 1 + n}, "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.")
		}
		i += 1 + n
	}
	return b.String()
}

// parseUnicodeEscape parses \uXXXX (and a following \uXXXX low surrogate).
// It returns how many bytes were consumed.
func parseUnicodeEscape(s string) (int, rune, bool) {
	cp1, n1, ok := codepoint(s)
	if !ok {
		return n1, 0, false
	}
	if !(cp1 >= 0xD800 && cp1 <= 0xDFFF) {
		return 6, rune(cp1), true
	}
	cp2, _, ok := codepoint(s[6:])
	if !ok {
		return n1, 0, false
	}
	if cp1 >= 0xD800 && cp1 <= 0xDBFF && cp2 >= 0xDC00 && cp2 <= 0xDFFF {
		return 12, rune((cp1-0xD800)<<10|(cp2-0xDC00)) + 0x10000, true
	}
	return 12, 0, false
}

func codepoint(s string) (uint16, int, bool) {
	if len(s) < 4 || !strings.HasPrefix(s, `\u`) {
		return 0, 0, false
	}
	var cp uint16
	for i := 0; i < 4; i++ {
		if 2+i >= len(s) {
			return 0, 2 + i, false
		}
		c := s[2+i]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, 2 + i, false
		}
		cp = cp<<4 | uint16(v)
	}
	return cp, 6, true
}

func compositeBlockAttrError(name string) string {
	switch name {
	case "map":
		return "The name of a composite type is not persisted in the database, therefore it does not need a mapped database name."
	case "unique":
		return "A unique constraint should be defined in the model containing the embed."
	case "index":
		return "An index should be defined in the model containing the embed."
	case "fulltext":
		return "A fulltext index should be defined in the model containing the embed."
	case "id":
		return "A composite type cannot define an id."
	}
	return "A composite type cannot have block-level attributes."
}
