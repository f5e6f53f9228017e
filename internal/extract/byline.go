package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/source"
)

// yearRe finds a four-digit year; a byline date must contain one.
var yearRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)

// bylineDate finds the date written in the page's byline: the first short
// line of dates and times only ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث
// 14:00") that holds a full day, month and year. Zero if none.
func (r *rules) bylineDate(texts ...string) time.Time {
	for _, text := range texts {
		for _, raw := range strings.Split(text, "\n") {
			line := collapseSpace(raw)
			if line == "" || !r.isDateline(fold(line)) {
				continue
			}
			if t, ok := dateIn(line); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// dateIn tries the segments of a byline line, and windows of up to five
// words within them, as dates. A candidate counts only if it has a
// four-digit year and parses to that year, so that a bare year or a time
// of day is never taken for a date.
func dateIn(line string) (time.Time, bool) {
	line = strings.NewReplacer("(", " ", ")", " ", "|", "،").Replace(asciiDigitsOnly(line))
	for _, seg := range strings.FieldsFunc(line, func(r rune) bool { return r == '،' || r == ',' }) {
		words := strings.Fields(seg)
		for size := min(len(words), 5); size >= 1; size-- {
			for i := 0; i+size <= len(words); i++ {
				cand := strings.Join(words[i:i+size], " ")
				m := yearRe.FindStringSubmatch(cand)
				if m == nil {
					continue
				}
				t, ok := source.ParseDate(cand)
				if ok && t.Format("2006") == m[1] && !(t.Month() == time.January && t.Day() == 1 && !strings.Contains(cand, "1")) {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}

// asciiDigitsOnly maps Arabic-Indic digits to ASCII so that yearRe sees
// them.
func asciiDigitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}

// yearOnly reports whether t looks like a date known only to the year
// (htmldate falls back to 1 January when it finds just a year, for
// example in the URL).
func yearOnly(t time.Time) bool {
	return t.Month() == time.January && t.Day() == 1 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0
}
