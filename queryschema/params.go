package queryschema

type paramGraph struct{}
type paramNode struct{}
type paramEdge struct{}

func (q *QuerySchema) buildParams() {}
