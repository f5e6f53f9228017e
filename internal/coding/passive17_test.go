package coding

import "testing"

// TestPassive17VerbFirst: a verb of force opening its clause, unvowelled,
// with a phrase of people after it and nothing after that phrase that
// could be its object, is a passive: the people underwent the act, and
// the agent is the party after «برصاص/بنيران/على يد» when one is named.
// With an object after the phrase the verb is active and the phrase acts.
func TestPassive17VerbFirst(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		// passive: a mark, a time word, a clause or a cause follows
		{"وقتل شرطي مصري، الاثنين، في انفجار عبوة قرب نقطة تفتيش.", "ASSAULT", "|شرطي مصري", "شرطي مصري|"},
		{"قتل ضابط وجنديان عراقيون أمس الأحد في كمين شمال بغداد.", "ASSAULT", "", "ضابط وجنديان|"},
		{"وأصيب متظاهرون وعناصر من الشرطة بجروح، بعدما اقتحم المحتجون المبنى.", "ASSAULT", "", "متظاهرون|"},
		{"واعتقل صحفي تركي في العاشر من آذار/مارس في مطار إسطنبول.", "COERCE", "|صحفي تركي", "صحفي تركي|"},
		{"وقتل جنديان آخران عندما انفجرت سيارة مفخخة قرب القاعدة.", "ASSAULT", "", "جنديان|"},
		{"وقتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب مدينة نابلس.", "ASSAULT", "الجيش الإسرائيلي|شاب فلسطيني", ""},
		{"واختطف مهندس أجنبي على يد مسلحين مجهولين في جنوب البلاد.", "ASSAULT", "", "مهندس أجنبي|"},
		{"وقتل مواطن يمني وأصيب ثلاثة آخرون بقذيفة سقطت على منزلهم.", "ASSAULT", "", "مواطن يمني|"},
		{"قتل فلسطينيان وأصيب آخر، مساء الثلاثاء، جراء قصف استهدف منزلهما شرق رفح.", "ASSAULT", "|فلسطينيان", "فلسطينيان|"},
		// active: an object follows the phrase
		{"وقتل مسلحون مجهولون شرطيا في هجوم على دورية شمال المدينة.", "ASSAULT", "مسلحون مجهولون|", ""},
		{"قتل الجيش الإسرائيلي، الجمعة، شابين فلسطينيين قرب الحدود.", "ASSAULT", "الجيش الإسرائيلي|", ""},
		{"واعتقلت الشرطة التركية صحفيا في مطار إسطنبول.", "COERCE", "الشرطة التركية|", ""},
	}
	runArgsCases(t, an, cases)
}

// TestPassive17Active: an active verb of force keeps its subject: a
// weapon acts on a count, and a verb joined to an active clause shares
// its subject («احتل … وقتل …»).
func TestPassive17Active(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وقالت المنظمة إن قوات الحوثيين قصفت الحي، وقتلت قذائف الهاون في سوق المدينة يوم الأحد ما لا يقل عن عشرة مدنيين.", "ASSAULT", "", "|قذائف"},
		{"وقال المتحدث إن الغزاة دمروا مدينتنا وقتلوا أهلها، واحتل الجيش الغازي أرضنا وقتل شعبنا.", "ASSAULT", "", "|شعبنا"},
	}
	runArgsCases(t, an, cases)
}

// TestPassive17Things: a thing after the verb («استهدف منزل») or an
// accusative of manner («قتل حرقا») is no person undergoing the act; the
// rule leaves them.
func TestPassive17Things(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وكان الرجل (40 عاما) قتل حرقا في آذار الماضي عندما هاجم مستوطنون منزله.", "ASSAULT", "", "|حرقا"},
	}
	runArgsCases(t, an, cases)
}
