package noengine

import (
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// newValidator returns the request validator for a schema: Prisma's query
// schema checks, with Prisma's P2009/P2012/P2019 errors. It runs on plan
// cache misses only: a cache hit has the shape of a request that passed.
func newValidator(s *schema.Schema) func(*protocol.Request) error {
	qs := queryschema.Build(s)
	return func(r *protocol.Request) error {
		if e := queryschema.Validate(qs, r); e != nil {
			out := Error{Code: e.Code, Message: e.Message, Err: e}
			if e.Meta.Exists() {
				out.Meta = e.Meta.Marshal()
			}
			return out
		}
		return nil
	}
}
