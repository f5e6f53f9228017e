package coding

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

//go:embed data/nisba.txt
var nisbaData []byte

// ParseNisba reads a nisba table (data/nisba.txt): lines of an ISO 3166-1
// alpha-3 code and the masculine singular adjectives of that country. It
// returns a map from every normalised form (feminine, plurals, with and
// without the article) to the code.
func ParseNisba(b []byte) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 || len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
			return nil, marsad.Errorf(marsad.EINVALID, "nisba line %d: want ISO3 and adjectives, got %q", n, line)
		}
		for _, w := range f[1:] {
			m := arabic.Normalize(w)
			if !strings.HasSuffix(m, "ي") || len([]rune(m)) < 3 {
				return nil, marsad.Errorf(marsad.EINVALID, "nisba line %d: %q is not a masculine nisba (…ي)", n, w)
			}
			for _, form := range []string{m, m + "ه", m + "ون", m + "ين"} {
				for _, art := range []string{"", "ال"} {
					k := art + form
					if old, ok := out[k]; ok && old != f[0] {
						return nil, marsad.Errorf(marsad.EINVALID, "nisba line %d: %q is already %s", n, w, old)
					}
					out[k] = f[0]
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "nisba: %v", err)
	}
	if len(out) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "nisba: empty table")
	}
	return out, nil
}

// nisbaCountry returns the country of the last nisba adjective in tokens
// [a,b), or "".
func (c *Coder) nisbaCountry(d *doc, a, b int) string {
	for k := b - 1; k >= a; k-- {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		for _, key := range d.keys[k] {
			if code := c.nisba[key]; code != "" {
				return code
			}
		}
	}
	return ""
}

// armedHeads are head nouns of armed bodies: a national phrase headed by one
// is MIL, any other is GOV.
var armedHeads = []string{"قوات", "القوات", "جيش", "الجيش", "طائرات", "الطائرات", "طايرات", "الطايرات", "طيران", "الطيران", "دبابات", "الدبابات", "مدفعيه", "المدفعيه", "البحريه", "سلاح", "مقاتلات", "المقاتلات", "بوارج", "جنود", "الجنود", "وحدات", "مدفعي", "صاروخي", "جوي"}

// nationalActor builds a party from a phrase that names no known actor but
// carries a country's nisba: «الطائرات الحربية السورية» → SYR MIL,
// «بالموقف الأميركي» → USA GOV.
func (c *Coder) nationalActor(d *doc, p np, name string) *marsad.Actor {
	if !p.ok() {
		return nil
	}
	code := c.nisbaCountry(d, p.a, p.b)
	if code == "" {
		return nil
	}
	sector := "GOV"
	head := bareWord(d, p.a)
	for _, h := range armedHeads {
		if head == h || strings.TrimPrefix(head, "ب") == h || strings.TrimPrefix(head, "ل") == h {
			sector = "MIL"
		}
	}
	return &marsad.Actor{Name: name, Country: code, Sector: sector}
}
