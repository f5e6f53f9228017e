package geo

import "testing"

// TestWaPrep checks geo16's «وفي»/«ومن»: a context-level name after و or
// ف + a two-letter preposition is kept when the article supports it, like
// after a bare «في», and still dropped when nothing in the article does.
func TestWaPrep(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"«وفي» before a city of the province named before",
			"قتل خمسة جنود في هجوم بمحافظة الأنبار. وفي الرمادي تواصلت الاشتباكات طوال الليل.",
			[]string{"الأنبار IRQ", "الرمادي IRQ"}},
		{"«ومن» before a city near the province named before",
			"تقدمت القوات في محافظة لحج أمس. ومن عدن وصلت تعزيزات جديدة إلى الجبهة.",
			[]string{"لحج YEM", "عدن YEM"}},
		{"«فمن» before a city of the province named before",
			"تدور معارك في محافظة الأنبار منذ أسبوع، فمن الرمادي خرجت مئات العائلات.",
			[]string{"الأنبار IRQ", "الرمادي IRQ"}},
		{"with no support the word stays a word",
			"وفي الرمادي من الألوان ما يناسب الخريف.", nil},
	})
}

// TestTakingNouns checks geo16's eventhead nouns of taking and losing a
// town and the preposition «حول»: a context-level name after them is
// kept in an article about its country, and a word after them stays a
// word where nothing supports the place.
func TestTakingNouns(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"«استعادة» before a city of the country",
			"سيطر المتمردون على صنعاء ولحج في اليمن، ثم تمكنت القوات من استعادة عدن الشهر الماضي.",
			[]string{"صنعاء YEM", "لحج YEM", "اليمن YEM", "عدن YEM"}},
		{"«عزل» before a city of the province",
			"تقدمت القوات في محافظة الأنبار وتسعى إلى عزل الرمادي عن محيطها.",
			[]string{"الأنبار IRQ", "الرمادي IRQ"}},
		{"«حول» before a city of the country",
			"تتمركز قوات التحالف في محافظة لحج منذ أشهر، وانتشر مئات الجنود حول عدن لتأمينها.",
			[]string{"لحج YEM", "عدن YEM"}},
		{"«حول» before a word with no support",
			"قال الطبيب إن الالتهاب حول العين شائع في الشتاء.", nil},
	})
}

// TestNisbaAfterHeadNoun checks geo16's masculine nisba after a name that
// follows a cue noun, here geo16's «منتجع» (a resort): it qualifies the
// noun («منتجع سوتشي الروسي», «منتجع العقبة الأردني»), and a city with a masculine nisba and no cue noun
// before it is still a club.
func TestNisbaAfterHeadNoun(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"another resort with a masculine nisba",
			"عقد المؤتمر الاقتصادي في منتجع العقبة الأردني.",
			[]string{"العقبة JOR"}},
		{"a resort with a masculine nisba",
			"التقى الرئيسان أمس في منتجع سوتشي الروسي.",
			[]string{"سوتشي RUS"}},
		{"a club city with no cue noun stays a club",
			"تعادل برشلونة الإسباني مع فريق ضيف.", nil},
	})
}
