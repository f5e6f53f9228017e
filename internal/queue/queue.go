package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/marsad/marsad"
)

// Message is one delivered item. Exactly one of Ack, Nak or Term should be
// called once the handler knows the outcome.
type Message interface {
	// Item is the raw item carried by the message.
	Item() *marsad.RawItem
	// Ack says the item's effects are stored: never deliver it again.
	Ack() error
	// Nak asks for a new delivery after delay (an infrastructure failure:
	// the store is down, a timeout).
	Nak(delay time.Duration) error
	// Term gives up on the item for good and keeps it as a dead letter
	// with reason.
	Term(reason string) error
	// Attempt is 1 on the first delivery, 2 on the second, and so on.
	Attempt() int
}

// Handler handles one message. It must call Ack, Nak or Term; a message
// left alone is delivered again after the queue's ack wait.
type Handler func(ctx context.Context, m Message)

// Queue carries raw items from publishers to consumers.
type Queue interface {
	// Publish enqueues an item. Publishing the same item twice within the
	// de-duplication window enqueues it once.
	Publish(ctx context.Context, it *marsad.RawItem) error
	// Consume calls h for each message until ctx is done or the queue is
	// closed. Several Consume calls may run at once; each handles its
	// messages one at a time.
	Consume(ctx context.Context, h Handler) error
	// Close releases the queue's resources.
	Close() error
}

// Lag is how far consumers are behind publishers.
type Lag struct {
	Pending    uint64 // published, not yet delivered
	AckPending uint64 // delivered, not yet acknowledged
}

// Lagger is an optional Queue capability: report the current lag.
type Lagger interface {
	Lag(ctx context.Context) (Lag, error)
}

// DeadLetter is an item a consumer gave up on, with why.
type DeadLetter struct {
	// ID names the dead letter for ReplayDeadLetter and DiscardDeadLetter:
	// its sequence in the dead-letter list.
	ID       string          `json:"id"`
	Item     *marsad.RawItem `json:"item"`
	Reason   string          `json:"reason"`
	Attempts int             `json:"attempts"`
	Time     time.Time       `json:"time"`
}

// DeadLetterEditor is an optional Queue capability: an operator puts a
// dead letter back on the work queue, or drops it, once the cause is fixed.
type DeadLetterEditor interface {
	// ReplayDeadLetter publishes the dead letter's item again as a fresh
	// delivery (attempts start again at 1) and removes it from the dead
	// letters. Its message id is derived from the dead letter, not from the
	// item, so the item's own de-duplication window does not drop it and a
	// second replay of the same dead letter does not queue it twice. An id
	// not (or no longer) in the list is ENOTFOUND.
	ReplayDeadLetter(ctx context.Context, id string) error
	// DiscardDeadLetter removes the dead letter for good; ENOTFOUND if it
	// is not in the list.
	DiscardDeadLetter(ctx context.Context, id string) error
}

// ItemID is the deterministic id of a raw item: a hash of where it came
// from and what it says. Re-reading the same file or feed gives the same
// ids, which is what lets the broker drop re-publishes.
func ItemID(it *marsad.RawItem) string {
	h := sha256.New()
	for _, s := range []string{it.Origin, it.ID, it.URL, it.Title, it.Text, it.Summary} {
		fmt.Fprintf(h, "%d:%s|", len(s), s)
	}
	fmt.Fprintf(h, "%d:", len(it.HTML))
	h.Write(it.HTML)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// wireItem is the JSON form of a RawItem on the wire (HTML as base64).
type wireItem struct {
	Origin    string    `json:"origin,omitempty"`
	ID        string    `json:"id,omitempty"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Fetched   time.Time `json:"fetched,omitzero"`
	Text      string    `json:"text,omitempty"`
	HTML      []byte    `json:"html,omitempty"`
	Summary   string    `json:"summary,omitempty"`
}

// Encode is the wire form of an item.
func Encode(it *marsad.RawItem) ([]byte, error) {
	if it == nil {
		return nil, marsad.Errorf(marsad.EINVALID, "queue: nil item")
	}
	return json.Marshal(wireItem(*it))
}

// Decode reads an item written by Encode.
func Decode(b []byte) (*marsad.RawItem, error) {
	var w wireItem
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "queue: message is not an item: %v", err)
	}
	it := marsad.RawItem(w)
	return &it, nil
}
