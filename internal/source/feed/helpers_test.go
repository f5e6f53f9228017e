package feed

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// testClock is a settable clock for schedules.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 11, 29, 3, 0, 0, 0, time.UTC)}
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// testItem is one item of a generated RSS 2.0 document.
type testItem struct {
	GUID, Link, Title, Desc, Content string
	Pub                              time.Time
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// rssDoc writes an RSS 2.0 document.
func rssDoc(title string, items ...testItem) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>`)
	fmt.Fprintf(&b, "<title>%s</title><link>https://site.example/</link><description>test</description>\n", xmlEscape(title))
	for _, it := range items {
		b.WriteString("<item>")
		fmt.Fprintf(&b, "<title>%s</title>", xmlEscape(it.Title))
		if it.Link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", xmlEscape(it.Link))
		}
		if it.GUID != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, xmlEscape(it.GUID))
		}
		if !it.Pub.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.Pub.UTC().Format(time.RFC1123Z))
		}
		if it.Desc != "" {
			fmt.Fprintf(&b, "<description>%s</description>", xmlEscape(it.Desc))
		}
		if it.Content != "" {
			fmt.Fprintf(&b, "<content:encoded>%s</content:encoded>", xmlEscape(it.Content))
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// collector records emitted items.
type collector struct {
	mu    sync.Mutex
	items []*marsad.RawItem
}

func (c *collector) emit(_ context.Context, it *marsad.RawItem) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = append(c.items, it)
	return nil
}

func (c *collector) titles() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, it := range c.items {
		out = append(out, it.Title)
	}
	return out
}

func (c *collector) reset() {
	c.mu.Lock()
	c.items = nil
	c.mu.Unlock()
}

// testConfig is a config for local httptest servers: private addresses
// allowed, short politeness delay, exact jitter (0.5 makes the regular
// interval exact and backoff ×1.05).
func testConfig(clock *testClock, feeds ...FeedConfig) Config {
	return Config{
		Feeds:           feeds,
		Interval:        5 * time.Minute,
		PolitenessDelay: time.Millisecond,
		Timeout:         5 * time.Second,
		AllowPrivate:    true,
		Now:             clock.Now,
		Jitter:          func() float64 { return 0.5 },
	}
}

func mustNew(t *testing.T, cfg Config, store StateStore) *Poller {
	t.Helper()
	if store == nil {
		store = NewMemoryStore()
	}
	p, err := New(cfg, store, nil)
	if err != nil {
		t.Fatalf("New() error = %v", err)
	}
	return p
}

func statusOf(t *testing.T, p *Poller, url string) FeedStatus {
	t.Helper()
	for _, s := range p.Status() {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("Status() has no feed %s", url)
	return FeedStatus{}
}

// pub returns a fixed publication time i hours into 2026-11-28.
func pub(i int) time.Time {
	return time.Date(2026, 11, 28, i, 0, 0, 0, time.UTC)
}
