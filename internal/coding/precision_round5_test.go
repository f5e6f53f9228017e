package coding

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestRound5 checks the fifth round's constructions (precision_round5.go)
// on sentences of our own: each "drop" case codes no event of its type
// without the rule, each "keep" case is the trigger's own sense, which
// stays.
func TestRound5(t *testing.T) {
	runCurrentCases(t, []currentCase{
		{"standing designation", "وهذه الجبهة حركة مسلحة تنشط في جنوب إثيوبيا وتعتبرها الحكومة الإثيوبية منظمة إرهابية.", "ACCUSE", false},
		{"standing view of a country", "وتعتبر أنقرة الفصائل الكردية المسلحة امتدادا لتنظيم إرهابي محظور في البلاد.", "ACCUSE", false},
		{"view in a speaker's words", "وقال وزير الخارجية إن الحكومة تعتبر هذا القرار عدوانا سافرا وغير مقبول.", "ACCUSE", true},
		{"court rules", "وقضت المحكمة العليا الخميس بتعليق قرار الحكومة ترحيل مئات العمال الأجانب على الفور.", "ASSAULT", false},
		{"deal stipulates", "وأعلن الجيش السوري اتفاقا يقضي بخروج المسلحين من البلدة على متن حافلات إلى إدلب.", "ASSAULT", false},
		{"time spent", "وقال الشاب إن شقيقته تقضي ساعات طويلة كل يوم على مواقع التواصل الاجتماعي.", "ASSAULT", false},
		{"forces finish off", "وقالت قيادة الجيش إن قواتها قضت على خلية مسلحة في ريف المدينة الشمالي.", "ASSAULT", true},
		{"hospital takes in", "وأوضح متحدث باسم وزارة الصحة العراقية أن المستشفى العام في الموصل استقبل أربع حالات خطيرة.", "CONSULT", false},
		{"batch of wounded", "واستقبلت الأردن أمس عبر المعبر الحدودي دفعة من الجرحى للعلاج في مستشفياتها.", "CONSULT", false},
		{"leader received", "واستقبل الرئيس الفرنسي في قصر الإليزيه رئيس الوزراء الإيطالي لبحث ملف الهجرة.", "CONSULT", true},
		{"meetings agreed on", "وأشار الرئيس المصري إلى اتفاق القاهرة والخرطوم على عقد اجتماعات دورية منتظمة بين البلدين.", "CONSULT", false},
		{"summit possible", "وقال الرئيس الفرنسي إن من الممكن عقد قمة ثلاثية مع ألمانيا وروسيا لبحث الأزمة.", "CONSULT", false},
		{"session called for", "وتابع الوزير البريطاني \"دعونا إلى عقد جلسة للمجلس التنفيذي للمنظمة\".", "CONSULT", false},
		{"session held", "وعقد مجلس الأمن الدولي جلسة طارئة الخميس لبحث الوضع في المدينة.", "CONSULT", true},
		{"achieving ambitions", "وقال وزير الخارجية التركي إن أنقرة بدأت مع حلفائها في تحقيق تلك الأهداف.", "ACCUSE", false},
		{"what a system allows", "وتضم الطائرة الجديدة للشركة المصرية نظاما يسمح للركاب بمشاهدة الأفلام خلال الرحلة.", "CONCEDE", false},
		{"result clause", "واقتحم الجيش اليمني المطار من الجهة الغربية، مما سمح بقطع الطريق بين المدينة والعاصمة.", "CONCEDE", false},
		{"authorities allowed", "وسمحت السلطات المصرية الثلاثاء بإدخال عشرين شاحنة من الوقود إلى قطاع غزة.", "CONCEDE", true},
		{"polls closed", "وأغلقت مراكز الاقتراع في العراق أبوابها مساء السبت بعد يوم طويل من التصويت.", "COERCE", false},
		{"airport closed by weather", "أغلقت السلطات النمساوية مطار فيينا، الأحد، بسبب طقس شديد البرودة.", "COERCE", false},
		{"crossing closed", "وأغلقت السلطات الإسرائيلية معبر كرم أبو سالم الثلاثاء ردا على إطلاق الصواريخ من القطاع.", "COERCE", true},
		{"ruined city", "وتعهد المانحون بدعم إعمار مدينة الموصل التي دمرها تنظيم داعش خلال سنوات الحرب.", "ASSAULT", false},
		{"ongoing ruin", "وقال الوزير الأردني إن الصراع يدمر سوريا منذ سنوات طويلة.", "ASSAULT", false},
		{"effort to destroy", "وأكد الجيش اليمني أن الميليشيات عملت على تدمير البنية التحتية في المدينة.", "ASSAULT", false},
		{"strike destroyed", "ودمرت مقاتلات التحالف العربي الجمعة زورقين مفخخين قرب الساحل الغربي لليمن.", "ASSAULT", true},
		{"threatened before", "وقال وزير الداخلية الإيطالي، الذي هدد من قبل بوقف مساهمة بلاده في ميزانية الاتحاد، إن روما لن تتراجع.", "THREATEN", false},
		{"sentenced before", "وكانت محكمة عراقية قد أصدرت في السابق حكما بالسجن على المواطنة الألمانية لدخولها البلاد.", "SANCTION", false},
		{"met last summer", "ففي الصيف الماضي اجتمع الرئيسان الأمريكي والروسي في هلسنكي لبحث العلاقات.", "CONSULT", false},
		{"reiterated", "وقال المرشد الإيراني أمام دبلوماسيين في طهران: كما قلت في السابق لا يمكن الوثوق بالولايات المتحدة.", "REJECT", true},
		{"condemned by a body", "وقوبل القرار الإسرائيلي بتنديد واسع من قبل الاتحاد الأوروبي والأمم المتحدة.", "ACCUSE", true},
		{"hedged warning", "وحذرت السفارة الروسية في لندن من أن المواطنين الروس المسافرين إلى بريطانيا قد يواجهون استفزازات في المطارات.", "THREATEN", false},
		{"warning of retaliation", "وحذر وزير الخارجية الروسي من أن موسكو سترد على أي إجراء بريطاني ضد دبلوماسييها.", "THREATEN", true},
		{"hedged penalty", "وحذر الرئيس الأمريكي من أن شركات التواصل الاجتماعي قد تواجه لوائح جديدة قريبا.", "THREATEN", true},
		{"examining", "وقالت هيئة حماية البيانات في برلين إنها تبحث المسألة أيضا.", "CONSULT", false},
		{"investigators study", "ويبحث المحققون الفرنسيون عددا من الأسباب المحتملة لتحطم الطائرة العسكرية.", "CONSULT", false},
		{"talks with", "وبحث الرئيس الروسي في موسكو مع رئيس الوزراء الإسرائيلي الوضع في سوريا.", "CONSULT", true},
		{"talks of two", "وبحث الرئيس المصري والعاهل الأردني العلاقات الثنائية بين البلدين.", "CONSULT", true},
		{"campaign halted", "وقال وزير الدولة الإماراتي: أوقفنا حملتنا العسكرية في الحديدة مؤقتا لإفساح المجال أمام المبعوث الأممي.", "COERCE", false},
		{"work stopped", "وأوقفت إحدى أكبر شركات الصرافة التركية العمل في مكاتبها الأسبوع الحالي.", "COERCE", false},
		{"suspect held", "وأوقفت السلطات التونسية الأحد منظم رحلة الهجرة غير الشرعية التي انطلقت من الساحل.", "COERCE", true},
		{"in accordance with", "وقالت الحكومة اليمنية إنها ستواصل العملية العسكرية بما يتفق مع قرارات مجلس الأمن الدولي.", "AGREE", false},
		{"I agree", "وقال المتحدث باسم الخارجية الفرنسية: أنا أتفق مع هذا الموقف تماما.", "AGREE", false},
		{"agreed on", "واتفقت مصر والسودان الأحد على تشكيل لجنة مشتركة لإدارة مياه النيل.", "AGREE", true},
		{"threats suffered", "وقال زملاؤه في الشرطة الهولندية إنه تعرض لتهديدات بالقتل من عصابات المخدرات.", "THREATEN", false},
		{"floods cut a road", "وقطعت السيول طريق الخرطوم الرئيسي الذي يربط العاصمة بولاية شمال كردفان.", "PROTEST", false},
		{"protesters cut a road", "وقطع محتجون غاضبون الطريق الرئيسي في مدينة البصرة بالإطارات المشتعلة.", "PROTEST", true},
		{"inquiry opened", "وقالت الشرطة إنها فتحت تحقيقا في الحادث الذي وقع في وسط العاصمة الأحد.", "ACCUSE", true},
		{"abstained in a vote", "وأقر المجلس مشروع القرار بأغلبية ثلاثة عشر صوتا وامتنعت الصين وروسيا عن التصويت.", "REJECT", false},
		{"declined to speak", "وامتنع المتحدث باسم الوزارة عن الحديث عن تفاصيل الصفقة العسكرية.", "REJECT", false},
		{"refused talks with", "ورفض زعيم المعارضة الحديث مع الحكومة قبل الإفراج عن المعتقلين.", "REJECT", true},
		{"refused a proposal", "ورفضت الحكومة السودانية الأحد مقترح الوسطاء بتمديد الهدنة.", "REJECT", true},
		{"years ago", "ووقعت الحكومة الكولومبية اتفاقا مع المتمردين قبل نحو ثلاث سنوات في هافانا.", "AGREE", false},
		{"decade named", "وقصفت الطائرات الحربية المدينة الكردية في أواخر الثمانينيات بالغازات السامة.", "ASSAULT", false},
		{"awaited summit", "وتتواصل الاستعدادات الأمنية في هلسنكي قبيل قمة مرتقبة بين الرئيسين الأمريكي والروسي.", "CONSULT", false},
		{"proposed summit", "وأعلنت موسكو دعمها للقمة المقترحة بين البلدين دون أن تحدد موعدا.", "CONSULT", false},
		{"summit held", "وعقدت القمة بين الزعيمين في العاصمة الفنلندية الإثنين وسط إجراءات أمنية مشددة.", "CONSULT", true},
		{"in that period", "واعتقلت الشرطة في ذلك الوقت عشرات الطلاب المشاركين في الإضراب.", "COERCE", false},
		{"age in decades", "واعتقلت الشرطة الألمانية الأحد رجلا في أواخر الأربعينيات من عمره بعد الهجوم.", "COERCE", true},
		{"player refused", "ورفض المهاجم البرازيلي تجديد عقده مع النادي الإنجليزي بعد نهاية الموسم.", "REJECT", false},
		{"coach refused", "ورفض المدرب الألماني عرض النادي الإسباني لتدريب الفريق الأول.", "REJECT", false},
		{"player refused a militia", "وقالت مصادر محلية إن لاعب كرة القدم رفض أوامر الميليشيا بالالتحاق بالجبهات.", "REJECT", true},
		{"negotiating table", "ودعا المبعوث الأممي الأطراف اليمنية إلى العودة إلى طاولة المفاوضات دون شروط مسبقة.", "CONSULT", false},
		{"talks undermined", "واتهمت الدول الغربية موسكو بتقويض محادثات السلام السورية في جنيف.", "CONSULT", false},
		{"talks held", "وأجرى وزيرا الخارجية الروسي والتركي محادثات في أنقرة الثلاثاء حول الوضع في إدلب.", "CONSULT", true},
		{"days ago", "وقصفت الطائرات الحربية المدينة قبل يومين بالصواريخ.", "ASSAULT", true},
	})
}

