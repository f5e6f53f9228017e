package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/cluster"
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
//     cluster.NearDuplicateWindow is the same story by cluster.SameStory
//     (SimHash within cluster.NearDuplicateDistance, or within
//     cluster.CheckDistance with enough 3-gram overlap): a is stored in that
//     article's story (the closest, then the earliest, wins);
//   - Stored otherwise, in a new story whose id is a.ID.
//
// Articles earlier in the batch count as stored for later ones. A missing
// ContentHash (and then SimHash) or CanonicalURL is computed with
// internal/cluster. An invalid article (empty ID or text, invalid UTF-8,
// out-of-range time) fails the whole batch with EINVALID; an ID already
// stored for another text and URL with ECONFLICT.
func (s *Store) PutArticles(ctx context.Context, as []*marsad.Article) ([]marsad.PutStatus, error) {
	for i, a := range as {
		if err := s.checkArticle(a); err != nil {
			if len(as) > 1 {
				return nil, &marsad.Error{Code: marsad.ErrorCode(err), Message: fmt.Sprintf("article %d: %s", i, marsad.ErrorMessage(err))}
			}
			return nil, err
		}
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, dbError("put articles", err)
	}
	defer tx.Rollback()
	w := s.aw.inTx(ctx, tx)
	out := make([]marsad.PutStatus, len(as))
	stories := make([]string, len(as))
	for i, a := range as {
		out[i], stories[i], err = w.put(ctx, a)
		if err != nil {
			return nil, dbError("put article "+a.ID, err)
		}
	}
	// The full-text rows go in last, in one statement: FTS5 flushes its
	// pending terms to a new segment at every statement savepoint, so one
	// insert per article would write (and later merge) one segment each.
	if len(w.pendingFTS) > 0 {
		b, err := json.Marshal(w.pendingFTS)
		if err != nil {
			return nil, dbError("put articles", err)
		}
		if _, err := w.fts.ExecContext(ctx, string(b)); err != nil {
			return nil, dbError("put articles", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, dbError("put articles", err)
	}
	for i, a := range as {
		a.StoryID = stories[i]
	}
	return out, nil
}

// checkArticle validates a and fills the identity fields it lacks.
func (s *Store) checkArticle(a *marsad.Article) error {
	if a == nil {
		return marsad.Errorf(marsad.EINVALID, "no article")
	}
	if a.ID == "" {
		return marsad.Errorf(marsad.EINVALID, "article has no id")
	}
	if len(a.ID) > 256 {
		return marsad.Errorf(marsad.EINVALID, "article id longer than 256 bytes")
	}
	if strings.TrimSpace(a.Text) == "" {
		return marsad.Errorf(marsad.EINVALID, "article %s has no text", a.ID)
	}
	if len(a.Text) > s.opts.MaxTextBytes {
		return marsad.Errorf(marsad.ETOOLARGE, "article %s: text of %d bytes exceeds %d", a.ID, len(a.Text), s.opts.MaxTextBytes)
	}
	for _, f := range []struct{ name, v string }{
		{"id", a.ID}, {"external id", a.ExternalID}, {"url", a.URL}, {"canonical url", a.CanonicalURL},
		{"source", a.Source}, {"title", a.Title}, {"author", a.Author}, {"lang", a.Lang},
		{"text", a.Text}, {"content hash", a.ContentHash}, {"story id", a.StoryID},
	} {
		if !utf8.ValidString(f.v) {
			return marsad.Errorf(marsad.EINVALID, "article %q: %s is not valid UTF-8", a.ID, f.name)
		}
	}
	for _, t := range []time.Time{a.Published, a.Fetched} {
		if !t.IsZero() && (t.Year() < 1700 || t.Year() > 2200) {
			return marsad.Errorf(marsad.EINVALID, "article %s: time %v out of range", a.ID, t)
		}
	}
	if a.ContentHash == "" {
		a.ContentHash = cluster.ContentHash(a.Text)
		a.SimHash = cluster.SimHash(a.Text)
	}
	if a.CanonicalURL == "" && a.URL != "" {
		a.CanonicalURL = cluster.CanonicalURL(a.URL)
	}
	return nil
}

// articleWrites holds the statements PutArticles runs, prepared once on
// the writer connection and bound to each transaction with inTx.
type articleWrites struct {
	byURL, byHash, byID, near    *sql.Stmt
	storyOf, textOf              *sql.Stmt
	newStory, joinStory, article *sql.Stmt
	band, fts                    *sql.Stmt

	pendingFTS [][2]any // (rowid, terms) of this transaction's articles
}

func prepareArticleWrites(ctx context.Context, db *sql.DB) (*articleWrites, error) {
	w := &articleWrites{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.byURL, `SELECT story_id FROM articles WHERE canonical_url = ? AND canonical_url <> ''`},
		{&w.byHash, `SELECT story_id FROM articles WHERE content_hash = ?`},
		{&w.byID, `SELECT 1 FROM articles WHERE id = ?`},
		{&w.near, `SELECT simhash, sort_time, article_seq FROM article_bands
			WHERE key IN (` + strings.TrimSuffix(strings.Repeat("?, ", cluster.Bands), ", ") + `) AND sort_time BETWEEN ? AND ?`},
		{&w.storyOf, `SELECT story_id FROM articles WHERE seq = ?`},
		{&w.textOf, `SELECT text, story_id FROM articles WHERE seq = ?`},
		{&w.newStory, `INSERT INTO stories(id, first_time, last_time, articles) VALUES (?, ?, ?, 1)`},
		{&w.joinStory, `UPDATE stories SET articles = articles + 1,
			first_time = min(first_time, ?1), last_time = max(last_time, ?1) WHERE id = ?2`},
		{&w.article, `INSERT INTO articles(id, external_id, url, canonical_url, source, title, author,
			published, fetched, sort_time, lang, text, content_hash, simhash, story_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.band, `INSERT INTO article_bands(key, sort_time, article_seq, simhash) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", cluster.Bands), ", ")},
		{&w.fts, `INSERT INTO articles_fts(rowid, terms)
			SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)`},
	} {
		st, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.dst = st
	}
	return w, nil
}

func (w *articleWrites) all() []**sql.Stmt {
	return []**sql.Stmt{&w.byURL, &w.byHash, &w.byID, &w.near, &w.storyOf, &w.textOf, &w.newStory, &w.joinStory, &w.article, &w.band, &w.fts}
}

// inTx returns the statements bound to tx; they close with it. The writer
// pool has one connection, so no statement is prepared again.
func (w *articleWrites) inTx(ctx context.Context, tx *sql.Tx) *articleWrites {
	c := *w
	c.pendingFTS = nil
	for _, st := range c.all() {
		*st = tx.StmtContext(ctx, *st)
	}
	return &c
}

func (w *articleWrites) close() {
	for _, st := range w.all() {
		if *st != nil {
			(*st).Close()
		}
	}
}

// put stores one article inside the transaction and returns its status and
// story.
func (w *articleWrites) put(ctx context.Context, a *marsad.Article) (marsad.PutStatus, string, error) {
	var story string
	if a.CanonicalURL != "" {
		err := w.byURL.QueryRowContext(ctx, a.CanonicalURL).Scan(&story)
		if err == nil {
			return marsad.DuplicateURL, story, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, "", err
		}
	}
	err := w.byHash.QueryRowContext(ctx, a.ContentHash).Scan(&story)
	if err == nil {
		return marsad.DuplicateText, story, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, "", err
	}
	var one int
	err = w.byID.QueryRowContext(ctx, a.ID).Scan(&one)
	if err == nil {
		return 0, "", marsad.Errorf(marsad.ECONFLICT, "article id %s is already stored with another URL and text", a.ID)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, "", err
	}

	sortTime := sortTimeOf(a)
	bands := cluster.BandValues(a.SimHash)
	args := make([]any, 0, cluster.Bands+2)
	for i, v := range bands {
		args = append(args, bandKey(i, v))
	}
	win := int64(cluster.NearDuplicateWindow)
	args = append(args, satAdd(sortTime, -win), satAdd(sortTime, win))
	status := marsad.Stored
	story = a.ID
	rows, err := w.near.QueryContext(ctx, args...)
	if err != nil {
		return 0, "", err
	}
	// Candidates share a band. The closest fingerprint wins (then the
	// earliest article, then the first stored) when it is within
	// cluster.NearDuplicateDistance; otherwise the closest few within
	// cluster.CheckDistance are read and compared by 3-gram containment.
	type cand struct {
		d      int
		t, seq int64
	}
	var cands []cand
	for rows.Next() {
		var sh, t, seq int64
		if err := rows.Scan(&sh, &t, &seq); err != nil {
			rows.Close()
			return 0, "", err
		}
		if d := cluster.Distance(uint64(sh), a.SimHash); d <= cluster.CheckDistance {
			cands = append(cands, cand{d, t, seq})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, "", err
	}
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if x.d != y.d {
			return x.d < y.d
		}
		if x.t != y.t {
			return x.t < y.t
		}
		return x.seq < y.seq
	})
	var mine map[uint64]struct{}
	const maxChecked = 4 // texts read per put, at most
	checked := 0
	for i, c := range cands {
		if i > 0 && c.seq == cands[i-1].seq {
			continue // found through two bands
		}
		var text string
		if c.d > cluster.NearDuplicateDistance {
			if checked == maxChecked {
				break
			}
			checked++
			if err := w.textOf.QueryRowContext(ctx, c.seq).Scan(&text, &story); err != nil {
				return 0, "", err
			}
		}
		same := cluster.SameStory(c.d, func() float64 {
			if mine == nil {
				mine = cluster.Shingles(a.Text)
			}
			return cluster.Containment(mine, cluster.Shingles(text))
		})
		if !same {
			continue
		}
		if c.d <= cluster.NearDuplicateDistance {
			if err := w.storyOf.QueryRowContext(ctx, c.seq).Scan(&story); err != nil {
				return 0, "", err
			}
		}
		status = marsad.NearDuplicate
		break
	}
	if status == marsad.Stored {
		story = a.ID
		if _, err := w.newStory.ExecContext(ctx, story, sortTime, sortTime); err != nil {
			return 0, "", err
		}
	} else if _, err := w.joinStory.ExecContext(ctx, sortTime, story); err != nil {
		return 0, "", err
	}
	res, err := w.article.ExecContext(ctx, a.ID, a.ExternalID, a.URL, a.CanonicalURL, a.Source, a.Title, a.Author,
		nullTime(a.Published), nullTime(a.Fetched), sortTime, a.Lang, a.Text, a.ContentHash, int64(a.SimHash), story)
	if err != nil {
		return 0, "", err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return 0, "", err
	}
	bandArgs := make([]any, 0, 4*cluster.Bands)
	for i, v := range bands {
		bandArgs = append(bandArgs, bandKey(i, v), sortTime, seq, int64(a.SimHash))
	}
	if _, err := w.band.ExecContext(ctx, bandArgs...); err != nil {
		return 0, "", err
	}
	w.pendingFTS = append(w.pendingFTS, [2]any{seq, indexTerms(a.Title + "\n" + a.Text)})
	return status, story, nil
}

func bandKey(band int, v uint64) int64 { return int64(band)<<cluster.BandBits | int64(v) }

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

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func fromNull(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

// indexTerms turns text into what the FTS column holds: every word replaced
// by its normalised stems (arabic.Stems: the whole word, and the word with
// its conjunction, preposition, article and pronoun clitics stripped),
// numbers and Latin words by their normalised form.
func indexTerms(text string) string {
	var b strings.Builder
	b.Grow(len(text) * 2)
	seen := map[string][]string{}
	for _, t := range arabic.Tokenize(text) {
		switch t.Kind {
		case arabic.Word:
			stems, ok := seen[t.Norm]
			if !ok {
				stems = arabic.Stems(t.Text)
				seen[t.Norm] = stems
			}
			for _, s := range stems {
				b.WriteString(s)
				b.WriteByte(' ')
			}
		case arabic.Number, arabic.Latin:
			b.WriteString(t.Norm)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// matchQuery turns a user's query into an FTS5 expression: every word must
// occur; a word matches its normalised form, and a word carrying the
// article (ال, لل, with و ف ب ك ل before it) also matches its stem with and
// without the article. Every term is a quoted FTS5 string, so no query
// syntax reaches FTS5 from the user. ok is false when the query has no word.
func matchQuery(q string) (expr string, ok bool) {
	var groups []string
	for _, t := range arabic.Tokenize(q) {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin:
		default:
			continue
		}
		alts := []string{t.Norm}
		if t.Kind == arabic.Word {
			for _, an := range arabic.Segment(t.Text) {
				if an.HasArticle() && an.Enclitic == "" {
					alts = append(alts, "ال"+an.Stem, an.Stem)
				}
			}
		}
		var parts []string
		seen := map[string]bool{}
		for _, a := range alts {
			if a == "" || seen[a] {
				continue
			}
			seen[a] = true
			parts = append(parts, `"`+strings.ReplaceAll(a, `"`, `""`)+`"`)
		}
		if len(parts) > 0 {
			groups = append(groups, "("+strings.Join(parts, " OR ")+")")
		}
	}
	if len(groups) == 0 {
		return "", false
	}
	return strings.Join(groups, " AND "), true
}

const articleCols = `a.id, a.external_id, a.url, a.canonical_url, a.source, a.title, a.author,
	a.published, a.fetched, a.lang, a.text, a.content_hash, a.simhash, a.story_id, a.sort_time`

func scanArticle(sc interface{ Scan(...any) error }) (*marsad.Article, int64, error) {
	var a marsad.Article
	var pub, fet sql.NullInt64
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
	a, _, err := scanArticle(s.r.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
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

// Articles lists articles newest first (publication time, else reception
// time; ties by id), filtered by q, one page at a time. Since is
// inclusive, Until exclusive.
func (s *Store) Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticlePage, error) {
	var page marsad.ArticlePage
	limit, err := pageLimit(q.Limit)
	if err != nil {
		return page, err
	}
	var where []string
	var args []any
	if q.Text != "" {
		expr, ok := matchQuery(q.Text)
		if !ok {
			return page, marsad.Errorf(marsad.EINVALID, "search %q has no word to look for", q.Text)
		}
		where = append(where, `a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`)
		args = append(args, expr)
	}
	if q.Source != "" {
		where = append(where, `a.source = ?`)
		args = append(args, q.Source)
	}
	if !q.Since.IsZero() {
		where = append(where, `a.sort_time >= ?`)
		args = append(args, q.Since.UnixNano())
	}
	if !q.Until.IsZero() {
		where = append(where, `a.sort_time < ?`)
		args = append(args, q.Until.UnixNano())
	}
	if q.Cursor != "" {
		t, id, err := decodeCursor("a", q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(a.sort_time, a.id) < (?, ?)`)
		args = append(args, t, id)
	}
	query := `SELECT ` + articleCols + ` FROM articles a`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY a.sort_time DESC, a.id DESC LIMIT ?`
	args = append(args, limit+1)
	rows, err := s.r.QueryContext(ctx, query, args...)
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
// base64url-encoded so callers treat it as opaque.
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
	if !ok1 || !ok2 || k != kind || err != nil {
		return 0, "", marsad.Errorf(marsad.EINVALID, "bad cursor")
	}
	return n, id, nil
}
