package noengine

import (
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// newValidator returns the request validator for a schema: Prisma's query
// schema checks, with Prisma's P2009/P2012/P2019 errors. It runs on plan
// cache misses only: a cache hit has the shape of a request that passed.
// dbJoins is false for a MySQL-family database that cannot run
// relationLoadStrategy "join" (MariaDB, MySQL < 8.0.14), as the adapter
// reports it.
func newValidator(s *schema.Schema, dbJoins bool) func(*protocol.Request) error {
	qs := queryschema.Build(s)
	if !dbJoins {
		qs = qs.WithDatabaseRelationJoins(false)
	}
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
