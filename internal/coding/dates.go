package coding

import (
	_ "embed"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

//go:embed data/calendar.yaml
var calendarYAML []byte

// Date precisions.
const (
	PrecDay   = "day"
	PrecWeek  = "week"
	PrecMonth = "month"
	PrecYear  = "year"
)

// Calendar resolves Arabic date expressions against a publication date.
type Calendar struct {
	weekdays map[string]time.Weekday
	months   map[string]int // first word of a month name (normalised) → month
	month2   map[string]int // "first second" for two-word names (كانون الثاني)
	relDays  map[string]int // one-word relative days
	rel2     map[string]int // two- and three-word relative days
	units    map[string]int
	past     map[string]bool
	current  map[string]bool
	next     map[string]bool
	first    map[string]bool   // every word that can start a date expression
	firstF   *bitfilter.Filter // the words of first, to skip most lookups
	ordinal  map[string]int    // normalised ordinal day phrases (one or two words)
}

// DateExpr is one date expression found in tokens [TokStart,TokEnd).
type DateExpr struct {
	TokStart, TokEnd int
	Date             time.Time
	Precision        string
}

type calFile struct {
	Version  int              `yaml:"version"`
	Weekdays map[int][]string `yaml:"weekdays"`
	Months   map[int][]string `yaml:"months"`
	Relative map[string]int   `yaml:"relative_days"`
	Units    map[string]int   `yaml:"units"`
	Past     []string         `yaml:"past"`
	Current  []string         `yaml:"current"`
	Next     []string         `yaml:"next"`
	Ordinals map[string]int   `yaml:"ordinals"`
}

// LoadCalendar compiles the embedded calendar vocabulary.
func LoadCalendar() (*Calendar, error) { return ParseCalendar(calendarYAML) }

// ParseCalendar compiles calendar vocabulary from YAML and validates it.
func ParseCalendar(b []byte) (*Calendar, error) {
	var f calFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "calendar: %v", err)
	}
	if len(f.Weekdays) != 7 || len(f.Months) != 12 {
		return nil, marsad.Errorf(marsad.EINVALID, "calendar: %d weekdays and %d months, want 7 and 12", len(f.Weekdays), len(f.Months))
	}
	c := &Calendar{weekdays: map[string]time.Weekday{}, months: map[string]int{}, month2: map[string]int{},
		relDays: map[string]int{}, rel2: map[string]int{}, units: map[string]int{},
		past: wordSet(f.Past), current: wordSet(f.Current), next: wordSet(f.Next)}
	for d, names := range f.Weekdays {
		if d < 0 || d > 6 {
			return nil, marsad.Errorf(marsad.EINVALID, "calendar: weekday %d", d)
		}
		for _, n := range names {
			// only the definite form: «أحد» and «اثنين» are also numbers
			c.weekdays[arabic.Normalize(n)] = time.Weekday(d)
		}
	}
	for m, names := range f.Months {
		if m < 1 || m > 12 {
			return nil, marsad.Errorf(marsad.EINVALID, "calendar: month %d", m)
		}
		for _, n := range names {
			w := strings.Fields(arabic.Normalize(n))
			switch len(w) {
			case 1:
				c.months[w[0]] = m
			case 2:
				c.month2[w[0]+" "+w[1]] = m
			default:
				return nil, marsad.Errorf(marsad.EINVALID, "calendar: month name %q", n)
			}
		}
	}
	for k, v := range f.Relative {
		w := arabic.Normalize(k)
		if strings.Contains(w, " ") {
			c.rel2[w] = v
		} else {
			c.relDays[w] = v
		}
	}
	for k, v := range f.Units {
		c.units[arabic.Normalize(k)] = v
	}
	c.ordinal = map[string]int{}
	for k, v := range f.Ordinals {
		if v < 1 || v > 31 {
			return nil, marsad.Errorf(marsad.EINVALID, "calendar: ordinal %q = %d", k, v)
		}
		c.ordinal[arabic.Normalize(k)] = v
	}
	c.first = map[string]bool{"قبل": true, "منذ": true, "اسبوع": true, "الاسبوع": true, "شهر": true, "الشهر": true, "عام": true, "العام": true, "سنه": true, "السنه": true}
	for k := range c.weekdays {
		c.first[k] = true
	}
	for k := range c.months {
		c.first[k] = true
	}
	for k := range c.month2 {
		c.first[strings.Fields(k)[0]] = true
	}
	for k := range c.relDays {
		c.first[k] = true
	}
	for k := range c.rel2 {
		c.first[strings.Fields(k)[0]] = true
	}
	for k := range c.ordinal {
		c.first[strings.Fields(k)[0]] = true
	}
	c.firstF = newWordFilter(c.first)
	return c, nil
}

