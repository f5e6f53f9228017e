package source

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestWARCDateIsFetched checks that a record's WARC-Date becomes the item's
// fetch time, never its publication time.
func TestWARCDateIsFetched(t *testing.T) {
	page := []byte("<html><body><p>نص تجريبي عن افتتاح مكتبة عامة جديدة في المدينة.</p></body></html>")
	in := warcRecord("WARC/1.1", "response", "https://example.org/a", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", "", page))
	var got []*marsad.RawItem
	h := HandlerFuncs{OnItem: func(_ context.Context, it *marsad.RawItem) error { got = append(got, it); return nil }}
	if err := ReadStream(context.Background(), bytes.NewReader(in), "x.warc", warcFormat(), Options{}, h); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d items, want 1", len(got))
	}
	want := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	if !got[0].Fetched.Equal(want) || !got[0].Published.IsZero() {
		t.Errorf("Fetched = %v, Published = %v; want %v and zero", got[0].Fetched, got[0].Published, want)
	}
}

func warcFormat() Format {
	f, _ := FormatOf("x.warc")
	return f
}
