package postgres

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/storetext"
)

// PutArticle stores a, or reports it as a duplicate without storing it. See
// PutArticles.
func (s *Store) PutArticle(ctx context.Context, a *marsad.Article) (marsad.PutStatus, error) {
	st, err := s.PutArticles(ctx, []*marsad.Article{a})
	if err != nil {
		return 0, err
	}
	return st[0], nil
}

// PutArticles stores a batch of articles in one transaction: all of them
// are stored (or recognised as duplicates) or, on error, none. Each gets a
// status as from PutArticle:
//
//   - DuplicateURL when an article with its canonical URL is stored, then
//     DuplicateText when one with its content hash is; a.StoryID is set to
//     the stored article's story and nothing is written;
//   - NearDuplicate when a stored article published within
//     cluster.NearDuplicateWindow has a SimHash within
//     cluster.NearDuplicateDistance: a is stored in that article's story
//     (the closest, then the earliest, wins);
//   - Stored otherwise, in a new story whose id is a.ID.
//
// Articles earlier in the batch count as stored for later ones. Writers in
// other processes are safe: of two puts of one article exactly one stores
// it, and near-duplicates put at the same time join one story. A missing
// ContentHash (and then SimHash) or CanonicalURL is computed with
// internal/cluster. An invalid article (empty ID or text, invalid UTF-8, a
// NUL character, out-of-range time) fails the whole batch with EINVALID; an
// ID already stored for another text and URL with ECONFLICT.
func (s *Store) PutArticles(ctx context.Context, as []*marsad.Article) ([]marsad.PutStatus, error) {
	for i, a := range as {
		err := storetext.CheckArticle(a, s.opts.MaxTextBytes)
		if err == nil && hasNUL(a.ID, a.ExternalID, a.URL, a.CanonicalURL, a.Source, a.Title, a.Author, a.Lang, a.Text, a.ContentHash) {
			err = marsad.Errorf(marsad.EINVALID, "article %q holds a NUL character", a.ID)
		}
		if err != nil {
			if len(as) > 1 {
				return nil, &marsad.Error{Code: marsad.ErrorCode(err), Message: fmt.Sprintf("article %d: %s", i, marsad.ErrorMessage(err))}
			}
			return nil, err
		}
	}
	if cluster.Bands*(1<<cluster.BandBits) > math.MaxInt32 {
		return nil, marsad.Errorf(marsad.EINTERNAL, "band keys do not fit the schema") // caught by the package tests
	}
	// Terms are computed outside the transaction: it is the costly part.
	terms := make([][]string, len(as))
	for i, a := range as {
		terms[i] = lexemes(storetext.IndexTerms(a.Title + "\n" + a.Text))
	}
	// The advisory locks of every band the batch touches, taken in one
	// order, so that writers of articles sharing a band take turns and
	// each sees the other's articles as near-duplicate candidates.
	var keys []int32
	for _, a := range as {
		for i, v := range cluster.BandValues(a.SimHash) {
			keys = append(keys, bandKey(i, v))
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)

	out := make([]marsad.PutStatus, len(as))
	stories := make([]string, len(as))
	err := s.inTx(ctx, "put articles", func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock($1, k)) FROM unnest($2::integer[]) AS k`, lockBands, keys); err != nil {
			return err
		}
		for i, a := range as {
			st, story, err := putOne(ctx, tx, a, terms[i])
			if err != nil {
				return err
			}
			out[i], stories[i] = st, story
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, a := range as {
		a.StoryID = stories[i]
	}
	return out, nil
}

// maxIndexBytes bounds the lexemes of one article (PostgreSQL refuses a
// tsvector over 1 MB); maxLexeme bounds one lexeme (PostgreSQL's limit is
// 2 KB), longer words are not indexed.
const (
	maxIndexBytes = 900 << 10
	maxLexeme     = 256
)

// lexemes returns the distinct terms of an article that fit a tsvector.
func lexemes(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := make([]string, 0, len(terms))
	size := 0
	for _, t := range terms {
		if t == "" || len(t) > maxLexeme || seen[t] || hasNUL(t) {
			continue
		}
		if size+len(t)+8 > maxIndexBytes {
			break
		}
		seen[t] = true
		size += len(t) + 8
		out = append(out, t)
	}
	return out
}

// lookup finds what is stored under a's canonical URL, content hash and id.
func lookup(ctx context.Context, tx pgx.Tx, a *marsad.Article) (status marsad.PutStatus, story string, found bool, err error) {
	var byURL, byHash *string
	var idTaken bool
	err = tx.QueryRow(ctx, `SELECT
		(SELECT story_id FROM articles WHERE canonical_url = $1 AND $1 <> '' LIMIT 1),
		(SELECT story_id FROM articles WHERE content_hash = $2),
		EXISTS (SELECT 1 FROM articles WHERE id = $3)`, a.CanonicalURL, a.ContentHash, a.ID).Scan(&byURL, &byHash, &idTaken)
	switch {
	case err != nil:
		return 0, "", false, err
	case byURL != nil:
		return marsad.DuplicateURL, *byURL, true, nil
	case byHash != nil:
		return marsad.DuplicateText, *byHash, true, nil
	case idTaken:
		return 0, "", true, marsad.Errorf(marsad.ECONFLICT, "article id %s is already stored with another URL and text", a.ID)
	}
	return 0, "", false, nil
}

// putOne stores one article inside the transaction and returns its status
// and story.
func putOne(ctx context.Context, tx pgx.Tx, a *marsad.Article, terms []string) (marsad.PutStatus, string, error) {
	if st, story, found, err := lookup(ctx, tx, a); found || err != nil {
		return st, story, err
	}
	sortTime := sortTimeOf(a)
	bands := cluster.BandValues(a.SimHash)
	keys := make([]int32, len(bands))
	for i, v := range bands {
		keys[i] = bandKey(i, v)
	}
	win := int64(cluster.NearDuplicateWindow)
	rows, err := tx.Query(ctx, `SELECT simhash, sort_time, article_seq FROM article_bands
		WHERE key = ANY($1) AND sort_time BETWEEN $2 AND $3`, keys, satAdd(sortTime, -win), satAdd(sortTime, win))
	if err != nil {
		return 0, "", err
	}
	var cands []storetext.Candidate
	var sh, t, seq int64
	_, err = pgx.ForEachRow(rows, []any{&sh, &t, &seq}, func() error {
		cands = append(cands, storetext.Candidate{Distance: cluster.Distance(uint64(sh), a.SimHash), Time: t, Seq: seq})
		return nil
	})
	if err != nil {
		return 0, "", err
	}
	status, story := marsad.Stored, a.ID
	best, ok, err := storetext.ChooseStory(a.Text, cands, func(seq int64) (text string, err error) {
		err = tx.QueryRow(ctx, `SELECT text FROM articles WHERE seq = $1`, seq).Scan(&text)
		return text, err
	})
	if err != nil {
		return 0, "", err
	}
	if ok {
		if err := tx.QueryRow(ctx, `SELECT story_id FROM articles WHERE seq = $1`, best).Scan(&story); err != nil {
			return 0, "", err
		}
		status = marsad.NearDuplicate
	}
	// The article and its bands in one statement. A concurrent writer may
	// have committed the same URL, text or id since the lookup: then
	// nothing is inserted and the lookup, seeing that writer's commit,
	// says what a is.
	var n int
	err = tx.QueryRow(ctx, `WITH a AS (
		INSERT INTO articles(id, external_id, url, canonical_url, source, title, author,
			published, fetched, sort_time, lang, text, content_hash, simhash, story_id, terms)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, array_to_tsvector($16::text[]))
		ON CONFLICT DO NOTHING
		RETURNING seq
	), b AS (
		INSERT INTO article_bands(key, sort_time, article_seq, simhash)
		SELECT k, $10, a.seq, $14 FROM a, unnest($17::integer[]) AS k
		RETURNING 1
	)
	SELECT count(*) FROM b`,
		a.ID, a.ExternalID, a.URL, a.CanonicalURL, a.Source, a.Title, a.Author,
		nullTime(a.Published), nullTime(a.Fetched), sortTime, a.Lang, a.Text, a.ContentHash, int64(a.SimHash), story,
		terms, keys).Scan(&n)
	if err != nil {
		return 0, "", err
	}
	if n == 0 {
		st, story, found, err := lookup(ctx, tx, a)
		if err == nil && !found {
			err = fmt.Errorf("article %s: conflicting write not visible", a.ID)
		}
		return st, story, err
	}
	if status == marsad.Stored {
		_, err = tx.Exec(ctx, `INSERT INTO stories(id, first_time, last_time, articles) VALUES ($1, $2, $2, 1)`, story, sortTime)
	} else {
		_, err = tx.Exec(ctx, `UPDATE stories SET articles = articles + 1,
			first_time = least(first_time, $1), last_time = greatest(last_time, $1) WHERE id = $2`, sortTime, story)
	}
	if err != nil {
		return 0, "", err
	}
	return status, story, nil
}

func bandKey(band int, v uint64) int32 { return int32(band)<<cluster.BandBits | int32(v) }

func satAdd(a, b int64) int64 {
	switch {
	case b > 0 && a > math.MaxInt64-b:
		return math.MaxInt64
	case b < 0 && a < math.MinInt64-b:
		return math.MinInt64
	}
	return a + b
}

// sortTimeOf is the "newest first" key: publication, else reception.
func sortTimeOf(a *marsad.Article) int64 {
	switch {
	case !a.Published.IsZero():
		return a.Published.UnixNano()
	case !a.Fetched.IsZero():
		return a.Fetched.UnixNano()
	}
	return 0
}

func nullTime(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	n := t.UnixNano()
	return &n
}

func fromNull(n *int64) time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(0, *n).UTC()
}

// tsQuery turns a user's search into tsquery text: each group of
// alternatives (storetext.QueryGroups) is an OR of quoted lexemes, and
// groups are ANDed. Every lexeme is quoted with ' and \ escaped, so nothing
// of the user's text is tsquery syntax, and the text goes to PostgreSQL as a
// parameter cast to tsquery (no parser, no configuration: the lexemes are
// normalised here as the index's are). ok is false when q has no word.
func tsQuery(q string) (expr string, ok bool) {
	var groups []string
	for _, g := range storetext.QueryGroups(q) {
		var alts []string
		for _, t := range g {
			if hasNUL(t) || len(t) > maxLexeme {
				continue
			}
			alts = append(alts, `'`+strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(t)+`'`)
		}
		if len(alts) > 0 {
			groups = append(groups, "("+strings.Join(alts, " | ")+")")
		}
	}
	if len(groups) == 0 {
		return "", false
	}
	return strings.Join(groups, " & "), true
}

const articleCols = `a.id, a.external_id, a.url, a.canonical_url, a.source, a.title, a.author,
	a.published, a.fetched, a.lang, a.text, a.content_hash, a.simhash, a.story_id, a.sort_time`

func scanArticle(sc pgx.Row) (*marsad.Article, int64, error) {
	var a marsad.Article
	var pub, fet *int64
	var sh, sortTime int64
	if err := sc.Scan(&a.ID, &a.ExternalID, &a.URL, &a.CanonicalURL, &a.Source, &a.Title, &a.Author,
		&pub, &fet, &a.Lang, &a.Text, &a.ContentHash, &sh, &a.StoryID, &sortTime); err != nil {
		return nil, 0, err
	}
	a.Published, a.Fetched, a.SimHash = fromNull(pub), fromNull(fet), uint64(sh)
	return &a, sortTime, nil
}

// Article returns the article with id, ENOTFOUND if none.
func (s *Store) Article(ctx context.Context, id string) (*marsad.Article, error) {
	if hasNUL(id) || !utf8.ValidString(id) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "article %q not found", id)
	}
	a, _, err := scanArticle(s.pool.QueryRow(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, dbError("article", err)
	}
	return a, nil
}

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

func pageLimit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, marsad.Errorf(marsad.EINVALID, "negative limit %d", n)
	case n == 0:
		return DefaultLimit, nil
	case n > MaxLimit:
		return MaxLimit, nil
	}
	return n, nil
}

// customPlan runs a search with a plan made for its values. Cached
// prepared statements switch after five runs to a generic plan that
// ignores the values: for a bounding box it then scanned the coordinate
// index and sorted (14 ms) where a walk down the newest-first index stops
// after a page (0.2 ms). The unnamed statement of this mode is planned at
// each run, for a fraction of a millisecond.
const customPlan = pgx.QueryExecModeCacheDescribe

// args collects query parameters and hands out their placeholders.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// Articles lists articles newest first (publication time, else reception
// time; ties by id), filtered by q, one page at a time. Since is
// inclusive, Until exclusive.
func (s *Store) Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticlePage, error) {
	var page marsad.ArticlePage
	limit, err := pageLimit(q.Limit)
	if err != nil {
		return page, err
	}
	if hasNUL(q.Source, q.Cursor) {
		return page, marsad.Errorf(marsad.EINVALID, "query holds a NUL character")
	}
	var where []string
	var p args
	if q.Text != "" {
		expr, ok := tsQuery(q.Text)
		if !ok {
			return page, marsad.Errorf(marsad.EINVALID, "search %q has no word to look for", q.Text)
		}
		where = append(where, `a.terms @@ `+p.add(expr)+`::tsquery`)
	}
	if q.Source != "" {
		where = append(where, `a.source = `+p.add(q.Source))
	}
	if !q.Since.IsZero() {
		where = append(where, `a.sort_time >= `+p.add(q.Since.UnixNano()))
	}
	if !q.Until.IsZero() {
		where = append(where, `a.sort_time < `+p.add(q.Until.UnixNano()))
	}
	if q.Cursor != "" {
		t, id, err := decodeCursor("a", q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(a.sort_time, a.id) < (`+p.add(t)+`, `+p.add(id)+`)`)
	}
	query := `SELECT ` + articleCols + ` FROM articles a`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY a.sort_time DESC, a.id DESC LIMIT ` + p.add(limit+1)
	rows, err := s.pool.Query(ctx, query, append(args{customPlan}, p...)...)
	if err != nil {
		return page, dbError("articles", err)
	}
	defer rows.Close()
	page.Articles = []*marsad.Article{}
	var lastTime int64
	for rows.Next() {
		a, t, err := scanArticle(rows)
		if err != nil {
			return page, dbError("articles", err)
		}
		if len(page.Articles) == limit {
			last := page.Articles[limit-1]
			page.Next = encodeCursor("a", lastTime, last.ID)
			break
		}
		page.Articles = append(page.Articles, a)
		lastTime = t
	}
	if err := rows.Err(); err != nil {
		return page, dbError("articles", err)
	}
	return page, nil
}

// A cursor is the sort key of the last row of a page: kind, number and id,
// base64url-encoded so callers treat it as opaque. The format is the
// SQLite engine's: a client paging one engine's API can page the other's.
func encodeCursor(kind string, n int64, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + strconv.FormatInt(n, 10) + ":" + id))
}

func decodeCursor(kind, c string) (int64, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, "", marsad.Errorf(marsad.EINVALID, "bad cursor")
	}
	k, rest, ok1 := strings.Cut(string(b), ":")
	num, id, ok2 := strings.Cut(rest, ":")
	n, err := strconv.ParseInt(num, 10, 64)
	if !ok1 || !ok2 || k != kind || err != nil || hasNUL(id) || !utf8.ValidString(id) {
		return 0, "", marsad.Errorf(marsad.EINVALID, "bad cursor")
	}
	return n, id, nil
}
