package extract

import (
	"bytes"
	"fmt"
	"net/http"
	nurl "net/url"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/marsad/marsad"
)

// Result is what Extract finds in a page. Text holds one paragraph per line
// ("\n" between paragraphs), already cleaned of boilerplate.
type Result struct {
	Title        string
	Text         string
	Author       string
	SiteName     string
	Lang         string    // primary language subtag, e.g. "ar"
	Published    time.Time // zero when no date was found
	CanonicalURL string
}

// Method selects which library supplies the text and metadata. Combined is
// the default; the others exist to measure each library alone.
type Method int

const (
	// Combined takes text from readability, falling back to trafilatura
	// when readability's is poor, and the date from the page's own metadata,
	// then trafilatura/htmldate, then readability.
	Combined Method = iota
	// Readability uses go-readability alone.
	Readability
	// Trafilatura uses go-trafilatura (with htmldate) alone.
	Trafilatura
)

func (m Method) String() string {
	switch m {
	case Combined:
		return "combined"
	case Readability:
		return "readability"
	case Trafilatura:
		return "trafilatura"
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// Defaults for Config.
const (
	DefaultMaxBytes    = 10 << 20
	DefaultMaxElements = 30000
)

// Config configures an Extractor. The zero value is usable: Validate fills
// in defaults.
type Config struct {
	MaxBytes int64 // pages larger than this are refused with ETOOLARGE; 0 = DefaultMaxBytes
	// MaxElements refuses (ETOOLARGE) a page with more HTML elements: it
	// bounds the time one page can take (a 20,000-paragraph page takes
	// seconds, see BenchmarkExtractSynthetic), and a news page has a few
	// thousand. 0 = DefaultMaxElements.
	MaxElements int
	Method      Method // Combined unless measuring
	// MinTextRunes is the length below which readability's text counts as
	// poor and trafilatura's is preferred; 0 = 250.
	MinTextRunes int
	// KeepBoilerplate skips the cleaning pass (link-only blocks and the
	// boilerplate.txt rules); whitespace is still collapsed. It exists to
	// measure what cleaning adds.
	KeepBoilerplate bool
}

// Validate checks c and fills in defaults.
func (c *Config) Validate() error {
	if c.MaxBytes < 0 {
		return marsad.Errorf(marsad.EINVALID, "extract: max bytes %d is negative", c.MaxBytes)
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.MaxElements < 0 {
		return marsad.Errorf(marsad.EINVALID, "extract: max elements %d is negative", c.MaxElements)
	}
	if c.MaxElements == 0 {
		c.MaxElements = DefaultMaxElements
	}
	if c.Method < Combined || c.Method > Trafilatura {
		return marsad.Errorf(marsad.EINVALID, "extract: unknown method %d", int(c.Method))
	}
	if c.MinTextRunes < 0 {
		return marsad.Errorf(marsad.EINVALID, "extract: min text runes %d is negative", c.MinTextRunes)
	}
	if c.MinTextRunes == 0 {
		c.MinTextRunes = 250
	}
	return nil
}

// Extractor extracts main text and metadata from HTML pages. It is safe for
// concurrent use.
type Extractor struct {
	cfg   Config
	rules *rules
}

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	r, err := parseRules(boilerplateFile)
	if err != nil {
		return nil, fmt.Errorf("load boilerplate rules: %w", err)
	}
	return &Extractor{cfg: cfg, rules: r}, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Config{}) })

// Extract extracts a page with the default configuration. See
// Extractor.Extract.
func Extract(page []byte, pageURL string) (*Result, error) {
	x, err := defaultExtractor()
	if err != nil {
		return nil, err
	}
	return x.Extract(page, pageURL)
}

