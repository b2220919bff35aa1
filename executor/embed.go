package executor

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// loadEmbedded decodes an embedded relation from each parent's JSON column.
func (r *run) loadEmbedded(parents []*plan.Record, c *plan.Child) error {
	var all []*plan.Record
	for _, p := range parents {
		jv, err := asJSON(p.Vals[c.Col])
		if err != nil {
			return err
		}
		var recs []*plan.Record
		switch {
		case jv.Kind == protocol.Null || jv.Kind == protocol.Invalid:
		case c.Unique:
			rec, err := decodeRow(jv, c)
			if err != nil {
				return err
			}
			recs = []*plan.Record{rec}
		case jv.Kind == protocol.Array:
			recs = make([]*plan.Record, 0, len(jv.Members))
			for i := range jv.Members {
				rec, err := decodeRow(jv.Members[i].Value, c)
				if err != nil {
					return err
				}
				recs = append(recs, rec)
			}
		default:
			return internal("embedded relation is not an array: %s", jv.Kind)
		}
		p.Rels[c.Rel] = recs
		all = append(all, recs...)
	}
	if c.Read != nil {
		for _, nc := range c.Read.Children {
			if err := r.loadChild(all, nc); err != nil {
				return err
			}
		}
	}
	if c.Process != nil {
		for _, p := range parents {
			if len(p.Rels[c.Rel]) == 0 {
				continue
			}
			recs, err := r.process(p.Rels[c.Rel], c.Process)
			if err != nil {
				return err
			}
			p.Rels[c.Rel] = recs
		}
	}
	return nil
}

// asJSON returns the JSON value of an embedded column.
func asJSON(v any) (protocol.Value, error) {
	switch x := v.(type) {
	case nil:
		return protocol.Value{Kind: protocol.Null}, nil
	case protocol.Value:
		if x.Kind == protocol.String {
			// A nested aggregate that came back as text (SQLite drops the
			// JSON subtype across subqueries).
			return protocol.ParseString(x.Str)
		}
		return x, nil
	case string:
		return protocol.ParseString(x)
	case []byte:
		return protocol.Parse(x)
	}
	return protocol.Value{}, internal("embedded relation of type %T", v)
}

// decodeRow decodes one embedded row (an array of column values).
func decodeRow(v protocol.Value, c *plan.Child) (*plan.Record, error) {
	if v.Kind == protocol.String {
		pv, err := protocol.ParseString(v.Str)
		if err != nil {
			return nil, err
		}
		v = pv
	}
	if v.Kind != protocol.Array || len(v.Members) != len(c.Decode) {
		return nil, internal("embedded row has %d values, want %d", len(v.Members), len(c.Decode))
	}
	rec := &plan.Record{Vals: make([]any, len(c.Decode))}
	if c.Read != nil && c.Read.RelSlots > 0 {
		rec.Rels = make([][]*plan.Record, c.Read.RelSlots)
	}
	for i, d := range c.Decode {
		x, err := decodeValue(v.Members[i].Value, d)
		if err != nil {
			return nil, err
		}
		rec.Vals[i] = x
	}
	return rec, nil
}

// decodeValue converts a JSON value to the Go value the adapter returns.
func decodeValue(v protocol.Value, d plan.Decode) (any, error) {
	if v.Kind == protocol.Null {
		return nil, nil
	}
	if d.Kind == plan.DecodeNested {
		return v, nil
	}
	if d.List {
		if v.Kind == protocol.String {
			pv, err := protocol.ParseString(v.Str)
			if err != nil {
				return nil, err
			}
			v = pv
		}
		if v.Kind != protocol.Array {
			return nil, internal("expected a JSON array for a list column")
		}
		out := make([]any, len(v.Members))
		e := plan.Decode{Kind: d.Kind}
		for i := range v.Members {
			x, err := decodeValue(v.Members[i].Value, e)
			if err != nil {
				return nil, err
			}
			out[i] = x
		}
		return out, nil
	}
	switch d.Kind {
	case plan.DecodeInt:
		switch v.Kind {
		case protocol.Number, protocol.String:
			if n, err := strconv.ParseInt(v.Str, 10, 64); err == nil {
				return n, nil
			}
			f, err := strconv.ParseFloat(v.Str, 64)
			if err != nil {
				return nil, internal("bad integer %q", v.Str)
			}
			return f, nil
		case protocol.Bool:
			if v.Bool {
				return int64(1), nil
			}
			return int64(0), nil
		}
	case plan.DecodeFloat:
		if v.Kind == protocol.Number || v.Kind == protocol.String {
			f, err := strconv.ParseFloat(v.Str, 64)
			if err != nil {
				return nil, internal("bad float %q", v.Str)
			}
			return f, nil
		}
	case plan.DecodeDecimalText:
		if v.Kind == protocol.Number || v.Kind == protocol.String {
			return v.Str, nil
		}
	case plan.DecodeBool:
		switch v.Kind {
		case protocol.Bool:
			return v.Bool, nil
		case protocol.Number:
			return v.Str != "0", nil
		case protocol.String:
			return v.Str == "t" || v.Str == "true" || v.Str == "1", nil
		}
	case plan.DecodeString, plan.DecodeJSONText:
		if v.Kind == protocol.String {
			return v.Str, nil
		}
		return string(v.Marshal()), nil
	case plan.DecodeTime:
		if v.Kind == protocol.String {
			return parseJSONTime(v.Str)
		}
	case plan.DecodeTimeAsStored:
		switch v.Kind {
		case protocol.String:
			return v.Str, nil
		case protocol.Number:
			// Unix milliseconds (SQLite's unixepoch-ms format): the text
			// SQLite adapters return for them in a DateTime column.
			f, _ := strconv.ParseFloat(v.Str, 64)
			if math.Abs(f) > 8.64e15 {
				return nil, internal("date out of range: %s ms", v.Str)
			}
			return types.FormatISO(time.UnixMilli(int64(f))), nil
		}
	case plan.DecodeBytesHex:
		if v.Kind == protocol.String {
			s := strings.TrimPrefix(v.Str, `\x`)
			return hex.DecodeString(s)
		}
	case plan.DecodeBytesBase64:
		if v.Kind == protocol.String {
			return base64.StdEncoding.DecodeString(strings.ReplaceAll(v.Str, "\n", ""))
		}
	case plan.DecodeRaw:
		switch v.Kind {
		case protocol.String:
			return v.Str, nil
		case protocol.Bool:
			return v.Bool, nil
		case protocol.Number:
			if n, err := strconv.ParseInt(v.Str, 10, 64); err == nil {
				return n, nil
			}
			f, _ := strconv.ParseFloat(v.Str, 64)
			return f, nil
		default:
			return string(v.Marshal()), nil
		}
	}
	return nil, internal("cannot decode %s as kind %d", v.Kind, d.Kind)
}

// parseJSONTime parses the date/time text databases put in JSON
// ("2024-01-02T03:04:05.678", "2024-01-02 03:04:05.678000",
// "2024-01-02T03:04:05+00:00", "2024-01-02", "03:04:05").
func parseJSONTime(s string) (time.Time, error) {
	n := types.NormalizeDateTime(s)
	t, err := types.ParseDateTime(n)
	if err != nil {
		return time.Time{}, internal("bad date/time %q", s)
	}
	return t, nil
}
