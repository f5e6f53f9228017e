package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/demo"
)

// runCmd runs a subcommand in-process and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(string) string { return "" })
	return code, out.String(), errb.String()
}

func gz(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestIngest feeds a directory of good and bad inputs: every good article is
// stored, every bad item is rejected with a reason, and a second run stores
// nothing new.
func TestIngest(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	articles := demo.Articles()
	lines := bytes.Split(bytes.TrimSpace(articles), []byte("\n"))
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// 6 good articles in JSON Lines with one malformed line between them.
	write("a.jsonl", bytes.Join([][]byte{lines[0], lines[1], []byte(`{"id": "broken", "text": `), lines[2]}, []byte("\n")))
	write("b.jsonl.gz", gz(t, bytes.Join(lines[3:6], []byte("\n"))))
	// A truncated gzip: what was read before the cut is kept.
	full := gz(t, bytes.Join(lines[6:9], []byte("\n")))
	write("c.jsonl.gz", full[:len(full)*2/3])
	write("d.txt", []byte("عنوان تجريبي\nأعلنت بلدية المدينة افتتاح حديقة عامة جديدة في الحي الغربي بعد أشهر من أعمال التأهيل، وقالت إن الحديقة ستفتح أبوابها للزوار يوميا."))
	write("e.txt", []byte("نص غير صالح \xff\xfe\xfd في منتصفه، وهو طويل بما يكفي ليكون مقالا لولا البايتات التالفة."))
	write("f.bin", append([]byte{0x7f, 'E', 'L', 'F', 0, 0, 0}, bytes.Repeat([]byte{0, 1, 2}, 100)...))
	write("g.jsonl", []byte(`{"id":"empty","text":"   "}`+"\n"))

	data := filepath.Join(dir, "data")
	code, out, errOut := runCmd(t, "", "ingest", "--data", data, "--no-analyze", in)
	if code != 0 {
		t.Fatalf("ingest exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	m := regexp.MustCompile(`read (\d+), stored (\d+) .* rejected (\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in %q", out)
	}
	if m[2] == "0" || m[3] == "0" {
		t.Errorf("summary %q: want stored and rejected items", strings.TrimSpace(out))
	}
	for _, reason := range []string{"invalid UTF-8", "empty text"} {
		if !strings.Contains(out, reason) {
			t.Errorf("summary %q does not give the reason %q", strings.TrimSpace(out), reason)
		}
	}
	code, out2, _ := runCmd(t, "", "ingest", "--data", data, "--no-analyze", in)
	if code != 0 || !strings.Contains(out2, "stored 0 ") {
		t.Errorf("second ingest exit %d, %q: want nothing new stored", code, out2)
	}

	// Nothing processable: non-zero exit.
	bad := filepath.Join(dir, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "x.jsonl"), []byte("{nope\n"), 0o644)
	if code, out, _ := runCmd(t, "", "ingest", "--data", data, bad); code == 0 {
		t.Errorf("ingest of only bad input exited 0 (%q)", out)
	}
	// Usage errors.
	if code, _, _ := runCmd(t, "", "ingest", "--data", data); code != 2 {
		t.Errorf("ingest without PATH exit %d, want 2", code)
	}
}

func TestIngestStdin(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, out, errOut := runCmd(t, string(demo.Articles()), "ingest", "--data", data, "--no-analyze", "-")
	if code != 0 || !strings.Contains(out, "stored 12 ") {
		t.Fatalf("ingest - = %d %q %q", code, out, errOut)
	}
}

// TestExtractContract checks the output contract on our demo articles: one
// valid result per input line, same ids, the four arrays present, offsets
// in code points inside the text.
func TestExtractContract(t *testing.T) {
	in := string(demo.Articles()) + "\n{not json}\n"
	code, out, errOut := runCmd(t, in, "extract")
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "invalid JSON") {
		t.Errorf("a malformed line was not reported: %q", errOut)
	}
	texts := map[string][]rune{}
	sc := bufio.NewScanner(bytes.NewReader(demo.Articles()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		texts[a.ID] = []rune(a.Text)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		n++
		var r map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("result %d is not JSON: %v", n, err)
		}
		var id string
		json.Unmarshal(r["id"], &id)
		text, ok := texts[id]
		if !ok {
			t.Fatalf("result %d has unknown id %q", n, id)
		}
		for _, k := range []string{"events", "quotes", "places", "entities"} {
			var arr []map[string]any
			if err := json.Unmarshal(r[k], &arr); err != nil || arr == nil {
				t.Errorf("%s: %q is not an array: %s", id, k, r[k])
			}
			for _, x := range arr {
				checkSpan(t, id, k, x, len(text))
				if ev, ok := x["evidence"].([]any); ok {
					for _, s := range ev {
						checkSpan(t, id, "evidence", s.(map[string]any), len(text))
					}
				}
			}
		}
	}
	if n != len(texts) {
		t.Errorf("extract wrote %d results for %d articles", n, len(texts))
	}
}

