package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A perfect verb of force that opens its clause, written without its
// vowels, followed by a phrase of people and then by nothing that could be
// the verb's object, is a passive: «وقتل شرطي مصري، الاثنين، في انفجار»,
// «وأصيب متظاهرون بجروح، بعدما …», «واعتقل صحفي تركي في العاشر من …»,
// «وقتل جنديان آخران عندما …», «وقتل مواطن وأصيب ثلاثة …». The people
// underwent the act. With an object after the phrase («وقتل مسلحون
// مجهولون شرطيا») the verb is active and the phrase acts.

// passiveVerbFirst moves such a phrase from actor to recipient; the actor
// becomes the agent named after «برصاص/بنيران» (fireAgent), or none. It
// reports whether it did.
func (c *Coder) passiveVerbFirst(d *doc, h *hit, actor, recip *np) bool {
	t := h.trig
	if (t.Type != "ASSAULT" && t.Type != "COERCE") || !t.Verb || len(h.pos) > 2 || h.clitic != "" || h.rel || h.pass || objectPronoun(d, h) {
		return false
	}
	s := d.sents[h.sent]
	i := h.head()
	if len(h.pos) == 2 && !(strings.HasPrefix(bareWord(d, i), "اصيب") && strings.HasPrefix(bareWord(d, h.last()), "بجر")) {
		return false // only «أصيب … بجروح»
	}
	if !forceVerb17(c, d, i) || !c.verbOpens17(d, i, s.a) {
		return false
	}
	if !actor.ok() || actor.a != c.skipAdverbs(d, i+1, s.b) || actor.b > s.b || !c.personPhrase17(d, *actor) {
		return false
	}
	j := actor.b
	for n := 0; n < 2 && j < s.b; n++ {
		switch bareWord(d, j) {
		case "اخر", "اخران", "اخرون", "اخرين", "اخري", "اخريات", "اخرتان":
			j++ // «جنديان آخران»
			continue
		}
		// «متظاهرون وعناصر من الشرطة»: a second phrase of people joined by و
		if d.conj[j] {
			if q := c.phraseAt(d, j, s.b); q.ok() && q.b > j && (c.victimPhrase(d, q) || d.has(j, c.lx.victims)) {
				j = q.b
				continue
			}
		}
		break
	}
	if !c.nothingAfter17(d, j, s.b) {
		return false
	}
	*recip = *actor
	*actor = c.fireAgent(d, h)
	return true
}

// forceVerb17 reports a perfect verb of killing, wounding, arrest or
// abduction whose passive is spelt as its active: «قتل», «أصيب», «جرح»,
// «اعتقل», «اختطف», «اغتيل», «استهدف» (not an imperfect: «يقتل», «تعتقل»).
func forceVerb17(c *Coder, d *doc, i int) bool {
	w := bareWord(d, i)
	if strings.HasPrefix(w, "ف") && len([]rune(w)) > 3 {
		w = w[len("ف"):]
	}
	for _, v := range []string{"قتل", "اصيب", "جرح", "اعتقل", "اختطف", "خطف", "اغتيل", "اغتال", "استهدف", "احتجز", "اوقف", "اسر", "طعن", "اعدم"} {
		if w == v || w == v+"ت" || w == v+"ا" || w == v+"تا" {
			return true
		}
	}
	return false
}

// verbOpens17 reports a verb at the start of its sentence or clause: the
// first word, after a mark, glued to و/ف, or after «كما/فيما/بينما/حيث».
func (c *Coder) verbOpens17(d *doc, i, start int) bool {
	if i == start {
		return true
	}
	if d.conj[i] && (d.toks[i-1].Kind == arabic.Punct || c.lx.timeW[bareWord(d, i-1)] || strings.HasPrefix(bareWord(d, i), "اصيب") || strings.HasPrefix(bareWord(d, i), "جرح")) {
		return true // «، وقتل …», «قتل شخصان وأصيب آخرون»; not «احتل بلدي وقتل شعبي»
	}
	if n := d.toks[i].Norm; strings.HasPrefix(n, "ف") && !strings.HasPrefix(bareWord(d, i), "ف") {
		return true
	}
	p := d.toks[i-1]
	if p.Kind == arabic.Punct {
		return p.Text != "\"" && quoteMarks[p.Text] == ""
	}
	switch bareWord(d, i-1) {
	case "كما", "فيما", "بينما", "حيث", "قد", "وقد":
		return true
	}
	return false
}

// bodyHeads17 are heads of a phrase naming a body, not people: such a
// subject after the verb acts («وقصف الطيران على …»).
var bodyHeads17 = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`قوات جيش طائرات طايرات طيران دبابات مدفعيه بوارج مقاتلات وحدات سلاح نيران قذائف قذيفه صواريخ صاروخ غارات غاره عبوه انفجار هجوم هجمات قصف حزب حركه تنظيم جماعه ميليشيا ميليشيات مليشيا مليشيات سلطات حكومه شرطه اجهزه قوه دوريه تحالف`) {
		bodyHeads17[arabic.Normalize(w)] = true
	}
}

