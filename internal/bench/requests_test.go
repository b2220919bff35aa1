package bench

import (
	"fmt"
	"strconv"
	"sync/atomic"
)

// A shape is one benchmarked request: line(i) is its i-th request line
// (values vary with i, the shape does not).
type shape struct {
	name string
	ds   *dataset
	// line returns request i; strategy is "", "query" or "join"
	// (relationLoadStrategy; the prisma shapes ignore it: their schema has
	// no relationJoins preview feature, as in bench.mjs).
	line func(i int, strategy string) []byte
	// relations: the shape loads relations, so both strategies are measured
	// (through relationLoadStrategy).
	relations bool
	// include: the shape loads relations, but its schema has no
	// relationJoins preview feature (the prisma shapes): the join strategy
	// is measured through Options.RelationJoins.
	include bool
	// write: the shape changes data.
	write bool
}

// strategy says how a client and its requests ask for strategy st on db:
// SQLite and SQL Server have no relationLoadStrategy argument (Prisma
// offers none there; their schemas go without the relationJoins preview
// feature), so the join strategy is Options.RelationJoins and the query
// strategy the default; elsewhere the request asks.
func strategy(db, st string) (joins bool, lineStrategy string) {
	if db == "sqlite" || db == "sqlserver" {
		return st == "join", ""
	}
	return false, st
}

// strategyArg is the relationLoadStrategy argument of a strategy: "query"
// asks for it; "join" is the default of a schema with the relationJoins
// preview feature (Prisma's query schema offers no "join" on SQLite, where
// noengine can still do it).
func strategyArg(s string) string {
	if s == "query" {
		return `,"relationLoadStrategy":"query"`
	}
	return ""
}

var uniq atomic.Int64

var shapes = []*shape{
	{name: "findUnique", ds: shapesData, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":%d}},"selection":{"$scalars":true}}}`, i%shapesUsers+1)
	}},
	{name: "findManyWhereOrderTake100", ds: shapesData, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"Post","action":"findMany","query":{"arguments":{"where":{"authorId":{"gte":%d},"published":true},"orderBy":[{"id":"desc"}],"take":100},"selection":{"$scalars":true}}}`, i%(shapesUsers-100)+1)
	}},
	{name: "findManyInclude2Levels", ds: shapesData, relations: true, line: func(i int, s string) []byte {
		return fmt.Appendf(nil, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"id":{"gte":%d}},"orderBy":[{"id":"asc"}],"take":10%s},"selection":{"$scalars":true,"posts":{"arguments":{},"selection":{"$scalars":true,"comments":{"arguments":{},"selection":{"$scalars":true}}}}}}}`, i%(shapesCommented-10)+1, strategyArg(s))
	}},
	{name: "createNested", ds: shapesData, write: true, line: func(i int, _ string) []byte {
		n := uniq.Add(1)
		return fmt.Appendf(nil, `{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"new%d-%d@bench.io","name":"New %d","posts":{"create":[{"title":"First post of %d"}]}}},"selection":{"$scalars":true}}}`, n, i, i, i)
	}},
	{name: "updateOne", ds: shapesData, write: true, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"Post","action":"updateOne","query":{"arguments":{"where":{"id":%d},"data":{"title":"Title %d","views":{"increment":1}}},"selection":{"$scalars":true}}}`, i%(shapesUsers*shapesPostsPerUser)+1, i)
	}},

	// Prisma's query-compiler benchmarks (benches/prisma-common/benches.ts).
	{name: "imdbFindManyAll", ds: imdbData, line: func(int, string) []byte {
		return []byte(`{"modelName":"Movie","action":"findMany","query":{"arguments":{},"selection":{"$scalars":true}}}`)
	}},
	{name: "imdbFindManyTake2000", ds: imdbData, line: func(int, string) []byte {
		return []byte(`{"modelName":"Movie","action":"findMany","query":{"arguments":{"take":2000},"selection":{"$scalars":true}}}`)
	}},
	{name: "imdbIncludeCastTake2000", ds: imdbData, relations: true, line: func(_ int, s string) []byte {
		return []byte(`{"modelName":"Movie","action":"findMany","query":{"arguments":{"take":2000` + strategyArg(s) + `},"selection":{"$scalars":true,"cast":{"arguments":{},"selection":{"$scalars":true}}}}}`)
	}},
	{name: "imdbWhereReviewsAuthor", ds: imdbData, line: func(int, string) []byte {
		return []byte(`{"modelName":"Movie","action":"findMany","query":{"arguments":{"where":{"reviews":{"some":{"author":{"OR":[{"name":{"gt":"a"}},{"name":{"lt":"f"}}]}}}},"take":100},"selection":{"$scalars":true}}}`)
	}},
}

// The requests of ../shared/oracle/bench.mjs.
var prismaShapes = []*shape{
	{name: "A-findUnique", ds: prismaData, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"User","action":"findUnique","query":{"arguments":{"where":{"id":%d}},"selection":{"$scalars":true}}}`, i%prismaUsers+1)
	}},
	{name: "B-findManyInclude", ds: prismaData, include: true, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"id":%d}},"selection":{"$scalars":true,"posts":{"arguments":{},"selection":{"$scalars":true}}}}}`, i%prismaParents+1)
	}},
	{name: "B10-findManyTake10Include", ds: prismaData, include: true, line: func(i int, _ string) []byte {
		return fmt.Appendf(nil, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"id":{"gte":%d}},"orderBy":[{"id":"asc"}],"take":10},"selection":{"$scalars":true,"posts":{"arguments":{},"selection":{"$scalars":true}}}}}`, i%(prismaParents-10)+1)
	}},
}

func itoa(i int) string { return strconv.Itoa(i) }
