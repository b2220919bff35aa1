package bench

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// rawDB runs hand-written SQL on the driver under a fixture's adapter (the
// same pool): pgx on PostgreSQL, database/sql with prepared statements on
// SQLite and MySQL. Rows are scanned into typed structs, as hand-written
// code does; relations are stitched with maps.
type rawDB struct {
	f     *fixture
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
	texts map[string]string
}

func newRaw(f *fixture) *rawDB {
	return &rawDB{f: f, stmts: map[string]*sql.Stmt{}, texts: map[string]string{}}
}

// text turns a statement written with "double quotes" and ? placeholders
// into the fixture's dialect; "(?*)" is a list of n placeholders.
func (r *rawDB) text(tmpl string, n int) string {
	key := tmpl
	if n > 0 {
		key = tmpl + "#" + strconv.Itoa(n)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.texts[key]; ok {
		return t
	}
	t := tmpl
	if n > 0 {
		t = strings.Replace(t, "(?*)", "("+strings.Repeat("?,", n-1)+"?)", 1)
	}
	switch r.f.db {
	case "mysql":
		t = strings.ReplaceAll(t, `"`, "`")
	case "postgresql":
		var b strings.Builder
		k := 0
		for _, c := range t {
			if c == '?' {
				k++
				b.WriteString("$" + strconv.Itoa(k))
				continue
			}
			b.WriteRune(c)
		}
		t = b.String()
	}
	r.texts[key] = t
	return t
}

func (r *rawDB) stmt(ctx context.Context, text string) (*sql.Stmt, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.stmts[text]; ok {
		return s, nil
	}
	s, err := r.f.sqlDB.PrepareContext(ctx, text)
	if err != nil {
		return nil, err
	}
	r.stmts[text] = s
	return s, nil
}

// rq runs statements outside or inside a transaction.
type rq struct {
	r    *rawDB
	tx   *sql.Tx
	pgtx pgx.Tx
}

type scanFunc = func(dest ...any) error

// query runs a statement and calls each per row.
func (q rq) query(ctx context.Context, tmpl string, n int, args []any, each func(scan scanFunc) error) error {
	text := q.r.text(tmpl, n)
	if q.r.f.pool != nil {
		var rows pgx.Rows
		var err error
		if q.pgtx != nil {
			rows, err = q.pgtx.Query(ctx, text, args...)
		} else {
			rows, err = q.r.f.pool.Query(ctx, text, args...)
		}
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := each(rows.Scan); err != nil {
				return err
			}
		}
		return rows.Err()
	}
	st, err := q.r.stmt(ctx, text)
	if err != nil {
		return err
	}
	if q.tx != nil {
		st = q.tx.StmtContext(ctx, st)
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// exec runs a statement and returns the last insert id (MySQL).
func (q rq) exec(ctx context.Context, tmpl string, args []any) (int64, error) {
	text := q.r.text(tmpl, 0)
	if q.r.f.pool != nil {
		var err error
		if q.pgtx != nil {
			_, err = q.pgtx.Exec(ctx, text, args...)
		} else {
			_, err = q.r.f.pool.Exec(ctx, text, args...)
		}
		return 0, err
	}
	st, err := q.r.stmt(ctx, text)
	if err != nil {
		return 0, err
	}
	if q.tx != nil {
		st = q.tx.StmtContext(ctx, st)
	}
	res, err := st.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// inTx runs fn in a transaction.
func (r *rawDB) inTx(ctx context.Context, fn func(q rq) error) error {
	if r.f.pool != nil {
		tx, err := r.f.pool.Begin(ctx)
		if err != nil {
			return err
		}
		if err := fn(rq{r: r, pgtx: tx}); err != nil {
			tx.Rollback(ctx)
			return err
		}
		return tx.Commit(ctx)
	}
	tx, err := r.f.sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(rq{r: r, tx: tx}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Rows, as hand-written code declares them.

type user struct {
	ID        int64
	Email     string
	Name      sql.NullString
	CreatedAt time.Time
	Big       sql.NullInt64
	Dec       sql.NullString
	Data      sql.NullString
	Bytes     []byte
	Posts     []*post
}

// pgUser is user as pgx scans it.
type pgUser struct {
	ID        int64
	Email     string
	Name      pgtype.Text
	CreatedAt pgtype.Timestamp
	Big       pgtype.Int8
	Dec       pgtype.Numeric
	Data      []byte
	Bytes     []byte
	Posts     []*post
}

type post struct {
	ID        int64
	Title     string
	Published bool
	Views     int64
	AuthorID  int64
	Comments  []*comment
}

type comment struct {
	ID     int64
	Body   string
	PostID int64
}

type movie struct {
	ID          int64
	Title       string
	Year        int64
	Description string
	Cast        []*actor
}

type actor struct {
	ID       int64
	Name     string
	PersonID int64
}

// scanUser reads the 8 user columns; id and the count of users go to sum.
func (q rq) scanUser(scan scanFunc, out *[]any) error {
	if q.r.f.pool != nil {
		u := &pgUser{}
		if err := scan(&u.ID, &u.Email, &u.Name, &u.CreatedAt, &u.Big, &u.Dec, &u.Data, &u.Bytes); err != nil {
			return err
		}
		*out = append(*out, u)
		return nil
	}
	u := &user{}
	if err := scan(&u.ID, &u.Email, &u.Name, &u.CreatedAt, &u.Big, &u.Dec, &u.Data, &u.Bytes); err != nil {
		return err
	}
	*out = append(*out, u)
	return nil
}

func userID(u any) int64 {
	if p, ok := u.(*pgUser); ok {
		return p.ID
	}
	return u.(*user).ID
}

func setPosts(u any, posts []*post) {
	if p, ok := u.(*pgUser); ok {
		p.Posts = posts
		return
	}
	u.(*user).Posts = posts
}

func scanPost(scan scanFunc) (*post, error) {
	p := &post{}
	return p, scan(&p.ID, &p.Title, &p.Published, &p.Views, &p.AuthorID)
}

func int64s(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// A checksum of what a request read: records at every level and the sum
// of their ids, compared with the engine's answer in TestRawMatchesEngine.
type checksum struct{ records, ids int64 }

func (c *checksum) add(id int64) { c.records++; c.ids += id }

const (
	userCols  = `"t0"."id", "t0"."email", "t0"."name", "t0"."createdAt", "t0"."big", "t0"."dec", "t0"."data", "t0"."bytes"`
	postCols1 = `"t1"."id", "t1"."title", "t1"."published", "t1"."views", "t1"."authorId"`
	movieCols = `"t0"."id", "t0"."title", "t0"."year", "t0"."description"`
)

// rawShapes are the hand-written baselines of the shapes, keyed by name.
// Each takes the same i as shape.line.
var rawShapes = map[string]func(ctx context.Context, r *rawDB, i int) (checksum, error){
	"findUnique": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var us []any
		q := rq{r: r}
		err := q.query(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?`, 0,
			[]any{int64(i%shapesUsers + 1), int64(1)}, func(scan scanFunc) error { return q.scanUser(scan, &us) })
		var c checksum
		for _, u := range us {
			c.add(userID(u))
		}
		return c, err
	},
	"findManyWhereOrderTake100": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var ps []*post
		err := rq{r: r}.query(ctx, `SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."views", "t0"."authorId" FROM "Post" AS "t0" WHERE ("t0"."authorId" >= ? AND "t0"."published" = ?) ORDER BY "t0"."id" DESC LIMIT ?`, 0,
			[]any{int64(i%(shapesUsers-100) + 1), true, int64(100)}, func(scan scanFunc) error {
				p, err := scanPost(scan)
				ps = append(ps, p)
				return err
			})
		var c checksum
		for _, p := range ps {
			c.add(p.ID)
		}
		return c, err
	},
	"findManyInclude2Levels": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var c checksum
		q := rq{r: r}
		var us []any
		err := q.query(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE "t0"."id" >= ? ORDER BY "t0"."id" ASC LIMIT ?`, 0,
			[]any{int64(i%(shapesCommented-10) + 1), int64(10)}, func(scan scanFunc) error { return q.scanUser(scan, &us) })
		if err != nil || len(us) == 0 {
			return c, err
		}
		ids := make([]int64, len(us))
		byID := make(map[int64][]*post, len(us))
		for k, u := range us {
			ids[k] = userID(u)
			c.add(ids[k])
		}
		var postIDs []int64
		postByID := map[int64]*post{}
		err = q.query(ctx, `SELECT `+postCols1+` FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?*)`, len(ids), int64s(ids), func(scan scanFunc) error {
			p, err := scanPost(scan)
			byID[p.AuthorID] = append(byID[p.AuthorID], p)
			postIDs = append(postIDs, p.ID)
			postByID[p.ID] = p
			c.add(p.ID)
			return err
		})
		if err != nil {
			return c, err
		}
		for _, u := range us {
			setPosts(u, byID[userID(u)])
		}
		if len(postIDs) == 0 {
			return c, nil
		}
		err = q.query(ctx, `SELECT "t2"."id", "t2"."body", "t2"."postId" FROM "Comment" AS "t2" WHERE "t2"."postId" IN (?*)`, len(postIDs), int64s(postIDs), func(scan scanFunc) error {
			cm := &comment{}
			if err := scan(&cm.ID, &cm.Body, &cm.PostID); err != nil {
				return err
			}
			p := postByID[cm.PostID]
			p.Comments = append(p.Comments, cm)
			c.add(cm.ID)
			return nil
		})
		return c, err
	},
	"createNested": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var c checksum
		email := "raw" + strconv.FormatInt(uniq.Add(1), 10) + "-" + strconv.Itoa(i) + "@bench.io"
		name := "New " + strconv.Itoa(i)
		title := "First post of " + strconv.Itoa(i)
		now := time.Now().UTC().Truncate(time.Millisecond)
		err := r.inTx(ctx, func(q rq) error {
			var us []any
			scanU := func(scan scanFunc) error { return q.scanUser(scan, &us) }
			if r.f.db == "mysql" {
				id, err := q.exec(ctx, `INSERT INTO "User" ("email", "name", "createdAt") VALUES (?, ?, ?)`, []any{email, name, now})
				if err != nil {
					return err
				}
				if err := q.query(ctx, `SELECT "id", "email", "name", "createdAt", "big", "dec", "data", "bytes" FROM "User" WHERE "id" = ?`, 0, []any{id}, scanU); err != nil {
					return err
				}
				pid, err := q.exec(ctx, `INSERT INTO "Post" ("authorId", "title", "published", "views") VALUES (?, ?, ?, ?)`, []any{id, title, false, int64(0)})
				if err != nil {
					return err
				}
				if err := q.query(ctx, `SELECT "id", "title", "published", "views", "authorId" FROM "Post" WHERE "id" = ?`, 0, []any{pid}, func(scan scanFunc) error {
					_, err := scanPost(scan)
					return err
				}); err != nil {
					return err
				}
				us = us[:0]
				if err := q.query(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?`, 0, []any{id, int64(1)}, scanU); err != nil {
					return err
				}
			} else {
				if err := q.query(ctx, `INSERT INTO "User" ("email", "name", "createdAt") VALUES (?, ?, ?) RETURNING "id", "email", "name", "createdAt", "big", "dec", "data", "bytes"`, 0, []any{email, name, now}, scanU); err != nil {
					return err
				}
				if len(us) != 1 {
					return errors.New("no user returned")
				}
				id := userID(us[0])
				if err := q.query(ctx, `INSERT INTO "Post" ("authorId", "title", "published", "views") VALUES (?, ?, ?, ?) RETURNING "id", "title", "published", "views", "authorId"`, 0, []any{id, title, false, int64(0)}, func(scan scanFunc) error {
					_, err := scanPost(scan)
					return err
				}); err != nil {
					return err
				}
				us = us[:0]
				if err := q.query(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE "t0"."id" = ? LIMIT ?`, 0, []any{id, int64(1)}, scanU); err != nil {
					return err
				}
			}
			if len(us) != 1 {
				return errors.New("no user read back")
			}
			c.add(userID(us[0]))
			return nil
		})
		return c, err
	},
	"updateOne": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var c checksum
		id := int64(i%(shapesUsers*shapesPostsPerUser) + 1)
		title := "Title " + strconv.Itoa(i)
		scanP := func(scan scanFunc) error {
			p, err := scanPost(scan)
			if err == nil {
				c.add(p.ID)
			}
			return err
		}
		if r.f.db != "mysql" {
			err := rq{r: r}.query(ctx, `UPDATE "Post" SET "title" = ?, "views" = ("Post"."views" + ?) WHERE "Post"."id" = ? RETURNING "id", "title", "published", "views", "authorId"`, 0, []any{title, int64(1), id}, scanP)
			return c, err
		}
		err := r.inTx(ctx, func(q rq) error {
			found := false
			if err := q.query(ctx, `SELECT "t0"."id", "t0"."title", "t0"."published", "t0"."views", "t0"."authorId" FROM "Post" AS "t0" WHERE "t0"."id" = ? LIMIT ?`, 0, []any{id, int64(1)}, func(scan scanFunc) error {
				found = true
				_, err := scanPost(scan)
				return err
			}); err != nil {
				return err
			}
			if !found {
				return errors.New("not found")
			}
			if _, err := q.exec(ctx, `UPDATE "Post" SET "title" = ?, "views" = ("Post"."views" + ?) WHERE ("Post"."id" IN (?) AND "Post"."id" = ?)`, []any{title, int64(1), id, id}); err != nil {
				return err
			}
			return q.query(ctx, `SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."views", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."id" IN (?)`, 0, []any{id}, scanP)
		})
		return c, err
	},
	"imdbFindManyAll": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		ms, err := r.movies(ctx, `SELECT `+movieCols+` FROM "Movie" AS "t0" WHERE 1=1`, nil)
		return moviesSum(ms), err
	},
	"imdbFindManyTake2000": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		ms, err := r.movies(ctx, `SELECT `+movieCols+` FROM "Movie" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?`, []any{int64(2000)})
		return moviesSum(ms), err
	},
	"imdbIncludeCastTake2000": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		ms, err := r.movies(ctx, `SELECT `+movieCols+` FROM "Movie" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC LIMIT ?`, []any{int64(2000)})
		if err != nil {
			return checksum{}, err
		}
		c := moviesSum(ms)
		byID := make(map[int64]*movie, len(ms))
		ids := make([]any, len(ms))
		for k, m := range ms {
			byID[m.ID] = m
			ids[k] = m.ID
		}
		// In chunks of the driver's bind limit, as the engine does on SQLite.
		chunk := len(ids)
		if r.f.db == "sqlite" {
			chunk = 999
		}
		for start := 0; start < len(ids); start += chunk {
			part := ids[start:min(start+chunk, len(ids))]
			err := rq{r: r}.query(ctx, `SELECT "t1"."id", "t1"."name", "t1"."person_id", "j"."B" FROM "Actor" AS "t1" INNER JOIN "_ActorToMovie" AS "j" ON "j"."A" = "t1"."id" WHERE "j"."B" IN (?*)`, len(part), part, func(scan scanFunc) error {
				a := &actor{}
				var mid int64
				if err := scan(&a.ID, &a.Name, &a.PersonID, &mid); err != nil {
					return err
				}
				m := byID[mid]
				m.Cast = append(m.Cast, a)
				c.add(a.ID)
				return nil
			})
			if err != nil {
				return c, err
			}
		}
		return c, nil
	},
	"imdbWhereReviewsAuthor": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		ms, err := r.movies(ctx, `SELECT `+movieCols+` FROM "Movie" AS "t0" WHERE EXISTS(SELECT "t1"."movie_id" FROM "Review" AS "t1" LEFT JOIN "User" AS "j0" ON ("j0"."id") = ("t1"."author_id") WHERE ((("j0"."name" > ? OR "j0"."name" < ?) AND ("j0"."id" IS NOT NULL)) AND ("t1"."movie_id") = ("t0"."id") AND "t1"."movie_id" IS NOT NULL)) ORDER BY "t0"."id" ASC LIMIT ?`,
			[]any{"a", "f", int64(100)})
		return moviesSum(ms), err
	},

	// bench.mjs's floor statements, as noengine writes them.
	"A-findUnique": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		var us []any
		q := rq{r: r}
		err := q.query(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE ("t0"."id" = ? AND 1=1) LIMIT ?`, 0,
			[]any{int64(i%prismaUsers + 1), int64(1)}, func(scan scanFunc) error { return q.scanUser(scan, &us) })
		var c checksum
		for _, u := range us {
			c.add(userID(u))
		}
		return c, err
	},
	"B-findManyInclude": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		return r.usersWithPosts(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE "t0"."id" = ?`, []any{int64(i%prismaParents + 1)})
	},
	"B10-findManyTake10Include": func(ctx context.Context, r *rawDB, i int) (checksum, error) {
		return r.usersWithPosts(ctx, `SELECT `+userCols+` FROM "User" AS "t0" WHERE "t0"."id" >= ? ORDER BY "t0"."id" ASC LIMIT ?`, []any{int64(i%(prismaParents-10) + 1), int64(10)})
	},
}