func checkSpan(t *testing.T, id, what string, x map[string]any, n int) {
	s, ok1 := x["start"].(float64)
	e, ok2 := x["end"].(float64)
	if !ok1 || !ok2 {
		return
	}
	if s < 0 || e <= s || int(e) > n {
		t.Errorf("%s: %s span [%v,%v) outside the %d code points of the text", id, what, s, e, n)
	}
}

// TestExtractScores runs the evaluation kit's scorer on extract's output for
// the development gold: the scorer must accept it (exit 0).
func TestExtractScores(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "eval", "gold", "dev.jsonl")
	scorer := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(gold); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/eval is missing under CI: %v", err)
		}
		t.Skip("../shared/eval not present beside the checkout")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	in, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, string(in), "extract")
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	os.WriteFile(pred, []byte(out), 0o644)
	cmd := exec.Command("python3", scorer, "events", gold, pred)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py rejected the output: %v\n%s", err, res)
	}
	if !strings.Contains(string(res), "events:") {
		t.Fatalf("score.py printed no events line:\n%s", res)
	}
	t.Logf("score.py:\n%s", res)
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu chan struct{}
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu <- struct{}{}
	defer func() { <-s.mu }()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu <- struct{}{}
	defer func() { <-s.mu }()
	return s.b.String()
}

// startServe runs `marsad ARGS...` (a serve command listening on
// 127.0.0.1:0) until ctx ends, and returns the base URL it announces, the
// channel that receives its exit code and its log. The test fails if the
// server exits or does not announce itself within a minute.
func startServe(t *testing.T, ctx context.Context, args ...string) (string, <-chan int, *syncBuffer) {
	t.Helper()
	errb := &syncBuffer{mu: make(chan struct{}, 1)}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, args, strings.NewReader(""), io.Discard, errb, func(string) string { return "" })
	}()
	re := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := re.FindStringSubmatch(errb.String()); m != nil {
			return m[1], done, errb
		}
		select {
		case code := <-done:
			t.Fatalf("%v exited %d: %s", args, code, errb.String())
		default:
		}
	}
	t.Fatalf("%v did not start: %s", args, errb.String())
	return "", nil, nil
}

