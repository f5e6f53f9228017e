package coding

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// This file is Marsad's port of the evaluation kit's scorer
// (../shared/eval/score.py events): the same matching, the same measures,
// the same printed lines, so `marsad eval events` and the kit agree.

//go:embed data/countries.txt
var countriesTxt string

const (
	historyDays = 30
	nearKM      = 50.0
	farKM       = 161.0
)

var (
	diacriticsRe = regexp.MustCompile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
	alefRe       = regexp.MustCompile("[أإآٱ]")
	punctRe      = regexp.MustCompile(`[\s"'«»“”‘’()\[\]{}<>.,،:;؛!?؟\-_/]+`)
	// letterFolds is built once: NewReplacer builds a lookup trie per call
	letterFolds = strings.NewReplacer("ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")
)

// ScoreNorm is the orthographic normalisation the scorer compares names with.
func ScoreNorm(s string) string {
	if s == "" {
		return ""
	}
	// (a replacement copies the string even when nothing matches: asked first)
	if diacriticsRe.MatchString(s) {
		s = diacriticsRe.ReplaceAllString(s, "")
	}
	if alefRe.MatchString(s) {
		s = alefRe.ReplaceAllString(s, "ا")
	}
	s = letterFolds.Replace(s)
	if punctRe.MatchString(s) {
		s = punctRe.ReplaceAllString(s, " ")
	}
	s = strings.ToLower(strings.TrimSpace(s))
	ws := strings.Fields(s)
	for i, w := range ws {
		for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 2 {
				ws[i] = w[len(p):]
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

// NamesMatch reports whether a predicted name matches one of the gold names.
func NamesMatch(pred string, gold []string) bool {
	p := ScoreNorm(pred)
	if p == "" {
		return false
	}
	lp := utf8.RuneCountInString(p)
	for _, g := range gold {
		g = ScoreNorm(g)
		if g == "" {
			continue
		}
		if g == p || (utf8.RuneCountInString(g) >= 3 && strings.Contains(p, g)) || (lp >= 3 && strings.Contains(g, p)) {
			return true
		}
	}
	return false
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	Precision, Recall, F1 float64
	Predicted, Gold       int
}

func prf(tpP, nP, tpG, nG int) PRF {
	var p, r, f float64
	if nP > 0 {
		p = float64(tpP) / float64(nP)
	}
	if nG > 0 {
		r = float64(tpG) / float64(nG)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{round4(p), round4(r), round4(f), nP, nG}
}

// round4 rounds as Python's round(x, 4): the exact binary value, correctly
// rounded (x*1e4 would round 0.81875 (just below) up to 0.8188).
func round4(x float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	if err != nil {
		return x
	}
	return r
}

// ScoreReport is what `score.py events` reports.
type ScoreReport struct {
	Articles        int
	Events          PRF
	EventsFull      PRF
	DuplicateEvents int
	Arguments       map[string][2]int // ok, scored
	Quotes          PRF
	SpeakerOK       int
	QuotesFound     int
	Places          PRF
	Places161       PRF
	ByType          map[string][3]int // gold, found, predicted
	Notes           []string
}

var argNames = []string{"actor", "recipient", "location", "date", "count"}

type jsonObj = map[string]any

func readJSONL(r io.Reader, what string) ([]jsonObj, error) {
	var out []jsonObj
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var o jsonObj
		if err := dec.Decode(&o); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "%s:%d: not JSON: %v", what, n, err)
		}
		out = append(out, o)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return out, nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case nil:
		return ""
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

// truthy follows Python's truth of JSON values.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case bool:
		return x
	case json.Number:
		f, _ := x.Float64()
		return f != 0
	case []any:
		return len(x) > 0
	case jsonObj:
		return len(x) > 0
	}
	return true
}

func parseDay(v any) (time.Time, bool) {
	s := str(v)
	if len(s) > 10 {
		s = s[:10]
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

type span struct{ s, e int }

func overlap(a, b span) int { return max(0, min(a.e, b.e)-max(a.s, b.s)) }

func toInt(v any) (int, bool) {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.Atoi(x.String()); err == nil {
			return i, true
		}
		f, err := x.Float64()
		if err != nil {
			return 0, false
		}
		return int(f), true
	case string:
		i, err := strconv.Atoi(strings.TrimSpace(x))
		return i, err == nil
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func predSpan(obj jsonObj) (span, bool) {
	ev := obj
	if e, ok := obj["evidence"]; ok {
		m, isObj := e.(jsonObj)
		if !isObj {
			return span{}, false
		}
		ev = m
	}
	s, ok1 := toInt(ev["start"])
	e, ok2 := toInt(ev["end"])
	if !ok1 || !ok2 || e <= s {
		return span{}, false
	}
	return span{s, e}, true
}

func eventSpans(ev jsonObj) []span {
	e := ev["evidence"]
	items, ok := e.([]any)
	if !ok {
		items = []any{e}
	}
	var out []span
	for _, x := range items {
		m, ok := x.(jsonObj)
		if !ok {
			continue
		}
		if s, ok := predSpan(jsonObj{"evidence": m}); ok {
			out = append(out, s)
		}
	}
	return out
}

// find returns the code-point index of piece in text, like Python's str.find.
func find(text, piece string) int {
	i := strings.Index(text, piece)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(text[:i])
}

func names(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, str(x))
		}
	}
	return out
}

// tri is Python's None/False/True.
type tri int8

const (
	triNone tri = iota
	triFalse
	triTrue
)

func triOf(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

func actorOK(pred, gold any) tri {
	g, ok := gold.(jsonObj)
	if !ok || len(g) == 0 {
		return triNone
	}
	p, ok := pred.(jsonObj)
	if !ok {
		return triFalse
	}
	if NamesMatch(str(p["name"]), names(g["names"])) {
		return triTrue
	}
	gc, gs := g["country"], g["sector"]
	return triOf(truthy(gc) && truthy(gs) && str(p["country"]) == str(gc) && p["country"] != nil && str(p["sector"]) == str(gs) && p["sector"] != nil)
}

// Scorer scores predictions against gold.
type Scorer struct {
	countries map[string]bool
}

// NewScorer returns a scorer with Marsad's list of country names.
func NewScorer() *Scorer {
	s := &Scorer{countries: map[string]bool{}}
	for _, line := range strings.Split(countriesTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s.countries[ScoreNorm(line)] = true
	}
	return s
}

func (sc *Scorer) isCountry(g jsonObj) bool {
	name := str(g["name"])
	if !truthy(g["name"]) {
		name = str(g["mention"])
	}
	return str(g["kind"]) == "country" || sc.countries[ScoreNorm(name)]
}

func num(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func km(aLat, aLon, bLat, bLon float64) float64 {
	const r = 6371.0
	p1, p2 := aLat*math.Pi/180, bLat*math.Pi/180
	dp, dl := p2-p1, (bLon-aLon)*math.Pi/180
	h := math.Pow(math.Sin(dp/2), 2) + math.Cos(p1)*math.Cos(p2)*math.Pow(math.Sin(dl/2), 2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

func (sc *Scorer) placeOK(pred, gold any, limit float64) tri {
	g, ok := gold.(jsonObj)
	if !ok || len(g) == 0 {
		return triNone
	}
	p, ok := pred.(jsonObj)
	if !ok {
		return triFalse
	}
	if sc.isCountry(g) || g["lat"] == nil {
		if truthy(g["country"]) {
			return triOf(p["country"] != nil && str(p["country"]) == str(g["country"]))
		}
		return triOf(truthy(g["name"]) && NamesMatch(str(p["name"]), []string{str(g["name"])}))
	}
	plat, ok1 := num(p["lat"])
	plon, ok2 := num(p["lon"])
	glat, ok3 := num(g["lat"])
	glon, ok4 := num(g["lon"])
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return triFalse
	}
	return triOf(km(plat, plon, glat, glon) <= limit)
}

func (sc *Scorer) argResults(pe, ge jsonObj) map[string]tri {
	res := map[string]tri{}
	a, r := actorOK(pe["actor"], ge["actor"]), actorOK(pe["recipient"], ge["recipient"])
	if truthy(ge["symmetric"]) {
		a2, r2 := actorOK(pe["recipient"], ge["actor"]), actorOK(pe["actor"], ge["recipient"])
		cnt := func(x, y tri) int {
			n := 0
			if x == triTrue {
				n++
			}
			if y == triTrue {
				n++
			}
			return n
		}
		if cnt(a2, r2) > cnt(a, r) {
			a, r = a2, r2
		}
	}
	res["actor"], res["recipient"] = a, r
	res["location"] = sc.placeOK(pe["location"], ge["location"], nearKM)
	if !truthy(ge["date"]) {
		res["date"] = triNone
	} else {
		pd := ""
		if truthy(pe["date"]) {
			pd = str(pe["date"])
		}
		if len(pd) > 10 {
			pd = pd[:10]
		}
		res["date"] = triOf(pd == str(ge["date"]))
	}
	if ge["count"] == nil {
		res["count"] = triNone
	} else {
		pc, ok1 := num(pe["count"])
		gc, ok2 := num(ge["count"])
		res["count"] = triOf(ok1 && ok2 && pc == gc && pe["count"] != nil)
	}
	return res
}

func oneToOne(cands [][]int) map[int]int {
	owner := map[int]int{}
	var take func(g int, seen map[int]bool) bool
	take = func(g int, seen map[int]bool) bool {
		for _, p := range cands[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			o, taken := owner[p]
			if !taken || take(o, seen) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	for g := range cands {
		take(g, map[int]bool{})
	}
	m := map[int]int{}
	for p, g := range owner {
		m[g] = p
	}
	return m
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// Score scores predictions (JSON Lines) against gold (JSON Lines).
func (sc *Scorer) Score(goldR, predR io.Reader, verbose bool) (*ScoreReport, error) {
	gold, err := readJSONL(goldR, "gold")
	if err != nil {
		return nil, err
	}
	predList, err := readJSONL(predR, "predictions")
	if err != nil {
		return nil, err
	}
	preds := map[string]jsonObj{}
	for _, p := range predList {
		if _, ok := p["id"]; !ok {
			return nil, marsad.Errorf(marsad.EINVALID, "predictions: a record has no id")
		}
		preds[str(p["id"])] = p
	}
	rep := &ScoreReport{Articles: len(gold), Arguments: map[string][2]int{}, ByType: map[string][3]int{}}
	var evPred, evPredOK, evGold, evGoldOK, fullGold, evDup int
	var qPred, qPredOK, qGold, qGoldOK, qSpk int
	var plPred, plPredOK, plGold, plGoldOK, plFar int
	args := map[string][2]int{}
	for _, g := range gold {
		gid, text := str(g["id"]), str(g["text"])
		pub, havePub := parseDay(g["published"])
		if !truthy(g["published"]) {
			havePub = false
		}
		p := preds[gid]
		if len(p) == 0 {
			rep.Notes = append(rep.Notes, gid+": no prediction")
		}
		type gev struct {
			ev    jsonObj
			spans []span
			first string
		}
		var gevs []gev
		gl, _ := g["events"].([]any)
		for k, x := range gl {
			ge, _ := x.(jsonObj)
			if !slicesContains(marsad.EventTypes, str(ge["type"])) {
				return nil, marsad.Errorf(marsad.EINVALID, "%s: gold event type %q is not PLOVER", gid, str(ge["type"]))
			}
			var sp []span
			first := ""
			for j, piece := range names(ge["evidence"]) {
				i := find(text, piece)
				if i < 0 {
					return nil, marsad.Errorf(marsad.EINVALID, "%s event %d: evidence not found in text: %q", gid, k, truncRunes(piece, 60))
				}
				if j == 0 {
					first = piece
				}
				sp = append(sp, span{i, i + utf8.RuneCountInString(piece)})
			}
			gevs = append(gevs, gev{ge, sp, first})
		}
		type pev struct {
			ev    jsonObj
			spans []span
		}
		var pevs []pev
		pl, _ := p["events"].([]any)
		for _, x := range pl {
			pe, ok := x.(jsonObj)
			if !ok {
				continue
			}
			if truthy(pe["date"]) {
				if d, ok := parseDay(pe["date"]); ok && havePub && d.Before(pub.AddDate(0, 0, -historyDays)) {
					continue
				}
			}
			pevs = append(pevs, pev{pe, eventSpans(pe)})
		}
		evGold += len(gevs)
		cands := make([][]int, len(gevs))
		results := map[[2]int]map[string]tri{}
		for gi, ge := range gevs {
			var c []int
			for i, pe := range pevs {
				if len(pe.spans) == 0 || str(pe.ev["type"]) != str(ge.ev["type"]) || pe.ev["type"] == nil {
					continue
				}
				hit := false
				for _, a := range pe.spans {
					for _, b := range ge.spans {
						if overlap(a, b) > 0 {
							hit = true
						}
					}
				}
				if hit {
					c = append(c, i)
				}
			}
			for _, i := range c {
				results[[2]int{gi, i}] = sc.argResults(pevs[i].ev, ge.ev)
			}
			good := func(i int) int {
				n := 0
				for _, v := range results[[2]int{gi, i}] {
					if v == triTrue {
						n++
					}
				}
				return n
			}
			sort.SliceStable(c, func(a, b int) bool { return good(c[a]) > good(c[b]) })
			cands[gi] = c
		}
		match := oneToOne(cands)
		touching := map[int]bool{}
		for _, c := range cands {
			for _, i := range c {
				touching[i] = true
			}
		}
		dups := len(touching) - len(match)
		evDup += dups
		evPred += len(pevs) - dups
		evPredOK += len(match)
		for gi, ge := range gevs {
			typ := str(ge.ev["type"])
			t := rep.ByType[typ]
			t[0]++
			pi, ok := match[gi]
			if !ok {
				rep.ByType[typ] = t
				if verbose {
					rep.Notes = append(rep.Notes, fmt.Sprintf("%s: missed %s «%s»", gid, typ, truncRunes(ge.first, 50)))
				}
				continue
			}
			evGoldOK++
			t[1]++
			rep.ByType[typ] = t
			res := results[[2]int{gi, pi}]
			for _, k := range argNames {
				if v := res[k]; v != triNone {
					a := args[k]
					a[1]++
					if v == triTrue {
						a[0]++
					}
					args[k] = a
				}
			}
			all := true
			var wrong []string
			for _, k := range []string{"actor", "recipient", "location"} {
				if res[k] == triFalse {
					all = false
					wrong = append(wrong, k)
				}
			}
			if all {
				fullGold++
			} else if verbose {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: %s found, wrong %s", gid, typ, strings.Join(wrong, ",")))
			}
		}
		runes := []rune(text)
		for i, pe := range pevs {
			typ := "?"
			if v, ok := pe.ev["type"]; ok {
				typ = str(v)
				if v == nil {
					typ = "None"
				}
			}
			t := rep.ByType[typ]
			t[2]++
			rep.ByType[typ] = t
			if verbose && !touching[i] {
				frag := "(no evidence span)"
				if len(pe.spans) > 0 {
					s, e := pe.spans[0].s, pe.spans[0].e
					s, e = max(0, min(s, len(runes))), max(0, min(e, len(runes)))
					frag = truncRunes(string(runes[s:max(s, e)]), 50)
				}
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: spurious %s «%s»", gid, str(pe.ev["type"]), frag))
			}
		}

		// quotes
		type gq struct {
			q  jsonObj
			sp span
		}
		var gqs []gq
		gql, _ := g["quotes"].([]any)
		for _, x := range gql {
			q, _ := x.(jsonObj)
			t := str(q["text"])
			i := find(text, t)
			if i < 0 {
				return nil, marsad.Errorf(marsad.EINVALID, "%s quote: evidence not found in text: %q", gid, truncRunes(t, 60))
			}
			gqs = append(gqs, gq{q, span{i, i + utf8.RuneCountInString(t)}})
		}
		type pq struct {
			q  jsonObj
			sp span
		}
		var pqs []pq
		pql, _ := p["quotes"].([]any)
		for _, x := range pql {
			q, ok := x.(jsonObj)
			if !ok {
				continue
			}
			if s, ok := predSpan(q); ok {
				pqs = append(pqs, pq{q, s})
			}
		}
		qPred += len(pqs)
		qGold += len(gqs)
		used := map[int]bool{}
		for _, q := range gqs {
			var hits []int
			for i, x := range pqs {
				if float64(overlap(x.sp, q.sp)) >= 0.5*float64(q.sp.e-q.sp.s) {
					hits = append(hits, i)
				}
			}
			if len(hits) > 0 {
				qGoldOK++
				spk := false
				for _, i := range hits {
					used[i] = true
					if NamesMatch(str(pqs[i].q["speaker"]), names(q.q["speaker"])) {
						spk = true
					}
				}
				if spk {
					qSpk++
				}
			}
		}
		qPredOK += len(used)

		// places
		gp := map[string]jsonObj{}
		gpl, _ := g["places"].([]any)
		for _, x := range gpl {
			m, _ := x.(jsonObj)
			gp[ScoreNorm(str(m["mention"]))] = m
		}
		pp := map[string]jsonObj{}
		var ppOrder []string
		ppl, _ := p["places"].([]any)
		for _, x := range ppl {
			m, ok := x.(jsonObj)
			if !ok {
				continue
			}
			s, ok := predSpan(m)
			if ok && s.s >= 0 && s.s < s.e && s.e <= len(runes) {
				k := ScoreNorm(string(runes[s.s:s.e]))
				if _, seen := pp[k]; !seen {
					pp[k] = m
					ppOrder = append(ppOrder, k)
				}
			}
		}
		plGold += len(gp)
		plPred += len(pp)
		for _, k := range ppOrder {
			x := pp[k]
			gx, ok := gp[k]
			if !ok {
				continue
			}
			if sc.placeOK(x, gx, nearKM) == triTrue {
				plPredOK++
				plGoldOK++
			}
			if sc.placeOK(x, gx, farKM) == triTrue {
				plFar++
			}
		}
	}
	rep.Events = prf(evPredOK, evPred, evGoldOK, evGold)
	rep.EventsFull = prf(fullGold, evPred, fullGold, evGold)
	rep.DuplicateEvents = evDup
	rep.Arguments = args
	rep.Quotes = prf(qPredOK, qPred, qGoldOK, qGold)
	rep.SpeakerOK, rep.QuotesFound = qSpk, qGoldOK
	rep.Places = prf(plPredOK, plPred, plGoldOK, plGold)
	rep.Places161 = prf(plFar, plPred, plFar, plGold)
	return rep, nil
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// pyFloat prints a float as Python's repr does for these rounded values.
func pyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func (p PRF) json() string {
	return fmt.Sprintf(`{"precision": %s, "recall": %s, "f1": %s, "predicted": %d, "gold": %d`, pyFloat(p.Precision), pyFloat(p.Recall), pyFloat(p.F1), p.Predicted, p.Gold)
}

// WriteText prints the report as score.py does: the notes, then one
// "key: json" line per measure.
func (r *ScoreReport) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, n := range r.Notes {
		b.WriteString("  " + n + "\n")
	}
	fmt.Fprintf(&b, "articles: %d\n", r.Articles)
	fmt.Fprintf(&b, "events: %s}\n", r.Events.json())
	fmt.Fprintf(&b, "events_full: %s}\n", r.EventsFull.json())
	fmt.Fprintf(&b, "duplicate_events: %d\n", r.DuplicateEvents)
	b.WriteString("arguments: {")
	for i, k := range argNames {
		if i > 0 {
			b.WriteString(", ")
		}
		a := r.Arguments[k]
		acc := "null"
		if a[1] > 0 {
			acc = pyFloat(round4(float64(a[0]) / float64(a[1])))
		}
		fmt.Fprintf(&b, `"%s": {"accuracy": %s, "scored": %d}`, k, acc, a[1])
	}
	b.WriteString("}\n")
	spk := "null"
	if r.QuotesFound > 0 {
		spk = pyFloat(round4(float64(r.SpeakerOK) / float64(r.QuotesFound)))
	}
	fmt.Fprintf(&b, "quotes: %s, \"speaker_accuracy\": %s}\n", r.Quotes.json(), spk)
	fmt.Fprintf(&b, "places: %s}\n", r.Places.json())
	fmt.Fprintf(&b, "places_161km: %s}\n", r.Places161.json())
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	b.WriteString("by_type: {")
	for i, t := range types {
		if i > 0 {
			b.WriteString(", ")
		}
		v := r.ByType[t]
		fmt.Fprintf(&b, `"%s": {"gold": %d, "found": %d, "predicted": %d}`, t, v[0], v[1], v[2])
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
