package noengine

import (
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// newValidator returns the request validator for a schema (Prisma's query
// schema checks, with P2009/P2012 errors).
func newValidator(s *schema.Schema) func(*protocol.Request) error {
	return nil
}