// calStems writes w and its forms without a conjunction, a preposition or
// the article (والأربعاء، بالأمس) into out and returns how many it wrote.
func calStems(w string, out *[6]string) int {
	n := 0
	out[n] = w
	n++
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(w, p) && len(w) > 3*len(p) {
			w = w[len(p):]
			out[n] = w
			n++
			break
		}
	}
	for _, p := range []string{"بال", "لل", "ب", "ل", "ال"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2*len("ا") {
			r := w[len(p):]
			switch p {
			case "بال":
				out[n] = w[len("ب"):] // ال + r, sliced
				n++
			case "لل":
				out[n] = "ال" + r
				n++
			}
			out[n] = r
			n++
			break
		}
	}
	return n
}

// maybe reports whether a word can start a date expression.
func (c *Calendar) maybe(w string) bool {
	var arr [6]string
	n := calStems(w, &arr)
	for _, k := range arr[:n] {
		if c.firstF.MayHave(k) && c.first[k] {
			return true
		}
	}
	return false
}

func (c *Calendar) weekday(w string) (time.Weekday, bool) {
	var stems [6]string
	for _, k := range stems[:calStems(w, &stems)] {
		if d, ok := c.weekdays[k]; ok {
			return d, true
		}
	}
	return 0, false
}

func (c *Calendar) month(toks []arabic.Token, i, to int) (m, n int) {
	w := toks[i].Norm
	if i+1 < to {
		var stems [6]string
		for _, k := range stems[:calStems(w, &stems)] {
			if m, ok := c.month2[k+" "+toks[i+1].Norm]; ok {
				return m, 2
			}
		}
	}
	var stems [6]string
	for _, k := range stems[:calStems(w, &stems)] {
		if m, ok := c.months[k]; ok {
			return m, 1
		}
	}
	return 0, 0
}

