package marsad

import "time"

// Article is one news item as Marsad stores it. Text is the clean main text
// (never rewritten by normalisation); every offset elsewhere counts Unicode
// code points of Text.
type Article struct {
	ID           string    `json:"id"`                    // deterministic: see ArticleID
	ExternalID   string    `json:"external_id,omitempty"` // the id the input gave, if any
	URL          string    `json:"url,omitempty"`
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Source       string    `json:"source,omitempty"` // outlet or site name
	Title        string    `json:"title,omitempty"`
	Author       string    `json:"author,omitempty"`
	Published    time.Time `json:"published,omitzero"` // zero when unknown
	Fetched      time.Time `json:"fetched,omitzero"`   // when Marsad received it
	Lang         string    `json:"lang,omitempty"`
	Text         string    `json:"text"`

	ContentHash string `json:"content_hash,omitempty"` // hex SHA-256 of the normalised text
	SimHash     uint64 `json:"simhash,omitempty"`      // near-duplicate fingerprint
	StoryID     string `json:"story_id,omitempty"`     // the story (group of reports) it belongs to
}

// RawItem is what a source delivers before extraction: bytes of one item and
// what the source knows about it. Exactly one of Text and HTML is usually set.
type RawItem struct {
	Origin    string // where it came from: file path, "file.jsonl:17", feed URL, "stdin"
	ID        string // external id when the input carries one
	URL       string
	Title     string
	Author    string
	Source    string
	Published time.Time
	Fetched   time.Time // when it was fetched (a WARC record's date); zero: now
	Text      string
	HTML      []byte
	Summary   string // feed summary, used when the page cannot be fetched
}

// Rejection says why an item was not stored. Items that fail are data, not
// crashes: the run goes on and the rejection is counted and reported.
type Rejection struct {
	Origin string `json:"origin"`
	Stage  string `json:"stage"` // read, extract, validate, store, analyse
	Code   string `json:"code"`  // one of the E* codes or a stage-specific reason
	Reason string `json:"reason"`
}

// PutStatus is the outcome of storing one article.
type PutStatus int

const (
	Stored        PutStatus = iota // new article stored
	DuplicateURL                   // same canonical URL already stored
	DuplicateText                  // same content hash already stored
	NearDuplicate                  // stored, grouped with a near-identical earlier article
)

func (s PutStatus) String() string {
	switch s {
	case Stored:
		return "stored"
	case DuplicateURL:
		return "duplicate_url"
	case DuplicateText:
		return "duplicate_text"
	case NearDuplicate:
		return "near_duplicate"
	}
	return "unknown"
}
