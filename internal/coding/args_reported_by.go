package coding

// reportedBy reports a mention at token k that is the subject of a verb of
// telling in an attribution: «وفق ما أفاد المرصد», «حسبما أعلن الجيش»,
// «بحسب ما ذكرت الوكالة». Like attributed (args_round9.go), whom an
// account is attributed to is not the party the act was aimed at.
// partyAfter asks it for material acts only: a meeting or a deal is
// often told by one of its sides («… بحسب ما أعلن الكرملين» of a call
// with Putin), and that side is its party.
func reportedBy(d *doc, k, start int) bool {
	if k-2 < start || !tellingVerb(bareWord(d, k-1)) {
		return false
	}
	switch w := bareWord(d, k-2); w {
	case "حسبما", "وحسبما", "بحسبما":
		return true
	case "ما", "لما":
		if k-3 < start {
			return false
		}
		switch bareWord(d, k-3) {
		case "وفق", "وفقا", "حسب", "بحسب", "وبحسب", "طبقا":
			return true
		}
	}
	return false
}

// tellingVerb reports a past verb of telling, either gender. Normalised,
// without a conjunction.
func tellingVerb(w string) bool {
	switch w {
	case "افاد", "افادت", "اورد", "اوردت", "اعلن", "اعلنت", "ذكر", "ذكرت", "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "نقل", "نقلت", "اشار", "اشارت", "افادته", "اعلنه", "ذكره":
		return true
	}
	return false
}