// skipSlash skips "/ أبريل" alternatives after a month name: «أبريل/ نيسان».
func (c *Calendar) skipSlash(toks []arabic.Token, j, to int) int {
	for j+1 < to && (toks[j].Text == "/" || toks[j].Text == "-") {
		if m, n := c.month(toks, j+1, to); m > 0 {
			j += 1 + n
			continue
		}
		break
	}
	return j
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Find returns the date expressions in toks[from:to], resolved against
// pub. With a zero pub only absolute dates with a year are resolved.
func (c *Calendar) Find(toks []arabic.Token, from, to int, pub time.Time) []DateExpr {
	var out []DateExpr
	havePub := !pub.IsZero()
	if havePub {
		pub = dayOf(pub)
	}
	for i := from; i < to; i++ {
		t := toks[i]
		switch t.Kind {
		case arabic.Number:
			if e, ok := c.absolute(toks, i, to, pub); ok {
				out = append(out, e)
				i = e.TokEnd - 1
			}
			continue
		case arabic.Word:
		default:
			continue
		}
		if !havePub || !c.maybe(t.Norm) {
			continue
		}
		w := t.Norm
		// «الثامن من فبراير», «الخامس عشر من يوليو/تموز الماضي»
		if e, ok := c.ordinalDate(toks, i, to, pub); ok {
			out = append(out, e)
			i = e.TokEnd - 1
			continue
		}
		// قبل N أيام / قبل يومين / قبل أسبوع
		if (w == "قبل" || w == "منذ") && i+1 < to {
			if e, ok := c.ago(toks, i, to, pub); ok {
				out = append(out, e)
				i = e.TokEnd - 1
				continue
			}
		}
		if i+2 < to {
			if d, ok := c.rel2[w+" "+toks[i+1].Norm+" "+toks[i+2].Norm]; ok {
				out = append(out, DateExpr{i, i + 3, pub.AddDate(0, 0, -d), PrecDay})
				i += 2
				continue
			}
		}
		if i+1 < to {
			if d, ok := c.rel2[w+" "+toks[i+1].Norm]; ok {
				out = append(out, DateExpr{i, i + 2, pub.AddDate(0, 0, -d), PrecDay})
				i++
				continue
			}
		}
		var stems [6]string
		for _, k := range stems[:calStems(w, &stems)] {
			if d, ok := c.relDays[k]; ok {
				out = append(out, DateExpr{i, i + 1, pub.AddDate(0, 0, -d), PrecDay})
				goto next
			}
		}
		if wd, ok := c.weekday(w); ok {
			// a weekday followed by an explicit date: the explicit date wins
			if i+1 < to && toks[i+1].Kind == arabic.Number {
				if e, ok := c.absolute(toks, i+1, to, pub); ok {
					e.TokStart = i
					out = append(out, e)
					i = e.TokEnd - 1
					continue
				}
			}
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			end := i + 1
			switch {
			case i+1 < to && c.past[toks[i+1].Norm]:
				if back == 0 {
					back = 7
				}
				end++
			case i+1 < to && c.next[toks[i+1].Norm], tomorrowBefore(toks, i, from):
				// «الخميس المقبل», «غدا (الثلاثاء)»: the coming one
				back = -((int(wd) - int(pub.Weekday()) + 7) % 7)
				if back == 0 {
					back = -7
				}
				if i+1 < to && c.next[toks[i+1].Norm] {
					end++
				}
			}
			out = append(out, DateExpr{i, end, pub.AddDate(0, 0, -back), PrecDay})
			i = end - 1
			continue
		}
		// الأسبوع الماضي، الشهر الماضي، العام الماضي
		if i+1 < to && c.past[toks[i+1].Norm] {
			switch stripArticle(w) {
			case "اسبوع":
				out = append(out, DateExpr{i, i + 2, pub.AddDate(0, 0, -7), PrecWeek})
				i++
				continue
			case "شهر":
				out = append(out, DateExpr{i, i + 2, pub.AddDate(0, -1, 0), PrecMonth})
				i++
				continue
			case "عام", "سنه":
				out = append(out, DateExpr{i, i + 2, time.Date(pub.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC), PrecYear})
				i++
				continue
			}
		}
		// a month name alone: «في فبراير الماضي»
		if m, n := c.month(toks, i, to); m > 0 && (i == from || !isDigits(toks[i-1])) {
			j := c.skipSlash(toks, i+n, to)
			y := pub.Year()
			explicit := false
			if j < to && toks[j].Kind == arabic.Number {
				if v, ok := year(toks[j]); ok {
					y, explicit = v, true
					j++
				}
			}
			if j < to && c.next[toks[j].Norm] {
				i = j
				continue // the future
			}
			if j < to && (c.past[toks[j].Norm] || c.current[toks[j].Norm]) {
				j++
			}
			if !explicit && m > int(pub.Month()) {
				y--
			}
			if !explicit && !precededByMonthCue(toks, i, from) && j == i+n {
				continue // a bare month word with no cue (ماي، آب) is too ambiguous
			}
			d := lastDay(y, m)
			if d.After(pub) {
				d = pub
			}
			out = append(out, DateExpr{i, j, d, PrecMonth})
			i = j - 1
		}
	next:
	}
	return out
}

// tomorrowBefore reports «غدا» right before token i, or before an opening
// bracket there: «غدا (الثلاثاء)» names the coming weekday.
func tomorrowBefore(toks []arabic.Token, i, from int) bool {
	j := i - 1
	if j >= from && toks[j].Text == "(" {
		j--
	}
	return j >= from && toks[j].Norm == "غدا"
}

// precededByMonthCue reports «في/خلال/منذ/شهر» before a month name.
func precededByMonthCue(toks []arabic.Token, i, from int) bool {
	if i-1 < from {
		return false
	}
	switch toks[i-1].Norm {
	case "في", "خلال", "منذ", "شهر", "حتي", "مطلع", "اواخر", "اوايل", "منتصف", "نهايه", "بدايه":
		return true
	}
	return false
}

func lastDay(y, m int) time.Time {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
}

func isDigits(t arabic.Token) bool { return t.Kind == arabic.Number }

// year reads a four-digit year 1900..2100.
func year(t arabic.Token) (int, bool) {
	if len(t.Norm) != 4 {
		return 0, false
	}
	v, err := strconv.Atoi(t.Norm)
	if err != nil || v < 1900 || v > 2100 {
		return 0, false
	}
	return v, true
}

// absolute reads «21 أبريل [2018]», «8 يوليو/تموز الجاري», «2014».
func (c *Calendar) absolute(toks []arabic.Token, i, to int, pub time.Time) (DateExpr, bool) {
	t := toks[i]
	if y, ok := year(t); ok {
		// a bare year: «عام 2014», «في 2014»
		if i > 0 {
			switch toks[i-1].Norm {
			case "عام", "العام", "سنه", "في", "منذ", "خلال", "بحلول":
				d := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
				if !pub.IsZero() && y == pub.Year() {
					d = pub
				}
				return DateExpr{i, i + 1, d, PrecYear}, true
			case "صيف", "شتاء", "ربيع", "خريف", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "مستهل", "نهايه", "بدايه":
				// a season or a part of the year: «أوقفت صيف 2017», «أواخر
				// 2017»; the span takes the season word, so that «منذ حرب
				// صيف 2014» reads as a «منذ» (precision13)
				for k := i - 2; k >= 0 && k >= i-4; k-- {
					if toks[k].Norm == "منذ" {
						return DateExpr{}, false // «منذ حرب صيف 2014»: a span's start, not the act's day
					}
				}
				d := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
				if !pub.IsZero() && y == pub.Year() {
					d = pub
				}
				return DateExpr{i - 1, i + 1, d, PrecYear}, true
			}
		}
		return DateExpr{}, false
	}
	day, err := strconv.Atoi(t.Norm)
	if err != nil || day < 1 || day > 31 || i+1 >= to {
		return DateExpr{}, false
	}
	m, n := c.month(toks, i+1, to)
	if m == 0 {
		return DateExpr{}, false
	}
	j := c.skipSlash(toks, i+1+n, to)
	y, explicit := 0, false
	if j < to && toks[j].Kind == arabic.Number {
		if v, ok := year(toks[j]); ok {
			y, explicit = v, true
			j++
		}
	}
	if j < to && (c.past[toks[j].Norm] || c.current[toks[j].Norm] || c.next[toks[j].Norm]) {
		j++
	}
	if !explicit {
		if pub.IsZero() {
			return DateExpr{}, false
		}
		y = pub.Year()
		if time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 7)) && !c.next[toks[j-1].Norm] {
			y--
		}
	}
	d := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return DateExpr{}, false // 31 فبراير
	}
	return DateExpr{i, j, d, PrecDay}, true
}

