package geo

import (
	"fmt"
	"testing"
)

// TestSpellingsAndLists checks the places session 8 additions (fresh
// multisource and politics text): world places in the spellings the news
// gives them, the nisbas of more countries (a capital named after its
// country's nisba), a province list after a colon, a birthplace after
// «مسقط رأسه», a stadium and clubs named after places, and an unknown
// village located with «في» right after it.
func TestSpellingsAndLists(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"an island's head noun is no part of its name",
			"وصل الرئيس إلى جزيرة كريت للمشاركة في القمة.", []string{"كريت GRC"}},
		{"Aqraba of Daraa in a Daraa report",
			"تقدمت القوات قرب بلدة كفر شمس شمال درعا، وقطعت الطريق بين بلدتي عقربا - كفر شمس.", []string{"كفر شمس SYR", "درعا SYR", "عقربا SYR", "كفر شمس SYR"}},
		{"Aqraba of Nablus in a Nablus report",
			"داهمت القوات بلدة عقربا جنوب نابلس.", []string{"عقربا PSE", "نابلس PSE"}},
		{"Ariel the footballer is no settlement",
			"منح الاتحاد الرقم 10 لأرييل أورتيغا في بوينس آيرس.", []string{"بوينس آيرس ARG"}},
		{"the Ariel settlement stays",
			"سقط صاروخ على مستوطنة أرييل في الضفة الغربية.", []string{"أرييل PSE", "الضفة الغربية PSE"}},
		{"Cossack knights are no Farasan islands",
			"تصارعت جيوش روسيا وبولندا وفرسان القوزاق على الأرض.", []string{"روسيا RUS", "بولندا POL"}},
		{"«موقع باور» is a website, no Ur",
			"قال موقع باور أوتيج إن الكهرباء انقطعت في فلوريدا.", []string{"فلوريدا USA"}},
		{"«تحرير» before a town that is also a word",
			"تقدمت القوات في الحديدة بسرعة لم تعرفها منذ تحرير عدن قبل ثلاث سنوات.", []string{"الحديدة YEM", "عدن YEM"}},
		{"«هيئة تحرير الشام» names a group",
			"قصفت الطائرات مواقع هيئة تحرير الشام في إدلب.", []string{"إدلب SYR"}},
		{"«منظمة تحرير فلسطين» names a group",
			"قالت عضو اللجنة التنفيذية لمنظمة تحرير فلسطين إن القرار مرفوض في رام الله.", []string{"رام الله PSE"}},
		{"the operation to take a city keeps it",
			"بدأت عملية تحرير الحديدة قبل ثلاثة أيام.", []string{"الحديدة YEM"}},
		{"«الشام» in the Islamic State's name is no Damascus",
			"تبنى تنظيم الدولة الإسلامية في العراق والشام الهجوم في الرقة.", []string{"العراق IRQ", "الرقة SYR"}},
		{"«وجدة» after Riyadh is and-Jeddah",
			"ستنشأ صالات رياضية في الرياض والدمام وجدة خلال العام.", []string{"الرياض SAU", "الدمام SAU", "جدة SAU"}},
		{"an unknown area said to be in another country than the place before it",
			"قال المتحدث في نيويورك إن المسلحين يتحصنون في منطقة الدشيشة بسوريا.", []string{"نيويورك USA", "سوريا SYR"}},
		{"a nisba in a hashtag is an adjective",
			"وقالت #الحكومة_السعودية إن القرار نهائي في الرياض.", []string{"الرياض SAU"}},
		{"the Aegean Sea",
			"حلقت طائرات حربية فوق جزر بحر إيجه لساعة.", []string{"بحر إيجه "}},
		{"Alexandroupoli in a Greek spelling",
			"اعتقل اللاجئ بعد حضوره إلى ألكسندروبوليس لتجديد أوراقه.", []string{"ألكسندروبوليس GRC"}},
		{"Khorramshahr spelt with و",
			"تظاهر المئات في مدينة خورمشهر بسبب انقطاع المياه.", []string{"خورمشهر IRN"}},
		{"Hatay spelt «خطاي» after a province noun",
			"داهمت الشرطة منازل في إقليم خطاي جنوب البلاد.", []string{"خطاي TUR"}},
		{"«خطأي» is my mistake",
			"قال المدير: لقد كان خطأي وأنا أعتذر.", nil},
		{"Charlotte's airport",
			"هبطت الطائرة في مطار شارلوت بعد تأخير.", []string{"شارلوت USA"}},
		{"Princess Charlotte is no city",
			"ظهرت الأميرة شارلوت في الحفل.", nil},
		{"a capital after its country's nisba",
			"اجتمع القادة في العاصمة البلغارية صوفيا لبحث الخطة.", []string{"صوفيا BGR"}},
		{"Sofia the person stays out",
			"قالت صوفيا إن الخطة جيدة.", nil},
		{"a province list after a colon",
			"تساقطت الثلوج على ولايات: المدية، البليدة، تيزي وزو.", []string{"المدية DZA", "البليدة DZA", "تيزي وزو DZA"}},
		{"a birthplace after «مسقط رأسه»",
			"قتل العقيد قرب مسقط رأسه سرت عام 2011.", []string{"سرت LBY"}},
		{"the Santiago Bernabeu is a stadium",
			"خاض الفريق مباراته على ملعب سانتياغو برنابيو أمس.", nil},
		{"a club named after Algiers",
			"تعادل مولودية الجزائر مع منافسه أمس.", nil},
		{"a club named after a town with «شبيبة»",
			"فاز شبيبة بجاية على ضيفه.", nil},
	})
}

