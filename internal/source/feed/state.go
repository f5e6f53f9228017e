package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/marsad/marsad"
)

// FeedState is what the poller remembers about one feed between polls and
// across restarts.
type FeedState struct {
	URL           string    `json:"url"`
	Title         string    `json:"title,omitempty"`         // the feed's own title
	ETag          string    `json:"etag,omitempty"`          // from the last 200 fully delivered
	LastModified  string    `json:"last_modified,omitempty"` // likewise
	LastFetch     time.Time `json:"last_fetch,omitzero"`     // last attempt, successful or not
	LastSuccess   time.Time `json:"last_success,omitzero"`
	NextPoll      time.Time `json:"next_poll,omitzero"`
	Failures      int       `json:"failures,omitempty"` // consecutive failed polls
	LastError     string    `json:"last_error,omitempty"`
	LastErrorCode string    `json:"last_error_code,omitempty"`
	ItemsSeen     int64     `json:"items_seen,omitempty"`   // items delivered in total
	NotModified   int64     `json:"not_modified,omitempty"` // 304 answers in total
	PageErrors    int64     `json:"page_errors,omitempty"`  // article pages that could not be fetched
	LastPageError string    `json:"last_page_error,omitempty"`
	Seen          []string  `json:"seen,omitempty"` // hashed item keys, oldest first
}

// clone returns a deep copy.
func (s *FeedState) clone() *FeedState {
	c := *s
	c.Seen = slices.Clone(s.Seen)
	return &c
}

// StateStore persists FeedState. Implementations must be safe for
// concurrent use; the poller saves each feed from one goroutine at a time.
type StateStore interface {
	// Load returns the stored state of feedURL, or (nil, nil) when there is
	// none. A stored state that cannot be read is an EINVALID error.
	Load(ctx context.Context, feedURL string) (*FeedState, error)
	// Save replaces the stored state of st.URL.
	Save(ctx context.Context, st *FeedState) error
}

var (
	_ StateStore = (*MemoryStore)(nil)
	_ StateStore = (*FileStore)(nil)
)

// MemoryStore keeps state in memory, for tests and one-shot runs.
type MemoryStore struct {
	mu sync.Mutex
	m  map[string]*FeedState
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{m: make(map[string]*FeedState)} }

// Load implements StateStore.
func (s *MemoryStore) Load(_ context.Context, feedURL string) (*FeedState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.m[feedURL]
	if !ok {
		return nil, nil
	}
	return st.clone(), nil
}

// Save implements StateStore.
func (s *MemoryStore) Save(_ context.Context, st *FeedState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[st.URL] = st.clone()
	return nil
}

// stateVersion is written into every state file; a file with another
// version is treated as unreadable.
const stateVersion = 1

// FileStore keeps one JSON file per feed in a directory, each written
// atomically (temporary file, fsync, rename), so a crash leaves either the
// old or the new state, never a torn file.
type FileStore struct {
	dir string
}

// NewFileStore returns a FileStore in dir (typically <data dir>/feeds),
// creating the directory if needed.
func NewFileStore(dir string) (*FileStore, error) {
	if dir == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "feed state: empty directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("feed state: %w", err)
	}
	return &FileStore{dir: dir}, nil
}

// path names a feed's file by a hash of its URL: URLs are not file names.
func (s *FileStore) path(feedURL string) string {
	h := sha256.Sum256([]byte(feedURL))
	return filepath.Join(s.dir, hex.EncodeToString(h[:12])+".json")
}

type stateFile struct {
	Version int `json:"version"`
	*FeedState
}

// Load implements StateStore.
func (s *FileStore) Load(_ context.Context, feedURL string) (*FeedState, error) {
	p := s.path(feedURL)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("feed state: %w", err)
	}
	sf := stateFile{FeedState: &FeedState{}}
	if err := json.Unmarshal(b, &sf); err != nil {
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "feed state: unreadable file " + p, Err: err}
	}
	if sf.Version != stateVersion {
		return nil, marsad.Errorf(marsad.EINVALID, "feed state: %s has version %d, want %d", p, sf.Version, stateVersion)
	}
	if sf.URL != feedURL {
		return nil, marsad.Errorf(marsad.EINVALID, "feed state: %s belongs to %q, not %q", p, sf.URL, feedURL)
	}
	return sf.FeedState, nil
}

// Save implements StateStore.
func (s *FileStore) Save(_ context.Context, st *FeedState) error {
	b, err := json.MarshalIndent(stateFile{Version: stateVersion, FeedState: st}, "", "  ")
	if err != nil {
		return fmt.Errorf("feed state: %w", err)
	}
	return writeAtomic(s.path(st.URL), b)
}

// writeAtomic writes b to path through a temporary file in the same
// directory and a rename.
func writeAtomic(path string, b []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".feedstate-*.tmp")
	if err != nil {
		return fmt.Errorf("feed state: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		return fmt.Errorf("feed state: write %s: %w", tmp.Name(), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("feed state: sync %s: %w", tmp.Name(), err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("feed state: close %s: %w", tmp.Name(), err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("feed state: %w", err)
	}
	// Make the rename durable; not every platform can sync a directory.
	if d, derr := os.Open(filepath.Dir(path)); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
