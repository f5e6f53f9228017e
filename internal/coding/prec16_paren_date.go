package coding

// Eleventh session (prec16): a month told between commas next to the act.
//
// A month or a year set off by commas inside the act's clause dates the act
// the clause tells: «وكانت الشرطة اعتقلت، في فبراير الماضي، 29 امرأة»,
// «وسيطرت قوات سوريا الديمقراطية، …، في أكتوبر الماضي، على مدينة الرقة»,
// «وأعلن المجلس، في يوليو الماضي، عن محادثاته». The date reader skips a
// month with a comma between it and the trigger (a month further off in the
// sentence dates something else), so such acts took the report's own day and
// were coded as news. parenDate lets the parenthetical month through when it
// is near the trigger.

// parenDate reports a month or year date that stands between commas (a
// comma before it or before its cue «في/خلال/مطلع …», and a comma or the
// sentence's end after it), within twelve words of the trigger (a subject
// with an apposition may stand between: «وسيطرت قوات سوريا الديمقراطية،
// فصائل كردية وعربية مدعومة أميركيا، في أكتوبر الماضي، على مدينة الرقة»).
func parenDate(d *doc, h *hit, de *DateExpr) bool {
	if de.Precision != PrecMonth && de.Precision != PrecYear {
		return false
	}
	if stripArticle(d.toks[de.TokStart].Norm) == "شهر" {
		return false // «هاجم القيادة الإيرانية، الشهر الماضي،»: may be within the month
	}
	s := d.sents[h.sent]
	k := de.TokStart - 1
	if k >= s.a && parenCue[d.toks[k].Norm] {
		k--
	}
	if k < s.a || !isComma(d.toks[k].Text) {
		return false
	}
	if de.TokEnd < s.b && !isComma(d.toks[de.TokEnd].Text) && d.toks[de.TokEnd].Text != "." {
		return false
	}
	for k := h.last() + 1; k < de.TokStart; k++ {
		switch d.toks[k].Norm {
		case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي":
			return false // «تحرير معسكر العمري، الذي سقط في أيدي الحوثيين، مطلع يناير 2015،»: the relative clause's date
		}
	}
	dist := de.TokStart - h.last()
	if dist < 0 {
		dist = h.head() - de.TokEnd
	}
	return dist <= 12
}

var parenCue = map[string]bool{
	"في": true, "خلال": true, "مطلع": true, "اواخر": true, "اوايل": true,
	"منتصف": true, "نهايه": true, "بدايه": true,
}

func isComma(t string) bool { return t == "،" || t == "," }