// personHeads17 are nouns of people, armed or not, in the singular, dual
// and plural, that a verb of force may take as its object.
var personHeads17 = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`جندي جنديان جنديين جنود شرطي شرطيان شرطيين ضابط ضابطا ضابطان ضابطين ضباط عنصر عنصرا عنصران عنصرين عناصر
		شخص شخصان شخصين اشخاص فلسطيني فلسطينيان فلسطينيين مقاتل مقاتلان مقاتلين مقاتلون مسلح مسلحان مسلحين مسلحون قائد قياديان قيادي قياديين عسكري عسكريان عسكريين
		مواطن مواطنان مواطنين مواطنون صحفي صحفيان صحفيين صحفيون ناشط ناشطان ناشطين ناشطون متظاهر متظاهران متظاهرين متظاهرون
		طفل طفلان طفلين اطفال امراه نساء رجل رجلان رجال شاب شابان شبان مدني مدنيان مدنيين مدنيون مجند مجندان مجندين`) {
		personHeads17[arabic.Normalize(w)] = true
	}
}

// personPhrase17 reports a phrase of people that may undergo the act: a
// count or a word of people («ثلاثة جنود», «متظاهرون», «قائد ميداني»),
// or a person's name; not a body, a place, a thing («منزل») or a manner
// («حرقا»).
func (c *Coder) personPhrase17(d *doc, p np) bool {
	if d.toks[p.a].Kind != arabic.Word && d.toks[p.a].Kind != arabic.Number {
		return false
	}
	if d.placeAt[p.a] >= 0 {
		return false
	}
	for k := p.a + 1; k < p.b; k++ {
		if n, ok := arabic.ParseNumber(d.toks, k); ok && !n.Vague {
			return false // «اختطف مسلحون ثلاثة عمال»: the object read into the phrase
		}
	}
	if c.victimPhrase(d, p) || personHeads17[bareWord(d, p.a)] || personHeads17[d.toks[p.a].Norm] {
		return true
	}
	w := bareWord(d, p.a)
	if bodyHeads17[strings.TrimPrefix(w, "ال")] || definite(w) || possessive(d.toks[p.a].Text) {
		return false
	}
	if w == "ابو" || w == "ام" {
		return true // «أبو فلان»: a person's name
	}
	return d.has(p.a, c.lx.victims) || personalName17(p) || p.actor != nil && d.mentionAt[p.a] >= 0 && (p.actor.Sector == "" || p.actor.Sector == "CVL")
}

// personalName17 reports a party read as a person's name (a party member
// or an official named by name): its sector comes from the person.
func personalName17(p np) bool {
	return p.actor != nil && p.actor.Sector == "PTY" && p.b-p.a <= 3
}

// nothingAfter17 reports that what follows the subject phrase ending at j
// cannot be the verb's object: the sentence ends, or after marks and time
// words comes a preposition of place, time or cause, an agent, a clause
// («عندما», «بعدما», «وأصيب …») or the source of the account («بحسب»).
func (c *Coder) nothingAfter17(d *doc, j, end int) bool {
	for ; j < end; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct {
			if t.Text == "." || t.Text == "!" {
				return true
			}
			continue
		}
		if t.Kind == arabic.Word && c.lx.timeW[bareWord(d, j)] && bareWord(d, j) != "خلال" {
			continue // «أمس», «الأحد», «يوم»
		}
		if t.Kind == arabic.Number && j > 0 && bareWord(d, j-1) == "يوم" {
			continue
		}
		break
	}
	if j >= end {
		return true
	}
	if d.toks[j].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, j)
	switch w {
	case "في", "جراء", "اثر", "عقب", "خلال", "اثناء", "اثناءها", "عندما", "حين", "حينما", "بعدما", "بعد", "قبل", "بينما", "فيما", "منذ", "قرب", "بالقرب", "داخل", "عند", "لدي", "بحسب", "حسب", "وفق", "وفقا", "طبقا", "بسبب", "نتيجه", "بجروح", "بجراح", "بالرصاص", "برصاصه":
		return c.noCountAfter17(d, j, end)
	}
	if byFire(w) || c.agentAt(d, j, end) > 0 {
		return true
	}
	// «وقتل مواطن وأصيب ثلاثة»: a verb of force joined by و opens the next clause
	if d.conj[j] && forceVerb17(c, d, j) {
		return true
	}
	return false
}

// noCountAfter17 reports a prepositional phrase from j that holds no
// object of the verb put after it before the next mark («قتل مسلح في
// الهجوم ثلاثة جنود»): no count of people, no accusative of affected
// people («شرطيا»).
func (c *Coder) noCountAfter17(d *doc, j, end int) bool {
	for k := j + 1; k < end && k <= j+12; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			return true
		}
		if c.clauseWord17(d, k) {
			return true
		}
		switch bareWord(d, k) {
		case "عشرات", "مئات", "الاف", "ما", "نحو", "حوالي", "قرابه":
			return false // «ما لا يقل عن عشرات من المدنيين»
		}
		if t.Kind == arabic.Number && k+1 < end && d.has(k+1, c.lx.victims) {
			return false
		}
		if t.Kind == arabic.Word && d.has(k, c.lx.victims) && strings.HasSuffix(t.Text, "ا") && !definite(bareWord(d, k)) {
			return false
		}
	}
	return true
}

// clauseWord17 reports a word that opens a new clause («عندما», «حيث»).
func (c *Coder) clauseWord17(d *doc, k int) bool {
	switch bareWord(d, k) {
	case "عندما", "حيث", "بينما", "فيما", "بعدما", "الذي", "التي", "الذين":
		return true
	}
	return false
}
