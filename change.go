package marsad

import (
	"context"
	"time"
)

// Actions of an EventChange.
const (
	ChangeCorrect = "correct"
	ChangeDelete  = "delete"
)

// EventChange is an analyst's correction or deletion of a coded event. The
// original coding is kept; changes are appended, and readers see the event
// as its latest change left it (ACLED-style: exports carry corrected events
// and a deletions feed lists what was removed).
type EventChange struct {
	Seq     int64     `json:"seq"`
	EventID string    `json:"event_id"`
	Action  string    `json:"action"` // ChangeCorrect or ChangeDelete
	Who     string    `json:"who"`
	At      time.Time `json:"at"`
	Event   *Event    `json:"event,omitempty"` // the corrected event; nil for a deletion
	Note    string    `json:"note,omitempty"`
}

// EventCorrector is a Store capability: it keeps analysts' changes of
// events beside the original coding.
type EventCorrector interface {
	// OriginalEvent returns an event as the analysis coded it; ENOTFOUND if absent.
	OriginalEvent(ctx context.Context, id string) (*Event, error)
	// RecordChange appends a correction (ev set) or deletion (ev nil).
	RecordChange(ctx context.Context, id, who, note string, ev *Event) (EventChange, error)
	// EventHistory lists one event's changes, oldest first.
	EventHistory(ctx context.Context, id string) ([]EventChange, error)
	// LatestChanges returns the newest change of each named event that has one.
	LatestChanges(ctx context.Context, ids []string) (map[string]EventChange, error)
	// Changes lists changes at or after since with seq > afterSeq, oldest
	// first; action "" for all, or ChangeDelete for the deletions feed.
	Changes(ctx context.Context, since time.Time, action string, afterSeq int64, limit int) ([]EventChange, error)
}

// EventCount is the number of events sharing one key: one value per
// dimension counted by (day, type, mode, country, actor).
type EventCount struct {
	Key   []string `json:"key"`
	Count int      `json:"count"`
}
