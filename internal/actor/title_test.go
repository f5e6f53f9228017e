package actor

import (
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// TestLinkTitles checks ranks and offices before a personal name: the rank
// («العقيد الركن») is read as the role, not as part of the name, and an
// indefinite nisba form after a definite office is a given name («تركي»:
// Turki), not a country.
func TestLinkTitles(t *testing.T) {
	l := NewLinker(loadDefault(t))
	l.ContextCountry = false
	tests := []struct {
		name, text string
		per        []string
		want       string
	}{
		{"rank with qualifier, tagged whole",
			"وقال العقيد الركن تركي المالكي إن الدفاعات تصدت للهجوم",
			[]string{"الركن تركي المالكي"},
			"العقيد الركن تركي المالكي=PER_TURKIMALKI/SAU/MIL"},
		{"rank with qualifier, name tagged alone",
			"وقال العقيد الركن تركي المالكي إن الدفاعات تصدت للهجوم",
			[]string{"تركي المالكي"},
			"العقيد الركن تركي المالكي=PER_TURKIMALKI/SAU/MIL"},
		{"rank with qualifier, unknown person",
			"وقال العقيد الركن تركي المختبري إن الدفاعات تصدت للهجوم",
			[]string{"الركن تركي المختبري"},
			"العقيد الركن تركي المختبري=//MIL"},
		{"office with a nisba tagged with the name",
			"وقال الوزير السوري سامي المختبري إن",
			[]string{"الوزير السوري سامي المختبري"},
			"الوزير السوري سامي المختبري=/SYR/GOV"},
		{"given name after a definite office",
			"التقى الأمير تركي المختبري وفدا",
			[]string{"الأمير تركي المختبري"},
			"تركي المختبري=//"},
		{"definite nisba still gives the country",
			"وقال العقيد التركي إن",
			nil,
			"العقيد التركي=/TUR/MIL"},
		{"definite nisba starting with alif-lam once normalised",
			"وقال وزير الخارجية الألماني إن",
			nil,
			"وزير الخارجية الألماني=/DEU/GOV"},
		{"air defence is an armed body",
			"وقالت الدفاعات الجوية السورية إنها تصدت للصواريخ",
			nil,
			"الدفاعات الجوية السورية=/SYR/MIL"},
		{"indefinite office takes an indefinite nisba",
			"وقال مسؤول تركي إن",
			nil,
			"مسؤول تركي=/TUR/GOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(l.Link(tt.text, arabic.Tokenize(tt.text), ents(tt.text, marsad.PER, tt.per...)))
			if got != tt.want {
				t.Errorf("Link(%q) =\n  %q\nwant\n  %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestAgrees(t *testing.T) {
	tests := []struct {
		noun, nisba string
		want        bool
	}{
		{"العقيد", "التركي", true},
		{"العقيد", "تركي", false},
		{"والعقيد", "تركي", false},
		{"للعقيد", "تركي", false},
		{"مسؤول", "تركي", true},
		{"عقيد", "تركي", true},
	}
	for _, tt := range tests {
		if got := agrees(arabic.Normalize(tt.noun), arabic.Normalize(tt.nisba)); got != tt.want {
			t.Errorf("agrees(%s, %s) = %v, want %v", tt.noun, tt.nisba, got, tt.want)
		}
	}
}

// TestLinkAmbiguousByCountryCount checks that an ambiguous name takes the
// reading whose country the article names most when no reading is of the
// top country: «قوات التحالف» in a story about Yemen and Saudi Arabia is
// the Saudi-led coalition, in a story about Iraq and the United States the
// coalition against the Islamic State.
func TestLinkAmbiguousByCountryCount(t *testing.T) {
	l := NewLinker(loadDefault(t))
	tests := []struct{ text, want string }{
		{"قصفت قوات التحالف مواقع الحوثيين في اليمن. ورحبت السعودية بالعملية. وقالت الرياض إن الحوثيين خسروا. وأكدت المملكة العربية السعودية دعمها لليمن.", "SAU"},
		{"قصفت قوات التحالف مواقع داعش في العراق. ورحبت الولايات المتحدة بالعملية. وقالت واشنطن إن التنظيم خسر. وأكد العراق دعمه للعملية.", "USA"},
	}
	for _, tt := range tests {
		got := ""
		for _, m := range l.Link(tt.text, arabic.Tokenize(tt.text), nil) {
			if m.Actor.Name == "قوات التحالف" {
				got = m.Actor.Country
			}
		}
		if got != tt.want {
			t.Errorf("Link(%q): قوات التحالف country = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLinkAgain checks later mentions of a person: by the last word of a
// dictionary name («تركي المالكي» … «المالكي», not the namesake the
// dictionary knows by that surname), and a bare office naming the holder
// mentioned before with it («ولي العهد السعودي …» … «ولي العهد»).
func TestLinkAgain(t *testing.T) {
	l := NewLinker(loadDefault(t))
	tests := []struct{ name, text, mention, want string }{
		{"surname of a dictionary name",
			"وقال العقيد تركي المالكي إن الدفاعات تصدت للهجوم. وحذر المالكي من الرد.",
			"المالكي", "PER_TURKIMALKI/SAU/MIL"},
		{"bare office after the full office",
			"التقى ولي العهد السعودي الرئيس الفرنسي في باريس. وقال ولي العهد إن بلاده مستعدة.",
			"ولي العهد", "PER_MBS/SAU/GOV"},
		{"bare office after another office",
			"التقى وزير الخارجية الأردني نظيره اللبناني في عمان. وقال وزير الخارجية إن اللقاء كان مثمرا.",
			"وزير الخارجية", "/JOR/GOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "none"
			for _, m := range l.Link(tt.text, arabic.Tokenize(tt.text), nil) {
				if m.Actor.Name == tt.mention {
					got = m.Actor.ID + "/" + m.Actor.Country + "/" + m.Actor.Sector
				}
			}
			if got != tt.want {
				t.Errorf("Link(%q): %s = %s, want %s", tt.text, tt.mention, got, tt.want)
			}
		})
	}
}
