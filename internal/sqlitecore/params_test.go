package sqlitecore

import "testing"

func TestParamCount(t *testing.T) {
	for _, tc := range []struct {
		sql  string
		want int
	}{
		{"SELECT 1", 0},
		{"SELECT ? AS a", 1},
		{"SELECT ?, ?", 2},
		{"SELECT ?3, ?", 4},
		{"SELECT ?, ?1", 1},
		{"SELECT :x, :x, @y, $z", 3},
		{"SELECT '?', \"?\", `?`, [?] -- ?\n, ? /* ? */", 1},
		{"SELECT 'it''s ?', ?", 1},
		{"SELECT ?2", 2},
	} {
		if got := ParamCount(tc.sql); got != tc.want {
			t.Errorf("ParamCount(%q) = %d, want %d", tc.sql, got, tc.want)
		}
	}
}
