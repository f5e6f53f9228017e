package evalset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/sharedtest"
)

// sharedDir finds ../shared beside the repository root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	return sharedtest.Dir(t)
}

// TestUnseenData checks the shipped annotations without the corpora: the
// file loads, the two halves of each batch are the same size and no text is
// stored.
func TestUnseenData(t *testing.T) {
	anns, err := Unseen()
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) < 20 {
		t.Fatalf("Unseen() = %d articles, want at least 20", len(anns))
	}
	halves := map[string]int{}
	for _, a := range anns {
		halves[a.Split]++
	}
	if halves[SplitTune] != halves[SplitHeld] {
		t.Errorf("halves = %v, want equal tune and held", halves)
	}
	if halves[SplitTune2] != halves[SplitHeld2] || halves[SplitTune2] < 10 {
		t.Errorf("halves = %v, want equal tune2 and held2 of at least 10 articles each", halves)
	}
	if halves[SplitTune3] != 10 || halves[SplitHeld3] != 10 {
		t.Errorf("halves = %v, want 10 tune3 and 10 held3 articles (batch 5)", halves)
	}
	// Batch 5 draws four politics articles per outlet and splits each
	// outlet's four two and two.
	outlets := map[string]map[string]int{}
	for _, a := range anns {
		if a.Split != SplitTune3 && a.Split != SplitHeld3 {
			continue
		}
		outlet := strings.SplitN(strings.TrimPrefix(a.Doc, "ant-multisource:"), "-", 2)[0]
		if outlets[outlet] == nil {
			outlets[outlet] = map[string]int{}
		}
		outlets[outlet][a.Split]++
	}
	if len(outlets) != 5 {
		t.Errorf("batch 5 outlets = %v, want five", outlets)
	}
	for outlet, n := range outlets {
		if n[SplitTune3] != 2 || n[SplitHeld3] != 2 {
			t.Errorf("batch 5 outlet %s = %v, want two tune3 and two held3", outlet, n)
		}
	}
	// Batch 6 draws two politics articles per outlet, all held4.
	held4 := map[string]int{}
	for _, a := range anns {
		if a.Split == SplitHeld4 {
			held4[strings.SplitN(strings.TrimPrefix(a.Doc, "ant-multisource:"), "-", 2)[0]]++
			if len(a.Events) == 0 {
				t.Errorf("%s: a held4 article without events", a.ID)
			}
		}
	}
	if halves[SplitHeld4] != 10 || len(held4) != 5 {
		t.Errorf("held4 = %d articles from outlets %v, want 10 from five outlets", halves[SplitHeld4], held4)
	}
	for outlet, n := range held4 {
		if n != 2 {
			t.Errorf("batch 6 outlet %s has %d held4 articles, want two", outlet, n)
		}
	}
	// Batch 7 draws two politics articles per outlet, all tune4.
	tune4 := map[string]int{}
	for _, a := range anns {
		if a.Split == SplitTune4 {
			tune4[strings.SplitN(strings.TrimPrefix(a.Doc, "ant-multisource:"), "-", 2)[0]]++
		}
	}
	if halves[SplitTune4] != 10 || len(tune4) != 5 {
		t.Errorf("tune4 = %d articles from outlets %v, want 10 from five outlets", halves[SplitTune4], tune4)
	}
	for outlet, n := range tune4 {
		if n != 2 {
			t.Errorf("batch 7 outlet %s has %d tune4 articles, want two", outlet, n)
		}
	}
	// Batch 8 draws two politics articles per outlet, all tune5.
	tune5 := map[string]int{}
	for _, a := range anns {
		if a.Split == SplitTune5 {
			tune5[strings.SplitN(strings.TrimPrefix(a.Doc, "ant-multisource:"), "-", 2)[0]]++
		}
	}
	if halves[SplitTune5] != 10 || len(tune5) != 5 {
		t.Errorf("tune5 = %d articles from outlets %v, want 10 from five outlets", halves[SplitTune5], tune5)
	}
	for outlet, n := range tune5 {
		if n != 2 {
			t.Errorf("batch 8 outlet %s has %d tune5 articles, want two", outlet, n)
		}
	}
	if halves[SplitPlaces] < 20 {
		t.Errorf("places-only split has %d articles, want at least 20", halves[SplitPlaces])
	}
	places := 0
	for _, a := range anns {
		if a.Split == SplitPlaces {
			places += len(a.Places)
			if len(a.Events) > 0 || len(a.Quotes) > 0 {
				t.Errorf("%s: places-only article carries events or quotes", a.ID)
			}
		}
	}
	if places < 100 {
		t.Errorf("places-only split has %d place mentions, want at least 100", places)
	}
	// Only spans, codes and added name forms are stored; a long literal would
	// be copied article text.
	long := func(id string, ns []Name) {
		for _, n := range ns {
			if len([]rune(n.Literal)) > 40 {
				t.Errorf("%s: literal name %q is too long to be a name", id, n.Literal)
			}
		}
	}
	for _, a := range anns {
		for _, e := range a.Events {
			for _, ac := range []*Actor{e.Actor, e.Recipient} {
				if ac != nil {
					long(a.ID, ac.Names)
				}
			}
			if e.Location != nil {
				long(a.ID, []Name{e.Location.Name})
			}
		}
		for _, q := range a.Quotes {
			long(a.ID, q.Speaker)
		}
	}
}

