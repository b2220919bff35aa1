package protocol

import (
	"errors"
	"fmt"
)

// Request is one JSON-protocol query:
//
//	{"modelName":"User","action":"findMany","query":{"arguments":{...},"selection":{...}}}
type Request struct {
	// ModelName is the Prisma model name; empty for raw actions.
	ModelName string
	// Action is the JSON-protocol action ("findMany", "createOne", "queryRaw", ...).
	Action string
	// Arguments is the query's arguments object (Invalid when absent).
	Arguments Value
	// Selection is the query's selection set (Invalid when absent).
	Selection Value
}

// Batch is {"batch":[...],"transaction":{"isolationLevel":...}}.
type Batch struct {
	Requests []Request
	// Transaction is set when the batch carries a "transaction" member: all
	// requests then succeed or none do.
	Transaction bool
	// IsolationLevel is the requested level ("Serializable"), or "".
	IsolationLevel string
}

// Control is an interactive-transaction control line of the CLI:
// {"$transaction":"begin"|"commit"|"rollback", "isolationLevel":..., "timeout":ms, "maxWait":ms}.
type Control struct {
	Command        string
	IsolationLevel string
	TimeoutMS      int64 // 0: default
	MaxWaitMS      int64 // 0: default
}

// Line is one decoded input line: exactly one of its fields is set.
type Line struct {
	Request *Request
	Batch   *Batch
	Control *Control
}

// ErrInvalidRequest is wrapped by every request-shape error.
var ErrInvalidRequest = errors.New("invalid request")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidRequest, fmt.Sprintf(format, args...))
}

// DecodeLine decodes one input line of `noengine exec`.
func DecodeLine(data []byte) (Line, error) {
	v, err := Parse(data)
	if err != nil {
		return Line{}, err
	}
	return DecodeValue(v)
}

// DecodeValue decodes a parsed request, batch or control line.
func DecodeValue(v Value) (Line, error) {
	if v.Kind != Object {
		return Line{}, invalid("a request must be a JSON object, got %s", v.Kind)
	}
	if c := v.Get("$transaction"); c.Exists() {
		ctl, err := decodeControl(v, c)
		if err != nil {
			return Line{}, err
		}
		return Line{Control: ctl}, nil
	}
	if b := v.Get("batch"); b.Exists() {
		batch, err := decodeBatch(v, b)
		if err != nil {
			return Line{}, err
		}
		return Line{Batch: batch}, nil
	}
	r, err := DecodeRequest(v)
	if err != nil {
		return Line{}, err
	}
	return Line{Request: &r}, nil
}

// DecodeRequest decodes one query object.
func DecodeRequest(v Value) (Request, error) {
	var r Request
	if v.Kind != Object {
		return r, invalid("a request must be a JSON object, got %s", v.Kind)
	}
	action := v.Get("action")
	if action.Kind != String {
		return r, invalid("missing string member \"action\"")
	}
	r.Action = action.Str
	if m := v.Get("modelName"); m.Exists() && !m.IsNull() {
		if m.Kind != String {
			return r, invalid("\"modelName\" must be a string")
		}
		r.ModelName = m.Str
	}
	q := v.Get("query")
	if q.Kind != Object {
		return r, invalid("missing object member \"query\"")
	}
	r.Arguments = q.Get("arguments")
	if r.Arguments.Exists() && r.Arguments.Kind != Object {
		return r, invalid("\"query.arguments\" must be an object")
	}
	r.Selection = q.Get("selection")
	if r.Selection.Exists() && r.Selection.Kind != Object {
		return r, invalid("\"query.selection\" must be an object")
	}
	return r, nil
}

func decodeBatch(v, b Value) (*Batch, error) {
	if b.Kind != Array {
		return nil, invalid("\"batch\" must be an array")
	}
	out := &Batch{Requests: make([]Request, 0, b.Len())}
	for i := range b.Members {
		r, err := DecodeRequest(b.Members[i].Value)
		if err != nil {
			return nil, fmt.Errorf("batch[%d]: %w", i, err)
		}
		out.Requests = append(out.Requests, r)
	}
	if t := v.Get("transaction"); t.Exists() && !t.IsNull() {
		if t.Kind != Object {
			return nil, invalid("\"transaction\" must be an object")
		}
		out.Transaction = true
		if l := t.Get("isolationLevel"); l.Kind == String {
			out.IsolationLevel = l.Str
		} else if l.Exists() && !l.IsNull() {
			return nil, invalid("\"transaction.isolationLevel\" must be a string")
		}
	}
	return out, nil
}

func decodeControl(v, c Value) (*Control, error) {
	if c.Kind != String {
		return nil, invalid("\"$transaction\" must be \"begin\", \"commit\" or \"rollback\"")
	}
	switch c.Str {
	case "begin", "commit", "rollback":
	default:
		return nil, invalid("\"$transaction\" must be \"begin\", \"commit\" or \"rollback\", got %q", c.Str)
	}
	ctl := &Control{Command: c.Str}
	if l := v.Get("isolationLevel"); l.Kind == String {
		ctl.IsolationLevel = l.Str
	} else if l.Exists() && !l.IsNull() {
		return nil, invalid("\"isolationLevel\" must be a string")
	}
	for _, f := range []struct {
		name string
		dst  *int64
	}{{"timeout", &ctl.TimeoutMS}, {"maxWait", &ctl.MaxWaitMS}} {
		if x := v.Get(f.name); x.Exists() && !x.IsNull() {
			n, ok := x.Int64()
			if !ok || n < 0 {
				return nil, invalid("%q must be a non-negative integer (milliseconds)", f.name)
			}
			*f.dst = n
		}
	}
	return ctl, nil
}