// TestVillageLocatedWithFi checks that an unknown village followed right
// away by «في» and a place is placed there, not at the nearest place
// named before it.
func TestVillageLocatedWithFi(t *testing.T) {
	text := "قال مسؤول في أسيوط إن أسماء الضحايا نقشت على جدار في قرية العورة في المنيا."
	for _, p := range resolveTest(t, text, Options{}) {
		if p.Name != "العورة" {
			continue
		}
		if got := fmt.Sprintf("%.2f,%.2f", p.Lat, p.Lon); got != "28.11,30.75" {
			t.Errorf("العورة at %s, want Minya (28.11,30.75)", got)
		}
		return
	}
	t.Errorf("Resolve(%q) found no العورة", text)
}

// TestFamilyAndMinhaLists checks village and area names that begin with
// the family noun «آل» (after a cue noun or in a village list) and a
// quarter list opened by «، منها» after a plural settlement noun.
func TestFamilyAndMinhaLists(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"an area named after a family",
			"أحكمت القوات حصارها على منطقة آل صبحان في مديرية باقم.", []string{"آل صبحان YEM", "باقم YEM"}},
		{"a village list of family names",
			"وفي محافظة البيضاء سيطرت القوات على قرى آل هقاش والجربان آل عمر القريبة من جبل مسعودة.",
			[]string{"البيضاء YEM", "آل هقاش YEM", "الجربان آل عمر YEM", "جبل مسعودة YEM"}},
		{"a family is no place",
			"قالت الصحيفة إن آل سعود حكموا البلاد منذ عقود.", nil},
		{"quarters listed after «، منها»",
			"وفي الحديدة أغلق المسلحون أحياء سكنية عدة، منها الربصة وباب مشرف والكورنيش بالسواتر.",
			[]string{"الحديدة YEM", "الربصة YEM", "باب مشرف YEM", "الكورنيش YEM"}},
		{"«منها» without a comma opens no list",
			"وفي الحديدة عاد السكان إلى الأحياء التي هجروا منها الأسلحة والذخائر.", []string{"الحديدة YEM"}},
	})
}

// TestListNarrowedFromProvince checks that unknown villages placed at a
// province are moved to a place of that province named after them in the
// same sentence.
func TestListNarrowedFromProvince(t *testing.T) {
	text := "اشتدت المعارك في محافظة البيضاء. وسيطرت القوات على قرى آل هقاش والعرقوب القريبة من جبل مسعودة."
	n := 0
	for _, p := range resolveTest(t, text, Options{}) {
		if p.Name != "آل هقاش" && p.Name != "العرقوب" {
			continue
		}
		n++
		if got := fmt.Sprintf("%.2f,%.2f", p.Lat, p.Lon); got != "14.43,45.07" {
			t.Errorf("%s at %s, want جبل مسعودة (14.43,45.07)", p.Name, got)
		}
	}
	if n != 2 {
		t.Errorf("Resolve(%q) found %d of the 2 villages", text, n)
	}
}
