// Command benchratio prints the ratio tables of BENCHMARKS.md from the
// output of internal/bench's benchmarks (several runs appended to one
// file) and, optionally, from Prisma's bench.mjs results.
//
//	go run ./internal/bench/benchratio [-prisma results-1.json,results-2.json] bench.txt
//
// A ratio is computed within each run (noengine ÷ raw of the same run, or
// Prisma ÷ noengine of the same round), and the median over runs is
// printed, beside the medians of the raw measurements.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// sample is one benchmark result line.
type sample struct {
	ns, cpu, allocs, bytes float64
}

// results maps a benchmark name (without the -procs suffix) to its
// samples, one per run, in order.
type results struct {
	names   []string
	samples map[string][]sample
}

var line = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

func read(path string) (*results, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &results{samples: map[string][]sample{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		var s sample
		fs := strings.Fields(m[2])
		for i := 0; i+1 < len(fs); i += 2 {
			v, err := strconv.ParseFloat(fs[i], 64)
			if err != nil {
				continue
			}
			switch fs[i+1] {
			case "ns/op":
				s.ns = v
			case "cpu-ns/op":
				s.cpu = v
			case "allocs/op":
				s.allocs = v
			case "B/op":
				s.bytes = v
			}
		}
		if _, ok := r.samples[m[1]]; !ok {
			r.names = append(r.names, m[1])
		}
		r.samples[m[1]] = append(r.samples[m[1]], s)
	}
	return r, sc.Err()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func field(ss []sample, f func(sample) float64) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}

func ns(s sample) float64     { return s.ns }
func cpu(s sample) float64    { return s.cpu }
func allocs(s sample) float64 { return s.allocs }

// ratios returns a[i]/b[i] for the runs both have.
func ratios(a, b []sample, f func(sample) float64) []float64 {
	var out []float64
	for i := 0; i < len(a) && i < len(b); i++ {
		if f(b[i]) > 0 {
			out = append(out, f(a[i])/f(b[i]))
		}
	}
	return out
}

// part returns the value of key=value element key of a benchmark name.
func part(name, key string) string {
	for _, p := range strings.Split(name, "/") {
		if v, ok := strings.CutPrefix(p, key+"="); ok {
			return v
		}
	}
	return ""
}

func withPart(name, key, value string) string {
	ps := strings.Split(name, "/")
	for i, p := range ps {
		if strings.HasPrefix(p, key+"=") {
			ps[i] = key + "=" + value
		}
	}
	return strings.Join(ps, "/")
}

func us(v float64) string {
	switch {
	case v == 0:
		return "–"
	case v >= 100e3:
		return strconv.FormatFloat(v/1e3, 'f', 0, 64)
	case v >= 10e3:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64)
	}
	return strconv.FormatFloat(v/1e3, 'f', 2, 64)
}

func x(v float64) string {
	if v == 0 {
		return "–"
	}
	return strconv.FormatFloat(v, 'f', 2, 64) + "×"
}