// TestServeDemo starts `marsad serve --demo` on a free port and asks the API.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := filepath.Join(t.TempDir(), "data")
	base, done, errb := startServe(t, ctx, "serve", "--demo", "--addr", "127.0.0.1:0", "--data", data)
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "marsad_articles_stored_total 12") {
		t.Errorf("/metrics = %d %.300s", code, body)
	}
	if code, body := get("/api/v1/stats"); code != 200 || !strings.Contains(body, `"articles":12`) {
		t.Errorf("/api/v1/stats = %d %s, want 12 demo articles", code, body)
	}
	if code, body := get("/api/v1/articles?q=" + "الحسكه"); code != 200 || !strings.Contains(body, "demo.marsad.invalid") {
		t.Errorf("search = %d %.200s", code, body)
	}
	if tok, err := os.ReadFile(filepath.Join(data, "token")); err != nil || len(strings.TrimSpace(string(tok))) < 16 {
		t.Errorf("no write token created in the data directory: %v", err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after shutdown: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestUsage(t *testing.T) {
	if code, _, errOut := runCmd(t, "", "nope"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "help"); code != 0 || !strings.Contains(errOut, "ingest") {
		t.Errorf("help: exit %d %q", code, errOut)
	}
	if code, _, _ := runCmd(t, "", "serve", "--addr", "nonsense"); code != 2 {
		t.Errorf("serve --addr nonsense: exit %d, want 2", code)
	}
}

// FuzzExtract feeds arbitrary articles through the whole analysis chain:
// it must never panic, and every offset it reports must lie in the text.
func FuzzExtract(f *testing.F) {
	f.Add("أعلنت وزارة الداخلية العراقية، الأربعاء، اعتقال 5 عناصر من «داعش» في كركوك.", "2026-11-25")
	f.Add("قال الرئيس: \"لن نتراجع\". وأضاف أن ١٢ شخصا قتلوا في قصف على حلب أمس", "2026-01-01")
	f.Add("\u200f\u064b\u0640ـــ«»\"\"\n\n؟؟..", "")
	an, err := newAnalyzer() // loaded once: the models take a while
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		line, _ := json.Marshal(map[string]string{"id": "f", "text": text, "published": published})
		var out, errb bytes.Buffer
		if err := extractStream(context.Background(), an, bytes.NewReader(line), &out, &errb); err != nil {
			t.Fatalf("extract: %v (%s)", err, errb.String())
		}
		var r map[string][]map[string]any
		json.Unmarshal(bytes.TrimSpace(out.Bytes()), &r)
		n := len([]rune(text))
		for _, k := range []string{"events", "quotes", "places", "entities"} {
			for _, x := range r[k] {
				checkSpan(t, "f", k, x, n)
			}
		}
	})
}

