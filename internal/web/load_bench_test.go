package web_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// benchEvents is how many events the load benchmark stores.
var benchEvents = func() int {
	if n, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}()

// benchPlaces are the places generated events happen at: exact towns and
// province- or country-level ones.
var benchPlaces = []marsad.Place{
	{Name: "حلب", Lat: 36.2, Lon: 37.16, Country: "SYR", Kind: "city", Precision: 1},
	{Name: "دمشق", Lat: 33.51, Lon: 36.29, Country: "SYR", Kind: "city", Precision: 1},
	{Name: "الحسكة", Lat: 36.5, Lon: 40.75, Country: "SYR", Kind: "city", Precision: 1},
	{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Country: "SYR", Kind: "city", Precision: 1},
	{Name: "بغداد", Lat: 33.31, Lon: 44.36, Country: "IRQ", Kind: "city", Precision: 1},
	{Name: "الموصل", Lat: 36.34, Lon: 43.13, Country: "IRQ", Kind: "city", Precision: 1},
	{Name: "الأنبار", Lat: 33.0, Lon: 42.0, Country: "IRQ", Kind: "province", Precision: 3},
	{Name: "غزة", Lat: 31.5, Lon: 34.47, Country: "PSE", Kind: "city", Precision: 1},
	{Name: "بيروت", Lat: 33.89, Lon: 35.5, Country: "LBN", Kind: "city", Precision: 1},
	{Name: "صنعاء", Lat: 15.37, Lon: 44.19, Country: "YEM", Kind: "city", Precision: 1},
	{Name: "الخرطوم", Lat: 15.5, Lon: 32.56, Country: "SDN", Kind: "city", Precision: 1},
	{Name: "ليبيا", Lat: 27.0, Lon: 17.0, Country: "LBY", Kind: "country", Precision: 3},
}

var benchActors = []marsad.Actor{
	{ID: "SYR_GOV", Name: "الحكومة السورية", Country: "SYR", Sector: "GOV"},
	{ID: "SYR_SDF", Name: "قوات سوريا الديمقراطية", Country: "SYR", Sector: "REB"},
	{ID: "IRQ_GOV", Name: "الحكومة العراقية", Country: "IRQ", Sector: "GOV"},
	{ID: "ISIS", Name: "داعش", Sector: "REB"},
	{ID: "ISR_MIL", Name: "الجيش الإسرائيلي", Country: "ISR", Sector: "MIL"},
	{ID: "HAMAS", Name: "حماس", Country: "PSE", Sector: "REB"},
	{ID: "LBN_HEZ", Name: "حزب الله", Country: "LBN", Sector: "REB"},
	{ID: "YEM_HOUTHI", Name: "الحوثيون", Country: "YEM", Sector: "REB"},
	{ID: "SDN_RSF", Name: "قوات الدعم السريع", Country: "SDN", Sector: "REB"},
	{ID: "USA_GOV", Name: "الولايات المتحدة", Country: "USA", Sector: "GOV"},
	{ID: "UN", Name: "الأمم المتحدة", Sector: "IGO"},
	{ID: "TUR_MIL", Name: "الجيش التركي", Country: "TUR", Sector: "MIL"},
}

