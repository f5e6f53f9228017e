package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"github.com/marsad/marsad"
)

// Kinds of Change.
const (
	ChangeStored = "stored" // an article and its analysis were stored (or re-analysed)
	ChangeEvent  = "event"  // an analyst corrected or deleted one event
)

// Change tells the alert role what was stored or corrected, so that rules
// can be evaluated in a process other than the one that stored it. It
// names the article; the consumer reads the article and its analysis from
// the shared store.
type Change struct {
	Kind      string              `json:"kind"`
	ArticleID string              `json:"article_id"`
	Event     *marsad.EventChange `json:"change,omitempty"` // for ChangeEvent
	Events    int                 `json:"events,omitempty"` // for ChangeStored: how many events were stored
}

// ID is the change's de-duplication id: a stored article with the same
// events, or the same recorded correction, is one change.
func (c Change) ID(an *marsad.Analysis) string {
	switch c.Kind {
	case ChangeEvent:
		if c.Event != nil && c.Event.Seq > 0 {
			return "event-" + strconv.FormatInt(c.Event.Seq, 10)
		}
	case ChangeStored:
		if an != nil {
			b, _ := json.Marshal(an.Events)
			h := sha256.Sum256(b)
			return "stored-" + c.ArticleID + "-" + hex.EncodeToString(h[:8])
		}
	}
	return ""
}

// ChangeHandler handles one change; an error asks for a new delivery later
// (the store is unreachable).
type ChangeHandler func(ctx context.Context, c Change) error

// ChangeFeed is an optional Queue capability: a durable stream of Changes
// from the processes that store articles to the alert role.
type ChangeFeed interface {
	// PublishChange sends c; id, if not empty, de-duplicates re-publishes.
	PublishChange(ctx context.Context, c Change, id string) error
	// ConsumeChanges calls h for each change, in order, until ctx is done.
	// Consumers with the same name share one durable position.
	ConsumeChanges(ctx context.Context, name string, h ChangeHandler) error
}
