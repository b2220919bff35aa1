package e2e

import (
	"context"
	"os/exec"
	"testing"
	"time"
)

func TestLineProcess(t *testing.T) {
	if _, err := exec.LookPath("cat"); err != nil {
		t.Skip("no cat")
	}
	p, err := StartLineProcess(exec.Command("cat"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{`{"a":1}`, ` {"b":[1,2]} `} {
		got, err := p.Do(context.Background(), []byte(line))
		if err != nil {
			t.Fatal(err)
		}
		if want := string(trimSpace(line)); string(got) != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
	if err := p.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
}

func TestLineProcessTimeout(t *testing.T) {
	if _, err := exec.LookPath("sleep"); err != nil {
		t.Skip("no sleep")
	}
	p, err := StartLineProcess(exec.Command("sleep", "30"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := p.Do(ctx, []byte(`{}`)); err == nil {
		t.Fatal("want a timeout error")
	}
	if _, err := p.Do(context.Background(), []byte(`{}`)); err == nil {
		t.Fatal("a killed process must keep failing")
	}
	p.Close()
}

func trimSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}