// TestUnseenDataHoldsNoText scans every string value of the shipped file:
// apart from the fixed fields (ids, paths, hashes, codes), only short added
// name forms may appear, never a copied sentence.
func TestUnseenDataHoldsNoText(t *testing.T) {
	var walk func(v any)
	var arabic, long int
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		case string:
			if strings.IndexFunc(x, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF }) < 0 {
				return
			}
			arabic++
			if len([]rune(x)) > 40 {
				long++
				t.Errorf("an Arabic string of %d code points is stored: %.30q…", len([]rune(x)), x)
			}
		}
	}
	for n, line := range bytes.Split(bytes.TrimSpace(unseenData), []byte("\n")) {
		var v any
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		walk(v)
	}
	t.Logf("%d Arabic strings stored (added name forms), %d too long", arabic, long)
}

func TestLoadRejects(t *testing.T) {
	good := `{"id":"x","split":"tune","kind":"politics","corpus":"data/c.jsonl.gz","doc":"d","line":1,"sha256":"` +
		strings.Repeat("a", 64) + `","published":"2018-01-02","events":[],"quotes":[],"places":[]}`
	if _, err := Load(strings.NewReader(good)); err != nil {
		t.Fatalf("Load(good) = %v", err)
	}
	for _, split := range []string{SplitTune2, SplitHeld2, SplitTune3, SplitHeld3, SplitHeld4} {
		withEvents := strings.Replace(strings.Replace(good, `"split":"tune"`, `"split":"`+split+`"`, 1),
			`"events":[]`, `"events":[{"type":"ASSAULT","evidence":[[0,3]]}]`, 1)
		if anns, err := Load(strings.NewReader(withEvents)); err != nil || anns[0].Split != split {
			t.Errorf("Load(%s with an event) = %v, %v", split, anns, err)
		}
	}
	placesOnly := strings.Replace(strings.Replace(good, `"split":"tune"`, `"split":"places"`, 1),
		`"places":[]`, `"places":[{"span":[0,2],"country":"IRQ"}]`, 1)
	if anns, err := Load(strings.NewReader(placesOnly)); err != nil || anns[0].Split != SplitPlaces {
		t.Fatalf("Load(places-only) = %v, %v", anns, err)
	}
	withEvents := strings.Replace(placesOnly, `"events":[]`, `"events":[{"type":"ASSAULT","evidence":[[0,3]]}]`, 1)
	withQuotes := strings.Replace(placesOnly, `"quotes":[]`, `"quotes":[{"span":[0,3],"speaker":["x"]}]`, 1)
	for name, bad := range map[string]string{"events": withEvents, "quotes": withQuotes} {
		if _, err := Load(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "places only") {
			t.Errorf("Load(places split with %s) = %v, want a places-only error", name, err)
		}
	}
	for _, tc := range []struct{ name, from, to, want string }{
		{"split", `"split":"tune"`, `"split":"dev"`, "split"},
		{"hash", `"sha256":"aaaa`, `"sha256":"zz`, "sha256"},
		{"corpus escapes", `"data/c.jsonl.gz"`, `"../c.jsonl.gz"`, "corpus"},
		{"date", `"2018-01-02"`, `"2 Jan"`, "published"},
		{"type", `"events":[]`, `"events":[{"type":"FIGHT","evidence":[[0,3]]}]`, "not PLOVER"},
		{"evidence", `"events":[]`, `"events":[{"type":"ASSAULT","evidence":[[5,3]]}]`, "empty or negative"},
		{"sector", `"events":[]`, `"events":[{"type":"ASSAULT","evidence":[[0,3]],"actor":{"names":["a"],"country":"IRQ","sector":"ARMY"}}]`, "sector"},
		{"country", `"places":[]`, `"places":[{"span":[0,2],"country":"Iraq"}]`, "alpha-3"},
		{"coordinates", `"places":[]`, `"places":[{"span":[0,2],"lat":95,"lon":10}]`, "out of range"},
		{"unknown field", `"kind"`, `"colour":1,"kind"`, "unknown field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(good, tc.from, tc.to, 1)
			_, err := Load(strings.NewReader(bad))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Load(%s) = %v, want an error mentioning %q", tc.name, err, tc.want)
			}
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("code = %q, want %q", marsad.ErrorCode(err), marsad.EINVALID)
			}
		})
	}
	dup := good + "\n" + good
	if _, err := Load(strings.NewReader(dup)); err == nil || !strings.Contains(err.Error(), "duplicate") {
		t.Errorf("Load(duplicate ids) = %v, want a duplicate error", err)
	}
}

