package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Datasource and generator blocks, following
// psl/psl-core/src/validate/datasource_loader.rs and generator_loader.rs.

type datasourceInfo struct {
	ast        *astTop
	out        *Datasource
	conn       *connector
	schemasS   *span
	extensions *astProp
}

func (d *db) loadConfig() {
	// Datasources first: the generator's preview features depend on the provider.
	var sources []*datasourceInfo
	for _, t := range d.tops {
		if t.kind == topDatasource {
			if ds := d.liftDatasource(t); ds != nil {
				sources = append(sources, ds)
			}
		}
	}
	if len(sources) > 1 {
		for _, t := range d.tops {
			if t.kind == topDatasource {
				d.errorf(t.span, "Error validating datasource `%s`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.", t.name.name)
			}
		}
	}
	d.conn = emptyConnector
	d.relMode = "foreignKeys"
	if len(sources) > 0 {
		d.datasource = sources[0]
		d.conn = sources[0].conn
		d.relMode = sources[0].out.RelationMode
		if d.relMode == "" {
			d.relMode = "foreignKeys"
			if d.conn.provider == MongoDB {
				d.relMode = "prisma"
			}
		}
	}
	d.preview = map[string]bool{}
	for _, t := range d.tops {
		if t.kind == topGenerator {
			if g := d.liftGenerator(t); g != nil {
				d.generators = append(d.generators, g)
			}
		}
	}
}

func (d *db) propMap(t *astTop, kind string) (map[string]*astProp, bool) {
	props := map[string]*astProp{}
	ok := true
	for _, p := range t.props {
		if p.value == nil {
			// Prisma stops at the first property without a value.
			d.errorf(t.span, "Property %s in %s %s needs to be assigned a value", p.name.name, kind, t.name.name)
			return nil, false
		}
		props[p.name.name] = p
	}
	return props, ok
}

func (d *db) liftDatasource(t *astTop) *datasourceInfo {
	name := t.name.name
	props, ok := d.propMap(t, "datasource")
	if !ok {
		return nil
	}
	prov, ok := props["provider"]
	if !ok {
		d.errorf(t.span, "Argument \"provider\" is missing in data source block %q.", name)
		return nil
	}
	delete(props, "provider")
	if prov.value.kind == exprFunc && prov.value.str == "env" {
		d.errorf(t.span, "A datasource must not use the env() function in the provider argument.")
		return nil
	}
	if prov.value.kind != exprString {
		d.errorf(prov.value.span, "Error validating datasource `%s`: The provider argument in a datasource must be a string literal", name)
		return nil
	}
	if prov.value.str == "" {
		d.errorf(prov.value.span, "Error validating datasource `%s`: The provider argument in a datasource must not be empty", name)
		return nil
	}
	p, known := providerAliases[prov.value.str]
	if !known {
		d.errorf(prov.value.span, "Datasource provider not known: %q.", prov.value.str)
		return nil
	}
	conn := connectors[p]
	ds := &datasourceInfo{ast: t, conn: conn, out: &Datasource{Name: name, Provider: p, Pos: d.lines.pos(t.span.start)}}

	// relationMode / referentialIntegrity
	rm, hasRM := props["relationMode"]
	ri, hasRI := props["referentialIntegrity"]
	delete(props, "relationMode")
	delete(props, "referentialIntegrity")
	if hasRI {
		d.warnf(ri.span, "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode")
	}
	switch {
	case hasRM && hasRI:
		d.errorf(ri.span, "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.")
	case hasRM || hasRI:
		if !hasRM {
			rm = ri
		}
		if s, ok := d.coerceString(rm.value); ok {
			switch s {
			case "prisma", "foreignKeys":
				if p == MongoDB && s == "foreignKeys" {
					d.errorf(rm.value.span, "Error validating datasource `relationMode`: Invalid relation mode setting: \"foreignKeys\". Supported values: \"prisma\"")
				}
				ds.out.RelationMode = s
			default:
				d.errorf(t.span, "Error validating datasource `relationMode`: Invalid relation mode setting: %q. Supported values: \"prisma\", \"foreignKeys\"", s)
			}
		}
	}

	if ext, ok := props["extensions"]; ok && (p == PostgreSQL) {
		delete(props, "extensions")
		ds.extensions = ext
		d.parseExtensions(ext, ds)
	}

	// URLs: Prisma 7 no longer reads them from the schema; noengine accepts them.
	for _, key := range []string{"url", "directUrl", "shadowDatabaseUrl"} {
		pr, ok := props[key]
		if !ok {
			continue
		}
		delete(props, key)
		lit, env, ok := d.stringFromEnv(pr.value)
		if !ok {
			continue
		}
		switch key {
		case "url":
			ds.out.URL, ds.out.URLEnv = lit, env
		case "directUrl":
			ds.out.DirectURL, ds.out.DirectURLEnv = lit, env
		case "shadowDatabaseUrl":
			ds.out.ShadowDatabaseURL, ds.out.ShadowDatabaseURLEnv = lit, env
		}
		d.warnf(pr.span, fmt.Sprintf("The datasource property `%s` is no longer supported in schema files by Prisma 7 (noengine still reads it).", key))
	}

	if pf, ok := props["previewFeatures"]; ok {
		delete(props, "previewFeatures")
		d.errorf(pf.span, "Preview features are only supported in the generator block. Please move this field to the generator block.")
	}

	if sc, ok := props["schemas"]; ok {
		delete(props, "schemas")
		type named struct {
			s  string
			sp span
		}
		vals, ok := coerceArray(sc.value, func(e *astExpr) (named, bool) {
			s, ok := d.coerceString(e)
			return named{s, e.span}, ok
		})
		if ok && !conn.has(capMultiSchema) {
			d.errorf(sc.value.span, "The `schemas` property is not supported on the current connector.")
		} else if ok {
			if len(vals) == 0 {
				d.errorf(sc.value.span, "If provided, the schemas array can not be empty.")
			} else {
				sorted := append([]named(nil), vals...)
				sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].s < sorted[j].s })
				for i := 0; i+1 < len(sorted); i++ {
					if sorted[i].s == sorted[i+1].s {
						d.errorf(sorted[i].sp, "Duplicated schema names are not allowed")
					}
				}
				for _, v := range sorted {
					ds.out.Schemas = append(ds.out.Schemas, v.s)
				}
				sp := sc.value.span
				ds.schemasS = &sp
			}
		}
	}

	var rest []*astProp
	for _, pr := range props {
		rest = append(rest, pr)
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].span.start < rest[j].span.start })
	for _, pr := range rest {
		d.errorf(pr.span, "Property not known: %q.", pr.name.name)
	}
	return ds
}

