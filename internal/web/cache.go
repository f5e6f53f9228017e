package web

import (
	"bytes"
	"container/list"
	"context"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/marsad/marsad/internal/web/envelope"
)

// dataVersioner is a store that tells when anything was committed
// (internal/store/sqlite: DataVersion, from PRAGMA data_version, which also
// sees other processes' commits). Responses computed at one version are
// served again while the version holds.
type dataVersioner interface {
	DataVersion(ctx context.Context) (int64, error)
}

// defaultCacheBytes bounds the response cache unless Config says otherwise.
const defaultCacheBytes = 32 << 20

// respCache keeps recent response bodies by request (path and raw query)
// with the data version they were computed at, least recently used out
// first, within a byte budget. An entry at another version is a miss.
type respCache struct {
	mu          sync.Mutex
	max, size   int
	ll          *list.List // front: most recently used
	m           map[string]*list.Element
	hits, calls atomic.Int64
}

type cacheEntry struct {
	key     string
	version int64
	body    []byte
}

func newRespCache(maxBytes int) *respCache {
	return &respCache{max: maxBytes, ll: list.New(), m: map[string]*list.Element{}}
}

func (c *respCache) get(key string, version int64) ([]byte, bool) {
	c.calls.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	el, found := c.m[key]
	if !found {
		return nil, false
	}
	e := el.Value.(*cacheEntry)
	if e.version != version {
		c.remove(el)
		return nil, false
	}
	c.ll.MoveToFront(el)
	c.hits.Add(1)
	return e.body, true
}

func (c *respCache) put(key string, version int64, body []byte) {
	if len(body) > c.max/8 {
		return // one answer may not push out most of the others
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, found := c.m[key]; found {
		c.remove(el)
	}
	c.m[key] = c.ll.PushFront(&cacheEntry{key: key, version: version, body: body})
	c.size += len(body) + len(key)
	for c.size > c.max {
		c.remove(c.ll.Back())
	}
}

func (c *respCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.ll.Remove(el)
	delete(c.m, e.key)
	c.size -= len(e.body) + len(e.key)
}

// cached answers a read-only request from the cache when the store's data
// version has not moved since the same request (path and query) was last
// answered, and otherwise computes the success body, keeps it and writes
// it. Without a versioned store or a cache it just computes and writes.
func (s *Server) cached(w http.ResponseWriter, r *http.Request, compute func() ([]byte, error)) error {
	v, versioned := s.deps.Store.(dataVersioner)
	if !versioned || s.cache == nil {
		body, err := compute()
		if err != nil {
			return err
		}
		return writeBody(w, body)
	}
	version, err := v.DataVersion(r.Context())
	if err != nil {
		return err
	}
	key := r.URL.Path + "?" + r.URL.RawQuery
	if body, hit := s.cache.get(key, version); hit {
		return writeBody(w, body)
	}
	body, err := compute()
	if err != nil {
		return err
	}
	s.cache.put(key, version, body)
	return writeBody(w, body)
}

// writeBody writes a success envelope already encoded.
func writeBody(w http.ResponseWriter, body []byte) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(body)
	return err
}

// encodeOK is what ok(w, data) writes, as bytes.
func encodeOK(data any) ([]byte, error) {
	var buf bytes.Buffer
	rec := &bodyRecorder{header: http.Header{}, buf: &buf}
	if err := envelope.OK(rec, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// bodyRecorder is the http.ResponseWriter encodeOK hands envelope.OK.
type bodyRecorder struct {
	header http.Header
	buf    *bytes.Buffer
}

func (b *bodyRecorder) Header() http.Header         { return b.header }
func (b *bodyRecorder) Write(p []byte) (int, error) { return b.buf.Write(p) }
func (b *bodyRecorder) WriteHeader(int)             {}
