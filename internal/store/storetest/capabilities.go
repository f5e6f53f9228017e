package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

// The optional capabilities an engine may have beside marsad.Store; each
// case below skips an engine without its capability.

// tokenStore is what internal/web's TokenStore asks of a store.
type tokenStore interface {
	TokenRole(ctx context.Context, token string) (string, error)
	CreateToken(ctx context.Context, role, name string) (string, error)
}

// eventCounter is what internal/web's EventCounter asks of a store.
type eventCounter interface {
	CountEvents(ctx context.Context, q marsad.EventQuery, by []string, currentOnly bool) ([]marsad.EventCount, error)
}

func testTokens(t *testing.T, s marsad.Store) {
	ts, ok := s.(tokenStore)
	if !ok {
		t.Skip("the store keeps no tokens")
	}
	_, err := ts.CreateToken(ctx, "owner", "x")
	wantCode(t, "CreateToken(role owner)", err, marsad.EINVALID)
	roles := []string{"reader", "editor", "admin"}
	toks := map[string]string{}
	for _, role := range roles {
		tok, err := ts.CreateToken(ctx, role, "analyst "+role)
		if err != nil {
			t.Fatalf("CreateToken(%s): %v", role, err)
		}
		if len(tok) < 32 {
			t.Errorf("CreateToken(%s) = %q, want a long random token", role, tok)
		}
		if _, dup := toks[tok]; dup {
			t.Errorf("CreateToken(%s) = %q again", role, tok)
		}
		toks[tok] = role
	}
	for tok, role := range toks {
		got, err := ts.TokenRole(ctx, tok)
		if err != nil || got != role {
			t.Errorf("TokenRole(%s token) = %q, %v, want %q", role, got, err, role)
		}
		// A second use within a minute is answered the same.
		if got, err := ts.TokenRole(ctx, tok); err != nil || got != role {
			t.Errorf("TokenRole(%s token) again = %q, %v, want %q", role, got, err, role)
		}
	}
	for _, bad := range []string{"", "msd_0000", "not a token \x00"} {
		_, err := ts.TokenRole(ctx, bad)
		wantCode(t, "TokenRole("+bad+")", err, marsad.ENOTFOUND)
	}
}

