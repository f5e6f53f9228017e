package geo

import (
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// TestReadDateline reads newsroom headers in sentences we wrote: the places
// of the header, the agency, and texts that open with a place but have no
// header.
func TestReadDateline(t *testing.T) {
	r, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		places []string // the header's places; nil: no dateline
		agency string
		header string // the header's text
	}{
		{"دبي، الإمارات العربية المتحدة (CNN) -- قتل خمسة أشخاص في انفجار بمدينة كابول.", []string{"دبي", "الإمارات العربية المتحدة"}, "CNN", "دبي، الإمارات العربية المتحدة (CNN) --"},
		{"بيروت (رويترز) - قال مسؤولون إن غارة جوية قتلت عشرة مدنيين في إدلب.", []string{"بيروت"}, "رويترز", "بيروت (رويترز) -"},
		{"القاهرة — (د ب أ) - أعلنت وزارة الخارجية السودانية وصول وفد إلى الخرطوم.", []string{"القاهرة"}, "د ب أ", "القاهرة — (د ب أ) -"},
		{"واشنطن - أ ف ب: أعلن البنتاغون إرسال سفن إلى البحر الأحمر.", []string{"واشنطن"}, "أ ف ب", "واشنطن - أ ف ب:"},
		{"الرياض 12 مارس (واس) - استقبل ولي العهد وزير خارجية باكستان.", []string{"الرياض"}, "واس", "الرياض 12 مارس (واس) -"},
		{"عمان ـ اجتمع وزراء الخارجية العرب لبحث الوضع في غزة.", []string{"عمان"}, "", "عمان ـ"},
		{"غزة/ الأناضول - استشهد ثلاثة فلسطينيين في خان يونس.", []string{"غزة"}, "الأناضول", "غزة/ الأناضول -"},
		{"رام الله - وفا: أعلنت وزارة الصحة استشهاد شاب في جنين.", []string{"رام الله"}, "وفا", "رام الله - وفا:"},
		// a newspaper in quotes: the place in its name is part of the header
		{"لندن ـ «القدس العربي»: قالت مصادر في غزة إن القصف استمر.", []string{"لندن", "القدس"}, "القدس العربي", "لندن ـ «القدس العربي»:"},
		{"هجوم جديد على الحدود\nموسكو (رويترز) - قالت وزارة الدفاع الروسية إنها أسقطت طائرات مسيرة فوق بيلغورود.", []string{"موسكو"}, "رويترز", "موسكو (رويترز) -"},
		// no header: a place that starts a sentence, a place in the middle
		{"بيروت تستعد لاستقبال الوفد الفرنسي الأسبوع المقبل.", nil, "", ""},
		{"قال مسؤولون في بيروت (لبنان) - إن الاجتماع تأجل.", nil, "", ""},
		{"(CNN) -- قال مسؤولون في كابول إن الهجوم أوقع قتلى.", nil, "", ""},
		{"دمشق، التي شهدت انفجارا أمس، تعيش هدوءا حذرا.", nil, "", ""},
		{"سطر أول\nسطر ثان\nسطر ثالث\nبيروت (رويترز) - قال مسؤولون.", nil, "", ""},
	}
	for _, tt := range tests {
		toks := arabic.Tokenize(tt.text)
		ps := r.Resolve(tt.text, toks, Options{})
		d, ok := r.ReadDateline(tt.text, toks, ps)
		if tt.places == nil {
			if ok {
				t.Errorf("ReadDateline(%q) = %+v, want none", tt.text, d)
			}
			continue
		}
		if !ok {
			t.Errorf("ReadDateline(%q): no dateline (places %v)", tt.text, ps)
			continue
		}
		var got []string
		for _, k := range d.Places {
			got = append(got, ps[k].Name)
		}
		if len(got) != len(tt.places) || got[0] != tt.places[0] || got[len(got)-1] != tt.places[len(tt.places)-1] {
			t.Errorf("ReadDateline(%q) places = %q, want %q", tt.text, got, tt.places)
		}
		if d.Agency != tt.agency {
			t.Errorf("ReadDateline(%q) agency = %q, want %q", tt.text, d.Agency, tt.agency)
		}
		if h := sliceRunes(tt.text, d.Start, d.End); h != tt.header {
			t.Errorf("ReadDateline(%q) header = %q, want %q", tt.text, h, tt.header)
		}
	}
}
