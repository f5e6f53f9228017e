package actor

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A minister's or a ministry's portfolio may be a word after the role
// («وزير التربية») and may join a second one with «و» («والتعليم»,
// «والتعاون الدولي», «وشؤون المغتربين»); the nisba that gives the
// country comes after all of it. Read without the portfolio, the phrase
// lost its country and the second portfolio read as a party of its own.

// ministerial reports a minister or a ministry (not a prime minister:
// «رئيس الوزراء» has no portfolio), the roles that have portfolios; other
// roles joined by «و» are two parties («الحكومة الشرعية والشعب اليمني»).
func ministerial(r Role) bool {
	return (r.Type == RolePerson || r.Type == RoleBody) && strings.Contains(r.English, "minist") && !strings.Contains(r.English, "prime") && !strings.Contains(r.English, "administration")
}

// portfolioEnd returns the token after the portfolio that starts at j
// after role hit r, or j when none does: an optional definite word after
// a role that ends bare («وزير | التربية»), then a word joined by «و»
// and at most one word after it. No word of it may be a nisba, a role or
// a dictionary name, and the joined word must be there.
func (d *Dictionary) portfolioEnd(toks []arabic.Token, j int, r roleHit) int {
	plain := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != arabic.Word {
			return false
		}
		if _, ok := d.nisbaAt(toks, k); ok {
			return false
		}
		var buf [8]firstKey
		fks := d.firstKeys(toks[k], buf[:0])
		if hasRoles(fks) {
			return false
		}
		_, ok := d.matchKeys(toks, k, fks)
		return !ok
	}
	k := j
	if !strings.HasPrefix(toks[r.end-1].Norm, "ال") && plain(k) && strings.HasPrefix(toks[k].Norm, "ال") {
		k++ // «وزير | التربية»
	}
	if k == r.end && !strings.HasPrefix(toks[r.end-1].Norm, "ال") {
		return j // a bare role with no portfolio: «وزير وسفير»
	}
	if !plain(k) || !strings.HasPrefix(toks[k].Norm, "و") || len([]rune(toks[k].Norm)) < 4 {
		return j
	}
	k++
	if plain(k) && !strings.HasPrefix(toks[k].Norm, "و") {
		if _, ok := d.nisbaAt(toks, k); !ok {
			if k+1 < len(toks) {
				if _, ok := d.nisbaAt(toks, k+1); ok {
					return k + 1 // «وشؤون المغتربين | الأردني»
				}
			}
		}
	}
	return k
}
