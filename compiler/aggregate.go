package compiler

import (
	"github.com/noengine/noengine/protocol"
)

// compileAggregate compiles aggregate and groupBy.
func (x *cc) compileAggregate(r *protocol.Request) error {
	return errorf("P2009", "Operation '%s' is not supported yet", r.Action)
}