// TestRound5Withdrawal checks that leaving a council is a SANCTION
// withdraw (GUIDELINES), and a pull-out of troops stays a RETREAT.
func TestRound5Withdrawal(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"وانسحبت الحكومة البرازيلية الثلاثاء من مجلس حقوق الإنسان التابع للأمم المتحدة.", "SANCTION"},
		{"وانسحبت القوات الحكومية الثلاثاء من البلدة بعد معارك استمرت أسبوعا.", "RETREAT"},
	} {
		evs, _ := c.CodeText(tc.text, pub)
		got := ""
		for _, e := range evs {
			if e.Aux == "" && (e.Type == "SANCTION" || e.Type == "RETREAT") {
				got = e.Type
			}
		}
		if got != tc.want {
			t.Errorf("CodeText(%s) = %q, want %q (events %v)", tc.text, got, tc.want, evs)
		}
	}
}

// TestDumpFresh writes every current event of a JSONL file of articles
// (MARSAD_DUMP_FILE, with id, text and published or date_iso) with its
// trigger words and evidence sentence, one JSON object a line, to
// MARSAD_DUMP_OUT; a development aid for the precision audit on fresh
// text, skipped otherwise. (TestDumpDev prints the dev gold's events as
// text lines.)
func TestDumpFresh(t *testing.T) {
	in, out := os.Getenv("MARSAD_DUMP_FILE"), os.Getenv("MARSAD_DUMP_OUT")
	if in == "" || out == "" {
		t.Skip("set MARSAD_DUMP_FILE and MARSAD_DUMP_OUT")
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	an, err := NewAnalyzer(chainConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range readGold(t, in) {
		res, err := an.Analyze(context.Background(), &marsad.Article{ID: a.ID, Text: a.Text, Published: a.pub()})
		if err != nil {
			t.Fatal(err)
		}
		r := []rune(a.Text)
		for _, e := range res.Events {
			if e.Aux != "" {
				continue
			}
			var ev []string
			for _, sp := range e.Evidence {
				ev = append(ev, string(r[sp.Start:min(sp.End, len(r))]))
			}
			enc.Encode(map[string]any{"article": a.ID, "id": e.ID, "type": e.Type, "mode": e.Mode,
				"trigger": e.Trigger, "confidence": e.Confidence, "actor": e.Actor, "recipient": e.Recipient,
				"evidence": ev, "spans": e.Evidence})
		}
	}
}
