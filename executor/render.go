package executor

import (
	"fmt"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Render writes the value of a plan's root as the plan's result says.
func Render(w *protocol.Writer, res *plan.Result, v any) error {
	switch res.Kind {
	case plan.ResultRecords:
		w.Byte('[')
		if rows, ok := v.(*plan.Rows); ok {
			for i, rec := range rows.Records {
				if i > 0 {
					w.Byte(',')
				}
				if err := writeRecord(w, rec, res.Shape); err != nil {
					return err
				}
			}
		}
		w.Byte(']')
		return nil
	case plan.ResultRecord:
		var rec *plan.Record
		switch x := v.(type) {
		case *plan.Record:
			rec = x
		case *plan.Rows:
			if len(x.Records) > 0 {
				rec = x.Records[0]
			}
		}
		if rec == nil {
			if res.MissingAsList {
				w.Raw("[]")
			} else {
				w.Null()
			}
			return nil
		}
		return writeRecord(w, rec, res.Shape)
	case plan.ResultCount:
		n, _ := v.(int64)
		w.Raw(`{"count":`)
		w.Int(n)
		w.Byte('}')
		return nil
	case plan.ResultAffected:
		n, _ := v.(int64)
		w.Int(n)
		return nil
	case plan.ResultRaw:
		rs, _ := v.(*adapter.ResultSet)
		return writeRaw(w, rs)
	case plan.ResultValue:
		var rec *plan.Record
		switch x := v.(type) {
		case *plan.Record:
			rec = x
		case *plan.Rows:
			if len(x.Records) > 0 {
				rec = x.Records[0]
			}
		}
		if rec == nil || len(res.Shape.Fields) == 0 {
			w.Null()
			return nil
		}
		return writeField(w, rec, &res.Shape.Fields[0])
	}
	return internal("unknown result kind %d", res.Kind)
}

func writeRecord(w *protocol.Writer, rec *plan.Record, s *plan.Shape) error {
	w.Byte('{')
	for i := range s.Fields {
		f := &s.Fields[i]
		if i > 0 {
			w.Byte(',')
		}
		if f.Key != "" {
			w.Raw(f.Key)
		} else { // a shape built by hand, without Shape.SetKeys
			w.Key(f.Name)
		}
		if err := writeField(w, rec, f); err != nil {
			return err
		}
	}
	w.Byte('}')
	return nil
}

func writeField(w *protocol.Writer, rec *plan.Record, f *plan.Field) error {
	switch f.Kind {
	case plan.Scalar:
		v := rec.Vals[f.Col]
		if f.List {
			w.Byte('[')
			if list, ok := v.([]any); ok {
				for j, e := range list {
					if j > 0 {
						w.Byte(',')
					}
					if err := types.AppendOutput(w, e, f.Type, f.Enum, f.Column); err != nil {
						return err
					}
				}
			}
			w.Byte(']')
			return nil
		}
		return types.AppendOutput(w, v, f.Type, f.Enum, f.Column)
	case plan.Relation:
		var children []*plan.Record
		if f.Rel < len(rec.Rels) {
			children = rec.Rels[f.Rel]
		}
		if f.Unique {
			if len(children) == 0 {
				w.Null()
				return nil
			}
			return writeRecord(w, children[0], f.Shape)
		}
		w.Byte('[')
		for j, c := range children {
			if j > 0 {
				w.Byte(',')
			}
			if err := writeRecord(w, c, f.Shape); err != nil {
				return err
			}
		}
		w.Byte(']')
		return nil
	case plan.Object:
		return writeRecord(w, rec, f.Shape)
	}
	return internal("unknown field kind %d", f.Kind)
}

// writeRaw writes a raw query result as {"columns":[...],"types":[...],"rows":[[...]]}.
func writeRaw(w *protocol.Writer, rs *adapter.ResultSet) error {
	if rs == nil {
		rs = &adapter.ResultSet{}
	}
	w.Raw(`{"columns":[`)
	for i, c := range rs.Columns {
		if i > 0 {
			w.Byte(',')
		}
		w.String(c)
	}
	w.Raw(`],"types":[`)
	for i, t := range rs.Types {
		if i > 0 {
			w.Byte(',')
		}
		w.String(t.RawName())
	}
	w.Raw(`],"rows":[`)
	for i, row := range rs.Rows {
		if i > 0 {
			w.Byte(',')
		}
		w.Byte('[')
		for j, v := range row {
			if j > 0 {
				w.Byte(',')
			}
			var t adapter.ColumnType
			if j < len(rs.Types) {
				t = rs.Types[j]
			}
			writeRawValue(w, v, t)
		}
		w.Byte(']')
	}
	w.Raw(`]}`)
	return nil
}

// writeRawValue writes one raw-query value as Prisma's serializeRawSql and
// the JSON transport present it: 64-bit integers as strings, JSON parsed,
// bytes as base64, dates and times as text.
func writeRawValue(w *protocol.Writer, v any, t adapter.ColumnType) {
	if v == nil {
		w.Null()
		return
	}
	if list, ok := v.([]any); ok {
		w.Byte('[')
		for i, e := range list {
			if i > 0 {
				w.Byte(',')
			}
			writeRawValue(w, e, t.Elem())
		}
		w.Byte(']')
		return
	}
	switch t {
	case adapter.TypeInt64:
		switch x := v.(type) {
		case int64:
			w.Byte('"')
			w.Int(x)
			w.Byte('"')
			return
		case float64:
			w.Byte('"')
			w.Float(x)
			w.Byte('"')
			return
		}
	case adapter.TypeJSON:
		if s, ok := v.(string); ok {
			if pv, err := protocol.ParseString(s); err == nil {
				w.Value(pv)
				return
			}
		}
	case adapter.TypeBoolean:
		switch x := v.(type) {
		case int64:
			w.Bool(x == 1)
			return
		case string:
			w.Bool(x == "true" || x == "1")
			return
		}
	case adapter.TypeInt32:
		switch x := v.(type) {
		case float64:
			w.Int(int64(x))
			return
		}
	case adapter.TypeDate:
		if x, ok := v.(time.Time); ok {
			w.String(x.UTC().Format("2006-01-02"))
			return
		}
	case adapter.TypeTime:
		if x, ok := v.(time.Time); ok {
			w.String(x.UTC().Format("15:04:05.999999"))
			return
		}
	}
	switch x := v.(type) {
	case int64:
		w.Int(x)
	case float64:
		w.Float(x)
	case string:
		w.String(x)
	case bool:
		w.Bool(x)
	case []byte:
		w.String(types.EncodeBase64(x))
	case time.Time:
		w.Byte('"')
		w.RawBytes(types.AppendTimestamp(nil, x))
		w.Byte('"')
	default:
		w.String(fmt.Sprint(x))
	}
}