func main() {
	prisma := flag.String("prisma", "", "comma-separated results.json files of ../shared/oracle/bench.mjs, one per round")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: benchratio [-prisma a.json,b.json] bench.txt")
		os.Exit(2)
	}
	r, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	e2e(r)
	compile(r)
	if *prisma != "" {
		if err := prismaTable(r, strings.Split(*prisma, ",")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// e2e prints noengine against the hand-written baseline.
func e2e(r *results) {
	fmt.Println("### End to end: noengine ÷ hand-written SQL on the same driver")
	fmt.Println()
	fmt.Println("Times in µs/op (median of the runs); ratio = noengine ÷ raw within each run, median. cpu = CPU time of the Go process (the server's is not counted).")
	fmt.Println()
	fmt.Println("| benchmark | impl | µs/op | raw µs/op | ratio | cpu ratio | allocs/op | raw allocs/op |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|")
	for _, name := range r.names {
		impl := part(name, "impl")
		if impl == "" || impl == "raw" || impl == "compile" || !strings.HasPrefix(impl, "noengine") {
			continue
		}
		raw := r.samples[withPart(name, "impl", "raw")]
		ss := r.samples[name]
		bench := strings.TrimSuffix(strings.TrimPrefix(name, "Benchmark"), "/impl="+impl)
		fmt.Printf("| %s | %s | %s | %s | %s | %s | %.0f | %.0f |\n", bench, impl,
			us(median(field(ss, ns))), us(median(field(raw, ns))),
			x(median(ratios(ss, raw, ns))), x(median(ratios(ss, raw, cpu))),
			median(field(ss, allocs)), median(field(raw, allocs)))
	}
	fmt.Println()
}

// compile prints the compile benchmarks.
func compile(r *results) {
	type row struct{ decode, miss, hit, lookup []sample }
	rows := map[string]*row{}
	var order []string
	for _, name := range r.names {
		if !strings.HasPrefix(name, "BenchmarkCompile/") {
			continue
		}
		phase := part(name, "phase")
		key := strings.TrimSuffix(strings.TrimPrefix(name, "BenchmarkCompile/"), "/phase="+phase)
		if rows[key] == nil {
			rows[key] = &row{}
			order = append(order, key)
		}
		switch phase {
		case "decode":
			rows[key].decode = r.samples[name]
		case "miss":
			rows[key].miss = r.samples[name]
		case "hit":
			rows[key].hit = r.samples[name]
		case "lookup":
			rows[key].lookup = r.samples[name]
		}
	}
	if len(order) == 0 {
		return
	}
	fmt.Println("### Compile: decode, plan-cache miss and hit (no database)")
	fmt.Println()
	fmt.Println("µs/op, median of the runs (wall / CPU); miss and hit include decoding the line, lookup is a hit on a decoded request.")
	fmt.Println()
	fmt.Println("| dialect | shape | decode | miss | miss allocs | hit | hit allocs | lookup | lookup allocs |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, k := range order {
		rw := rows[k]
		fmt.Printf("| %s | %s | %s / %s | %s / %s | %.0f | %s / %s | %.0f | %s / %s | %.0f |\n", part(k, "dialect"), part(k, "shape"),
			us(median(field(rw.decode, ns))), us(median(field(rw.decode, cpu))),
			us(median(field(rw.miss, ns))), us(median(field(rw.miss, cpu))), median(field(rw.miss, allocs)),
			us(median(field(rw.hit, ns))), us(median(field(rw.hit, cpu))), median(field(rw.hit, allocs)),
			us(median(field(rw.lookup, ns))), us(median(field(rw.lookup, cpu))), median(field(rw.lookup, allocs)))
	}
	fmt.Println()
}

// prismaResult is one entry of bench.mjs's results.json (µs per request).
type prismaResult struct {
	Median    float64 `json:"median"`
	CPUMedian float64 `json:"cpuMedian"`
}

// prismaRows pair bench.mjs's measurements (by name prefix) with
// BenchmarkPrisma's.
var prismaRows = []struct {
	label, prisma, ours string
	nocache             bool
}{
	{"A findUnique by id (plan cache)", "A  findUnique by id x", "BenchmarkPrisma/shape=A-findUnique/impl=noengine", false},
	{"B findMany include posts (10) (plan cache)", "B  findMany id=k include posts(10) x", "BenchmarkPrisma/shape=B-findManyInclude/impl=noengine", false},
	{"B10 findMany take 10 include posts (100) (plan cache)", "B10 findMany take10 include posts(100) x", "BenchmarkPrisma/shape=B10-findManyTake10Include/impl=noengine", false},
	{"A findUnique by id (no plan cache)", "A  findUnique by id x", "BenchmarkPrisma/shape=A-findUnique/impl=noengine-nocache", true},
	{"B findMany include posts (no plan cache)", "B  findMany include posts(10) x", "BenchmarkPrisma/shape=B-findManyInclude/impl=noengine-nocache", true},
	// What a Prisma user calls (the generated client's model API, which
	// adds its own work over engine.request) against noengine's request.
	{"A' findUnique by id, Prisma's model API (client.user.findUnique)", "A' client.user.findUnique x", "BenchmarkPrisma/shape=A-findUnique/impl=noengine", false},
	{"B' findMany include posts, Prisma's model API", "B' client.user.findMany include posts x", "BenchmarkPrisma/shape=B-findManyInclude/impl=noengine", false},
	{"C compile only, findUnique", "C  compile-only findUnique", "BenchmarkPrisma/shape=A-findUnique/impl=compile", false},
	{"C compile only, findMany include", "C  compile-only findMany include", "BenchmarkPrisma/shape=B-findManyInclude/impl=compile", false},
}

func prismaTable(r *results, files []string) error {
	var rounds []map[string]prismaResult
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		raw := map[string]json.RawMessage{}
		if err := json.Unmarshal(b, &raw); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		m := map[string]prismaResult{}
		for k, v := range raw {
			var p prismaResult
			if json.Unmarshal(v, &p) == nil { // the floor lines are text
				m[k] = p
			}
		}
		rounds = append(rounds, m)
	}
	find := func(m map[string]prismaResult, prefix string, nocache bool) (prismaResult, bool) {
		for k, v := range m {
			if strings.HasPrefix(k, prefix) && strings.Contains(k, "[no plan cache]") == nocache {
				return v, true
			}
		}
		return prismaResult{}, false
	}
	fmt.Println("### Side by side with Prisma 7.10 (same SQLite schema, rows and requests)")
	fmt.Println()
	fmt.Println("µs per request, median of the rounds (wall / CPU of the process); × = Prisma ÷ noengine within each round, median.")
	fmt.Println()
	fmt.Println("| request | Prisma 7.10 | noengine | × faster (wall) | × faster (CPU) |")
	fmt.Println("|---|---:|---:|---:|---:|")
	for _, row := range prismaRows {
		ours := r.samples[row.ours]
		var pw, pc, rw, rc []float64
		for i, m := range rounds {
			p, ok := find(m, row.prisma, row.nocache)
			if !ok {
				continue
			}
			pw, pc = append(pw, p.Median), append(pc, p.CPUMedian)
			if i < len(ours) && ours[i].ns > 0 {
				rw = append(rw, p.Median*1e3/ours[i].ns)
				if ours[i].cpu > 0 {
					rc = append(rc, p.CPUMedian*1e3/ours[i].cpu)
				}
			}
		}
		fmt.Printf("| %s | %.1f / %.1f | %.1f / %.1f | %s | %s |\n", row.label,
			median(pw), median(pc), median(field(ours, ns))/1e3, median(field(ours, cpu))/1e3, x(median(rw)), x(median(rc)))
	}
	fmt.Println()
	return nil
}
