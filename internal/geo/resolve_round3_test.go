package geo

import (
	"strings"
	"testing"
)

// TestRound3Places checks the third place round: the names of a list
// opened by a dual or plural administrative noun take its cue, and a name
// whose first word has two letters is read after the conjunction و, and
// a town after a masculine site noun keeps the nisba that agrees with it,
// while the nisba of a place noun after a site noun is no town, and a
// small town alone in its country with nothing before it is a word.
func TestRound3Places(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"two provinces listed only after «محافظة»",
			"انتشرت قوات الأمن في محافظتي أبين وشبوة بعد انسحاب المسلحين.", []string{"أبين YEM", "شبوة YEM"}},
		{"a hashtag before the second name",
			"وصلت المساعدات إلى محافظتي أبين و#شبوة صباح الأحد.", []string{"أبين YEM", "شبوة YEM"}},
		{"a province name that is also a word ends the list",
			"تواصلت الغارات على محافظات عمران وذمار وحجة خلال الليل.", []string{"عمران YEM", "ذمار YEM", "حجة YEM"}},
		{"Iraqi provinces joined by و",
			"خرجت مظاهرات في محافظتي البصرة وذي قار أمس.", []string{"البصرة IRQ", "ذي قار IRQ"}},
		{"Salah al-Din after Diyala",
			"تجدد نشاط المسلحين بين محافظتي ديالى وصلاح الدين.", []string{"ديالى IRQ", "صلاح الدين IRQ"}},
		{"US states after «ولايات»",
			"انقطعت الكهرباء في ولايات فلوريدا وألاباما وجورجيا بسبب الإعصار.", []string{"فلوريدا USA", "ألاباما USA", "جورجيا USA"}},
		{"the United States is no list head",
			"زار الوزير الولايات المتحدة وجورجيا الشهر الماضي.", []string{"الولايات المتحدة USA", "جورجيا GEO"}},
		{"districts after «مديريتي»",
			"استعادت القوات مديريتي ناطع والملاجم شرق البيضاء.", []string{"ناطع YEM", "الملاجم YEM", "البيضاء YEM"}},
		{"a two-letter first word after و",
			"وصلت الشحنات إلى البصرة وأم قصر عبر الخليج.", []string{"البصرة IRQ", "أم قصر IRQ"}},
		{"the second district after «مديريتي» when the first is unknown",
			"نزحت مئات الأسر من مديريتي الحيمة والتعزية شرق تعز.", []string{"التعزية YEM", "تعز YEM"}},
		{"a port's masculine nisba is no club's",
			"رست السفينة في ميناء إيلات الإسرائيلي مساء الجمعة.", []string{"إيلات ISR"}},
		{"a crossing named after a town, with its nisba",
			"أعيد فتح معبر نصيب السوري أمام الشاحنات.", []string{"نصيب SYR"}},
		{"a club city with a masculine nisba stays a club",
			"فاز برشلونة الإسباني بالمباراة.", nil},
		{"a sea port is no Khartoum North",
			"سيطرت القوات على آخر منفذ بحري للمسلحين قرب الحديدة.", []string{"الحديدة YEM"}},
		{"a dam named after a town stays a place",
			"زار الوزير سد مروي شمال السودان.", []string{"مروي SDN", "السودان SDN"}},
		{"a verb spelt like a small town is no place",
			"ودان المتحدث باسم الحكومة الهجوم على السفارة في باريس.", []string{"باريس FRA"}},
		{"an adjective spelt like a small town is no place",
			"سهر الطلاب الليالي الطوال قبل الامتحان في القاهرة.", []string{"القاهرة EGY"}},
		{"local news naming only its own small town keeps it",
			"افتتح المحافظ مهرجان صيف حيدان مساء أمس.", []string{"حيدان YEM"}},
		{"a small town after a preposition stays",
			"وصلت التعزيزات إلى حيدان صباح اليوم.", []string{"حيدان YEM"}},
		{"a small town alone with its country named stays",
			"شهدت حيدان اشتباكات عنيفة شمال اليمن.", []string{"حيدان YEM", "اليمن YEM"}},
		{"a two-letter word after و alone is no name",
			"قال إنه وذي الخبرة متفقان في تل أبيض.", []string{"تل أبيض SYR"}},
	})
}

// TestRound3Located checks that an unknown name is placed at the place the
// text locates it in right after it, not at the nearest place before it,
// and that a village list with no place before it is placed at its first
// known name.
func TestRound3Located(t *testing.T) {
	tests := []struct {
		name, text, unknown string
		lat, lon            float64 // the place it is put at
	}{
		{"«ببلدة» after the name",
			"قصفت الطائرات مواقع في الحديدة، ثم استهدفت قرية الزريبة ببلدة الجحبا شرقي الدريهمي.", "الزريبة", 14.65, 43.09},
		{"«بمديرية» after the name",
			"قالت مصادر في صعدة إن غارة استهدفت منطقة الصفيحة بمديرية كتاف.", "الصفيحة", 17.03, 44.10},
		{"a village list with no place before it: its first known name",
			"تم التوصل إلى اتفاقات مصالحة في بلدات المسيفرة وكحيل والسهوة صباح الأحد.", "كحيل", 32.63, 36.34},
		{"nothing after the name: the place before it",
			"قالت مصادر في صعدة إن غارة استهدفت منطقة الصفيحة أمس.", "الصفيحة", 16.94, 43.76},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range resolveTest(t, tt.text, Options{}) {
				if p.Name != tt.unknown {
					continue
				}
				if d := Distance(p.Lat, p.Lon, tt.lat, tt.lon); d > 5 {
					t.Errorf("Resolve(%q): %s at %.2f,%.2f, want %.2f,%.2f", tt.text, p.Name, p.Lat, p.Lon, tt.lat, tt.lon)
				}
				return
			}
			t.Errorf("Resolve(%q): no place %s", tt.text, tt.unknown)
		})
	}
}

// placeCase is a text and the places Resolve finds in it, in order, each
// as its span text and country ("حيدان YEM").
type placeCase struct {
	name, text string
	want       []string
}

// runPlaceCases resolves each case's text and compares the places found.
func runPlaceCases(t *testing.T, tests []placeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range resolveTest(t, tt.text, Options{}) {
				got = append(got, p.Name+" "+p.Country)
			}
			if strings.Join(got, "، ") != strings.Join(tt.want, "، ") {
				t.Errorf("Resolve(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
