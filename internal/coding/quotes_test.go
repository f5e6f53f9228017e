package coding

import (
	"strings"
	"testing"
	"time"
)

// TestQuoteCases: reported speech in sentences written by the team; each
// case names a piece of the expected quote and its speaker.
func TestQuoteCases(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"sources are speakers", "وذكرت مصادر أمنية أن المسلحين انسحبوا من البلدة ليلا بعد اشتباكات.", "المسلحين انسحبوا", "مصادر أمنية"},
		{"a verbal noun after أفاد بـ", "وأفاد المرصد بوقوع اشتباكات عنيفة في أطراف المدينة منذ الصباح.", "بوقوع اشتباكات", "المرصد"},
		{"a verbal noun after أكد", "وأكد الوزير رفض حكومته أي تدخل خارجي في الانتخابات المقبلة.", "رفض حكومته", "الوزير"},
		{"the agency after «نقلت عنه»", "ونقلت عنه وكالة الأنباء الرسمية \"الحكومة ستعقد اجتماعا طارئا الأسبوع المقبل\".", "الحكومة ستعقد", "وكالة الأنباء الرسمية"},
		{"a verb after «ما» is content", "وقال المتحدث باسم الحكومة إن ما يراه الناس على الشاشات يثير القلق حول المستقبل.", "يثير القلق", "المتحدث باسم الحكومة"},
		{"a long attribution before إن", "وقال السفير الأمريكي لدى الأمم المتحدة في تغريدة على حسابه الرسمي في موقع تويتر، إن بلاده ستعيد النظر في المساعدات.", "بلاده ستعيد", "السفير الأمريكي لدى الأمم المتحدة"},
		{"direct quote after قال", "وقال المتحدث باسم الجيش إن \"القوات ستواصل عملياتها حتى تطهير المنطقة\".", "القوات ستواصل", "المتحدث باسم الجيش"},
		{"the source relayed after «نقلت X عن Y»", "ونقلت وكالة الأنباء عن مسؤول عسكري أن القوات انسحبت من التلال المحيطة بالبلدة.", "القوات انسحبت", "مسؤول عسكري"},
		{"an apposition between commas ends the speaker", "وأكد رئيس الوزراء، سامي الخطيب، تدخل الحكومة لحماية الأسعار في الأسواق المحلية.", "تدخل الحكومة", "رئيس الوزراء، سامي الخطيب"},
		{"a verbal noun ends the speaker", "ونفت الشرطة المحلية حدوث أي اعتقالات خلال التظاهرة الليلية.", "حدوث أي اعتقالات", "الشرطة المحلية"},
		{"a quoted name after its head noun", "واعتبر فصيل \"لواء الفجر\" المعارض أن الاتفاق الجديد يفرض التهجير على السكان.", "الاتفاق الجديد يفرض", "لواء الفجر"},
		{"an abbreviation with dots is a name", "وقالت شبكة (إي.إن.إن) الإخبارية إن المفاوضات ستستأنف الأسبوع المقبل.", "المفاوضات ستستأنف", "إي.إن.إن"},
		{"a manner participle is not the speaker", "وقال رئيس البرلمان إن الجلسة ستعقد غدا بحضور الوزراء.\nوقال مخاطبا النواب: \"علينا أن نتحمل مسؤولياتنا كاملة أمام الشعب\".", "علينا أن نتحمل", "رئيس البرلمان"},
		{"a relative clause ends the speaker", "وقال المسؤول الذي طلب عدم ذكر اسمه إن الوفد سيصل إلى العاصمة خلال يومين.", "الوفد سيصل", "المسؤول"},
		{"a paraphrase ends where a colon opens a direct quote", "وقال الرئيس في كلمته إنه وقع على المرسوم، وتوجه إلى النواب بالقول: \"أطلب منكم أن تدعموا الحكومة في معركتها ضد الفساد وأن تقروا الميزانية سريعا\".", "إنه وقع على المرسوم", "الرئيس"},
		{"«مسؤولية» after نفى", "ونفت الحكومة وحلفاؤها مسؤولية الجيش عن قصف السوق الشعبي في المدينة.", "مسؤولية الجيش", "الحكومة"},
		{"«بحسب X،» opens a sentence", "وبحسب سكان في المدينة، فقد أغلقت القوات الأمنية جميع المداخل منذ ساعات الفجر.", "أغلقت القوات الأمنية", "سكان"},
		{"«، وفق X،» inside a sentence", "وأدى القصف، وفق مسؤول في البلدية، إلى انقطاع المياه عن آلاف المنازل في الأحياء الشرقية.", "انقطاع المياه", "مسؤول في البلدية"},
		{"the agency of «وفق ما نقلت عنه» only relays", "وقال قائد الشرطة إن الطرق ستفتح غدا.\nوقال وفق ما نقلت عنه وكالة الأنباء الرسمية، إن \"الوضع الأمني تحت السيطرة الكاملة في جميع المحافظات\".", "الوضع الأمني تحت السيطرة", "قائد الشرطة"},
		{"the agency of «بحسب ما نقلته عنه» speaks next", "وقال السفير إن بلاده تدعم الحوار، بحسب ما نقلته عنه وكالة الأنباء الرسمية.\nوأشارت إلى أن اللقاء تناول سبل تعزيز التعاون الاقتصادي بين البلدين.", "اللقاء تناول", "وكالة الأنباء الرسمية"},
		{"a temporal preposition ends the speaker", "ونفى المدرب قبل أسابيع نبأ رحيله عن النادي في الموسم المقبل.", "نبأ رحيله", "المدرب"},
		{"a manner participle ends the speaker", "وقال اللاعب مبتسما إن الفريق سيعود أقوى في المباريات المقبلة.", "الفريق سيعود", "اللاعب"},
		{"the topic of «أما X، فقد»", "وقال الوزير إن الحوار مستمر.\nأما رئيس البرلمان، فقد أكد أنه لن يقبل بأي تعديل على القانون قبل الانتخابات.", "لن يقبل بأي تعديل", "رئيس البرلمان"},
		{"a masculine verb after a relay keeps the speaker", "وقال قائد الشرطة إن الطرق ستفتح غدا أمام السيارات، وفق ما نقلت وكالة الأنباء الرسمية.\nوتابع أن الدوريات ستنتشر في جميع الأحياء.", "الدوريات ستنتشر", "قائد الشرطة"},
		{"a warning with «من أن» is a statement", "وحذر قائد الجيش من أن أي هجوم على الحدود سيقابل برد حاسم وسريع.", "أي هجوم على الحدود", "قائد الجيش"},
		{"the subject before «قد» + verb", "وقال وزير الخارجية إن الحدود مغلقة منذ أسبوع.\nوكان رئيس الوزراء قد قال الأحد في مؤتمر صحفي: \"لن نسمح بتهريب السلاح عبر أراضينا\".", "لن نسمح", "رئيس الوزراء"},
		{"a complementiser after a direct quote", "وقال الوزير: \"لن نقبل بأي تسوية على حساب حقوقنا\"، مجددا تحذيره بأن الحكومة قد تنسحب من المفاوضات.", "بأن الحكومة قد تنسحب", "الوزير"},
	}
	// spans that are not statements of their own
	// (exact: only a quote of exactly that text is wrong; else any quote
	// holding it)
	absent := []struct {
		name, text, notQuote string
		exact                bool
	}{
		{"a quoted term inside a paraphrase", "وقال الوزير إن المحادثات لن تنجح ما دام \"التعنت الواضح\" قائما في مواقف الطرف الآخر.", "التعنت الواضح", true},
		{"«بعد أن» is no complementiser", "وأعلنت الوزارة القرار يوم الأحد بعد أن رفعت الدولة المجاورة أسعار الوقود مرة أخرى.", "رفعت الدولة", false},
		{"narration after a direct quote", "وقال الوزير: \"لن نقبل بأي تسوية على حساب حقوقنا\"، في إشارة إلى المبادرة الأخيرة التي طرحها الوسطاء.", "المبادرة الأخيرة", false},
		{"a relative clause with its own subject describes", "وفتح الجيش الممر الإنساني الذي أعلن المسؤولون أن المدنيين سيخرجون عبره خلال الهدنة.", "المدنيين سيخرجون", false},
		{"an attribution ends the statement", "وقال السفير إن بلاده تدعم الحوار بين الأطراف، بحسب ما نقلته عنه وكالة الأنباء الرسمية.", "نقلته عنه", false},
		{"data are not speakers", "وأفادت معلومات استخباراتية بأن المسلحين نقلوا أسلحتهم إلى المباني السكنية في المدينة.", "المسلحين نقلوا", false},
		{"polls are not speakers", "وتظهر استطلاعات الرأي أن المرشح المستقل يتقدم على منافسيه بفارق كبير.", "المرشح المستقل", false},
		{"an attribution before a new clause closes the clause before", "ويعمل آلاف العمال في المصانع، وفق وزارة العمل، بينما يعمل آخرون في الزراعة والخدمات.", "يعمل آخرون", false},
		{"an attribution closing a sentence sources a fact", "وقتل ثلاثة مدنيين وأصيب عشرة آخرون في القصف الذي استهدف السوق، بحسب المرصد.", "قتل ثلاثة", false},
		{"إن inside an abbreviation", "وذكرت شبكة (إي.إن.إن) الإخبارية صباح اليوم تقريرا مطولا عن الانتخابات.", "الانتخابات", false},
	}
	for _, tc := range absent {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := c.CodeText(tc.text, pub)
			for _, q := range qs {
				if q.Text == tc.notQuote || !tc.exact && strings.Contains(q.Text, tc.notQuote) {
					t.Errorf("quotes(%s) has %q, a span that is not a statement", tc.text, q.Text)
				}
			}
		})
	}
	t.Run("one quote per stretch of speech", func(t *testing.T) {
		text := "وأعلن الجيش والشرطة أن الطرق المؤدية إلى المدينة ستفتح صباح الغد أمام المدنيين."
		_, qs := c.CodeText(text, pub)
		seen := map[[2]int]bool{}
		for _, q := range qs {
			k := [2]int{q.Start, q.End}
			if seen[k] {
				t.Errorf("quotes(%s) lists %q twice", text, q.Text)
			}
			seen[k] = true
		}
	})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := c.CodeText(tc.text, pub)
			var got []string
			for _, q := range qs {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Name
				}
				got = append(got, sp+": "+q.Text)
				if strings.Contains(q.Text, tc.quote) && NamesMatch(sp, []string{tc.speaker}) {
					return
				}
			}
			t.Errorf("quotes(%s) = %q, want %q said by %s", tc.text, got, tc.quote, tc.speaker)
		})
	}
}
