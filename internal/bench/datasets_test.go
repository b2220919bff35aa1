package bench

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
)

const (
	sInt   = adapter.ScalarInt
	sStr   = adapter.ScalarString
	sBool  = adapter.ScalarBoolean
	sTime  = adapter.ScalarDateTime
	sBig   = adapter.ScalarBigInt
	sDec   = adapter.ScalarDecimal
	sJSON  = adapter.ScalarJSON
	sBytes = adapter.ScalarBytes
)

var epoch = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// The shapes dataset: 1,000 users with every scalar type set, 10 posts
// each, and 10 comments on each post of the first 200 users.
const (
	shapesUsers        = 1000
	shapesPostsPerUser = 10
	shapesCommented    = 200
	shapesComments     = 10
)

var shapesData = &dataset{name: "shapes", schema: shapesSchema, seed: func(ctx context.Context, f *fixture) error {
	var users [][]any
	for i := 1; i <= shapesUsers; i++ {
		users = append(users, []any{
			"u" + strconv.Itoa(i) + "@bench.io", "User " + strconv.Itoa(i), epoch.Add(time.Duration(i) * time.Minute),
			int64(9007199254740993) + int64(i), strconv.Itoa(i) + ".25", `{"n":` + strconv.Itoa(i) + `,"tags":["a","b"]}`, []byte{1, 2, 3, byte(i)},
		})
	}
	if err := f.insert(ctx, "User", []string{"email", "name", "createdAt", "big", "dec", "data", "bytes"},
		[]adapter.ScalarType{sStr, sStr, sTime, sBig, sDec, sJSON, sBytes}, users); err != nil {
		return err
	}
	var posts [][]any
	for u := 1; u <= shapesUsers; u++ {
		for j := 0; j < shapesPostsPerUser; j++ {
			posts = append(posts, []any{"Post " + strconv.Itoa(u) + "-" + strconv.Itoa(j), j%2 == 0, int64(j * 10), int64(u)})
		}
	}
	if err := f.insert(ctx, "Post", []string{"title", "published", "views", "authorId"},
		[]adapter.ScalarType{sStr, sBool, sInt, sInt}, posts); err != nil {
		return err
	}
	var comments [][]any
	for p := 1; p <= shapesCommented*shapesPostsPerUser; p++ {
		for j := 0; j < shapesComments; j++ {
			comments = append(comments, []any{"Comment " + strconv.Itoa(j) + " on post " + strconv.Itoa(p), int64(p)})
		}
	}
	return f.insert(ctx, "Comment", []string{"body", "postId"}, []adapter.ScalarType{sStr, sInt}, comments)
}}

// The IMDB-like dataset of Prisma's query-compiler benchmarks, scaled to
// what findMany-all reads there: 25,000 movies, 3 actors each (of 10,000,
// each a person), 2 reviews each by 2,000 users.
const (
	imdbMovies  = 25000
	imdbActors  = 10000
	imdbUsers   = 2000
	imdbCast    = 3
	imdbReviews = 2
)

var words = strings.Fields("amber azure black blue bronze cyan gold green grey indigo ivory jade lemon lime magenta maroon navy olive orange pink plum purple red rose ruby salmon silver teal violet white yellow")

func phrase(i, n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[(i*7+k*13+k*k)%len(words)])
	}
	return b.String()
}

var imdbData = &dataset{name: "imdb", schema: imdbSchema, seed: func(ctx context.Context, f *fixture) error {
	var people, actors [][]any
	for i := 1; i <= imdbActors; i++ {
		people = append(people, []any{"First" + strconv.Itoa(i), words[i%len(words)] + strconv.Itoa(i)})
		actors = append(actors, []any{"Actor " + strconv.Itoa(i), int64(i)})
	}
	if err := f.insert(ctx, "Person", []string{"first_name", "last_name"}, []adapter.ScalarType{sStr, sStr}, people); err != nil {
		return err
	}
	if err := f.insert(ctx, "Actor", []string{"name", "person_id"}, []adapter.ScalarType{sStr, sInt}, actors); err != nil {
		return err
	}
	var movies, cast [][]any
	for m := 1; m <= imdbMovies; m++ {
		movies = append(movies, []any{"Movie " + strconv.Itoa(m) + " " + phrase(m, 3), int64(1950 + m%75), phrase(m+1, 30)})
		seen := map[int]bool{}
		for k := 0; k < imdbCast; k++ {
			a := (m*(7+k*6)+k)%imdbActors + 1
			for seen[a] {
				a = a%imdbActors + 1
			}
			seen[a] = true
			cast = append(cast, []any{int64(a), int64(m)})
		}
	}
	if err := f.insert(ctx, "Movie", []string{"title", "year", "description"}, []adapter.ScalarType{sStr, sInt, sStr}, movies); err != nil {
		return err
	}
	if err := f.insert(ctx, "_ActorToMovie", []string{"A", "B"}, []adapter.ScalarType{sInt, sInt}, cast); err != nil {
		return err
	}
	var users, reviews [][]any
	for u := 1; u <= imdbUsers; u++ {
		users = append(users, []any{words[u%len(words)] + " user " + strconv.Itoa(u)})
	}
	if err := f.insert(ctx, "User", []string{"name"}, []adapter.ScalarType{sStr}, users); err != nil {
		return err
	}
	for m := 1; m <= imdbMovies; m++ {
		for k := 0; k < imdbReviews; k++ {
			reviews = append(reviews, []any{phrase(m+k, 12), int64((m+k)%5 + 1), int64((m*3+k)%imdbUsers + 1), int64(m)})
		}
	}
	return f.insert(ctx, "Review", []string{"body", "rating", "author_id", "movie_id"}, []adapter.ScalarType{sStr, sInt, sInt, sInt}, reviews)
}}

// The workload of ../shared/oracle/bench.mjs: 2,000 users (email, name,
// createdAt) and 10 posts for each of the first 200.
const (
	prismaUsers    = 2000
	prismaParents  = 200
	prismaChildren = 10
)

var prismaData = &dataset{name: "prisma", schema: prismaSchema, seed: func(ctx context.Context, f *fixture) error {
	var users [][]any
	for i := 1; i <= prismaUsers; i++ {
		users = append(users, []any{"u" + strconv.Itoa(i) + "@bench.io", "User " + strconv.Itoa(i), epoch})
	}
	if err := f.insert(ctx, "User", []string{"email", "name", "createdAt"}, []adapter.ScalarType{sStr, sStr, sTime}, users); err != nil {
		return err
	}
	var posts [][]any
	for u := 1; u <= prismaParents; u++ {
		for c := 0; c < prismaChildren; c++ {
			posts = append(posts, []any{"p" + strconv.Itoa(u) + "-" + strconv.Itoa(c), c%2 == 0, int64(u)})
		}
	}
	return f.insert(ctx, "Post", []string{"title", "published", "authorId"}, []adapter.ScalarType{sStr, sBool, sInt}, posts)
}}

// prismaNoIndexData is prismaData without the index on Post.authorId:
// Prisma creates none for a relation on SQLite, so this is what a schema
// that does not declare one gets.
var prismaNoIndexData = &dataset{name: "prisma-noindex", schema: strings.Replace(prismaSchema, "@@index([authorId])", "", 1), seed: prismaData.seed}