// fakeShared writes a tiny gzip corpus of our own sentences and returns the
// shared directory and the article text.
func fakeShared(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	text := "قالت الشرطة إنها اعتقلت ثلاثة رجال في بلدة صغيرة.\nوأضاف الناطق أن التحقيق مستمر."
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	enc := json.NewEncoder(zw)
	for _, r := range []map[string]string{
		{"id": "c:one", "title": "عنوان", "source": "test", "text": "نص آخر لا علاقة له."},
		{"id": "c:two", "title": "عنوان ثان", "source": "test", "url": "http://example.org/2", "text": text},
	} {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "data", "c.jsonl.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, text
}

func runeSpan(t *testing.T, text, piece string) Span {
	t.Helper()
	i := strings.Index(text, piece)
	if i < 0 {
		t.Fatalf("%q not in text", piece)
	}
	s := len([]rune(text[:i]))
	return Span{s, s + len([]rune(piece))}
}

func fakeAnnotation(t *testing.T, text string) Annotation {
	sum := sha256.Sum256([]byte(text))
	iraq := "IRQ"
	count := 3
	police := runeSpan(t, text, "الشرطة")
	return Annotation{
		ID: "t-1", Split: SplitTune, Kind: "politics", Corpus: "data/c.jsonl.gz", Doc: "c:two", Line: 2,
		SHA256: hex.EncodeToString(sum[:]), Published: "2018-01-02",
		Events: []Event{{Type: "COERCE", Mode: "arrest", Evidence: []Span{runeSpan(t, text, "اعتقلت ثلاثة رجال")},
			Actor: &Actor{Names: []Name{{Span: &police}, {Literal: "الشرطة المحلية"}}, Country: &iraq, Sector: "POL"},
			Count: &count}},
		Quotes: []Quote{{Span: runeSpan(t, text, "التحقيق مستمر"), Speaker: []Name{{Literal: "الناطق"}}}},
		Places: []Place{{Span: runeSpan(t, text, "بلدة"), Country: &iraq}},
	}
}

func TestMaterialiseFake(t *testing.T) {
	shared, text := fakeShared(t)
	a := fakeAnnotation(t, text)
	golds, err := Materialise(shared, []Annotation{a})
	if err != nil {
		t.Fatal(err)
	}
	g := golds[0]
	if g.Text != text || g.URL != "http://example.org/2" || g.Published != "2018-01-02" {
		t.Errorf("gold header = %q %q %q", g.Text, g.URL, g.Published)
	}
	if got := g.Events[0].Evidence[0]; got != "اعتقلت ثلاثة رجال" {
		t.Errorf("evidence = %q", got)
	}
	if got := g.Events[0].Actor.Names; len(got) != 2 || got[0] != "الشرطة" || got[1] != "الشرطة المحلية" {
		t.Errorf("actor names = %q", got)
	}
	if g.Quotes[0].Text != "التحقيق مستمر" || g.Places[0].Mention != "بلدة" {
		t.Errorf("quote %q, place %q", g.Quotes[0].Text, g.Places[0].Mention)
	}
	var buf bytes.Buffer
	if err := Write(&buf, golds); err != nil {
		t.Fatal(err)
	}
	var back Gold
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back.Events[0].Evidence[0] != "اعتقلت ثلاثة رجال" {
		t.Errorf("round trip = %+v, %v", back, err)
	}
}

// TestMaterialisePlacesOnly: a places-only article yields empty (not null)
// event and quote lists, so scorers read it as "nothing annotated there".
func TestMaterialisePlacesOnly(t *testing.T) {
	shared, text := fakeShared(t)
	a := fakeAnnotation(t, text)
	a.Split, a.Events, a.Quotes = SplitPlaces, nil, nil
	golds, err := Materialise(shared, []Annotation{a})
	if err != nil {
		t.Fatal(err)
	}
	if g := golds[0]; len(g.Events) != 0 || len(g.Quotes) != 0 || len(g.Places) != 1 || g.Places[0].Mention != "بلدة" {
		t.Errorf("gold = %+v", g)
	}
	var buf bytes.Buffer
	if err := Write(&buf, golds); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); !strings.Contains(s, `"events":[]`) || !strings.Contains(s, `"quotes":[]`) || !strings.Contains(s, `"split":"places"`) {
		t.Errorf("written = %s", s)
	}
}

