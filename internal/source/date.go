package source

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/itlightning/dateparse"
)

// dateLayouts are tried in order before the general parser: the formats
// news feeds and dumps actually use. Layouts without a zone read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"20060102T150405Z0700",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 Z0700",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"Monday, 2 January 2006",
	"Monday 2 January 2006",
	"January 2, 2006 15:04:05",
	"January 2, 2006",
	"Jan 2, 2006",
	"Monday, January 2, 2006",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"02/01/2006 15:04:05",
	"02/01/2006 15:04",
	"02/01/2006",
	"02-01-2006",
	"02.01.2006",
	"2.1.2006",
}

// ParseDate reads a publication date in the many forms found in the wild:
// RFC 3339, RFC 1123 ("Sun, 18 Feb 2018 21:35:43 +0400"), "2006-01-02",
// "2006-01-02 15:04:05", Unix seconds or milliseconds, "20060102", and
// dates with Arabic month names and digits ("18 فبراير ٢٠١٨"). Numeric
// dates are read day first (dd/mm/yyyy), as the Arab world writes them.
// Dates without a zone are UTC. It reports false for anything else,
// including years outside 1900..2200.
func ParseDate(s string) (t time.Time, ok bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 128 {
		return time.Time{}, false
	}
	s = asciiDigits(s)
	if hasArabicLetter(s) {
		s = englishMonths(s)
		if hasArabicLetter(s) {
			return time.Time{}, false
		}
	}
	if t, ok := parseUnix(s); ok {
		return t, true
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return checkYear(t)
		}
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(false), dateparse.RetryAmbiguousDateWithSwap(true))
	if err != nil {
		return time.Time{}, false
	}
	return checkYear(t)
}

func checkYear(t time.Time) (time.Time, bool) {
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return t, true
}

// parseUnix reads an all-digit string as a Unix time (seconds, or
// milliseconds when 12 digits or more) or as yyyymmdd when 8 digits.
func parseUnix(s string) (time.Time, bool) {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if intPart == "" || !allDigits(intPart) || hasFrac && (frac == "" || !allDigits(frac)) {
		return time.Time{}, false
	}
	if len(intPart) == 8 && !hasFrac {
		t, err := time.Parse("20060102", intPart)
		if err != nil {
			return time.Time{}, false
		}
		return checkYear(t)
	}
	if len(intPart) < 9 || len(intPart) > 14 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(intPart) >= 12 {
		return checkYear(time.UnixMilli(n).UTC())
	}
	var nsec int64
	if hasFrac {
		f, err := strconv.ParseFloat("0."+frac, 64)
		if err == nil {
			nsec = int64(f * 1e9)
		}
	}
	return checkYear(time.Unix(n, nsec).UTC())
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// asciiDigits maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r == '،':
			return ','
		}
		return r
	}, s)
}

func hasArabicLetter(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

//go:embed monthnames.txt
var monthNamesFile string

type monthName struct{ ar, en string }

// loadMonthNames parses monthnames.txt, longest names first so that
// "كانون الثاني" is replaced before "كانون".
func loadMonthNames(src string) ([]monthName, error) {
	var out []monthName
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ar, en, ok := strings.Cut(line, "\t")
		ar, en = strings.TrimSpace(ar), strings.TrimSpace(en)
		if !ok || ar == "" || en == "" {
			return nil, fmt.Errorf("monthnames.txt line %d: want name<TAB>English, got %q", n, line)
		}
		if en != "-" {
			if _, err := time.Parse("January", en); err != nil {
				return nil, fmt.Errorf("monthnames.txt line %d: %q is not an English month", n, en)
			}
		}
		out = append(out, monthName{ar, en})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].ar) > len(out[j].ar) })
	return out, sc.Err()
}

var monthNames = sync.OnceValues(func() ([]monthName, error) { return loadMonthNames(monthNamesFile) })

// englishMonths rewrites Arabic month and weekday names as English ones
// and drops the "/" pairs news sites write ("آذار/مارس" → "March").
func englishMonths(s string) string {
	names, err := monthNames()
	if err != nil {
		return s
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '/' || r == ','
	})
	text := " " + strings.Join(words, " ") + " "
	for _, m := range names {
		rep := " " + m.en + " "
		if m.en == "-" {
			rep = " "
		}
		for strings.Contains(text, " "+m.ar+" ") {
			text = strings.Replace(text, " "+m.ar+" ", rep, 1)
		}
	}
	// "March March 2019" (from "آذار/مارس") → "March 2019".
	f := strings.Fields(text)
	out := f[:0]
	for i, w := range f {
		if i > 0 && w == f[i-1] {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