// benchStore opens a SQLite store holding benchEvents events, built once
// (in bulk, straight into the tables) and kept under the temporary
// directory for later runs.
func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("marsad-bench-%d-v3.db", benchEvents))
	if _, err := os.Stat(path + ".done"); err != nil {
		os.Remove(path)
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		st, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		st.Close()
		start := time.Now()
		if err := bulkEvents(path, benchEvents); err != nil {
			b.Fatalf("bulk load: %v", err)
		}
		b.Logf("stored %d events in %v", benchEvents, time.Since(start).Round(time.Second))
		os.WriteFile(path+".done", nil, 0o644)
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// bulkEvents writes n events, 50 per article, dated over two years, in one
// transaction through the store's schema.
func bulkEvents(path string, n int) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)&_pragma=foreign_keys(0)&_pragma=cache_size(-200000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		s, perr := tx.Prepare(q)
		if perr != nil && err == nil {
			err = perr
		}
		return s
	}
	story := prep(`INSERT INTO stories(id, first_time, last_time, articles) VALUES (?, ?, ?, 1)`)
	art := prep(`INSERT INTO articles(id, source, title, published, fetched, sort_time, text, content_hash, simhash, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`)
	ana := prep(`INSERT INTO analyses(article_id, stored) VALUES (?, ?)`)
	ev := prep(`INSERT INTO events(article_id, ord, event_id, type, mode, aux, date, sort_date, actor_id, actor_name, recipient_id, recipient_name, country, lat, lon, confidence, source, json) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	act := prep(`INSERT OR IGNORE INTO event_actors(key, event_seq, role) VALUES (?, ?, ?)`)
	evi := prep(`INSERT INTO event_evidence(event_seq, ord, start, "end") VALUES (?, 0, ?, ?)`)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sources := []string{"مرصد أ", "مرصد ب", "مرصد ج", "مرصد د", "مرصد هـ"}
	day0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	const perArticle = 50
	text := "نص تجريبي لمقال المعيار فيه جملة دليل واحدة على الأقل."
	for a := 0; a*perArticle < n; a++ {
		id := fmt.Sprintf("bench-%07d", a)
		pub := day0.Add(time.Duration(rng.IntN(730*24)) * time.Hour)
		src := sources[a%len(sources)]
		if _, err := story.Exec(id, pub.UnixNano(), pub.UnixNano()); err != nil {
			return err
		}
		if _, err := art.Exec(id, src, "مقال "+id, pub.UnixNano(), pub.UnixNano(), pub.UnixNano(), text, id, id); err != nil {
			return err
		}
		if _, err := ana.Exec(id, pub.UnixNano()); err != nil {
			return err
		}
		for o := 0; o < perArticle && a*perArticle+o < n; o++ {
			e := marsad.Event{
				ID: fmt.Sprintf("%s-e%d", id, o+1), ArticleID: id,
				Type: marsad.EventTypes[rng.IntN(len(marsad.EventTypes))], Mode: "other",
				Evidence: []marsad.Span{{Start: 0, End: 20}}, Trigger: "تجريبي",
				Date:       pub.Add(-time.Duration(rng.IntN(3)) * 24 * time.Hour).Format(time.DateOnly),
				Confidence: 0.5 + float64(rng.IntN(50))/100,
			}
			a1, a2 := benchActors[rng.IntN(len(benchActors))], benchActors[rng.IntN(len(benchActors))]
			e.Actor, e.Recipient = &a1, &a2
			p := benchPlaces[rng.IntN(len(benchPlaces))]
			p.Lat += rng.Float64()*0.2 - 0.1
			p.Lon += rng.Float64()*0.2 - 0.1
			e.Location = &p
			js, _ := json.Marshal(e)
			res, err := ev.Exec(id, o, e.ID, e.Type, e.Mode, e.Date, e.Date, a1.ID, a1.Name, a2.ID, a2.Name, p.Country, p.Lat, p.Lon, e.Confidence, src, string(js))
			if err != nil {
				return err
			}
			seq, _ := res.LastInsertId()
			for _, k := range []struct{ key, role string }{{"id:" + a1.ID, "actor"}, {"id:" + a2.ID, "recipient"}} {
				if _, err := act.Exec(k.key, seq, k.role); err != nil {
					return err
				}
			}
			if _, err := evi.Exec(seq, 0, 20); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.Exec(`ANALYZE`)
	return err
}

// benchQueries are the event queries the UI and API clients send most: the
// newest events, by type, country, actor, region, period and confidence,
// and combinations.
var benchQueries = []string{
	"",
	"type=ASSAULT",
	"country=SYR",
	"actor=ISIS",
	"type=COERCE,ASSAULT&country=IRQ",
	"since=2026-03-01&until=2026-04-01",
	"country=YEM&since=2025-06-01&until=2025-09-01",
	"bbox=35,32,42,37.5",
	"near=33.31,44.36,50",
	"min_confidence=0.9",
	"actor=HAMAS&type=ASSAULT",
	"source=" + url.QueryEscape("مرصد ب"),
}

// benchMix draws one query of the load benchmark's mix: the filters an
// analyst or an API client combines (type, country, actor, time range,
// map box, radius, confidence, outlet), with values drawn at random so
// that few requests repeat. It returns the template's name and the query.
func benchMix(rng *rand.Rand) (string, string) {
	countries := []string{"SYR", "IRQ", "PSE", "LBN", "YEM", "SDN", "LBY", "ISR", "TUR", "USA"}
	sources := []string{"مرصد أ", "مرصد ب", "مرصد ج", "مرصد د", "مرصد هـ"}
	typ := func() string { return marsad.EventTypes[rng.IntN(len(marsad.EventTypes))] }
	actor := func() string { return benchActors[rng.IntN(len(benchActors))].ID }
	country := func() string { return countries[rng.IntN(len(countries))] }
	period := func() string {
		days := []int{1, 7, 30, 90}[rng.IntN(4)]
		from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(730-days))
		return "since=" + from.Format(time.DateOnly) + "&until=" + from.AddDate(0, 0, days).Format(time.DateOnly)
	}
	box := func() string {
		p := benchPlaces[rng.IntN(len(benchPlaces))]
		h := 0.25 + rng.Float64()*4
		return fmt.Sprintf("bbox=%.2f,%.2f,%.2f,%.2f", p.Lon-h, p.Lat-h, p.Lon+h, p.Lat+h)
	}
	switch k := rng.IntN(16); k {
	case 0:
		return "newest", ""
	case 1:
		return "type", "type=" + typ()
	case 2:
		return "country", "country=" + country()
	case 3:
		return "actor", "actor=" + actor()
	case 4:
		return "types+country", "type=" + typ() + "," + typ() + "&country=" + country()
	case 5:
		return "period", period()
	case 6:
		return "country+period", "country=" + country() + "&" + period()
	case 7:
		return "bbox", box()
	case 8:
		p := benchPlaces[rng.IntN(len(benchPlaces))]
		return "near", fmt.Sprintf("near=%.2f,%.2f,%d", p.Lat, p.Lon, 10+rng.IntN(190))
	case 9:
		return "confidence", fmt.Sprintf("min_confidence=%.2f", 0.6+rng.Float64()*0.39)
	case 10:
		return "actor+type", "actor=" + actor() + "&type=" + typ()
	case 11:
		return "source", "source=" + url.QueryEscape(sources[rng.IntN(len(sources))])
	case 12:
		return "type+period", "type=" + typ() + "&" + period()
	case 13:
		return "actor+period", "actor=" + actor() + "&" + period()
	case 14:
		return "bbox+period", box() + "&" + period()
	default:
		return "type+country+confidence", "type=" + typ() + "&country=" + country() + fmt.Sprintf("&min_confidence=%.2f", 0.6+rng.Float64()*0.3)
	}
}

// BenchmarkEventsQueryLoad is the load benchmark: the events endpoint over
// benchEvents stored events (1,000,000 unless MARSAD_BENCH_EVENTS says
// otherwise), served over loopback HTTP and queried by 4 concurrent
// clients (MARSAD_BENCH_CLIENTS) sending queries of benchMix (limit 100;
// MARSAD_BENCH_MIX=fixed cycles through benchQueries instead; the response
// cache is on unless MARSAD_BENCH_CACHE=off). It reports
// latency percentiles and logs the slowest templates; b.N is the number of
// requests.
//
//	go test -run '^$' -bench EventsQueryLoad -benchtime 2000x ./internal/web
func BenchmarkEventsQueryLoad(b *testing.B) {
	st := benchStore(b)
	cfg := web.Config{AnonymousRead: true}
	if os.Getenv("MARSAD_BENCH_CACHE") == "off" {
		cfg.ResponseCacheBytes = -1
	}
	srv, err := web.New(cfg, web.Deps{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	srv.SetReady(true)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	get := func(q string) (time.Duration, error) {
		start := time.Now()
		resp, err := client.Get(ts.URL + "/api/v1/events?limit=100&" + q)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return 0, fmt.Errorf("%s: status %d", q, resp.StatusCode)
		}
		return time.Since(start), err
	}
	// Warm up and check every query answers.
	for _, q := range benchQueries {
		if _, err := get(q); err != nil {
			b.Fatal(err)
		}
	}
	workers := 4
	if n, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_CLIENTS")); err == nil && n > 0 {
		workers = n
	}
	fixed := os.Getenv("MARSAD_BENCH_MIX") == "fixed"
	lat := make([]time.Duration, b.N)
	names, queries := make([]string, b.N), make([]string, b.N)
	var mu sync.Mutex
	var firstErr error
	next := make(chan int)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := range workers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := range next {
				name, q := "", benchQueries[i%len(benchQueries)]
				if !fixed {
					name, q = benchMix(rng)
				}
				d, err := get(q)
				if err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
				}
				lat[i], names[i], queries[i] = d, name, q
			}
		})
	}
	for i := range b.N {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if firstErr != nil {
		b.Fatal(firstErr)
	}
	if !fixed {
		// The slowest templates, by their own 99th percentile.
		byName := map[string][]time.Duration{}
		for i, n := range names {
			byName[n] = append(byName[n], lat[i])
		}
		type slow struct {
			name string
			p99  time.Duration
			n    int
		}
		var ss []slow
		for n, ds := range byName {
			slices.Sort(ds)
			ss = append(ss, slow{n, ds[min(len(ds)-1, int(0.99*float64(len(ds))))], len(ds)})
		}
		slices.SortFunc(ss, func(a, b slow) int { return int(b.p99 - a.p99) })
		for _, x := range ss[:min(4, len(ss))] {
			b.Logf("%s: p99 %v over %d requests", x.name, x.p99.Round(10*time.Microsecond), x.n)
		}
		order := make([]int, b.N)
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(x, y int) int { return int(lat[y] - lat[x]) })
		for _, i := range order[:min(5, len(order))] {
			b.Logf("slowest: %v %s", lat[i].Round(10*time.Microsecond), queries[i])
		}
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
}

// BenchmarkEventsQueryEach measures each benchmark query alone, one client,
// so a slow filter shows by name.
func BenchmarkEventsQueryEach(b *testing.B) {
	st := benchStore(b)
	// No response cache: the same query is repeated, and its cost is measured.
	srv, err := web.New(web.Config{AnonymousRead: true, ResponseCacheBytes: -1}, web.Deps{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, q := range benchQueries {
		name := q
		if name == "" {
			name = "newest"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				resp, err := http.Get(ts.URL + "/api/v1/events?limit=100&" + q)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
}
