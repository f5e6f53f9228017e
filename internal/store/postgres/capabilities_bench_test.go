package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// BenchmarkCapabilities runs the token, correction, count and directory
// calls the API server makes, over 15,000 events of 5,000 articles.
func BenchmarkCapabilities(b *testing.B) {
	s, _ := openTest(b, Options{})
	fill(b, s, 5000)
	ctx := context.Background()
	tok, err := s.CreateToken(ctx, RoleReader, "bench")
	if err != nil {
		b.Fatal(err)
	}
	page, err := s.Events(ctx, marsad.EventQuery{Limit: 100})
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, len(page.Events))
	for i, e := range page.Events {
		ids[i] = e.ID
	}
	for i := range 10 {
		if _, err := s.RecordChange(ctx, ids[i*3], "bench", "", nil); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("TokenRole", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.TokenRole(ctx, tok); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("LatestChanges/100", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.LatestChanges(ctx, ids); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, by := range [][]string{{"type"}, {"day", "type"}, {"actor"}} {
		b.Run(fmt.Sprint("CountEvents/", by), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.CountEvents(ctx, marsad.EventQuery{Since: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}, by, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, prefix := range []string{"A1", "الجي"} {
		b.Run("SearchActors/"+prefix, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.SearchActors(ctx, prefix, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
