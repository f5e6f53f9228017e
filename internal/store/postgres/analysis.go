package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

// PutAnalysis replaces the stored analysis of an.ArticleID in one
// transaction. The article must be stored (ENOTFOUND otherwise); every span
// must lie inside its text, coordinates and confidences in range and every
// string valid UTF-8 without NUL (EINVALID otherwise, with nothing
// written). Events without an ID get "<article id>/<n>". Concurrent puts of
// one article's analysis take turns; the last to commit wins.
func (s *Store) PutAnalysis(ctx context.Context, an *marsad.Analysis) error {
	if an == nil || an.ArticleID == "" {
		return marsad.Errorf(marsad.EINVALID, "analysis has no article id")
	}
	if hasNUL(an.ArticleID) || !utf8.ValidString(an.ArticleID) {
		return marsad.Errorf(marsad.ENOTFOUND, "article %q not found", an.ArticleID)
	}
	var text, source string
	var sortTime int64
	err := s.pool.QueryRow(ctx, `SELECT text, source, sort_time FROM articles WHERE id = $1`, an.ArticleID).Scan(&text, &source, &sortTime)
	if errors.Is(err, pgx.ErrNoRows) {
		return marsad.Errorf(marsad.ENOTFOUND, "article %q not found", an.ArticleID)
	}
	if err != nil {
		return dbError("put analysis", err)
	}
	if err := storetext.CheckAnalysis(an, utf8.RuneCountInString(text)); err != nil {
		return err
	}
	articleDay := ""
	if sortTime != 0 {
		articleDay = time.Unix(0, sortTime).UTC().Format(time.DateOnly)
	}
	id := an.ArticleID

	// Everything is encoded before the transaction, and sent in one batch.
	b := &pgx.Batch{}
	// The article's row lock makes concurrent puts of its analysis wait
	// for each other (after the wait the DELETE sees the winner's rows).
	b.Queue(`SELECT 1 FROM articles WHERE id = $1 FOR NO KEY UPDATE`, id)
	// Cascades remove entities, places, quotes and events.
	b.Queue(`DELETE FROM analyses WHERE article_id = $1`, id)
	b.Queue(`INSERT INTO analyses(article_id) VALUES ($1)`, id)
	enc := func(v any) (string, error) {
		j, err := json.Marshal(v)
		if err != nil {
			return "", err
		}
		if jsonHasNUL(j) {
			return "", marsad.Errorf(marsad.EINVALID, "analysis of %s holds a NUL character", id)
		}
		return string(j), nil
	}
	for i, e := range an.Entities {
		j, err := enc(e)
		if err != nil {
			return err
		}
		actorID := ""
		if e.Actor != nil {
			actorID = e.Actor.ID
		}
		b.Queue(`INSERT INTO entities(article_id, ord, start, "end", type, text, actor_id, json)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`, id, i, e.Start, e.End, e.Type, e.Text, actorID, j)
	}
	for i, p := range an.Places {
		j, err := enc(p)
		if err != nil {
			return err
		}
		b.Queue(`INSERT INTO places(article_id, ord, start, "end", name, lat, lon, country, json)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`, id, i, p.Start, p.End, p.Name, p.Lat, p.Lon, p.Country, j)
	}
	for i, q := range an.Quotes {
		j, err := enc(q)
		if err != nil {
			return err
		}
		speaker := ""
		if q.Speaker != nil {
			speaker = q.Speaker.ID
		}
		b.Queue(`INSERT INTO quotes(article_id, ord, start, "end", speaker_id, json)
			VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, id, i, q.Start, q.End, speaker, j)
	}
	for i := range an.Events {
		e := an.Events[i] // a copy: the caller's analysis is not changed
		e.ArticleID = id
		if e.ID == "" {
			e.ID = fmt.Sprintf("%s/%d", id, i)
		}
		j, err := enc(e)
		if err != nil {
			return err
		}
		sortDate := e.Date
		if sortDate == "" {
			sortDate = articleDay
		}
		var lat, lon *float64
		country := ""
		if e.Location != nil {
			lat, lon, country = &e.Location.Lat, &e.Location.Lon, e.Location.Country
		}
		if country == "" && e.Actor != nil {
			country = e.Actor.Country
		}
		keys := append(storetext.ActorKeys(e.Actor), storetext.ActorKeys(e.Recipient)...)
		if keys == nil {
			keys = []string{}
		}
		b.Queue(`INSERT INTO events(article_id, ord, event_id, type, mode, aux, date, sort_date,
			actor_id, actor_name, recipient_id, recipient_name, actor_keys, country, lat, lon, confidence, source, json)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::jsonb)`,
			id, i, e.ID, e.Type, e.Mode, e.Aux, e.Date, sortDate,
			actorField(e.Actor, true), actorField(e.Actor, false), actorField(e.Recipient, true), actorField(e.Recipient, false),
			keys, country, lat, lon, e.Confidence, source, j)
	}
	// The events' actor keys, one a row, for the actor directory.
	b.Queue(`INSERT INTO event_actor_keys(key, event_seq)
		SELECT DISTINCT k, e.seq FROM events e CROSS JOIN LATERAL unnest(e.actor_keys) k WHERE e.article_id = $1`, id)
	return s.inTx(ctx, "put analysis", func(tx pgx.Tx) error {
		return tx.SendBatch(ctx, b).Close()
	})
}

// jsonHasNUL reports whether encoded JSON holds the escape \u0000, which
// jsonb refuses (a backslash before it is itself escaped when even).
func jsonHasNUL(j []byte) bool {
	s := string(j)
	for {
		i := strings.Index(s, `\u0000`)
		if i < 0 {
			return false
		}
		n := 0
		for k := i - 1; k >= 0 && s[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return true
		}
		s = s[i+1:]
	}
}

func actorField(a *marsad.Actor, id bool) string {
	switch {
	case a == nil:
		return ""
	case id:
		return a.ID
	}
	return a.Name
}

// Analysis returns the stored analysis of an article, ENOTFOUND if none.
// One statement reads all four lists, so they come from one snapshot.
func (s *Store) Analysis(ctx context.Context, articleID string) (*marsad.Analysis, error) {
	if hasNUL(articleID) || !utf8.ValidString(articleID) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no analysis of article %q", articleID)
	}
	rows, err := s.pool.Query(ctx, `
		SELECT 0, 0, NULL::jsonb FROM analyses WHERE article_id = $1
		UNION ALL SELECT 1, ord, json FROM entities WHERE article_id = $1
		UNION ALL SELECT 2, ord, json FROM places WHERE article_id = $1
		UNION ALL SELECT 3, ord, json FROM quotes WHERE article_id = $1
		UNION ALL SELECT 4, ord, json FROM events WHERE article_id = $1
		ORDER BY 1, 2`, articleID)
	if err != nil {
		return nil, dbError("analysis", err)
	}
	an := &marsad.Analysis{ArticleID: articleID, Entities: []marsad.Entity{}, Places: []marsad.Place{}, Quotes: []marsad.Quote{}, Events: []marsad.Event{}}
	found := false
	var kind, ord int
	var j []byte
	_, err = pgx.ForEachRow(rows, []any{&kind, &ord, &j}, func() error {
		var err error
		switch kind {
		case 0:
			found = true
		case 1:
			var e marsad.Entity
			err = json.Unmarshal(j, &e)
			an.Entities = append(an.Entities, e)
		case 2:
			var p marsad.Place
			err = json.Unmarshal(j, &p)
			an.Places = append(an.Places, p)
		case 3:
			var q marsad.Quote
			err = json.Unmarshal(j, &q)
			an.Quotes = append(an.Quotes, q)
		case 4:
			var e marsad.Event
			err = json.Unmarshal(j, &e)
			an.Events = append(an.Events, e)
		}
		if err != nil {
			return fmt.Errorf("decode row %d/%d: %w", kind, ord, err)
		}
		return nil
	})
	if err != nil {
		return nil, dbError("analysis", err)
	}
	if !found {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no analysis of article %q", articleID)
	}
	return an, nil
}

// geoFirstKm is the largest Near radius for which Events reads the
// circle's events through the coordinate index before anything else.
const geoFirstKm = 150

// Events lists events matching q, newest first (the event's date, else its
// article's publication day; ties by storage order), one page at a time.
// Since and Until compare days: an event dated d is in [Since, Until) when
// d is on or after Since's day and starts before Until. Country matches the
// event location's country, or its actor's when it has no located country.
// Near keeps events within RadiusKm (great-circle) of the point.
func (s *Store) Events(ctx context.Context, q marsad.EventQuery) (marsad.EventPage, error) {
	var page marsad.EventPage
	limit, err := pageLimit(q.Limit)
	if err != nil {
		return page, err
	}
	var p args
	from := `events e`
	where, err := eventFilters(q, &p)
	if err != nil {
		return page, err
	}
	if b := q.BBox; b != nil {
		minLon, minLat, maxLon, maxLat := b[0], b[1], b[2], b[3]
		for _, v := range b {
			if math.IsNaN(v) {
				return page, marsad.Errorf(marsad.EINVALID, "bounding box has a NaN")
			}
		}
		if minLat > maxLat || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180 || maxLon < -180 || minLon > 180 {
			return page, marsad.Errorf(marsad.EINVALID, "bad bounding box %v: want minLon, minLat, maxLon, maxLat", *b)
		}
		where = append(where, `e.lat BETWEEN `+p.add(minLat)+` AND `+p.add(maxLat))
		if minLon <= maxLon {
			where = append(where, `e.lon BETWEEN `+p.add(minLon)+` AND `+p.add(maxLon))
		} else { // crosses the antimeridian
			where = append(where, `(e.lon >= `+p.add(minLon)+` OR e.lon <= `+p.add(maxLon)+`)`)
		}
	}
	if c := q.Near; c != nil {
		if math.IsNaN(c.Lat+c.Lon+c.RadiusKm) || c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 || c.RadiusKm < 0 {
			return page, marsad.Errorf(marsad.EINVALID, "bad circle (%v, %v) radius %v km", c.Lat, c.Lon, c.RadiusKm)
		}
		// Bounding-box prefilter (index on lat, lon), then the haversine
		// distance.
		dLat := c.RadiusKm / 111.2
		box := []string{`e.lat BETWEEN ` + p.add(c.Lat-dLat) + ` AND ` + p.add(c.Lat+dLat)}
		if cos := math.Cos(c.Lat * math.Pi / 180); cos > 0.01 {
			if dLon := c.RadiusKm / (111.2 * cos); dLon < 180 {
				lo, hi := c.Lon-dLon, c.Lon+dLon
				if lo >= -180 && hi <= 180 {
					box = append(box, `e.lon BETWEEN `+p.add(lo)+` AND `+p.add(hi))
				}
			}
		}
		if c.RadiusKm <= geoFirstKm {
			// A small circle holds few events: read them through the
			// coordinate index first. Left to itself the planner walks the
			// newest-first index hoping to fill a page soon, and reads
			// every event when the circle holds less than a page.
			from = `(SELECT * FROM events e WHERE ` + strings.Join(box, ` AND `) + ` OFFSET 0) e`
		} else {
			where = append(where, box...)
		}
		lat, lon := p.add(c.Lat), p.add(c.Lon)
		where = append(where, `2 * 6371.0088 * asin(least(1, sqrt(
			power(sin(radians(e.lat - `+lat+`) / 2), 2) +
			cos(radians(`+lat+`)) * cos(radians(e.lat)) * power(sin(radians(e.lon - `+lon+`) / 2), 2)))) <= `+p.add(c.RadiusKm))
	}
	if q.Cursor != "" {
		seq, date, err := decodeCursor("e", q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(e.sort_date, e.seq) < (`+p.add(date)+`, `+p.add(seq)+`)`)
	}
	query := `SELECT e.seq, e.sort_date, e.json FROM ` + from
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY e.sort_date DESC, e.seq DESC LIMIT ` + p.add(limit+1)
	rows, err := s.pool.Query(ctx, query, append(args{customPlan}, p...)...)
	if err != nil {
		return page, dbError("events", err)
	}
	page.Events = []*marsad.Event{}
	var lastSeq, seq int64
	var lastDate, date string
	var j []byte
	_, err = pgx.ForEachRow(rows, []any{&seq, &date, &j}, func() error {
		if len(page.Events) == limit {
			page.Next = encodeCursor("e", lastSeq, lastDate)
			return nil
		}
		var e marsad.Event
		if err := json.Unmarshal(j, &e); err != nil {
			return fmt.Errorf("decode event %d: %w", seq, err)
		}
		page.Events = append(page.Events, &e)
		lastSeq, lastDate = seq, date
		return nil
	})
	if err != nil {
		return page, dbError("events", err)
	}
	return page, nil
}
