package executor

import (
	"crypto/rand"
	"crypto/sha3"
	"encoding/binary"
	"math/big"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/google/uuid"

	"github.com/noengine/noengine/plan"
)

// generate evaluates a run-time default.
func (r *run) generate(g plan.Generator) (any, error) {
	switch g {
	case plan.GenNow:
		return r.nowTime(), nil
	case plan.GenUUID4:
		return uuid.NewString(), nil
	case plan.GenUUID7:
		u, err := uuid.NewV7()
		if err != nil {
			return nil, err
		}
		return u.String(), nil
	case plan.GenCUID:
		return newCUID(), nil
	case plan.GenCUID2:
		return newCUID2(), nil
	case plan.GenULID:
		return newULID(time.Now()), nil
	case plan.GenNanoID:
		return NewNanoID(21), nil
	}
	return nil, internal("unknown generator %d", g)
}

const base36 = "0123456789abcdefghijklmnopqrstuvwxyz"

var cuidCounter atomic.Uint32

func pad36(n uint64, width int) string {
	s := strconv.FormatUint(n, 36)
	for len(s) < width {
		s = "0" + s
	}
	if len(s) > width {
		s = s[len(s)-width:]
	}
	return s
}

var fingerprint = func() string {
	h, _ := os.Hostname()
	var sum uint64 = uint64(len(h)) + 36
	for _, c := range h {
		sum += uint64(c)
	}
	return pad36(uint64(os.Getpid()), 2) + pad36(sum, 2)
}()

func randUint32() uint32 {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint32(b[:])
}

// newCUID returns a cuid (version 1): "c" + time + counter + fingerprint + random, 25 characters.
func newCUID() string {
	ts := pad36(uint64(time.Now().UnixMilli()), 8)
	c := pad36(uint64(cuidCounter.Add(1)%1679616), 4)
	r1 := pad36(uint64(randUint32())%1679616, 4)
	r2 := pad36(uint64(randUint32())%1679616, 4)
	return "c" + ts + c + fingerprint + r1 + r2
}

// newCUID2 returns a cuid2: 24 lowercase base-36 characters starting with a letter.
func newCUID2() string {
	var seed [32]byte
	_, _ = rand.Read(seed[:])
	h := sha3.New512()
	h.Write([]byte(strconv.FormatInt(time.Now().UnixNano(), 36)))
	h.Write(seed[:])
	h.Write([]byte(strconv.FormatUint(uint64(cuidCounter.Add(1)), 36)))
	h.Write([]byte(fingerprint))
	sum := h.Sum(nil)
	s := new(big.Int).SetBytes(sum).Text(36)
	first := base36[10+int(seed[0])%26]
	return string(first) + s[1:24]
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// newULID returns a ULID: 48-bit millisecond time and 80 random bits in
// Crockford base32, 26 characters.
func newULID(t time.Time) string {
	var b [16]byte
	ms := uint64(t.UnixMilli())
	b[0], b[1], b[2], b[3], b[4], b[5] = byte(ms>>40), byte(ms>>32), byte(ms>>24), byte(ms>>16), byte(ms>>8), byte(ms)
	_, _ = rand.Read(b[6:])
	n := new(big.Int).SetBytes(b[:])
	out := make([]byte, 26)
	base := big.NewInt(32)
	m := new(big.Int)
	for i := 25; i >= 0; i-- {
		n.DivMod(n, base, m)
		out[i] = crockford[m.Int64()]
	}
	return string(out)
}

const nanoAlphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"

// NewNanoID returns a nanoid of the given length (21 by default).
func NewNanoID(size int) string {
	if size <= 0 {
		size = 21
	}
	b := make([]byte, size)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = nanoAlphabet[b[i]&63]
	}
	return string(b)
}