func testCorrections(t *testing.T, s marsad.Store) {
	c, ok := s.(marsad.EventCorrector)
	if !ok {
		t.Skip("the store keeps no corrections")
	}
	eventFixture(t, s)
	orig, err := c.OriginalEvent(ctx, "a1")
	if err != nil || orig.Type != "ASSAULT" || orig.ArticleID == "" {
		t.Fatalf("OriginalEvent(a1) = %+v, %v, want the ASSAULT as stored", orig, err)
	}
	_, err = c.OriginalEvent(ctx, "nope")
	wantCode(t, "OriginalEvent(nope)", err, marsad.ENOTFOUND)
	_, err = c.RecordChange(ctx, "nope", "token:abc", "", nil)
	wantCode(t, "RecordChange(nope)", err, marsad.ENOTFOUND)

	fixed := *orig
	fixed.Type, fixed.Mode = "COERCE", "seize"
	c1, err := c.RecordChange(ctx, "a1", "token:aaa", "wrong type", &fixed)
	if err != nil {
		t.Fatalf("RecordChange(a1 correct): %v", err)
	}
	if c1.Action != marsad.ChangeCorrect || c1.Who != "token:aaa" || c1.Note != "wrong type" || c1.Seq == 0 || time.Since(c1.At) > time.Minute {
		t.Errorf("RecordChange(a1 correct) = %+v", c1)
	}
	c2, err := c.RecordChange(ctx, "a2", "token:bbb", "not an event", nil)
	if err != nil || c2.Action != marsad.ChangeDelete || c2.Event != nil || c2.Seq <= c1.Seq {
		t.Fatalf("RecordChange(a2 delete) = %+v, %v, want a deletion after seq %d", c2, err, c1.Seq)
	}
	fixed.Confidence = 0.95
	c3, err := c.RecordChange(ctx, "a1", "token:ccc", "", &fixed)
	if err != nil || c3.Seq <= c2.Seq {
		t.Fatalf("RecordChange(a1 again) = %+v, %v", c3, err)
	}

	// The original coding is kept.
	if again, err := c.OriginalEvent(ctx, "a1"); err != nil || again.Type != "ASSAULT" {
		t.Errorf("OriginalEvent(a1) after correction = %+v, %v, want type ASSAULT", again, err)
	}
	page, err := s.Events(ctx, marsad.EventQuery{Types: []string{"ASSAULT"}})
	if err != nil || !cmp.Equal(eventIDs(page.Events), []string{"b1", "a1"}) {
		t.Errorf("Events(ASSAULT) after correction = %v, %v: the store keeps originals", eventIDs(page.Events), err)
	}

	hist, err := c.EventHistory(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	var who []string
	for _, h := range hist {
		who = append(who, h.Who)
	}
	if !cmp.Equal(who, []string{"token:aaa", "token:ccc"}) || hist[1].Event == nil || hist[1].Event.Confidence != 0.95 || hist[0].Event.Type != "COERCE" {
		t.Errorf("EventHistory(a1) = %+v, want the two corrections oldest first", hist)
	}
	if hist, err := c.EventHistory(ctx, "a3"); err != nil || len(hist) != 0 {
		t.Errorf("EventHistory(a3) = %v, %v, want none", hist, err)
	}

	latest, err := c.LatestChanges(ctx, []string{"a1", "a2", "a3", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if len(latest) != 2 || latest["a1"].Seq != c3.Seq || latest["a1"].Event == nil || latest["a1"].Event.Confidence != 0.95 ||
		latest["a2"].Action != marsad.ChangeDelete || latest["a2"].Event != nil {
		t.Errorf("LatestChanges = %+v, want a1's second correction and a2's deletion", latest)
	}
	if latest, err := c.LatestChanges(ctx, nil); err != nil || len(latest) != 0 {
		t.Errorf("LatestChanges(nil) = %v, %v, want none", latest, err)
	}

	seqs := func(cs []marsad.EventChange) []int64 {
		var out []int64
		for _, c := range cs {
			out = append(out, c.Seq)
		}
		return out
	}
	tests := []struct {
		name     string
		since    time.Time
		action   string
		afterSeq int64
		limit    int
		want     []int64
	}{
		{"all", time.Time{}, "", 0, 0, []int64{c1.Seq, c2.Seq, c3.Seq}},
		{"deletions", time.Time{}, marsad.ChangeDelete, 0, 0, []int64{c2.Seq}},
		{"after a seq", time.Time{}, "", c1.Seq, 0, []int64{c2.Seq, c3.Seq}},
		{"limit", time.Time{}, "", 0, 2, []int64{c1.Seq, c2.Seq}},
		{"since the future", time.Now().Add(time.Hour), "", 0, 0, nil},
		{"since an hour ago", time.Now().Add(-time.Hour), marsad.ChangeCorrect, 0, 0, []int64{c1.Seq, c3.Seq}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Changes(ctx, tt.since, tt.action, tt.afterSeq, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, seqs(got)); diff != "" {
				t.Errorf("Changes(%s) (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func testCounts(t *testing.T, s marsad.Store) {
	c, ok := s.(eventCounter)
	if !ok {
		t.Skip("the store does not count")
	}
	eventFixture(t, s)
	type kc = marsad.EventCount
	tests := []struct {
		name    string
		q       marsad.EventQuery
		by      []string
		current bool
		want    []kc
	}{
		{"type", marsad.EventQuery{}, []string{"type"}, false,
			[]kc{{Key: []string{"ACCUSE"}, Count: 1}, {Key: []string{"ASSAULT"}, Count: 2}, {Key: []string{"CONSULT"}, Count: 1}, {Key: []string{"PROTEST"}, Count: 1}}},
		{"day", marsad.EventQuery{}, []string{"day"}, false,
			[]kc{{Key: []string{"2026-11-19"}, Count: 1}, {Key: []string{"2026-11-20"}, Count: 2}, {Key: []string{"2026-11-21"}, Count: 1}, {Key: []string{"2026-11-22"}, Count: 1}}},
		{"actor as actor or recipient", marsad.EventQuery{}, []string{"actor"}, false,
			[]kc{{Key: []string{"SYR-GOV"}, Count: 3}, {Key: []string{"TUR-MIL"}, Count: 3}, {Key: []string{"قوات سوريا الديمقراطية"}, Count: 2}}},
		{"country and type, filtered", marsad.EventQuery{Country: "syr", MinConfidence: 0.5}, []string{"country", "type"}, false,
			[]kc{{Key: []string{"SYR", "ACCUSE"}, Count: 1}, {Key: []string{"SYR", "ASSAULT"}, Count: 2}}},
		{"actor filter", marsad.EventQuery{Actor: "قسد"}, []string{"mode"}, false,
			[]kc{{Key: []string{"aerial"}, Count: 1}, {Key: []string{"firearms"}, Count: 1}}},
		{"nothing matches", marsad.EventQuery{Source: "none"}, []string{"type"}, false, []kc{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.CountEvents(ctx, tt.q, tt.by, tt.current)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CountEvents(%s) (-want +got):\n%s", tt.name, diff)
			}
		})
	}
	t.Run("current only", func(t *testing.T) {
		a := newArticle("wire", "https://wire.example/count", wireText, day0)
		put(t, s, a, marsad.Stored)
		if err := s.PutAnalysis(ctx, sampleAnalysis(a)); err != nil {
			t.Fatal(err)
		}
		q := marsad.EventQuery{ArticleID: a.ID}
		for _, current := range []bool{false, true} {
			want := 2 // e1, and e2 (historical) unless current only
			if current {
				want = 1
			}
			got, err := c.CountEvents(ctx, q, []string{"type"}, current)
			if err != nil || len(got) != 1 || got[0].Count != want {
				t.Errorf("CountEvents(AID, current %v) = %+v, %v, want %d", current, got, err, want)
			}
		}
	})
	for _, bad := range []struct {
		q    marsad.EventQuery
		by   []string
		code string
	}{
		{marsad.EventQuery{}, nil, marsad.EINVALID},
		{marsad.EventQuery{}, []string{"day", "type", "mode"}, marsad.EINVALID},
		{marsad.EventQuery{}, []string{"colour"}, marsad.EINVALID},
		{marsad.EventQuery{BBox: &[4]float64{0, 0, 1, 1}}, []string{"type"}, marsad.EUNAVAILABLE},
	} {
		_, err := c.CountEvents(ctx, bad.q, bad.by, false)
		wantCode(t, "CountEvents(by "+strings.Join(bad.by, ",")+")", err, bad.code)
	}
}

func testDirectory(t *testing.T, s marsad.Store) {
	d, ok := s.(marsad.Directory)
	if !ok {
		t.Skip("the store has no directory")
	}
	first, _ := eventFixture(t, s)
	a := newArticle("wire", "https://wire.example/dir", wireText, day0)
	put(t, s, a, marsad.Stored)
	if err := s.PutAnalysis(ctx, sampleAnalysis(a)); err != nil {
		t.Fatal(err)
	}
	actors := []struct {
		prefix string
		want   []marsad.ActorHit
	}{
		{"TUR", []marsad.ActorHit{{ID: "TUR-MIL", Events: 3}, {Name: "turkish army", Events: 3}}}, // id, then the English name any case
		{"SYR-GOV", []marsad.ActorHit{{ID: "SYR-GOV", Events: 3}, {ID: "SYR-GOV-HEALTH", Events: 2}}},
		{"turkish", []marsad.ActorHit{{Name: "turkish army", Events: 3}}},
		{"nobody", []marsad.ActorHit{}},
	}
	for _, tt := range actors {
		t.Run("actors "+tt.prefix, func(t *testing.T) {
			got, err := d.SearchActors(ctx, tt.prefix, 10)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SearchActors(%q) (-want +got):\n%s", tt.prefix, diff)
			}
		})
	}
	// An Arabic name prefix finds the names under their normalised form.
	got, err := d.SearchActors(ctx, "قوات سوريا", 10)
	if err != nil || len(got) != 1 || got[0].Events != 2 || got[0].ID != "" || !strings.HasPrefix(got[0].Name, "قوات سوريا") {
		t.Errorf("SearchActors(قوات سوريا) = %+v, %v, want one name in 2 events", got, err)
	}
	if got, err := d.SearchActors(ctx, "SYR", 1); err != nil || len(got) != 1 {
		t.Errorf("SearchActors(SYR, limit 1) = %+v, %v, want one hit", got, err)
	}
	places := []struct {
		prefix string
		want   []marsad.PlaceHit
	}{
		{"ال", []marsad.PlaceHit{{Name: "الحسكة", Country: "SYR", Lat: 36.5, Lon: 40.75, Mentions: 1}, {Name: "القامشلي", Country: "SYR", Lat: 37.05, Lon: 41.23, Mentions: 1}}},
		{"القا", []marsad.PlaceHit{{Name: "القامشلي", Country: "SYR", Lat: 37.05, Lon: 41.23, Mentions: 1}}},
		{"دمشق", []marsad.PlaceHit{}},
	}
	for _, tt := range places {
		t.Run("places "+tt.prefix, func(t *testing.T) {
			got, err := d.SearchPlaces(ctx, tt.prefix, 10)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SearchPlaces(%q) (-want +got):\n%s", tt.prefix, diff)
			}
		})
	}
	// A replaced analysis takes its events' actors with it.
	if err := s.PutAnalysis(ctx, &marsad.Analysis{ArticleID: first.ID}); err != nil {
		t.Fatal(err)
	}
	if got, err := d.SearchActors(ctx, "TUR", 10); err != nil || !cmp.Equal(got, []marsad.ActorHit{{ID: "TUR-MIL", Events: 1}, {Name: "turkish army", Events: 1}}) {
		t.Errorf("SearchActors(TUR) after replacing an analysis = %+v, %v, want TUR-MIL in 1 event", got, err)
	}
	_, err = d.SearchActors(ctx, "  ", 10)
	wantCode(t, "SearchActors(blank)", err, marsad.EINVALID)
	_, err = d.SearchPlaces(ctx, "", 10)
	wantCode(t, "SearchPlaces(blank)", err, marsad.EINVALID)
}
