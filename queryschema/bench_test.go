package queryschema

import (
	"testing"

	"github.com/noengine/noengine/protocol"
)

var benchRequests = map[string]string{
	"findMany":   `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"email":{"contains":"a"},"role":"ADMIN","posts":{"some":{"published":true}},"createdAt":{"gte":{"$type":"DateTime","value":"2024-01-01T00:00:00.000Z"}}},"orderBy":[{"id":"asc"}],"take":10},"selection":{"$scalars":true,"posts":{"arguments":{"where":{"views":{"gt":3}}},"selection":{"$scalars":true}},"_count":{"selection":{"posts":true}}}}}`,
	"createOne":  `{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"a@b.c","meta":{"x":1},"balance":{"$type":"Decimal","value":"1.5"},"posts":{"create":[{"title":"a"},{"title":"b","views":3}]}}},"selection":{"$scalars":true}}}`,
	"findUnique": `{"modelName":"Comment","action":"findUnique","query":{"arguments":{"where":{"postId_userId":{"postId":1,"userId":2}}},"selection":{"text":true,"post":true}}}`,
}

func decodeRequest(t testing.TB, s string) *protocol.Request {
	v, err := protocol.ParseString(s)
	if err != nil {
		t.Fatal(err)
	}
	line, err := protocol.DecodeValue(v)
	if err != nil || line.Request == nil {
		t.Fatal(err)
	}
	return line.Request
}

// TestValidateAllocations checks that validating a valid request does not
// allocate.
func TestValidateAllocations(t *testing.T) {
	q := querySchemaFor(t, "blog.sqlite")
	for name, s := range benchRequests {
		r := decodeRequest(t, s)
		if e := Validate(q, r); e != nil {
			t.Fatalf("%s: %v", name, e)
		}
		if n := testing.AllocsPerRun(100, func() { Validate(q, r) }); n > 0 {
			t.Errorf("%s: %v allocations per valid request", name, n)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	q := querySchemaFor(b, "blog.sqlite")
	for name, s := range benchRequests {
		r := decodeRequest(b, s)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Validate(q, r)
			}
		})
	}
}

func BenchmarkBuild(b *testing.B) {
	s, _ := testSchema(b, "blog.postgresql")
	b.ReportAllocs()
	for b.Loop() {
		Build(s)
	}
}