func TestMaterialiseErrors(t *testing.T) {
	shared, text := fakeShared(t)
	for _, tc := range []struct {
		name   string
		change func(*Annotation)
		want   string
	}{
		{"hash mismatch", func(a *Annotation) { a.SHA256 = strings.Repeat("0", 64) }, "does not match"},
		{"wrong document", func(a *Annotation) { a.Line = 1 }, "not \"c:two\""},
		{"line past the end", func(a *Annotation) { a.Line = 9 }, "has no line 9"},
		{"evidence out of range", func(a *Annotation) { a.Events[0].Evidence[0] = Span{10, 500} }, "out of range"},
		{"place out of range", func(a *Annotation) { a.Places[0].Span = Span{400, 404} }, "out of range"},
		{"name out of range", func(a *Annotation) { a.Events[0].Actor.Names[0].Span = &Span{0, 999} }, "out of range"},
		{"evidence not first occurrence", func(a *Annotation) {
			// "ال" first occurs long before this span: score.py would look there.
			s := runeSpan(t, text, "التحقيق")
			a.Events[0].Evidence[0] = Span{s[0], s[0] + 2}
		}, "first occurs at"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fakeAnnotation(t, text)
			tc.change(&a)
			_, err := Materialise(shared, []Annotation{a})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Materialise = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
	a := fakeAnnotation(t, text)
	if _, err := Materialise(filepath.Join(shared, "absent"), []Annotation{a}); !errors.Is(err, ErrNoShared) {
		t.Errorf("Materialise(absent dir) = %v, want ErrNoShared", err)
	}
	a.Corpus = "data/missing.jsonl.gz"
	if _, err := Materialise(shared, []Annotation{a}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Materialise(missing corpus) = %v, want a not-exist error", err)
	}
}

func TestSelect(t *testing.T) {
	anns := []Annotation{{ID: "a", Split: SplitTune}, {ID: "b", Split: SplitHeld}, {ID: "p", Split: SplitPlaces},
		{ID: "c", Split: SplitTune}, {ID: "q", Split: SplitPlaces}, {ID: "x", Split: SplitTune2}, {ID: "y", Split: SplitHeld2},
		{ID: "z", Split: SplitTune2}, {ID: "m", Split: SplitHeld3}, {ID: "n", Split: SplitTune3}, {ID: "h", Split: SplitHeld4},
		{ID: "t", Split: SplitTune4}, {ID: "u", Split: SplitTune5}}
	for split, want := range map[string]string{"all": "abc", "": "abc", SplitTune: "ac", SplitHeld: "b", SplitPlaces: "pq",
		"all2": "xyz", SplitTune2: "xz", SplitHeld2: "y", "all3": "mn", SplitTune3: "n", SplitHeld3: "m", SplitHeld4: "h",
		SplitTune4: "t", SplitTune5: "u"} {
		got, err := Select(anns, split)
		ids := ""
		for _, a := range got {
			ids += a.ID
		}
		if err != nil || ids != want {
			t.Errorf("Select(%q) = %q, %v; want %q", split, ids, err, want)
		}
	}
	for _, bad := range []string{"dev", "held5", "tune6", "all4", "Held4", "Tune4", "tune 5"} {
		if _, err := Select(anns, bad); err == nil {
			t.Errorf("Select(%s) = nil error", bad)
		}
	}
}

// TestUnseenMaterialises reads the real corpora: every hash and offset of the
// shipped set must check out, and the evaluation kit's own checker must find
// no problem in the gold it yields.
func TestUnseenMaterialises(t *testing.T) {
	shared := sharedDir(t)
	anns, err := Unseen()
	if err != nil {
		t.Fatal(err)
	}
	golds, err := Materialise(shared, anns)
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	bySplit := map[string]int{}
	for _, g := range golds {
		events += len(g.Events)
		bySplit[g.Split]++
		if g.Text == "" || g.Title == "" {
			t.Errorf("%s: empty text or title", g.ID)
		}
		// Every text piece is the article's own, found where score.py looks.
		var pieces []string
		for _, e := range g.Events {
			pieces = append(pieces, e.Evidence...)
		}
		for _, q := range g.Quotes {
			pieces = append(pieces, q.Text)
		}
		for _, p := range g.Places {
			pieces = append(pieces, p.Mention)
		}
		for _, p := range pieces {
			if p == "" || !strings.Contains(g.Text, p) {
				t.Errorf("%s: piece %q is not in the text", g.ID, p)
			}
		}
	}
	for split, want := range map[string]int{SplitTune: 18, SplitHeld: 18, SplitPlaces: 20, SplitTune2: 10, SplitHeld2: 10,
		SplitTune3: 10, SplitHeld3: 10, SplitHeld4: 10, SplitTune4: 10, SplitTune5: 10} {
		if bySplit[split] != want {
			t.Errorf("split %s has %d articles, want %d", split, bySplit[split], want)
		}
	}
	t.Logf("%d articles, %d events", len(golds), events)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent: score.py check not run")
	}
	path := filepath.Join(t.TempDir(), "unseen.jsonl")
	var buf bytes.Buffer
	if err := Write(&buf, golds); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(shared, "eval", "score.py"), "check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), " 0 problems") {
		t.Fatalf("score.py check: %v\n%s", err, out)
	}
}

