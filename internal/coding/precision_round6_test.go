package coding

import (
	"testing"
	"time"
)

// TestRound6 checks the sixth round's constructions (precision_round6.go)
// on texts of our own: each "drop" case codes no current event of its type
// without the rule, each "keep" case is a current event, which stays.
func TestRound6(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text, typ string
		want            bool // an event of type typ, current, is coded in the text's last line
	}{
		{"critics accuse", "وفاز الحزب الحاكم في الانتخابات البرلمانية.\nويتهم المعارضون رئيس الوزراء بمحاولة الاستئثار بالسلطة في البلاد.", "ACCUSE", false},
		{"supporters accuse", "وتنشط المنظمة في إغاثة المدنيين.\nويتهم مؤيدو الحكومة المنظمة بدعم الجماعات المسلحة.", "ACCUSE", false},
		{"a state accuses", "وتتواصل المسيرات على الحدود.\nوتتهم الحكومة الحركة باستخدام المسيرات ذريعة لإثارة العنف.", "ACCUSE", true},
		{"critics accused", "وفاز الحزب الحاكم في الانتخابات البرلمانية.\nواتهم المعارضون رئيس الوزراء الأحد بتزوير نتائج الانتخابات.", "ACCUSE", true},
		{"areas under control", "وقال المرصد إن الجيش يرسل منذ أيام تعزيزات إلى مناطق سيطرته في ريف المحافظة.", "COERCE", false},
		{"control imposed", "وأكد المتحدث أن القوات تفرض سيطرتها الكاملة على الشريط الحدودي.", "COERCE", false},
		{"control taken", "وأعلن الجيش الأحد سيطرته على ثلاث قرى جديدة في ريف المحافظة الجنوبي.", "COERCE", true},
		{"warned of a state", "وحذر زعيم المعارضة من أن البلاد تنزلق نحو الحكم الفردي.", "THREATEN", false},
		{"warned of a long delay", "وحذر الرئيس أنصاره من أن تشكيل الحكومة الجديدة وتوزيع الحقائب الوزارية على الأحزاب المتحالفة قد يستغرق وقتا أطول.", "THREATEN", false},
		{"warned of retaliation", "وحذر وزير الدفاع من أن بلاده سترد بقوة على أي اعتداء.", "THREATEN", true},
		{"warned of a condition", "وحذر الوزير الجماعة من أنها في حال اقتربت من الحدود فستتعرض لضربات مدمرة.", "THREATEN", true},
		{"portends", "وتراجعت العملة المحلية بشدة، مما ينذر بفرض المزيد من القيود على الاستيراد.", "THREATEN", false},
		{"a party warns", "وأنذرت القوات المسلحة السكان بإخلاء منازلهم قبل الهجوم.", "THREATEN", true},
		{"heat wave kills", "وأودت موجة حر شديدة بحياة أربعين شخصا في المدينة الساحلية.", "ASSAULT", false},
		{"storm threatens", "ويهدد الإعصار سكان الجزر الجنوبية خلال الأيام المقبلة.", "THREATEN", false},
		{"a wave of arrests", "وشنت الشرطة موجة اعتقالات واسعة طالت عشرات الطلاب في العاصمة الأحد.", "COERCE", true},
		{"gunmen kill", "وأودى هجوم شنه مسلحون بحياة أربعين شخصا في المدينة الساحلية.", "ASSAULT", true},
		{"endangers", "وفرضت الصين رسوما على فول الصويا، مما يهدد المزارعين الأمريكيين في ولايات الوسط.", "THREATEN", false},
		{"threatens to respond", "وتتهم الحكومة جارتها الشمالية بإيواء المتمردين، وتهدد بالرد على ذلك.", "THREATEN", true},
		{"threatens to sack", "ويهدد المتمردون ضباط الوحدات العسكرية التي يسيطرون عليها بالفصل من الخدمة.", "THREATEN", true},
		{"his ministry", "وقال الوزير المصري إن وزارته انتهت من المرحلة الأولى من مشروع تطوير المدارس.", "CONSULT", false},
		{"and visited", "وزار وزير الخارجية المصري العاصمة الأردنية الأحد وبحث مع نظيره الأردني العلاقات.", "CONSULT", true},
		{"its sources", "وتسعى الحكومة السعودية إلى تنويع مصادرها من الدخل بعيدا عن النفط.", "COERCE", false},
		{"confiscated", "وصادرت الشرطة التركية الأحد أموال الشركة ومعداتها في إسطنبول.", "COERCE", true},
		{"confiscation ordered", "وأمرت المحكمة التركية الأحد بمصادرة أموال رجل الأعمال المعارض.", "COERCE", true},
		{"asylum application", "وتريد الحكومة وضع قيود جديدة على تقديم طلب لجوء في البلاد.", "REQUEST", false},
		{"no answer to a request for comment", "ولم ترد السفارة الإيرانية في باريس على طلب تعقيب.", "REQUEST", false},
		{"a state's demand", "وطلب الرئيس الفرنسي من نظيره الإيراني الضغط على الحكومة السورية.", "REQUEST", true},
		{"declined to comment", "ورفضت المتحدثة باسم الخارجية الأمريكية الحديث عن تفاصيل الرسالة.", "REJECT", false},
		{"declined to answer", "وامتنع محامو الرئيس الفرنسي السابق عن الرد على أسئلة الصحافيين.", "REJECT", false},
		{"refused to talk with", "ورفض زعيم المعارضة الحديث مع الحكومة قبل الإفراج عن المعتقلين.", "REJECT", true},
		{"a reaction", "ولم يتسن الحصول على رد فعل فوري على هذا الحكم من ممثلي الشركة في مصر.", "REJECT", false},
		{"a rebuttal", "ورد وزير الخارجية الإيراني على تصريحات نظيره الأمريكي الأحد.", "REJECT", true},
		{"film plot", "ويروي الفيلم الجديد قصة قرية صغيرة تهاجمها عصابة من اللصوص كل ليلة.", "ASSAULT", false},
		{"a director jailed over a film", "واعتقلت الشرطة المصرية الأحد مخرجا شابا بتهمة نشر أخبار كاذبة في فيلم وثائقي يتناول أوضاع السجون.", "COERCE", true},
		{"stopped studying", "وتوقف آلاف الطلاب في المدينة عن الدراسة بسبب الرسوم التي فرضتها الجماعة المسلحة.", "SANCTION", false},
		{"stopped funding", "وتوقفت الولايات المتحدة الأحد عن تمويل الوكالة الأممية.", "SANCTION", true},
		{"road intersection", "وأضافت الشرطة أن سيارتين تصادمتا عند تقاطع طرقات في وسط المدينة.", "SANCTION", false},
		{"boycott", "وتقاطع الدول الأربع قطر منذ يونيو الماضي.", "SANCTION", true},
		{"will not accept", "وقال زعيم الحزب اليوناني إن حزبه لن يقبل بأي حل يتضمن اسم مقدونيا.", "SANCTION", false},
		{"will not accept, a rejection", "وقال زعيم الحزب اليوناني إن حزبه لن يقبل بأي حل يتضمن اسم مقدونيا.", "REJECT", true},
		{"no new orders", "وقالت الشركة الألمانية إنها لن تقبل أي طلبيات جديدة من إيران.", "SANCTION", true},
		{"days before a summit", "وأعلنت الحكومة الألمانية خطتها الجديدة للهجرة قبل أيام من قمة الاتحاد الأوروبي في بروكسل.", "CONSULT", false},
		{"a summit held", "وعقدت قمة الاتحاد الأوروبي في بروكسل الخميس لبحث ملف الهجرة.", "CONSULT", true},
		{"resigned in protest", "واستقال وزير الخارجية البريطاني من منصبه الاثنين احتجاجا على سياسة رئيسة الوزراء.", "PROTEST", false},
		{"strike in protest", "وبدأ العمال الفلسطينيون إضرابا عاما في الضفة الغربية احتجاجا على القانون الإسرائيلي.", "PROTEST", true},
		{"market close", "وأنهى المؤشر جلسة التداول منخفضا وهو أدنى مستوى إغلاق منذ نوفمبر.", "COERCE", false},
		{"pages closed", "وقررت الحكومة السودانية إغلاق صفحات الوزارات على مواقع التواصل الاجتماعي.", "COERCE", false},
		{"crossing closed", "وأغلقت السلطات الأردنية المعبر الحدودي مع سوريا الأحد.", "COERCE", true},
		{"policy target", "ويستهدف البنك المركزي أن يصل معدل التضخم السنوي إلى نحو عشرة في المئة.", "ASSAULT", false},
		{"sanctions target", "وفرضت واشنطن عقوبات جديدة تستهدف الشعب الروسي بحسب السفارة.", "ASSAULT", false},
		{"strike targets", "واستهدفت طائرات التحالف مواقع للمتمردين في ريف المحافظة الجنوبي.", "ASSAULT", true},
		{"a blow to a government", "وقدم وزير الخارجية البريطاني استقالته من منصبه الأحد، في ما شكل ضربة لرئيسة الوزراء.", "ASSAULT", false},
		{"an air strike", "وقالت الوكالة إن ضربة جوية إسرائيلية استهدفت موقعا عسكريا قرب دمشق.", "ASSAULT", true},
		{"migrants taken in", "ودعت كولومبيا، التي استقبلت أكثر من مليون مهاجر فنزويلي، إلى تحرك إقليمي عاجل.", "CONSULT", false},
		{"a president received", "واستقبل الرئيس التركي نظيره الإيراني في أنقرة الأربعاء.", "CONSULT", true},
		{"in return for", "ومنحت الحكومة المرأة الجنسية لقاء خدمتها الطويلة في المنظمة الخيرية.", "CONSULT", false},
		{"a meeting", "وقال الوزير المصري في لقاء مع نظيره الأردني في عمان إن العلاقات متينة.", "CONSULT", true},
		{"interview", "وقال وزير الطاقة الإماراتي في لقاء خاص مع سكاي نيوز عربية إن الأسعار ستستقر.", "CONSULT", false},
		{"grave visited", "وزار الأمير البريطاني الخميس قبر جدته في القدس الشرقية.", "CONSULT", false},
		{"country visited", "وزار الرئيس المصري العاصمة الأردنية الأحد والتقى العاهل الأردني.", "CONSULT", true},
		{"match", "وخطف الفريق الضيف تعادلا ثمينا في الدقائق الأخيرة من المباراة على ملعب المدينة.", "ASSAULT", false},
		{"club criticises a referee", "وانتقد نادي الزمالك المصري حكم المباراة بشدة بعد الخسارة في الدوري.", "ACCUSE", false},
		{"clashes at a match", "وقتل مشجع في اشتباكات بين جماهير الناديين قبل المباراة في ملعب العاصمة.", "ASSAULT", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkCurrent(t, c, pub, tc.text, tc.typ, tc.want)
		})
	}
}
