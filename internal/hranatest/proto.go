package hranatest

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The JSON shapes of Hrana over HTTP (v2 and v3 share them). Requests are
// decoded leniently (unknown fields are ignored, as serde does in sqld);
// values strictly: an integer must be a decimal string, as sqld demands.

type pipelineRequest struct {
	Baton    *string         `json:"baton"`
	Requests []streamRequest `json:"requests"`
}

type streamRequest struct {
	Type  string  `json:"type"`
	Stmt  *stmt   `json:"stmt"`
	Batch *batch  `json:"batch"`
	SQL   *string `json:"sql"`
	SQLID *int32  `json:"sql_id"`
}

type stmt struct {
	SQL       *string    `json:"sql"`
	SQLID     *int32     `json:"sql_id"`
	Args      []value    `json:"args"`
	NamedArgs []namedArg `json:"named_args"`
	WantRows  *bool      `json:"want_rows"`
}

type namedArg struct {
	Name  string `json:"name"`
	Value value  `json:"value"`
}

type batch struct {
	Steps []batchStep `json:"steps"`
}

type batchStep struct {
	Condition *batchCond `json:"condition"`
	Stmt      stmt       `json:"stmt"`
}

type batchCond struct {
	Type  string      `json:"type"`
	Step  *uint32     `json:"step"`
	Cond  *batchCond  `json:"cond"`
	Conds []batchCond `json:"conds"`
}

// value is a Hrana value. On the way in it holds the decoded Go value (nil,
// int64, float64, string or []byte); on the way out it is encoded as
// Hrana's JSON.
type value struct {
	v any
}

func (v *value) UnmarshalJSON(b []byte) error {
	var raw struct {
		Type   string          `json:"type"`
		Value  json.RawMessage `json:"value"`
		Base64 *string         `json:"base64"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	switch raw.Type {
	case "null":
		v.v = nil
	case "integer":
		var s string
		if err := json.Unmarshal(raw.Value, &s); err != nil {
			return fmt.Errorf("integer value %s: want a decimal integer as a string", raw.Value)
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("integer value %q: want a decimal integer as a string", s)
		}
		v.v = n
	case "float":
		var f float64
		if err := json.Unmarshal(raw.Value, &f); err != nil {
			return fmt.Errorf("float value %s: want a number", raw.Value)
		}
		v.v = f
	case "text":
		var s string
		if err := json.Unmarshal(raw.Value, &s); err != nil {
			return fmt.Errorf("text value %s: want a string", raw.Value)
		}
		v.v = s
	case "blob":
		if raw.Base64 == nil {
			return errors.New("blob value without base64")
		}
		// sqld accepts padded and unpadded base64 alike.
		data, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(*raw.Base64, "="))
		if err != nil {
			return fmt.Errorf("blob value: %v", err)
		}
		if data == nil {
			data = []byte{}
		}
		v.v = data
	default:
		return fmt.Errorf("unknown value type %q", raw.Type)
	}
	return nil
}

// appendValue appends v in Hrana's JSON encoding: integers as decimal
// strings, floats as numbers (non-finite ones as null, as serde_json writes
// them), blobs as unpadded standard base64.
func appendValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, `{"type":"null"}`...)
	case int64:
		b = append(b, `{"type":"integer","value":"`...)
		b = strconv.AppendInt(b, v, 10)
		return append(b, `"}`...)
	case float64:
		b = append(b, `{"type":"float","value":`...)
		if math.IsInf(v, 0) || math.IsNaN(v) {
			b = append(b, "null"...)
		} else {
			enc, _ := json.Marshal(v)
			b = append(b, enc...)
		}
		return append(b, '}')
	case string:
		b = append(b, `{"type":"text","value":`...)
		b = appendString(b, v)
		return append(b, '}')
	case []byte:
		b = append(b, `{"type":"blob","base64":"`...)
		b = base64.RawStdEncoding.AppendEncode(b, v)
		return append(b, `"}`...)
	}
	panic(fmt.Sprintf("hranatest: no Hrana encoding for %T", v))
}

func appendString(b []byte, s string) []byte {
	enc, _ := json.Marshal(s)
	return append(b, enc...)
}

// hranaError is the error object of a failed request: {"message","code"}.
type hranaError struct {
	Message string `json:"message"`
	Code    string `json:"code"`
}

// stmtResult is the result of one statement.
type stmtResult struct {
	cols         []string
	decltypes    []string // "" for none
	rows         [][]any
	affected     int64
	lastInsertID int64
}

func (r *stmtResult) appendJSON(b []byte) []byte {
	b = append(b, `{"cols":[`...)
	for i, name := range r.cols {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendString(b, name)
		b = append(b, `,"decltype":`...)
		if r.decltypes[i] == "" {
			b = append(b, "null"...)
		} else {
			b = appendString(b, r.decltypes[i])
		}
		b = append(b, '}')
	}
	b = append(b, `],"rows":[`...)
	for i, row := range r.rows {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		for j, v := range row {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendValue(b, v)
		}
		b = append(b, ']')
	}
	b = append(b, `],"affected_row_count":`...)
	b = strconv.AppendInt(b, r.affected, 10)
	b = append(b, `,"last_insert_rowid":"`...)
	b = strconv.AppendInt(b, r.lastInsertID, 10)
	return append(b, `"}`...)
}

// result is the outcome of one request of a pipeline: a response (its JSON
// written by resp) or an error.
type result struct {
	resp func(b []byte) []byte // appends the "response" object
	err  *hranaError
}

func (r result) appendJSON(b []byte) []byte {
	if r.err != nil {
		b = append(b, `{"type":"error","error":`...)
		enc, _ := json.Marshal(r.err)
		b = append(b, enc...)
		return append(b, '}')
	}
	b = append(b, `{"type":"ok","response":`...)
	b = r.resp(b)
	return append(b, '}')
}

// simpleResponse is the response of a request without a result.
func simpleResponse(typ string) func([]byte) []byte {
	return func(b []byte) []byte {
		return append(append(append(b, `{"type":"`...), typ...), `"}`...)
	}
}
