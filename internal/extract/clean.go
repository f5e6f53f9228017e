package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed boilerplate.txt
var boilerplateFile string

// maxRuleLine is the length (in runes) above which a line is treated as
// article prose and never dropped by a phrase rule: boilerplate is short.
const maxRuleLine = 200

// rules is the parsed boilerplate.txt: folded phrases by kind.
type rules struct {
	prefix   []string
	contains []string
	equal    map[string]bool
	social   map[string]bool
	tail     map[string]bool
	end      []string
	dateword map[string]bool
}

// parseRules reads the boilerplate rule file format described at the top of
// boilerplate.txt.
func parseRules(src string) (*rules, error) {
	r := &rules{equal: map[string]bool{}, social: map[string]bool{}, tail: map[string]bool{}, dateword: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, phrase, ok := strings.Cut(line, "\t")
		phrase = fold(strings.TrimSpace(phrase))
		if !ok || phrase == "" {
			return nil, fmt.Errorf("boilerplate rules line %d: want KIND<TAB>phrase, got %q", n, line)
		}
		switch kind {
		case "prefix":
			r.prefix = append(r.prefix, phrase)
		case "contains":
			r.contains = append(r.contains, phrase)
		case "equal":
			r.equal[phrase] = true
		case "social":
			r.social[phrase] = true
		case "tail":
			r.tail[phrase] = true
		case "end":
			r.end = append(r.end, phrase)
		case "dateword":
			r.dateword[phrase] = true
		default:
			return nil, fmt.Errorf("boilerplate rules line %d: unknown kind %q", n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("boilerplate rules: %w", err)
	}
	return r, nil
}

// fold maps s to the form rules are matched in: Arabic diacritics and
// tatweel removed, alef/hamza forms unified, ى→ي, ة→ه, Latin lower-cased,
// punctuation turned to spaces and runs of space collapsed.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, dagger alef, tatweel
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '©' {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// clean turns raw extracted text into Marsad's form: one paragraph per
// line, whitespace collapsed, boilerplate and scraper junk removed. A first
// line that repeats the title is dropped: the title is kept apart.
func (r *rules) clean(text, title string) string {
	var lines, lead []string
	started := false
	seen := map[string]bool{}
	if t := fold(title); t != "" {
		seen[t] = true
	}
	total := paragraphCount(text)
	half := total / 2
	// Footer phrases (comment policies, copyright) end the article only
	// near its end, so a story that mentions a privacy policy mid-text
	// keeps its last paragraphs.
	nearEnd := total - max(3, total*15/100)
	n := 0
	for _, raw := range strings.Split(text, "\n") {
		if strings.TrimSpace(raw) != "" {
			n++
		}
		line := collapseSpace(raw)
		line = stripWatermarks(line)
		if line == "" || !hasLetter(line) {
			continue
		}
		f := fold(line)
		if len(lines) > 0 && (n > half && r.isTail(f) || n > nearEnd && r.isEnd(f)) {
			break
		}
		if r.isBoilerplate(line, f) || r.isDateline(f) || isLabel(line) {
			continue
		}
		// Before the first real paragraph, a line of three words or fewer
		// is a section name or kicker ("العالم العربي"), not the story;
		// they are kept only if no longer line ever comes.
		if !started && len(strings.Fields(f)) <= 3 {
			lead = append(lead, line)
			continue
		}
		started = true
		// A repeated line is navigation, a caption or a duplicated block.
		if seen[f] {
			continue
		}
		seen[f] = true
		lines = append(lines, line)
	}
	if !started {
		lines = dedupeLines(lead)
	}
	return strings.Join(lines, "\n")
}

// dedupeLines drops repeated lines, keeping the first.
func dedupeLines(ls []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range ls {
		if f := fold(l); !seen[f] {
			seen[f] = true
			out = append(out, l)
		}
	}
	return out
}

// paragraphCount counts the non-blank lines of text.
func paragraphCount(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// isTail reports whether the folded line is a heading that starts what
// follows an article: related news, comments.
func (r *rules) isTail(f string) bool {
	if len(strings.Fields(f)) > 6 {
		return false
	}
	for t := range r.tail {
		if strings.HasPrefix(f, t) && (len(f) == len(t) || f[len(t)] == ' ') {
			return true
		}
	}
	return false
}

// isEnd reports whether the folded line is a site footer: a comment policy
// or copyright notice.
func (r *rules) isEnd(f string) bool {
	for _, e := range r.end {
		if strings.Contains(f, e) {
			return true
		}
	}
	return false
}

// isDateline reports whether the folded line is a short byline of dates
// and times only.
func (r *rules) isDateline(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 16 {
		return false
	}
	dated := false
	for _, w := range words {
		switch {
		case isNumber(w):
		case r.dateword[w]:
			dated = true
		case r.social[w]:
		default:
			return false
		}
	}
	return dated
}

// isLabel reports whether line is a one- or two-word label ending in a
// colon ("الموضوع:"), left over from a page's metadata block.
func isLabel(line string) bool {
	line = strings.TrimSpace(line)
	return (strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：")) && len(strings.Fields(line)) <= 2
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (r *rules) isBoilerplate(line, f string) bool {
	if utf8.RuneCountInString(line) > maxRuleLine {
		return false
	}
	if r.equal[f] {
		return true
	}
	for _, p := range r.prefix {
		if strings.HasPrefix(f, p) && (len(f) == len(p) || f[len(p)] == ' ') {
			return true
		}
	}
	for _, c := range r.contains {
		if strings.Contains(f, c) {
			return true
		}
	}
	return r.isSocial(f)
}

// isSocial reports whether the folded line is made only of share-button
// words ("فيسبوك تويتر واتساب").
func (r *rules) isSocial(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 {
		return false
	}
	for i := 0; i < len(words); {
		// Try two-word entries first ("فيس بوك", "copy link").
		if i+1 < len(words) && r.social[words[i]+" "+words[i+1]] {
			i += 2
			continue
		}
		if !r.social[words[i]] {
			return false
		}
		i++
	}
	return true
}

// collapseSpace trims s and turns every run of white space (including NBSP
// and zero-width characters) into one ASCII space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0' {
			space = b.Len() > 0
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripWatermarks removes base64-looking tokens (scraper watermarks,
// tracking ids) from a line: 32 or more characters from the base64
// alphabet mixing letters and digits or cases.
func stripWatermarks(line string) string {
	if len(line) < 32 {
		return line
	}
	words := strings.Fields(line)
	kept := words[:0]
	dropped := false
	for _, w := range words {
		if isBase64ish(w) {
			dropped = true
			continue
		}
		kept = append(kept, w)
	}
	if !dropped {
		return line
	}
	return strings.Join(kept, " ")
}

func isBase64ish(w string) bool {
	if len(w) < 32 || strings.Contains(w, "://") {
		return false
	}
	var lower, upper, digit int
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9':
			digit++
		case c == '+' || c == '/' || c == '=' || c == '_' || c == '-':
		default:
			return false
		}
	}
	mixed := 0
	for _, n := range []int{lower, upper, digit} {
		if n > 0 {
			mixed++
		}
	}
	return mixed >= 2
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
