package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"sync"
)

// LineProcess is an Executor backed by a child process that answers one JSON
// line on stdout for every line on stdin, such as `noengine exec --schema F
// --url U` (or `prisma-ref exec`).
type LineProcess struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Reader
	stderr *lockedBuffer
	mu     sync.Mutex
	dead   error
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.b.String()
	if len(s) > 4000 {
		s = "…" + s[len(s)-4000:]
	}
	return s
}

// StartLineProcess starts cmd (its Stdin, Stdout and Stderr must be unset).
func StartLineProcess(cmd *exec.Cmd) (*LineProcess, error) {
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	p := &LineProcess{cmd: cmd, stdin: in, stdout: bufio.NewReaderSize(out, 1<<20), stderr: &lockedBuffer{}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return p, nil
}

// Do writes the request line and reads one answer line. When ctx ends first,
// the process is killed and every later call fails.
func (p *LineProcess) Do(ctx context.Context, line []byte) ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dead != nil {
		return nil, p.dead
	}
	type result struct {
		b   []byte
		err error
	}
	ch := make(chan result, 1)
	go func() {
		if _, err := p.stdin.Write(append(bytes.TrimSpace(line), '\n')); err != nil {
			ch <- result{nil, err}
			return
		}
		b, err := p.stdout.ReadBytes('\n')
		ch <- result{bytes.TrimSpace(b), err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			p.dead = fmt.Errorf("process %s: %w\nstderr:\n%s", p.cmd.Path, r.err, p.stderr.String())
			return nil, p.dead
		}
		return r.b, nil
	case <-ctx.Done():
		_ = p.cmd.Process.Kill()
		p.dead = fmt.Errorf("process %s: %w (killed)\nstderr:\n%s", p.cmd.Path, ctx.Err(), p.stderr.String())
		return nil, p.dead
	}
}

// Close closes stdin and waits for the process to exit.
func (p *LineProcess) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.stdin.Close()
	err := p.cmd.Wait()
	var ee *exec.ExitError
	if p.dead != nil && errors.As(err, &ee) {
		return nil // killed on purpose
	}
	return err
}

// Stderr returns the end of what the process wrote on stderr.
func (p *LineProcess) Stderr() string { return p.stderr.String() }
