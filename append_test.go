package noengine_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// AppendRequest and AppendDo answer exactly as Request and Do, after what
// dst holds, and write into dst's array when it has room.
func TestAppendRequestAndAppendDo(t *testing.T) {
	client, done := newExampleClient()
	defer done()
	ctx := context.Background()
	create := []byte(`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1,"email":"ada@example.com"}},"selection":{"$scalars":true}}}`)
	find := []byte(`{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":1}},"selection":{"$scalars":true}}}`)
	client.Request(ctx, create)
	want := string(client.Request(ctx, find))
	if want != `{"data":{"findUnique":{"id":1,"email":"ada@example.com"}}}` {
		t.Fatalf("Request: %s", want)
	}

	got := client.AppendRequest(ctx, []byte("prefix "), find)
	if d := cmp.Diff("prefix "+want, string(got)); d != "" {
		t.Errorf("AppendRequest after a prefix (-want +got):\n%s", d)
	}
	buf := make([]byte, 0, 4096)
	got = client.AppendRequest(ctx, buf, find)
	if d := cmp.Diff(want, string(got)); d != "" {
		t.Errorf("AppendRequest (-want +got):\n%s", d)
	}
	if &got[0] != &buf[:1][0] {
		t.Error("AppendRequest did not write into the buffer it was given, which had room")
	}

	s := client.NewSession()
	defer s.Close()
	var lines []string
	for _, line := range []string{`{"$transaction":"begin"}`, string(find), `{"$transaction":"commit"}`, `{"$transaction":"commit"}`, string(find)} {
		lines = append(lines, string(s.AppendDo(ctx, []byte("> "), []byte(line))))
	}
	wantLines := []string{
		`> {"$transaction":"begin","ok":true}`,
		"> " + want,
		`> {"$transaction":"commit","ok":true}`,
		`> {"errors":[{"error":"no open transaction to commit"}]}`,
		"> " + want,
	}
	if d := cmp.Diff(wantLines, lines); d != "" {
		t.Errorf("AppendDo (-want +got):\n%s", d)
	}
}
