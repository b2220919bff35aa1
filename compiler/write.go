package compiler

import (
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// compileWrite compiles updates, upserts and deletes.
func (x *cc) compileWrite(r *protocol.Request) error {
	return errorf("P2009", "Operation '%s' is not supported yet", r.Action)
}

// nestedUpdateOp compiles nested update operations (update, delete, set...).
func (x *cc) nestedUpdateOp(steps *[]plan.Node, mi *modelInfo, parent *rowRef, rf *schema.Field, rmi *modelInfo, op string, v protocol.Value, fixed []insertCol) error {
	return errorf("P2009", "Nested operation `%s` is not supported yet", op)
}
