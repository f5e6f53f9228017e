package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// Round 9: actor and recipient errors read on the unseen tune sets, each
// rule kept only after a reading of its changes on 400 politics articles.

// attributed reports a mention at token k that is the source an account
// is attributed to: «…، وفق المصادر الطبية», «بحسب الأمم المتحدة»,
// «نقلا عن مصدر». Who tells of an act is not the party it was aimed at.
func attributed(d *doc, k, start int) bool {
	for j := k - 1; j >= start && j >= k-2; j-- {
		switch w := d.toks[j].Norm; w {
		case "وفق", "وفقا", "حسب", "بحسب", "وبحسب", "وحسب", "طبقا", "نقلا":
			return true
		case "عن", "ل", "لـ":
			continue // «نقلا عن», «وفقا لـ» written apart
		}
		return false
	}
	return false
}

// reporterName reports a party named only as the source of an account:
// «مصادر عسكرية», «مصدر في الوزارة», «المصادر الطبية», «شهود عيان». It
// tells of a material act; it neither does it nor suffers it.
func reporterName(a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	f := strings.Fields(a.Name)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimPrefix(f[0], "و")
	switch w {
	case "مصادر", "مصدر", "المصادر", "المصدر", "شهود", "الشهود":
		return true
	}
	return false
}

// dropReporters removes a source of the account from the parties of a
// material act (verbal acts keep it: «طالب مصدر في الوزارة …» is its
// speaker).
func dropReporters(t string, ev *marsad.Event, fb *fallback) {
	if verbal(t) || t == "CONSULT" {
		return
	}
	if reporterName(ev.Actor) {
		ev.Actor = nil
	}
	if reporterName(ev.Recipient) {
		ev.Recipient = nil
	}
	if reporterName(fb.actor) {
		fb.actor = nil
	}
	if reporterName(fb.recip) {
		fb.recip = nil
	}
}