// ago reads «قبل N أيام», «قبل يومين», «قبل أسبوع», «منذ ثلاثة أيام».
func (c *Calendar) ago(toks []arabic.Token, i, to int, pub time.Time) (DateExpr, bool) {
	j := i + 1
	n := int64(1)
	if num, ok := arabic.ParseNumber(toks, j); ok && num.End < to && !num.Vague {
		n = num.Value
		j = num.End
	}
	if j >= to {
		return DateExpr{}, false
	}
	u, ok := c.units[toks[j].Norm]
	if !ok || n > 400 {
		return DateExpr{}, false
	}
	w := toks[j].Norm
	if strings.HasSuffix(w, "ين") && n == 1 { // يومين، أسبوعين، شهرين
		n = 2
	}
	days := int(n) * u
	prec := PrecDay
	switch {
	case u == 7:
		prec = PrecWeek
	case u == 30:
		prec = PrecMonth
	case u >= 365:
		prec = PrecYear
	}
	return DateExpr{i, j + 1, pub.AddDate(0, 0, -days), prec}, true
}

// ordinalDate reads «(ب)الثامن من فبراير [2018]».
func (c *Calendar) ordinalDate(toks []arabic.Token, i, to int, pub time.Time) (DateExpr, bool) {
	day, n := 0, 0
	var arr [6]string
	for _, k := range arr[:calStems(toks[i].Norm, &arr)] {
		if i+1 < to {
			if v, ok := c.ordinal[k+" "+toks[i+1].Norm]; ok {
				day, n = v, 2
				break
			}
		}
		if v, ok := c.ordinal[k]; ok {
			day, n = v, 1
		}
	}
	j := i + n
	if day == 0 || j+1 >= to || toks[j].Norm != "من" {
		return DateExpr{}, false
	}
	m, mn := c.month(toks, j+1, to)
	if m == 0 {
		return DateExpr{}, false
	}
	k := c.skipSlash(toks, j+1+mn, to)
	y, explicit := pub.Year(), false
	if k < to && toks[k].Kind == arabic.Number {
		if v, ok := year(toks[k]); ok {
			y, explicit = v, true
			k++
		}
	}
	if k < to && (c.past[toks[k].Norm] || c.current[toks[k].Norm] || c.next[toks[k].Norm]) {
		k++
	}
	if !explicit && time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 7)) {
		y--
	}
	d := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return DateExpr{}, false
	}
	return DateExpr{i, k, d, PrecDay}, true
}
