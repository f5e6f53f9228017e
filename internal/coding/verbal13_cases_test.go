package coding

import "testing"

// verbal13Cases are sentences written by the Marsad team for the tenth
// session's recall of verbal stances and protests (verbal13_stances.go, the «ممتنون»
// first-person word of events.go and the verbal13 entries of
// data/lexicon_more.yaml), in the format of testdata/cases.txt
// (publication date 2026-11-29).
var verbal13Cases = []string{
	"# a stance told by the participle of «أعرب/عبر» after the main clause",
	"وقال رئيس الوزراء العراقي إن الانتخابات جرت بهدوء، معربا عن شكره للأمم المتحدة. => SUPPORT a=رئيس الوزراء العراقي r=الأمم المتحدة",
	"وقال وزير الخارجية الفرنسي إن بلاده متمسكة بالحل السياسي، معبرا عن دعمه لجهود الأمم المتحدة. => SUPPORT a=وزير الخارجية الفرنسي",
	"وعلق الوفد المصري على كلمة الوزير الإثيوبي، معبرا عن الرفض التام لها. => REJECT a=الوفد المصري",
	"# gratitude said in the first person: the speaker thanks",
	"وقال وزير الدفاع البولندي: \"نحن ممتنون لألمانيا على مساعدتها\". => SUPPORT a=وزير الدفاع البولندي r=ألمانيا",
	"وأضاف وزير الدفاع البولندي: \"كان المخطط سيؤدي إلى فقدان مئات الأشخاص لحياتهم، لذلك نحن ممتنون لألمانيا على مساعدتها\". => SUPPORT a=وزير الدفاع البولندي r=ألمانيا",
	"# protesters gathering, a march going",
	"ويحتشد محتجون أمام مقر البرلمان في بيروت منذ الصباح. => PROTEST",
	"وفي البصرة، سارت مظاهرة حاشدة مساء الجمعة. => PROTEST",
	"# solidarity affirmed, with a long subject, a comma or a participle before the noun",
	"وأكد وزير الخارجية المغربي في تصريح للصحفيين مساء أمس بالرباط تضامن المغرب مع الأردن. => SUPPORT a=المغرب r=الأردن",
	"أكدت الحكومة الكويتية، وقوف الكويت إلى جانب البحرين. => SUPPORT a=الكويت r=البحرين",
	"# a neighbourhood named by the noun, and the noun with no stance verb, are no support",
	"وقصفت الطائرات حي التضامن جنوب دمشق. => ASSAULT",
	"ونظم الطلاب حملة تضامن مع الأسرى. => -",
	"ولم يعلق الوزير على تضامن تركيا مع قطر. => -",
	"# thanks offered with «قدم»: the subject after the verb thanks the one after ل",
	"وقدم رئيس الوزراء اللبناني شكره للحكومة السعودية على دعمها. => SUPPORT a=رئيس الوزراء اللبناني r=الحكومة السعودية",
	"وقدم سمو ولي العهد شكره وتقديره لسمو أمير الكويت على مشاعره الطيبة. => SUPPORT a=ولي العهد r=أمير الكويت",
	"# tariffs raised on a country; the raise answered is the other side's",
	"وأعلنت واشنطن مضاعفة الرسوم الجمركية على تركيا. => SANCTION a=واشنطن r=تركيا",
	"كما قام الرئيس الأمريكي بزيادة تعريفات الصلب ضد الصين. => SANCTION a=الرئيس الأمريكي r=الصين",
	"ورفعت الحكومة الرسوم الدراسية في الجامعات. => -",
	"# a prayer to God is no appeal; an appeal with «أهاب ب» is",
	"وأعرب الملك عن شكره لأمير الكويت على مشاعره الطيبة، داعيا الله أن يحفظ الكويت. => SUPPORT a=الملك r=أمير الكويت",
	"وأهابت وزارة الداخلية الأردنية بالمواطنين الابتعاد عن موقع الحادث. => REQUEST a=وزارة الداخلية الأردنية r=المواطنين",
	"# a threat told by what its target will face: the speaker threatens the subject",
	"وقال وزير الدفاع الإسرائيلي إن حركة حماس ستتحمل العواقب. => THREATEN a=وزير الدفاع الإسرائيلي r=حركة حماس",
	"وقال الرئيس التركي إن النظام السوري سيواجه عواقب وخيمة. => THREATEN a=الرئيس التركي r=النظام السوري",
	"# not a thing, nor the speaker's own side",
	"وقال الوزير إن الاقتصاد سيواجه تداعيات صعبة بسبب الجفاف. => -",
	"وقال وزير المالية الأردني إن الحكومة الأردنية ستتحمل عواقب القرار. => -",
}

// TestVerbal13Cases runs verbal13Cases through the full chain.
func TestVerbal13Cases(t *testing.T) {
	runChainLines(t, "verbal13_cases.txt", verbal13Cases)
}
