package coding

import "strings"

// Eleventh session (prec16): aims joined to an aim.
//
// «لإيجاد مناطق آمنة للنازحين وإيصال المساعدات لهم», «هدنة لإدخال وتوزيع
// المساعدات», «أرسلت وفدا لتفقد الأضرار وإجراء محادثات مع الوجهاء»: the
// purpose «لـ» of the first verbal noun governs the nouns joined to it by
// «و», so the act told by the second one is an aim as much as the first
// (purpose() in events.go reads only a trigger that carries the «لـ» itself).

// purposeChain reports a noun trigger that is, or is the direct object of, a
// verbal noun joined by «و» to a verbal noun with the purpose «لـ» in the
// same clause (no comma or stop between, eight words at most).
func purposeChain(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	i := h.head()
	s := d.sents[h.sent]
	// the joined verbal noun: the trigger itself or the word just before it
	// (the trigger its object: «وإيصال المساعدات», «وإجراء محادثات»)
	j := -1
	for k := i; k >= s.a && k >= i-1; k-- {
		if d.conj[k] && masdarShape(bareWord(d, k)) {
			j = k
			break
		}
	}
	if j < 0 {
		return false
	}
	for k := j - 1; k >= s.a && k >= j-8; k-- {
		t := d.toks[k]
		if isComma(t.Text) || t.Text == "." || t.Text == "؛" || t.Text == ":" {
			return false
		}
		if k < j-1 && d.conj[k] {
			continue // an earlier link of the chain («لتفقد … ومساعدة … وإجراء»)
		}
		if lamMasdar(t.Norm) && d.mentionAt[k] < 0 && d.placeAt[k] < 0 {
			for m := k - 1; m >= s.a && m >= k-6; m-- {
				if strings.HasPrefix(bareWord(d, m), "تعرض") {
					return false // «تعرضت القرية لقصف وتدمير»: what happened to the subject
				}
			}
			return true
		}
	}
	return false
}

// masdarShape reads a verbal noun of the derived patterns of five letters
// or more: إفعال، افتعال، استفعال (a long vowel before the last letter),
// تفعيل، تفاعل (not a verb «نفذت», «تقصف»).
func masdarShape(w string) bool {
	if strings.HasPrefix(w, "ال") {
		return false // «لتطوير الحوار والمفاوضات»: a definite noun, often the talks held
	}
	r := []rune(w)
	if len(r) < 5 {
		return false
	}
	switch r[0] {
	case 'ا':
		return r[len(r)-2] == 'ا'
	case 'ت':
		return r[len(r)-2] == 'ي' || r[2] == 'ا'
	}
	return false
}

// lamMasdar reads the purpose «لـ» on a verbal noun of the derived patterns
// (لإدخال، لإيجاد، لاستعادة، لتفقد، لتقديم), not «لـ» on a definite noun
// (للنازحين) nor a particle (لدى، لكن، لمدة).
func lamMasdar(w string) bool {
	if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لل") {
		return false
	}
	switch w[len("ل"):] {
	case "اعمال", "اطفال", "اموال":
		return false // plurals of the shape أفعال («لأعمال شغب واحتجاز رهائن»)
	}
	r := []rune(strings.TrimPrefix(w, "ل"))
	if len(r) < 4 {
		return false
	}
	switch r[len(r)-1] {
	case 'ا', 'ه', 'ي':
		return false // «لتركيا»، «لسوريا»: a name, not a verbal noun
	}
	switch r[0] {
	case 'ا':
		return r[len(r)-2] == 'ا' // إفعال، افتعال، استفعال
	case 'ت':
		return len(r) == 4 || r[len(r)-2] == 'ي' || r[2] == 'ا' // تفعّل، تفعيل، تفاعل
	}
	return false
}
