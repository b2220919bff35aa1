package libsqladapter

import (
	"database/sql/driver"
	"reflect"
	"strings"
	"unsafe"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// declTypes is the sqlitecore.DeclTypesFunc of the adapter: the declared
// types of libsql-client-go's HTTP rows (see hranaDeclTypes), else those of
// the SQLite driver's rows (local files).
func declTypes(rows driver.Rows, n int) []string {
	if decl, ok := hranaDeclTypes(rows, n); ok {
		return decl
	}
	return sqlitecore.DeclTypes(rows, n)
}

// libsql-client-go's HTTP driver receives each column's declared type
// (Hrana's "decltype") but does not expose it: its rows implement neither
// driver.RowsColumnTypeDatabaseTypeName nor any other accessor. It uses it
// for one thing only: text in a column declared TIMESTAMP or DATETIME is
// parsed into a time.Time, which loses the stored text ("2024-05-06
// 07:08:09" and "2024-05-06T07:08:09" give the same time) that Prisma
// returns as stored.
//
// So, before the first Next, hranaDeclTypes reaches the statement result
// behind the rows by reflection (rows.result, a *StmtResultRowsProvider or
// *BatchResultRowsProvider, whose r holds the decoded Hrana result), reads
// the declared types and clears them, so that every value comes as sent.
// Every step of the path is checked by name and type; when a future client
// version changes it, hranaDeclTypes reports false, column types are then
// inferred from the values, and TestHranaDeclTypesReachable fails loudly.

const clientModule = "github.com/tursodatabase/libsql-client-go/"

var stringPtrType = reflect.TypeFor[*string]()

// hranaDeclTypes returns the lower-case declared types of the n columns of
// libsql-client-go's HTTP rows, and clears them in the rows.
func hranaDeclTypes(rows driver.Rows, n int) ([]string, bool) {
	v := reflect.ValueOf(rows)
	if !isClientStruct(v, "rows") {
		return nil, false
	}
	res := v.Elem().FieldByName("result")
	if !res.IsValid() || res.Kind() != reflect.Interface || res.IsNil() {
		return nil, false
	}
	prov := res.Elem()
	if !isClientStruct(prov, "StmtResultRowsProvider") && !isClientStruct(prov, "BatchResultRowsProvider") {
		return nil, false
	}
	r := prov.Elem().FieldByName("r")
	switch {
	case isClientStruct(r, "StmtResult"):
		return takeDeclTypes(r.Elem(), n)
	case isClientStruct(r, "BatchResult"):
		steps := r.Elem().FieldByName("StepResults")
		if !steps.IsValid() || steps.Kind() != reflect.Slice {
			return nil, false
		}
		// The rows show the first step's result; clear the others too.
		var decl []string
		ok := true
		for i := 0; i < steps.Len(); i++ {
			step := steps.Index(i)
			if step.IsNil() {
				if i == 0 {
					return nil, false
				}
				continue
			}
			if !isClientStruct(step, "StmtResult") {
				return nil, false
			}
			d, stepOK := takeDeclTypes(step.Elem(), -1)
			if i == 0 {
				decl, ok = d, stepOK
			}
		}
		if len(decl) < n {
			return nil, false
		}
		return decl, ok
	}
	return nil, false
}

// takeDeclTypes reads and clears the decltypes of a hrana.StmtResult. n is
// the number of columns expected, or -1.
func takeDeclTypes(res reflect.Value, n int) ([]string, bool) {
	cols := res.FieldByName("Cols")
	if !cols.IsValid() || cols.Kind() != reflect.Slice || (n >= 0 && cols.Len() < n) {
		return nil, false
	}
	ct := cols.Type().Elem()
	if ct.Kind() != reflect.Struct || ct.Name() != "Column" || !strings.HasPrefix(ct.PkgPath(), clientModule) {
		return nil, false
	}
	f, ok := ct.FieldByName("Type")
	if !ok || f.Type != stringPtrType || f.Tag.Get("json") != "decltype" {
		return nil, false
	}
	decl := make([]string, cols.Len())
	for i := range decl {
		p := (**string)(unsafe.Pointer(cols.Index(i).Field(f.Index[0]).UnsafeAddr()))
		if *p != nil {
			decl[i] = strings.ToLower(**p)
			*p = nil
		}
	}
	return decl, true
}

// isClientStruct reports whether v is a non-nil pointer to a struct type of
// libsql-client-go named name.
func isClientStruct(v reflect.Value, name string) bool {
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
		return false
	}
	t := v.Type().Elem()
	return t.Kind() == reflect.Struct && t.Name() == name && strings.HasPrefix(t.PkgPath(), clientModule)
}
