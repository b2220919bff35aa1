package types

import "testing"

// TestPlainInt64 checks the fast path of Parse for integer literals against
// the exact decimal path it short-cuts.
func TestPlainInt64(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "-1", "007", "42", "-42", "999999999999999999", "-999999999999999999",
		"1000000000000000000", "9223372036854775807", "-9223372036854775808", "1.5", "1e3", "-", "", "+5", "1_000", " 1"} {
		n, ok := plainInt64(s)
		if !ok {
			continue
		}
		d, dok := parseBigDecimal(s)
		if !dok {
			t.Errorf("%q: fast path %d, exact path refuses", s, n)
			continue
		}
		m, integral, mok := d.int64()
		if !integral || !mok || m != n {
			t.Errorf("%q: fast path %d, exact path %d (integral %v, ok %v)", s, n, m, integral, mok)
		}
	}
	for _, s := range []string{"1.5", "1e3", "-", "", "+5", "1_000", " 1", "9223372036854775807"} {
		if _, ok := plainInt64(s); ok {
			t.Errorf("%q: taken by the fast path", s)
		}
	}
}
