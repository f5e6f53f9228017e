package coding

// The tolls of count(): where the number of the killed sits when the act's
// trigger does not stand beside it, and which toll an event keeps when its
// tellings merge.

// countWindow is the stretch of the hit's sentence count() reads: four
// words before the trigger to ten after it, widened back to «لقي» when the
// trigger is the «مصرعهم» of «لقي 13 عنصرا … مصرعهم», and on to a toll
// clause that follows an attack in its sentence («استهدف انفجار موكبا … ما
// أسفر عن سبعة جرحى», «… أوقع 29 قتيلا»); a condemnation or a call about
// the attack is no toll of its own.
func (c *Coder) countWindow(d *doc, h *hit) (from, to int) {
	s := d.sents[h.sent]
	from, to = max(s.a, h.head()-4), min(s.b, h.last()+10)
	if d.has(h.head(), c.lx.deaths) {
		for k := h.head() - 1; k >= s.a && k >= h.head()-14; k-- {
			if d.toks[k].Text == "،" || d.toks[k].Text == "," {
				break
			}
			if d.has(k, c.lx.met) {
				from = min(from, k)
				break
			}
		}
	}
	for k := h.last() + 1; h.trig.Type == "ASSAULT" && k < s.b && k <= h.last()+25; k++ {
		if d.has(k, c.lx.toll) {
			to = max(to, min(s.b, k+8))
			break
		}
	}
	return from, to
}

// dualPerson reports a dual at token k that counts two people for a
// material act: a noun whose plural is broken, so the form cannot be a
// plural («جنديين», «شخصين», «وزيرين»; not «مدنيين»). event() asks it of
// the act's recipient («اعتقلت الشرطة شخصين», «أفرجت السلطات عن شخصين»);
// count() of a word told as the object right after the trigger («اعتقلت
// جنديين», «عقوبات على وزيرين») or after a word of death or injury («أسفر
// عن إصابة شخصين»), see dualCounted. A statement's «البلدين» or a
// meeting's «الوزيرين» is no count.
func (c *Coder) dualPerson(d *doc, h *hit, k int) bool {
	switch h.trig.Type {
	case "ASSAULT", "COERCE", "SANCTION", "RETREAT":
		return d.has(k, c.lx.dual)
	}
	return false
}

// dualCounted is dualPerson for a word count() meets, which must stand
// where the act's toll or object does: the arresters before the verb
// («شرطيين أوقفوا المحكوم») are no count.
func (c *Coder) dualCounted(d *doc, h *hit, k int) bool {
	if !c.dualPerson(d, h, k) {
		return false
	}
	object := k == h.last()+1 || (k == h.last()+2 && (bareWord(d, k-1) == "علي" || bareWord(d, k-1) == "عن")) // (normalised «على»)
	return object || d.has(k-1, c.lx.deaths) || d.has(k-1, c.lx.injuries)
}

// qualifier holds the (normalised) words that hedge a number: «أكثر من»,
// «نحو», «ما لا يقل عن», «قرابة».
var qualifier = wordSet([]string{"أكثر", "اكثر", "من", "نحو", "حوالي", "قرابة", "زهاء", "ما", "لا", "يقل", "يزيد", "عن", "على"})

// metDeath reports a number of the killed that no word of death stands
// beside: one after a word of death and a hedge («مقتل أكثر من عشرة»), one told between «لقي» and «مصرعهم/حتفهم» («لقي ما لا يقل عن 13
// عنصرا من الميليشيا مصرعهم»), or followed within four words by a verb of
// death («إن 12 شخصا على الأقل قتلوا»).
func (c *Coder) metDeath(d *doc, start, end, sentEnd int) bool {
	q := start - 1
	for q >= 0 && q >= start-4 && qualifier[bareWord(d, q)] {
		q-- // «مقتل أكثر من عشرة», «مقتل ما لا يقل عن 13»
	}
	if q < start-1 && d.has(q, c.lx.deaths) {
		return true
	}
	for k := end; k < sentEnd && k < end+4; k++ {
		if d.toks[k].Text == "،" || d.toks[k].Text == "," {
			break
		}
		if d.has(k, c.lx.killed) {
			return true
		}
	}
	met := false
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if d.has(k, c.lx.met) {
			met = true
			break
		}
	}
	if !met {
		return false
	}
	for k := end; k < sentEnd && k < end+12; k++ {
		if d.toks[k].Text == "،" || d.toks[k].Text == "," {
			return false
		}
		if d.has(k, c.lx.deaths) {
			return true
		}
	}
	return false
}

// takeCount gives a merged event the toll of the telling it absorbs when
// that toll is of the killed and its own is not («لقي 12 شخصا مصرعهم وجرح
// 50 آخرون في قصف»: 12, not 50), or, counting the same kind, when it is
// larger (a running toll rises as the story is told).
func takeCount(o, e *coded) {
	switch {
	case e.Count == nil:
	case o.Count == nil, e.killed && !o.killed, e.killed == o.killed && *e.Count > *o.Count:
		o.Count, o.killed = e.Count, e.killed
	}
}