// beforeBatch6 is data/unseen.jsonl as it stood before batch 6 was appended:
// its length in bytes and SHA-256. Later batches only append lines.
const (
	beforeBatch6Len    = 158176
	beforeBatch6SHA256 = "5f7d642b5171e08d5a2224a5b1dbe4ff85459a7c2f78479eeb2a560ad78380e7"
)

// beforeBatch7 is data/unseen.jsonl as it stood before batch 7 was appended
// (batches 1-6).
const (
	beforeBatch7Len    = 178995
	beforeBatch7SHA256 = "3140dbddb30d5dd2239b6bc6e9a0ced20420416c70efe2a16ccd3954ed586bf1"
)

// beforeBatch8 is data/unseen.jsonl as it stood before batch 8 was appended
// (batches 1-7).
const (
	beforeBatch8Len    = 196512
	beforeBatch8SHA256 = "643f979601509db501f955ab2acdff9b9bcdfd006a8b18e98997f250e001c766"
)

// TestEarlierBatchesUntouched: the lines of batches 1-5 are byte-identical
// to what they were before batch 6 was appended, those of batches 1-6 to
// what they were before batch 7, and those of batches 1-7 to what they were
// before batch 8.
func TestEarlierBatchesUntouched(t *testing.T) {
	for _, b := range []struct {
		n    int
		want string
	}{{beforeBatch6Len, beforeBatch6SHA256}, {beforeBatch7Len, beforeBatch7SHA256}, {beforeBatch8Len, beforeBatch8SHA256}} {
		if len(unseenData) < b.n {
			t.Fatalf("data/unseen.jsonl has %d bytes, fewer than the %d of an earlier state", len(unseenData), b.n)
		}
		sum := sha256.Sum256(unseenData[:b.n])
		if got := hex.EncodeToString(sum[:]); got != b.want {
			t.Errorf("the first %d bytes of data/unseen.jsonl hash to %s, want %s: an earlier line changed", b.n, got, b.want)
		}
	}
}