// Extract returns the main text and metadata of page, fetched from pageURL
// (which may be empty). It refuses, with EINVALID, input that is empty, not
// HTML or has no main text, and with ETOOLARGE a page over the size cap. It
// never panics.
func (x *Extractor) Extract(page []byte, pageURL string) (res *Result, err error) {
	if int64(len(page)) > x.cfg.MaxBytes {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "page is %d bytes, over the %d-byte limit", len(page), x.cfg.MaxBytes)
	}
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "empty page")
	}
	if !looksLikeText(page) {
		return nil, marsad.Errorf(marsad.EINVALID, "not an HTML page (binary content)")
	}
	page, err = toUTF8(page)
	if err != nil {
		return nil, err
	}
	var u *nurl.URL
	if pageURL != "" {
		if pu, perr := nurl.Parse(pageURL); perr == nil && pu.Scheme != "" && pu.Host != "" {
			u = pu
		}
	}

	defer func() {
		if p := recover(); p != nil {
			res = nil
			err = &marsad.Error{Code: marsad.EINVALID, Message: "cannot extract page", Err: fmt.Errorf("panic: %v", p)}
		}
	}()

	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "cannot parse HTML", Err: err}
	}
	if n := countElements(doc, x.cfg.MaxElements); n > x.cfg.MaxElements {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "page has over %d HTML elements", x.cfg.MaxElements)
	}
	meta := readMeta(doc)

	var rd *readText
	var tr *trafilatura.ExtractResult
	if x.cfg.Method != Trafilatura {
		rd = runReadability(doc, u, !x.cfg.KeepBoilerplate)
	}
	if x.cfg.Method != Readability {
		var known *time.Time
		if x.cfg.Method == Combined && !meta.Published.IsZero() {
			known = &meta.Published // the page states it: skip htmldate's costly search
		}
		tr = runTrafilatura(doc, u, known)
	}
	res = x.combine(meta, rd, tr)
	if res.Text == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "no main text found in page")
	}
	return res, nil
}

// readText is readability's output reduced to what we use.
type readText struct {
	text, title, byline, site, lang string
	published                       time.Time
}

func runReadability(doc *html.Node, u *nurl.URL, dropLinks bool) *readText {
	p := readability.NewParser()
	a, err := p.ParseDocument(doc, u)
	if err != nil {
		return nil
	}
	r := &readText{title: a.Title(), byline: a.Byline(), site: a.SiteName(), lang: a.Language()}
	if a.Node != nil {
		if dropLinks {
			dropLinkBlocks(a.Node)
		}
		r.text = render.InnerText(a.Node)
	}
	if t, err := a.PublishedTime(); err == nil && t.Year() >= 1990 && t.Year() <= 2100 {
		r.published = t
	}
	return r
}

// runTrafilatura runs trafilatura with htmldate's extensive search (it
// finds 7 of 8 gold dates against 5 for the fast mode, see
// docs/parts/extract.md), unless the date is already known.
func runTrafilatura(doc *html.Node, u *nurl.URL, known *time.Time) *trafilatura.ExtractResult {
	opts := trafilatura.Options{
		OriginalURL:     u,
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Extensive,
	}
	if known != nil {
		opts.HtmlDateOverride = &htmldate.Result{DateTime: *known, HasTime: true}
	}
	r, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return nil
	}
	return r
}

// combine merges the candidates according to the configured method.
func (x *Extractor) combine(meta pageMeta, rd *readText, tr *trafilatura.ExtractResult) *Result {
	res := &Result{CanonicalURL: meta.Canonical, Lang: meta.Lang}
	var rdText, trText string
	if rd != nil {
		rdText = x.clean(rd.text, firstNonEmpty(rd.title, meta.Title))
	}
	if tr != nil {
		// Render the content tree rather than use ContentText, which runs
		// paragraphs together on one line.
		raw := tr.ContentText
		if tr.ContentNode != nil {
			if !x.cfg.KeepBoilerplate {
				dropLinkBlocks(tr.ContentNode)
			}
			raw = render.InnerText(tr.ContentNode)
		}
		trText = x.clean(raw, firstNonEmpty(tr.Metadata.Title, meta.Title))
	}
	switch x.cfg.Method {
	case Readability:
		if rd != nil {
			res.Text, res.Title, res.Author, res.SiteName, res.Published = rdText, rd.title, rd.byline, rd.site, rd.published
			res.Lang = firstNonEmpty(primaryLang(rd.lang), res.Lang)
		}
	case Trafilatura:
		if tr != nil {
			md := tr.Metadata
			res.Text, res.Title, res.Author, res.SiteName, res.Published = trText, md.Title, md.Author, md.Sitename, md.Date
			res.Lang = firstNonEmpty(primaryLang(md.Language), res.Lang)
			res.CanonicalURL = firstNonEmpty(md.URL, res.CanonicalURL)
		}
	default:
		res.Text = rdText
		if runeLen(rdText) < x.cfg.MinTextRunes && runeLen(trText) > runeLen(rdText) {
			res.Text = trText
		}
		var md trafilatura.Metadata
		if tr != nil {
			md = tr.Metadata
		}
		if rd == nil {
			rd = &readText{}
		}
		res.Title = firstNonEmpty(md.Title, meta.Title, rd.title)
		res.Author = firstNonEmpty(md.Author, meta.Author, rd.byline)
		res.SiteName = firstNonEmpty(md.Sitename, meta.SiteName, rd.site)
		res.Lang = firstNonEmpty(res.Lang, primaryLang(md.Language), primaryLang(rd.lang))
		res.CanonicalURL = firstNonEmpty(res.CanonicalURL, md.URL)
		var trRaw string
		if tr != nil {
			trRaw = tr.ContentText
		}
		byline := x.rules.bylineDate(rd.text, trRaw)
		switch {
		case !meta.Published.IsZero():
			res.Published = meta.Published
		case !md.Date.IsZero() && !(yearOnly(md.Date) && !byline.IsZero()):
			res.Published = md.Date
		case !byline.IsZero():
			res.Published = byline
		default:
			res.Published = rd.published
		}
	}
	res.SiteName = dedupeList(collapseSpace(res.SiteName))
	res.Author = collapseSpace(res.Author)
	// News agencies often sign with the outlet's name, so the author is a
	// site-name candidate too ("المدينة نيوز - خبر").
	res.Title = stripSiteName(collapseSpace(res.Title), res.SiteName, meta.SiteName, res.Author)
	if res.Lang == "" && mostlyArabic(res.Text) {
		res.Lang = "ar"
	}
	return res
}

