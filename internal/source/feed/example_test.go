package feed_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/source/feed"
)

func ExamplePoller_PollOnce() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>مثال</title><link>https://example.org/</link>
<item><title>خبر أول</title><link>https://example.org/1</link><guid>1</guid>
<description>ملخص الخبر الأول.</description></item>
</channel></rss>`))
	}))
	defer srv.Close()

	p, err := feed.New(feed.Config{
		Feeds:        []feed.FeedConfig{{URL: srv.URL, Name: "موقع المثال"}},
		AllowPrivate: true, // the test server listens on 127.0.0.1
	}, feed.NewMemoryStore(), slog.New(slog.DiscardHandler))
	if err != nil {
		fmt.Println(err)
		return
	}
	emit := func(_ context.Context, it *marsad.RawItem) error {
		fmt.Println(it.Source, "|", it.Title, "|", it.URL, "|", it.Text)
		return nil
	}
	if err := p.PollOnce(context.Background(), emit); err != nil {
		fmt.Println(err)
	}
	// A second poll right away does nothing: the feed is not due.
	if err := p.PollOnce(context.Background(), emit); err != nil {
		fmt.Println(err)
	}
	fmt.Println("items seen:", p.Status()[0].ItemsSeen)
	// Output:
	// موقع المثال | خبر أول | https://example.org/1 | ملخص الخبر الأول.
	// items seen: 1
}
