package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// accuse13Cases are sentences written by the Marsad team for the tenth
// session's ACCUSE recall (accuse_resumptive.go, accuse_quoted.go and the
// accuse13 entries of data/lexicon_more.yaml), in the format of
// testdata/cases.txt (publication date 2026-11-29).
var accuse13Cases = []string{
	"# a relative clause «في الوقت الذي / المرة التي … فيه»: the party after the pronoun is the subject",
	"وهذه هي المرة الأولى التي تتهم فيها الحكومة الأردنية سوريا بدعم المهربين. => ACCUSE a=الحكومة الأردنية r=سوريا",
	"وفي الوقت الذي ندد فيه الاتحاد الأوروبي بالهجوم، التزمت واشنطن الصمت. => ACCUSE a=الاتحاد الأوروبي",
	"# a party followed by the charge only is the object; the subject went before",
	"وتنظر المحكمة الدولية في الدعوى التي رفعتها قطر والتي تتهم فيها الإمارات بارتكاب انتهاكات. => ACCUSE a=قطر r=الإمارات",
	"# a party followed by a comma may be the one acted upon (a passive imperfect)",
	"وهذه هي المرة الثالثة التي يستجوب فيها رئيس الوزراء الإسرائيلي، الذي ينفي التهم، بشأن قضية الهدايا. => -",
	"# with no party after the pronoun, the antecedent's clause keeps its subject",
	"وأصدرت وزارة الخارجية القطرية بيانا أدانت فيه الهجوم على السفارة. => ACCUSE a=وزارة الخارجية القطرية",
	"# blame directed at a party with «وجه اللوم»",
	"ووجه الجيش السوداني اللوم في الهجوم إلى قوات الدعم السريع. => ACCUSE a=الجيش السوداني r=قوات الدعم السريع",
	"وجهت الحكومة العراقية باللائمة إلى الفصائل المسلحة. => ACCUSE a=الحكومة العراقية r=الفصائل المسلحة",
	"# the feminine dual of a condemning verb",
	"وقالت الحكومة المصرية والجامعة العربية إنهما أدانتا الهجوم على الكنيسة. => ACCUSE",
	"# blame in the speaker's own words, opened by a quotation mark, the party before or after the verb",
	"وقال وزير الخارجية الفرنسي \"إيران تقف وراء الهجوم على الناقلة\". => ACCUSE a=وزير الخارجية الفرنسي r=إيران",
	"وأضاف وزير الإعلام اليمني: \"تتحمل جماعة الحوثي المسؤولية الكاملة عن مقتل المدنيين\". => ACCUSE a=وزير الإعلام اليمني r=جماعة الحوثي",
	"# «حمّل X Y المسؤولية» with an unnamed subject: the noun is the subject, the party after it the object",
	"وحمّلت النقابة الحوثيين المسؤولية الكاملة عن اختطاف المصور. => ACCUSE a=النقابة r=الحوثيين",
	"وحملت الأطراف الموقعة الحكومة الليبية مسؤولية تدهور الأوضاع. => ACCUSE a=الأطراف الموقعة r=الحكومة الليبية",
	"# a title keeps the name after it: one subject",
	"وحمّل الرئيس الفلسطيني محمود عباس الجنود الإسرائيليين مسؤولية سقوط القتلى. => ACCUSE a=محمود عباس r=الجنود الإسرائيليين",
	"# a capital that speaks stands for its government",
	"وأضافت أنقرة أن دمشق تقف وراء الهجوم على نقطة المراقبة. => ACCUSE a=أنقرة r=دمشق",
	"# not a city inside a longer speaker",
	"وقال مراسلنا في بغداد إن الفصائل المسلحة تقف وراء الهجوم على القاعدة. => -",
	"# a TV host's or an entertainer's criticism is his opinion, a quote",
	"انتقد الإعلامي الكويتي، فهد الشمري، أداء الحكومة العراقية في الأزمة. => -",
	"# the title must head the name: a journalist's family that sues is a party",
	"وتقدمت أسرة الصحفي بشكوى ضد وزارة الداخلية. => ACCUSE a=أسرة الصحفي",
	"# a party's representative criticises",
	"وانتقد ممثل الأمم المتحدة الحكومة السودانية. => ACCUSE r=الحكومة السودانية",
	"# no party named in the words: no accusation",
	"وقال وزير الخارجية الفرنسي \"نحن نتحمل المسؤولية عن أمن مواطنينا\". => -",
}

// TestAccuse13Cases runs accuse13Cases through the full chain.
func TestAccuse13Cases(t *testing.T) {
	runChainLines(t, "accuse13_cases.txt", accuse13Cases)
}

// TestMediaVoiceTagged: with the tagger, a named entertainer is a mention
// whose bare name is the actor and his titled name the fallback; his
// criticism is still his opinion (mediaVoice reads the fallback's title).
func TestMediaVoiceTagged(t *testing.T) {
	cfg := chainConfig(t)
	if cfg.Tagger == nil {
		t.Skip("no tagger model")
	}
	an, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	text := "علق الممثل الكوميدي البريطاني، جون كليز، الأحد، على قصف مستشفى في تعز باليمن، منتقدا الحكومة البريطانية، قائلا إنها \"شريكة في الجريمة\"."
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "c", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events {
		if e.Type == "ACCUSE" {
			t.Errorf("Analyze(%s) has an ACCUSE by %v, want none (an entertainer's opinion)", text, e.Actor)
		}
	}
}
