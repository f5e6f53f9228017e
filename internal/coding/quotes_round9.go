package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// replySpeaker finds who speaks through a participle at i («قائلا»,
// «مؤكدا») when a reply verb with its own named subject stands right
// before it, late in the sentence: «…، متوعدا بعقوبات، وهو الأمر الذي رد
// عليه الرئيس الإيراني، حسن روحاني قائلا إن …». The one who replied
// speaks, not the subject of the sentence's opening verb. The subject's
// phrase must run up to the participle (commas aside).
func (c *Coder) replySpeaker(d *doc, a, i int) (speaker, bool) {
	for k := i - 1; k >= a && k >= i-12; k-- {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" {
			return speaker{}, false // a quotation or a clause mark between
		}
		switch d.toks[k].Norm {
		case "رد", "ردت", "ورد", "وردت", "فرد", "فردت":
		default:
			continue
		}
		j := k + 1
		if j < i {
			switch d.toks[j].Norm {
			case "عليه", "عليها", "عليهم", "عليهما":
				j++
			}
		}
		if j >= i || d.mentionAt[j] < 0 {
			return speaker{}, false
		}
		sp, ok := c.speakerAfter(d, j-1, i)
		if !ok || sp.actor == nil {
			return speaker{}, false
		}
		for e := sp.end; e < i; e++ {
			if d.toks[e].Kind != arabic.Punct && d.mentionAt[e] < 0 {
				return speaker{}, false // more words between the name and the participle
			}
		}
		return sp, true
	}
	return speaker{}, false
}

// describedPhrase reports one definite noun in [a,b), alone or with the
// nisba adjectives of one linked name («المحتجين», «الجيش الإسرائيلي»):
// after «وصف» and before «بأنه» it is whom the unwritten subject
// described. Two names («المحطة الكربي», «المسماري العشماوي») are a
// subject and its object.
func describedPhrase(d *doc, a, b int) bool {
	words, m := 0, int32(-1)
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			if t.Text == "#" || t.Text == "_" {
				continue
			}
			return false
		}
		if !definite(t.Norm) {
			return false
		}
		if words == 0 {
			m = int32(d.mentionAt[k])
		} else if m < 0 || int32(d.mentionAt[k]) != m || !nisbaEnding(strings.TrimPrefix(t.Norm, "ال")) {
			return false
		}
		words++
	}
	return words >= 1 && words <= 3
}

// nisbaEnding reports a nisba adjective's endings (ي، ية، يين، يون).
func nisbaEnding(w string) bool {
	for _, suf := range []string{"يه", "يين", "يون", "يان", "ي"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}
