package coding

import (
	"strings"
	"testing"
)

// TestPartyName: a conjunction or preposition glued to the head of a
// party's name or to a name the actor layer read leaves it; a name that
// opens with the letter of its own keeps it; «بقيادة X» is X; a phrase
// that opens with a word that opens no name is no party.
func TestPartyName(t *testing.T) {
	known := map[string]bool{"حماس": true, "داعش": true, "لبنان": true, "بوتين": true, "ترامب": true}
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"لقوات الجيش العراقي", "قوات الجيش العراقي", true},
		{"لميليشيات الحوثي", "ميليشيات الحوثي", true},
		{"لـمليشيات الحوثي", "مليشيات الحوثي", true},
		{"بوزير الدفاع التركي", "وزير الدفاع التركي", true},
		{"ووزارة الخارجية", "وزارة الخارجية", true},
		{"وقوات الأمن", "قوات الأمن", true},
		{"لولي العهد الأردني", "ولي العهد الأردني", true},
		{"لحماس", "حماس", true},
		{"وترامب", "ترامب", true},
		{"لقيادة قوات التحالف", "قيادة قوات التحالف", true},
		{"بقيادة الولايات المتحدة", "الولايات المتحدة", true},
		{"برئاسة رئيس الوزراء", "رئيس الوزراء", true},
		{"بقيادة قوات الحرس", "قوات الحرس", true},
		{"قيادة العمليات المشتركة", "قيادة العمليات المشتركة", true},
		{"القيادة العامة للجيش", "القيادة العامة للجيش", true},
		{"وزير الخارجية", "وزير الخارجية", true},
		{"ولي العهد", "ولي العهد", true},
		{"وليد جنبلاط", "وليد جنبلاط", true},
		{"لبنان", "لبنان", true},
		{"بوتين", "بوتين", true},
		{"بغداد", "بغداد", true},
		{"فلسطين", "فلسطين", true},
		{"لجنة التحقيق", "لجنة التحقيق", true},
		{"بشأن الملف النووي", "", false},
		{"لأكثر", "", false},
		{"وإصابة عدد منهم", "", false},
		{"بعضهم", "", false},
		{"باتجاه مدينة الموصل", "", false},
		{"أيدي", "", false},
		{"و", "", false},
		{"وهما", "", false},
		{"فنحن", "", false},
		{"ميليشيات_الحوثي", "ميليشيات الحوثي", true},
		{"#الجيش_اليمني", "الجيش اليمني", true},
	}
	for _, tc := range cases {
		got, ok := partyName(tc.in, known)
		if got != tc.want || ok != tc.ok {
			t.Errorf("partyName(%s) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestPartyNamesChain: the names of coded events carry no glued clitic,
// and a name the linker read after one loses it while «لبنان» stays.
func TestPartyNamesChain(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وشنت مقاتلات التحالف غارات على مواقع لميليشيات الحوثي في صعدة.", "ASSAULT", "|ميليشيات الحوثي", "لميليشيات"},
		{"وقصف الجيش الإسرائيلي مواقع لحماس في شمال غزة الأحد.", "ASSAULT", "|حماس", "لحماس"},
		{"واستقبل الرئيس الفرنسي بوزير الخارجية الأردني في الإليزيه الخميس.", "CONSULT", "|وزير الخارجية الأردني", "بوزير"},
	}
	runArgsCases(t, an, cases)
}

// TestPartyWordsData: every line of data/party_names.txt is a known kind
// and a word, and no word is both a head and a word that opens no name.
func TestPartyWordsData(t *testing.T) {
	for n, line := range strings.Split(partyNamesTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, word, ok := strings.Cut(line, " ")
		if !ok || word == "" || strings.Contains(word, " ") || (kind != "head" && kind != "lead" && kind != "none" && kind != "frame") {
			t.Errorf("party_names.txt:%d: %q is not «kind word»", n+1, line)
		}
	}
	pw := loadPartyWords()
	for w := range pw.head {
		if pw.none[w] {
			t.Errorf("party_names.txt: %s is both head and none", w)
		}
	}
}

// TestHashtagNamesChain: names written as hashtags («#ميليشيا_الحوثي»)
// are linked and shown with spaces (arabic.Tokenize splits them).
func TestHashtagNamesChain(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وقصفت مدفعية #الجيش_اليمني مواقع #ميليشيا_الحوثي في مديرية حرض الأحد.", "ASSAULT", "الجيش اليمني|ميليشيا الحوثي", ""},
	}
	runArgsCases(t, an, cases)
}

// TestSpokesmanParty: the party a spokesman speaks for did the material
// act he told.
func TestSpokesmanParty(t *testing.T) {
	cases := []struct{ in, want string }{
		{"المتحدث باسم الجيش العراقي", "الجيش العراقي"},
		{"المتحدث العسكري باسم قوات التحالف", "قوات التحالف"},
		{"الناطق الرسمي باسم الشرطة", "الشرطة"},
		{"متحدث عسكري إسرائيلي", "متحدث عسكري إسرائيلي"},
		{"وزير الخارجية", "وزير الخارجية"},
		{"مسؤول باسم الجيش", "مسؤول باسم الجيش"},
	}
	for _, tc := range cases {
		if got := spokesmanParty(tc.in); got != tc.want {
			t.Errorf("spokesmanParty(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
	an := chainAnalyzer(t)
	runArgsCases(t, an, []argsCase{
		{"وأعلن المتحدث باسم الجيش العراقي، الاثنين، قصف 40 هدفا باستخدام المدفعية في مناطق غرب الأنبار.", "ASSAULT", "الجيش العراقي|", "المتحدث"},
	})
}

// TestFrameWord: a protest report's frame word is no protester's name.
func TestFrameWord(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"وامتدت", true}, {"إطار", true}, {"فقد", true}, {"انطلاق", true},
		{"المتظاهرون", false}, {"العمال", false}, {"إطار الاحتجاجات", false},
	}
	for _, tc := range cases {
		if got := frameWord(tc.in); got != tc.want {
			t.Errorf("frameWord(%s) = %v, want %v", tc.in, got, tc.want)
		}
	}
	an := chainAnalyzer(t)
	runArgsCases(t, an, []argsCase{
		{"وامتدت المظاهرات، السبت، إلى مدينة الديوانية احتجاجا على انقطاع الكهرباء.", "PROTEST", "المتظاهرون|", "وامتدت"},
	})
}