func (r *rawDB) movies(ctx context.Context, tmpl string, args []any) ([]*movie, error) {
	var ms []*movie
	err := rq{r: r}.query(ctx, tmpl, 0, args, func(scan scanFunc) error {
		m := &movie{}
		ms = append(ms, m)
		return scan(&m.ID, &m.Title, &m.Year, &m.Description)
	})
	return ms, err
}

func moviesSum(ms []*movie) checksum {
	var c checksum
	for _, m := range ms {
		c.add(m.ID)
	}
	return c
}

// usersWithPosts reads users, then their posts (the prisma schema's Post
// has no views column).
func (r *rawDB) usersWithPosts(ctx context.Context, tmpl string, args []any) (checksum, error) {
	var c checksum
	q := rq{r: r}
	var us []any
	if err := q.query(ctx, tmpl, 0, args, func(scan scanFunc) error { return q.scanUser(scan, &us) }); err != nil || len(us) == 0 {
		return c, err
	}
	ids := make([]int64, len(us))
	byID := make(map[int64][]*post, len(us))
	for k, u := range us {
		ids[k] = userID(u)
		c.add(ids[k])
	}
	err := q.query(ctx, `SELECT "t1"."id", "t1"."title", "t1"."published", "t1"."authorId" FROM "Post" AS "t1" WHERE "t1"."authorId" IN (?*)`, len(ids), int64s(ids), func(scan scanFunc) error {
		p := &post{}
		if err := scan(&p.ID, &p.Title, &p.Published, &p.AuthorID); err != nil {
			return err
		}
		byID[p.AuthorID] = append(byID[p.AuthorID], p)
		c.add(p.ID)
		return nil
	})
	for _, u := range us {
		setPosts(u, byID[userID(u)])
	}
	return c, err
}