// countElements counts the element nodes of doc, stopping once past limit.
func countElements(doc *html.Node, limit int) int {
	n := 0
	stack := []*html.Node{doc}
	for len(stack) > 0 && n <= limit {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if node.Type == html.ElementNode {
			n++
		}
		for c := node.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return n
}

// clean applies the boilerplate rules, or with KeepBoilerplate only
// collapses white space and drops blank lines.
func (x *Extractor) clean(text, title string) string {
	if !x.cfg.KeepBoilerplate {
		return x.rules.clean(text, title)
	}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// looksLikeText sniffs the first 8 KiB: NUL bytes or a binary content type
// mean the bytes are not a page.
func looksLikeText(b []byte) bool {
	head := b[:min(len(b), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	ct := http.DetectContentType(head)
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "xml") || ct == "application/octet-stream" && utf8.Valid(head)
}

// toUTF8 decodes a page in a legacy encoding (windows-1256 is common on
// older Arabic sites) using its <meta charset>, and replaces any remaining
// invalid bytes.
func toUTF8(b []byte) ([]byte, error) {
	if utf8.Valid(b) {
		return b, nil
	}
	enc, name, _ := charset.DetermineEncoding(b[:min(len(b), 1024)], "text/html")
	if name != "utf-8" && enc != nil {
		out, _, err := transform.Bytes(enc.NewDecoder(), b)
		if err == nil {
			return out, nil
		}
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), nil
}

func mostlyArabic(s string) bool {
	var ar, letters int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				ar++
			}
		}
	}
	return letters > 0 && ar*2 > letters
}

// dedupeList turns "A; A" (trafilatura joins repeated metadata) into "A".
func dedupeList(s string) string {
	parts := strings.Split(s, ";")
	var out []string
	seen := map[string]bool{}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || seen[fold(p)] {
			continue
		}
		seen[fold(p)] = true
		out = append(out, p)
	}
	return strings.Join(out, "; ")
}

// stripSiteName removes a leading or trailing site name from a title
// ("خبر - قناة صدى البلد" → "خبر").
func stripSiteName(title string, sites ...string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", " :: ", " « "} {
		i, j := strings.Index(title, sep), strings.LastIndex(title, sep)
		if i < 0 {
			continue
		}
		head, tail := title[:i], title[j+len(sep):]
		for _, s := range sites {
			f := fold(s)
			if f == "" {
				continue
			}
			switch {
			case fold(tail) == f && runeLen(title[:j]) > 10:
				return strings.TrimSpace(title[:j])
			case fold(head) == f && runeLen(title[i+len(sep):]) > 10:
				return strings.TrimSpace(title[i+len(sep):])
			}
		}
	}
	return title
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
