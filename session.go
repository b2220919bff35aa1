package noengine

import (
	"bytes"
	"context"

	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/protocol"
)

// Session answers the lines of `noengine exec`: requests, batches, and the
// interactive-transaction control lines {"$transaction":"begin"|"commit"|"rollback"}
// (begin may carry "isolationLevel", "timeout" and "maxWait" in ms). Requests
// between begin and commit/rollback run in that transaction. A Session is
// used by one goroutine at a time.
type Session struct {
	c  *Client
	tx *Tx
}

// NewSession returns a session on the client.
func (c *Client) NewSession() *Session { return &Session{c: c} }

// Close rolls back a transaction left open.
func (s *Session) Close() error {
	if s.tx != nil {
		err := s.tx.Rollback(context.Background())
		s.tx = nil
		return err
	}
	return nil
}

// Do answers one line.
func (s *Session) Do(ctx context.Context, line []byte) []byte {
	return s.AppendDo(ctx, make([]byte, 0, 512), line)
}

// AppendDo is [Session.Do] appending the answer to dst and returning the
// extended buffer; a caller that reuses one buffer answers requests without
// allocating a response.
func (s *Session) AppendDo(ctx context.Context, dst, line []byte) []byte {
	if !bytes.Contains(line, []byte(`"$transaction"`)) {
		return s.request(ctx, dst, line)
	}
	l, err := protocol.DecodeLine(line)
	if err != nil || l.Control == nil {
		return s.request(ctx, dst, line)
	}
	return append(dst, s.control(ctx, l.Control)...)
}

// control runs a transaction control line.
func (s *Session) control(ctx context.Context, c *protocol.Control) []byte {
	switch c.Command {
	case "begin":
		if s.tx != nil {
			return controlError(Error{Message: "a transaction is already open"})
		}
		var opts TxOptions
		if c.IsolationLevel != "" {
			lvl, ok := adapter.ParseIsolationLevel(c.IsolationLevel)
			if !ok {
				return controlError(txError("Invalid isolation level: "+c.IsolationLevel, []byte(`{"isolationLevel":`+string(protocol.AppendString(nil, c.IsolationLevel))+`}`)))
			}
			opts.Isolation = lvl
		}
		opts.Timeout = time.Duration(c.TimeoutMS) * time.Millisecond
		opts.MaxWait = time.Duration(c.MaxWaitMS) * time.Millisecond
		t, err := s.c.Begin(ctx, opts)
		if err != nil {
			return controlError(toError(err, false))
		}
		s.tx = t
	case "commit", "rollback":
		if s.tx == nil {
			return controlError(Error{Message: "no open transaction to " + c.Command})
		}
		t := s.tx
		s.tx = nil
		var err error
		if c.Command == "commit" {
			err = t.Commit(ctx)
		} else {
			err = t.Rollback(ctx)
		}
		if err != nil {
			return controlError(toError(err, false))
		}
	}
	return []byte(`{"$transaction":"` + c.Command + `","ok":true}`)
}

func (s *Session) request(ctx context.Context, dst, line []byte) []byte {
	if s.tx != nil {
		return s.tx.AppendRequest(ctx, dst, line)
	}
	return s.c.AppendRequest(ctx, dst, line)
}

func controlError(e Error) []byte {
	var w protocol.Writer
	appendErrorEnvelope(&w, e)
	return w.Bytes()
}
