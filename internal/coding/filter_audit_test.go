package coding

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestFilterAudit counts, over MARSAD_AUDIT fresh politics articles of the
// multi-source corpus (none of the gold ids), which construction turns each
// trigger hit into no current event, and prints a sample of the dropped
// sentences for each; a development aid for the filter audit
// (docs/parts/coding-precision.md), skipped otherwise.
func TestFilterAudit(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("MARSAD_AUDIT"))
	if err != nil || n <= 0 {
		t.Skip("set MARSAD_AUDIT to a number of articles")
	}
	seen := map[string]bool{}
	for _, g := range []string{"dev", "tune", "tune2"} {
		f, err := os.Open(filepath.Join("/tmp/lead/gold", g+".jsonl"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var a struct{ ID string }
			if json.Unmarshal(sc.Bytes(), &a) == nil {
				seen[a.ID[strings.IndexByte(a.ID, '-')+1:]] = true
			}
		}
		f.Close()
	}
	// MARSAD_AUDIT_FILE: articles of our own (JSONL with id, text, date_iso)
	// read in full instead of the corpus sample
	own := os.Getenv("MARSAD_AUDIT_FILE")
	path := filepath.Join(sharedDir(t), "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	if own != "" {
		path = own
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	defer f.Close()
	var zr io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		if zr, err = gzip.NewReader(f); err != nil {
			t.Fatal(err)
		}
	}
	cfg := chainConfig(t)
	an, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := an.coder
	counts := map[string]int{}
	samples := map[string][]string{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	done, row := 0, 0
	for sc.Scan() && done < n {
		var a struct {
			ID         string   `json:"id"`
			Text       string   `json:"text"`
			DateISO    string   `json:"date_iso"`
			Categories []string `json:"categories"`
		}
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		cats := strings.Join(a.Categories, " ")
		if own == "" && !strings.Contains(cats, "middleEast") && !strings.Contains(cats, "internationalNews") {
			continue
		}
		if row++; own == "" && (row%23 != 0 || seen[strings.TrimPrefix(a.ID, "ant-multisource:")]) {
			continue
		}
		done++
		pub, _ := time.Parse("2006-01-02", a.DateISO)
		d := newDoc(a.Text, pub, c.lx, c.cal)
		ents := cfg.Tagger.Entities(a.Text, d.toks)
		d.setMentions(cfg.Linker.Link(a.Text, d.toks, ents))
		d.setPlaces(cfg.Places.Resolve(a.Text, d.toks, ents))
		c.quotes(d)
		venue := c.venue(d)
		var lead *DateExpr // as Coder.events reads it
		for si := 0; si < len(d.sents) && si < 3 && lead == nil; si++ {
			for _, de := range d.sents[si].dates {
				if de.Precision == PrecDay && !de.Date.Before(dayOf(d.pub).AddDate(0, 0, -7)) {
					lead = &de
					break
				}
			}
		}
		r := []rune(a.Text)
		for si := range d.sents {
			s := d.sents[si]
			if d.words(s.a, s.b) <= 3 || c.commentator(d.speakerOf[si]) {
				continue
			}
			hits := c.findHits(d, si)
			hits = append(hits, c.opinions(d, si, hits)...)
			for k := range hits {
				h := &hits[k]
				why := c.auditPre(d, hits, k)
				if why == "" {
					h.venue = venue
					_, aw := c.auxWhy(d, h)
					ev, fb := c.event(d, h, lead)
					before := ev.Aux
					switch {
					case aw != "":
						why = "aux:" + aw
					case before != "":
						why = "date-old"
					}
					switch {
					case !c.precise(d, h, &ev, &fb):
						why = "precise:" + c.auditPrecise(d, h)
					case ev.Aux == "":
						why = "" // precise cleared it («قبل أن تطرد السفير») or retyped it as a threat
					case why == "":
						why = "aux-after:" + c.auditAfter(d, h)
					}
				}
				if why == "" {
					why = "kept"
				}
				counts[why]++
				samples[why] = append(samples[why], fmt.Sprintf("%s %s [%s] %s", a.ID, h.trig.Type, d.toks[h.head()].Text, string(r[s.cstart:s.cend])))
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	rng := rand.New(rand.NewSource(11))
	fmt.Printf("articles: %d\n", done)
	for _, k := range keys {
		fmt.Printf("%6d %s\n", counts[k], k)
	}
	for _, k := range keys {
		if k == "kept" {
			continue
		}
		s := samples[k]
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Printf("\n== %s\n", k)
		if os.Getenv("MARSAD_AUDIT_ALL") == "" {
			s = s[:min(len(s), 12)]
		}
		for _, x := range s {
			fmt.Println("  ", x)
		}
	}
}

// auditPre names the pre-filter of Coder.events that skips hit k.
func (c *Coder) auditPre(d *doc, hits []hit, k int) string {
	h := &hits[k]
	switch {
	case c.embedded(d, hits, k):
		return "embedded"
	case c.purpose(d, h):
		return "purpose"
	case c.descriptive(d, h):
		return "descriptive"
	case c.hazard(d, h):
		return "hazard"
	case c.judged(d, h):
		return "judged"
	case c.slogan(d, h):
		return "slogan"
	}
	return ""
}

// auditPrecise names the check that makes precise drop hit h, in precise's order.
func (c *Coder) auditPrecise(d *doc, h *hit) string {
	ev := marsad.Event{Type: h.trig.Type}
	switch who := c.bystander(d, h.sent); {
	case who == commentatorSpeaks || (who == witnessSpeaks && verbal(h.trig.Type)):
		return "bystander"
	case c.relatedLink(d, h):
		return "relatedLink"
	case h.trig.Type == "REQUEST" && (c.onRequest(d, h) || c.invitation(d, h)):
		return "invitation"
	case h.trig.Type == "CONCEDE" && c.declinedInvitation(d, h):
		return "declined"
	case h.trig.Type == "REJECT" && c.answer(d, h):
		return "answer"
	case h.trig.Type == "REQUEST" && c.seeker(d, h):
		return "seeker"
	case h.trig.Type == "CONSULT" && c.interview(d, h):
		return "interview"
	case c.charged(d, h):
		return "charged"
	case h.trig.Type != "REQUEST" && c.demanded(d, h):
		return "demanded"
	case h.trig.Type != "ACCUSE" && c.accusedOf(d, h):
		return "accusedOf"
	case c.opinionPiece(d, h):
		return "opinionPiece"
	case h.trig.Type == "ASSAULT" && c.notForce(d, h):
		return "notForce"
	case label(d, h):
		return "label"
	case h.trig.Type == "CONSULT" && pastContact(d, h):
		return "pastContact"
	case h.trig.Type == "ACCUSE" && bearing(d, h):
		return "bearing"
	case func() bool { hc := *h; return c.round5(d, &hc, &ev) }(): // (a copy: round5 may retype the hit)
		return "round5"
	case c.backReference(d, h):
		return "backReference"
	case strings.Contains(h.trig.Source, "حيز") && !c.truceInForce(d, h):
		return "notTruce"
	case h.trig.Type == "THREATEN" && c.pledgeToBe(d, h):
		return "pledgeToBe"
	case !c.otherSense(d, h, &ev):
		return "otherSense"
	case vagueJudgement(d, h):
		return "vagueJudgement"
	}
	return "other"
}

// auditAfter names the check of precise that gives a plain hit an Aux.
func (c *Coder) auditAfter(d *doc, h *hit) string {
	ev := marsad.Event{Type: h.trig.Type}
	switch {
	case pastAdverb(d, h):
		return "pastAdverb" // (in round5, before the sense rules)
	case !c.otherSense(d, h, &ev) || ev.Aux != "":
		return "sense"
	case c.ready(d, h):
		return "ready"
	case c.conditionAfter(d, h):
		return "conditionAfter"
	case c.aimedAt(d, h):
		return "aimedAt"
	case describedCritic(d, h) != "":
		return "describedCritic"
	case c.repeatedAfter(d, h):
		return "repeatedAfter"
	case c.toldAsHistory(d, h):
		return "toldAsHistory"
	}
	return "other"
}
