package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// attributedAntecedent reads «…، وفق/بحسب/حسب X الذي أضاف أن …» and
// «وفقا لـX، التي ذكرت أن …» at the reporting verb i: X, the source the
// sentence is attributed to, says what the relative clause reports — not
// the nearest party before it («قوات النظام وعناصر إيرانية، وفق المرصد
// الذي أضاف أن …»). The verb must have no subject of its own: what is said
// follows it at once («أن», «إلى أن», «بأن», after «أيضا»), so «وحسب هذه
// المعلومات التي قال نتانياهو إن …» keeps نتانياهو.
//
// A bare definite noun («المتحدث», «الوكالة») that names the speaker before
// (cur: «متحدث باسم الفصائل», «وكالة الأنباء الجزائرية») is that speaker.
func (c *Coder) attributedAntecedent(d *doc, i int, s sent, cur speaker) (speaker, bool) {
	if i < s.a+3 || i+1 >= s.b || d.toks[i].Kind != arabic.Word {
		return speaker{}, false
	}
	if n := d.toks[i-1].Norm; n != "الذي" && n != "التي" {
		return speaker{}, false
	}
	j := i + 1
	if d.toks[j].Norm == "ايضا" && j+1 < s.b {
		j++
	}
	if (d.toks[j].Norm == "الي" || d.toks[j].Norm == "علي") && j+1 < s.b {
		j++
	}
	if !complementiser(d, j) {
		return speaker{}, false
	}
	e := i - 1
	if d.toks[e-1].Text == "،" {
		e--
	}
	for p := e - 1; p >= s.a && p >= e-8; p-- {
		t := d.toks[p]
		if t.Kind == arabic.Punct {
			if quoteMarks[t.Text] != "" || t.Text == "(" || t.Text == ")" {
				continue
			}
			return speaker{}, false
		}
		w := d.toks[p].Norm
		switch w {
		case "وفق", "وفقا", "ووفق", "ووفقا", "بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "وحسبما", "بحسبما":
		default:
			continue
		}
		w = strings.TrimPrefix(w, "و")
		a := p + 1
		if a < e && (strings.HasSuffix(w, "حسبما") || d.toks[a].Norm == "ما" || d.toks[a].Norm == "لما") {
			// «حسبما نقلت وكالة X، التي …», «بحسب ما ذكرت X التي …»
			if d.toks[a].Norm == "ما" || d.toks[a].Norm == "لما" {
				a++
			}
			if a < e && c.reportingAt(d, a) {
				a++
			}
		}
		if a >= e || d.toks[a].Kind != arabic.Word {
			return speaker{}, false
		}
		name, _ := d.spanText(a, e)
		name = strings.Trim(name, " ،,«»“”()")
		name = withoutLam(name)
		if name == "" || c.reportingAt(d, a) {
			return speaker{}, false
		}
		if ws := strings.Fields(arabic.Normalize(name)); len(ws) == 1 && cur.name != "" && strings.HasPrefix(ws[0], "ال") &&
			strings.Contains(arabic.Normalize(cur.name), strings.TrimPrefix(ws[0], "ال")) {
			return cur, true
		}
		return speaker{name: name, actor: d.firstActor(a, e, name)}, true
	}
	return speaker{}, false
}
