package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// namesLinker marks fixed names as actor mentions: the known ones with
// their party, the others (like names the entity tagger finds but the
// actor dictionary lacks) with no country or sector.
type namesLinker map[string]marsad.Actor

func (l namesLinker) Link(text string, toks []arabic.Token, _ []marsad.Entity) []ActorMention {
	var out []ActorMention
	for name, a := range l {
		words := strings.Fields(name)
		for i := 0; i+len(words) <= len(toks); i++ {
			ok := true
			for j, w := range words {
				if strings.Trim(toks[i+j].Text, "\"«»") != w {
					ok = false
					break
				}
			}
			if ok {
				a := a
				a.Name = name
				out = append(out, ActorMention{Span: marsad.Span{Start: toks[i].CStart, End: toks[i+len(words)-1].CEnd}, TokStart: i, TokEnd: i + len(words), Actor: a})
			}
		}
	}
	return out
}

// TestNamedTargetKept: a target the entity layer names but the actor layer
// cannot place (no country, no sector) stays the recipient of a material
// act instead of a party named in another clause.
func TestNamedTargetKept(t *testing.T) {
	linker := namesLinker{
		"الشرطة":         {Country: "PSE", Sector: "POL"},
		"النيابة العامة": {Country: "PSE", Sector: "JUD"},
		"سما للاتصالات":  {},
	}
	an, err := NewAnalyzer(Config{Linker: linker})
	if err != nil {
		t.Fatal(err)
	}
	text := "وأغلقت الشرطة مكاتب شركة سما للاتصالات في رام الله لرفضها التعاون مع النيابة العامة."
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "t", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events {
		if e.Type != "COERCE" {
			continue
		}
		if e.Recipient == nil || !NamesMatch(e.Recipient.Name, []string{"سما للاتصالات"}) {
			t.Errorf("Analyze(%s) COERCE recipient = %v, want سما للاتصالات", text, e.Recipient)
		}
		return
	}
	t.Errorf("Analyze(%s) = %s, want a COERCE", text, describe(r.Events))
}

func TestVerbalNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"إجراء": true, "بإطلاق": true, "وبإجراء": true, "الاستئناف": true, "للاستقرار": true,
		"إيران": false, "الإخوان": false, "أطفال": false, "اطفال": false, "الاحتلال": false,
		"المقاومة": false, "التحالف": false, "استخبارات": false, "إدارة": false,
	} {
		if got := verbalNoun(w); got != want {
			t.Errorf("verbalNoun(%s) = %v, want %v", w, got, want)
		}
	}
}