func (d *db) parseExtensions(pr *astProp, ds *datasourceInfo) {
	items := []*astExpr{pr.value}
	if pr.value.kind == exprArray {
		items = pr.value.items
	}
	for _, it := range items {
		switch it.kind {
		case exprConst, exprFunc:
			ds.out.Extensions = append(ds.out.Extensions, it.str)
		default:
			d.mismatch("function or constant", it)
		}
	}
	sort.Strings(ds.out.Extensions)
}

// stringFromEnv accepts "literal" or env("VAR").
func (d *db) stringFromEnv(e *astExpr) (lit, env string, ok bool) {
	switch {
	case e.kind == exprString:
		return e.str, "", true
	case e.kind == exprFunc && e.str == "env":
		if len(e.args.args) == 1 && e.args.args[0].name == nil && e.args.args[0].value.kind == exprString {
			return "", e.args.args[0].value.str, true
		}
		d.errorf(e.span, "The env function expects a singular, unnamed, string argument.")
		return "", "", false
	}
	d.errorf(e.span, "Expected a String value, but received %s value `%s`.", e.describe(), e.String())
	return "", "", false
}

// previewFeatures lists the features Prisma 7.10 accepts in the
// generator block, lower-cased: the active ones (shown in errors) and the
// deprecated or stabilised ones (still accepted).
var (
	activePreviewFeatures = []string{"nativeDistinct", "partialIndexes", "postgresqlExtensions", "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks", "typedSql", "views"}
	otherPreviewFeatures  = []string{"aggregateApi", "atomicNumberOperations", "clientExtensions", "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "extendedIndexes", "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson", "fullTextIndex", "fullTextSearch", "groupBy", "improvedQueryRaw", "interactiveTransactions", "jsonProtocol", "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema", "namedConstraints", "nApi", "nativeTypes", "orderByAggregateGroup", "orderByNulls", "orderByRelation", "referentialActions", "referentialIntegrity", "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs", "reactNative", "prismaSchemaFolder", "omitApi", "queryCompiler"}
)

func (d *db) liftGenerator(t *astTop) *Generator {
	name := t.name.name
	props, ok := d.propMap(t, "generator")
	if !ok {
		return nil
	}
	if et, ok := props["engineType"]; ok && et.value.kind != exprString {
		d.errorf(et.value.span, "Expected a String value, but received %s value `%s`.", et.value.describe(), et.value.String())
	}
	prov, ok := props["provider"]
	if !ok {
		d.errorf(t.span, "Argument \"provider\" is missing in generator block %q.", name)
		return nil
	}
	g := &Generator{Name: name, Pos: d.lines.pos(t.span.start)}
	lit, env, ok := d.stringFromEnv(prov.value)
	if !ok {
		return nil
	}
	g.Provider = lit
	if env != "" {
		g.Provider = "env(" + quoteString(env) + ")"
	}
	if out, ok := props["output"]; ok {
		d.stringFromEnv(out.value)
	}
	if pf, ok := props["previewFeatures"]; ok {
		feats, ok := coerceArray(pf.value, d.coerceString)
		if ok {
			d.checkPreviewFeatures(feats, pf.value.span)
			g.PreviewFeatures = feats
			for _, f := range feats {
				d.preview[strings.ToLower(f)] = true
			}
		}
	}
	return g
}

func (d *db) checkPreviewFeatures(feats []string, sp span) {
	active := activePreviewFeatures
	if d.conn != nil && d.conn.provider == PostgreSQL {
		active = append([]string{"fullTextSearchPostgres"}, active...)
	}
	for _, f := range feats {
		known := false
		for _, list := range [][]string{active, otherPreviewFeatures} {
			for _, k := range list {
				if strings.EqualFold(k, f) {
					known = true
				}
			}
		}
		if !known {
			d.errorf(sp, "The preview feature %q is not known. Expected one of: %s", f, strings.Join(active, ", "))
		}
	}
}

func (d *db) hasPreview(name string) bool { return d.preview[strings.ToLower(name)] }
