package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// mediaVoices are the titles of people who speak for no party: a TV host,
// a writer, a journalist, an entertainer (GUIDELINES: opinions of
// commentators and journalists are quotes, not events).
var mediaVoices = wordSet([]string{
	"الإعلامي", "الإعلامية", "الاعلامي", "الاعلامية", "المذيع", "المذيعة", "الكاتب", "الكاتبة",
	"الصحفي", "الصحفية", "الصحافي", "الصحافية", "المدون", "المدونة", "الفنان", "الفنانة",
	"المغني", "المغنية", "المطرب", "المطربة", "الكوميدي", "الروائي", "الروائية", "الشاعر", "الشاعرة",
})

// mediaVoice reports an accuser whose name is headed by the title of a
// media or public voice («انتقد الإعلامي المصري، عمرو أديب، تغطية قناة
// الجزيرة», «الممثل الكوميدي الأمريكي، جيم كاري، … منتقدا الولايات
// المتحدة»): the criticism is his opinion, a quote. («الممثل» alone is
// also a party's representative, so the entertainer is read by the
// word after it.)
func mediaVoice(a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(a.Name, "،", " "))
	if len(ws) == 0 {
		return false
	}
	if len(ws) > 1 && arabic.Normalize(ws[0]) == arabic.Normalize("الممثل") {
		ws = ws[1:] // «الممثل الكوميدي»
	}
	return mediaVoices[arabic.Normalize(ws[0])] // the head noun: not «عائلة الصحفي», the journalist's family
}