// materialisedBeforeBatch6 is the SHA-256 of each earlier selection as
// Materialise and Write produced it before batch 6 was added.
var materialisedBeforeBatch6 = map[string]string{
	"all":       "ebdb17c5ec1c06df545c95d9c956614e5c1b9566af28a21c6b302ffa78964627",
	SplitTune:   "305a8f818bc26e7d102fb38912bcdca45055f84dd7d9bd7e9119f34ac5c385f8",
	SplitHeld:   "0e34ef84721507fbf65174732c289e20c64fe92f03497a03d6c84abc48c466cc",
	SplitPlaces: "2e0995f1c095db49893ea6ef25480f326d363bf825bb2ae41f8396b695d6fd87",
	"all2":      "941fda685cde0108a249ba053f3c4a6f1ebfde40990ffba6ac6c74f777cd2011",
	SplitTune2:  "826760f7e081fee9b84b466b9aadc41b6a506dd7051a19adbcdd2c80241d9365",
	SplitHeld2:  "1a313f5c8a1f048b9dd16822efdb21d1fd5f6adfb3083ea8bbb3c627431e8049",
	"all3":      "83e1efc8210aa957cececd32b8ec1b875bcb339e54f09f6211bf7b909aff3706",
	SplitTune3:  "abc525dbfb584a2da3115af2a1057a1cdab8da9135da99bb5e6dbf7fcd0b4c05",
	SplitHeld3:  "fabefad9c28996b14ec391e7fa6b23f4986b52f3f4d6cb50abecf6c917eb21b7",
}

// materialisedBeforeBatch7 is the SHA-256 of held4 (batch 6) as Materialise
// and Write produced it before batch 7 was added.
var materialisedBeforeBatch7 = map[string]string{
	SplitHeld4: "441435f08456b21e144d7d5993958ba803513561e76ad04d6238c31007288d94",
}

// materialisedBeforeBatch8 is the SHA-256 of tune4 (batch 7) as Materialise
// and Write produced it before batch 8 was added.
var materialisedBeforeBatch8 = map[string]string{
	SplitTune4: "d748d3a8e770d6bbace819667b9bae9cbbc9a685a81165e0a1e7dcfb79cfa120",
}

// TestEarlierSplitsByteIdentical materialises every selection that existed
// before batches 6, 7 and 8 and checks that the gold it writes is byte for
// byte what it was: adding held4, tune4 and tune5 changes no earlier measure.
func TestEarlierSplitsByteIdentical(t *testing.T) {
	shared := sharedDir(t)
	anns, err := Unseen()
	if err != nil {
		t.Fatal(err)
	}
	earlier := map[string]string{}
	for split, want := range materialisedBeforeBatch6 {
		earlier[split] = want
	}
	for split, want := range materialisedBeforeBatch7 {
		earlier[split] = want
	}
	for split, want := range materialisedBeforeBatch8 {
		earlier[split] = want
	}
	for split, want := range earlier {
		sel, err := Select(anns, split)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range sel {
			if a.Split != split && (a.Split == SplitHeld4 || a.Split == SplitTune4 || a.Split == SplitTune5) {
				t.Errorf("Select(%q) includes %s article %s", split, a.Split, a.ID)
			}
		}
		golds, err := Materialise(shared, sel)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, golds); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(buf.Bytes())
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("split %s materialises to sha256 %s, want %s (as before the later batches)", split, got, want)
		}
	}
}
