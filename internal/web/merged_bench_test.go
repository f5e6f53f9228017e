package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/marsad/marsad/internal/web"
)

// BenchmarkMergedEvents measures the merged view at its bound: the newest
// web.MaxMergeEvents matching events read, their articles loaded, merged
// and sorted, for one page of 100 happenings. Run with a small store, e.g.
// MARSAD_BENCH_EVENTS=20000.
func BenchmarkMergedEvents(b *testing.B) {
	st := benchStore(b)
	srv, err := web.New(web.Config{AnonymousRead: true}, web.Deps{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, q := range []string{"merged=true", "merged=true&type=ASSAULT", "merged=true&country=SYR"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				resp, err := http.Get(ts.URL + "/api/v1/events?limit=100&" + q)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("status %d", resp.StatusCode)
				}
			}
		})
	}
}