// TestServeFeeds runs `marsad serve` on a feed list that points at a local
// RSS server: the feed's articles are fetched, stored and served.
func TestServeFeeds(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>موقع تجريبي</title><link>http://example.invalid/</link>
<item><title>افتتاح جسر جديد</title><link>http://example.invalid/a/1</link><guid>a1</guid><pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate>
<description><![CDATA[<p>افتتحت السلطات المحلية في مدينة الموصل جسرا جديدا يربط ضفتي نهر دجلة، بعد أشهر من أعمال البناء. وقال محافظ نينوى إن الجسر سيخفف الازدحام في المدينة، مضيفا أن مشاريع أخرى ستنطلق قريبا في الأحياء الشرقية. وأكد مهندسون أن الجسر صمم لتحمل حركة المرور الكثيفة على مدى عقود، وأن أعمال الإنارة ستكتمل الشهر المقبل. ويعد الجسر الخامس الذي يعاد بناؤه في المدينة منذ انتهاء العمليات العسكرية، فيما تنتظر جسور أخرى التمويل اللازم لإعادة تأهيلها وفتحها أمام حركة السيارات والمشاة.</p>]]></description>
</item></channel></rss>`
	ts := httptestServer(t, rss)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(feeds, []byte("version: 1\nfeeds:\n  - name: تجريبي\n    url: "+ts+"/rss\n    country: IQ\n    lang: ar\n"), 0o644)

	// Feed state is for administrators.
	code, tokOut, errOut := runCmd(t, "", "token", "create", "--role", "admin", "--data", filepath.Join(dir, "data"))
	if code != 0 {
		t.Fatalf("token create: %d %s", code, errOut)
	}
	admin := strings.TrimSpace(tokOut)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done, errb := startServe(t, ctx, "serve", "--addr", "127.0.0.1:0", "--data", filepath.Join(dir, "data"), "--feeds", feeds, "--allow-private", "true")
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(base + "/api/v1/stats")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), `"articles":1`) {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, errb.String())
		default:
		}
	}
	resp, err := http.Get(base + "/api/v1/articles?q=" + "الموصل")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "example.invalid/a/1") {
		t.Fatalf("the feed's article is not served: %s\nlog: %s", b, errb.String())
	}
	if resp, err := http.Get(base + "/api/v1/feeds"); err != nil || resp.StatusCode != 401 {
		t.Errorf("/api/v1/feeds without a token = %v, %v; want 401", resp.StatusCode, err)
	}
	// The poller records the poll just after handing the item on: wait for it.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		req, _ := http.NewRequest("GET", base+"/api/v1/feeds", nil)
		req.Header.Set("Authorization", "Bearer "+admin)
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), `"items_seen":1`) {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("/api/v1/feeds = %s", b)
			break
		}
	}
	cancel()
	<-done
}

func httptestServer(t *testing.T, rss string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		io.WriteString(w, rss)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestUserActors extends the actor dictionary with a user file through
// MARSAD_ACTORS, without a rebuild, and sees the new actor linked.
func TestUserActors(t *testing.T) {
	f := filepath.Join(t.TempDir(), "mine.yaml")
	os.WriteFile(f, []byte(`kind: armed group
entries:
  - id: TEST_FALCONS
    en: Desert Falcons Test Brigade
    country: SYR
    sector: REB
    ar: [لواء صقور البادية التجريبي]
`), 0o644)
	t.Setenv("MARSAD_ACTORS", f)
	in := `{"id":"u1","published":"2026-11-20","text":"هاجم لواء صقور البادية التجريبي، الخميس، حاجزا للجيش السوري قرب مدينة تدمر، ما أدى إلى مقتل ثلاثة جنود."}`
	code, out, errOut := runCmd(t, in, "extract")
	if code != 0 {
		t.Fatalf("extract: %d %s", code, errOut)
	}
	if !strings.Contains(out, `"id":"TEST_FALCONS"`) {
		t.Errorf("the user's actor is not linked:\n%s", out)
	}
}

// panicky fails like a bug in one analysis layer: it panics on texts that
// contain "boom" and analyses the others to nothing.
type panicky struct{}

func (panicky) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	if strings.Contains(a.Text, "boom") {
		var xs []int
		_ = xs[len(a.Text)] // index out of range
	}
	return &marsad.Analysis{ArticleID: a.ID}, nil
}

// TestExtractSurvivesPanic: an article that makes the analyser panic is
// reported with its line and id, and the articles after it are still
// analysed.
func TestExtractSurvivesPanic(t *testing.T) {
	in := `{"id":"a","text":"نص أول"}
{"id":"b","text":"boom"}
{"id":"c","text":"نص ثالث"}
`
	var out, errOut bytes.Buffer
	if err := extractStream(context.Background(), panicky{}, strings.NewReader(in), &out, &errOut); err != nil {
		t.Fatalf("extractStream: %v", err)
	}
	if !strings.Contains(errOut.String(), "line 2 (b): rejected: analyzer panic") || !strings.Contains(errOut.String(), "panicky.Analyze cmd_test.go:") {
		t.Errorf("the panic was not reported with its line: %q", errOut.String())
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r struct{ ID string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad result line %q: %v", line, err)
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("results for %v, want a,c", ids)
	}
}

// pubEcho answers each article with one event dated on its publication
// day ("none" when it has none), to see which input field extract read the
// date from.
type pubEcho struct{}

func (pubEcho) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	day := "none"
	if !a.Published.IsZero() {
		day = a.Published.Format("2006-01-02")
	}
	return &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{{Type: "CONSULT", Date: day}}}, nil
}

// TestExtractDateFields: "published" is the contract's field; a corpus line
// that dates itself under "date_iso" or "date" (RFC 1123) is dated too,
// "published" wins when both are given, and an unparsable date leaves the
// article undated rather than rejected.
func TestExtractDateFields(t *testing.T) {
	cases := []struct{ line, want string }{
		{`{"id":"a","text":"نص","published":"2026-03-04"}`, "2026-03-04"},
		{`{"id":"b","text":"نص","date_iso":"2018-06-19"}`, "2018-06-19"},
		{`{"id":"c","text":"نص","date":"Tue, 19 Jun 2018 17:17:50 GMT"}`, "2018-06-19"},
		{`{"id":"d","text":"نص","published":"2026-03-04","date_iso":"2018-06-19"}`, "2026-03-04"},
		{`{"id":"e","text":"نص","published":"not a date"}`, "none"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if err := extractStream(context.Background(), pubEcho{}, strings.NewReader(c.line), &out, &errb); err != nil {
			t.Fatalf("%s: %v", c.line, err)
		}
		var r struct {
			Events []struct{ Date string }
		}
		if err := json.Unmarshal(out.Bytes(), &r); err != nil || len(r.Events) != 1 {
			t.Fatalf("%s: bad result %q: %v", c.line, out.String(), err)
		}
		if r.Events[0].Date != c.want {
			t.Errorf("%s: dated %s, want %s", c.line, r.Events[0].Date, c.want)
		}
	}
}
