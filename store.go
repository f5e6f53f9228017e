package marsad

import (
	"context"
	"time"
)

// Store is the one storage contract. Each engine (internal/store/sqlite,
// later internal/store/postgres) implements it with its own SQL, and
// internal/store/storetest checks both with the same suite.
//
// Writes are idempotent: putting the same article or analysis twice leaves
// the store as after the first put.
type Store interface {
	// PutArticle stores a new article or reports why it is a duplicate. The
	// caller fills ID, CanonicalURL, ContentHash and SimHash (see
	// internal/cluster); the store enforces uniqueness and groups near
	// duplicates into the earlier article's story, setting a.StoryID.
	PutArticle(ctx context.Context, a *Article) (PutStatus, error)
	// Article returns one article, ENOTFOUND if absent.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles lists or searches articles, newest first, one page at a time.
	Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error)
	// PutAnalysis replaces what is stored of an article's analysis.
	PutAnalysis(ctx context.Context, an *Analysis) error
	// Analysis returns the stored analysis of an article, ENOTFOUND if none.
	Analysis(ctx context.Context, articleID string) (*Analysis, error)
	// Events lists events matching q, one page at a time.
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// ArticleQuery selects articles. Zero values mean "any".
type ArticleQuery struct {
	Text   string // full-text query, matched across Arabic orthographic variants and clitics
	Source string
	Since  time.Time
	Until  time.Time
	Limit  int    // default 50, at most 1000
	Cursor string // opaque, from the previous page
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles []*Article `json:"articles"`
	Next     string     `json:"next,omitempty"` // cursor of the next page, empty at the end
}

// EventQuery selects events. Zero values mean "any".
type EventQuery struct {
	Since, Until  time.Time // event date range
	Types         []string
	Modes         []string
	Actor         string // actor id or name, either role
	Country       string
	MinConfidence float64
	ArticleID     string
	Source        string
	BBox          *[4]float64 // minLon, minLat, maxLon, maxLat
	Near          *Circle
	Limit         int
	Cursor        string
}

// Circle is a point and a radius in kilometres.
type Circle struct {
	Lat, Lon, RadiusKm float64
}

// EventPage is one page of events.
type EventPage struct {
	Events []*Event `json:"events"`
	Next   string   `json:"next,omitempty"`
}

// Stats counts stored things.
type Stats struct {
	Articles int `json:"articles"`
	Stories  int `json:"stories"`
	Events   int `json:"events"`
}
