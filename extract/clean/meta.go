package clean

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"

	"github.com/claimex/claimex/document"
)

// metaState collects what the page says about itself during the index walk.
type metaState struct {
	lang      string
	title     string
	canonical string
	metas     map[string]string // first content per lower-case name or property
	props     map[string]bool   // keys set by a property attribute
	jsonld    []string
	timeAttr  string
	h1        string
	h1s       []string // the first few h1 texts
	h2s       []string // the first few h2 texts
	bylines   []string
	dates     []string // texts of bylines and date-like elements
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// setMeta keeps the first content given for key.
func (m *metaState) setMeta(key, content string) {
	if m.metas == nil {
		m.metas = map[string]string{}
	}
	if _, ok := m.metas[key]; !ok {
		m.metas[key] = content
	}
}

// setProperty keeps the first property content for key over any name's.
func (m *metaState) setProperty(key, content string) {
	if m.props == nil {
		m.props = map[string]bool{}
	}
	for _, k := range []string{key, strings.ReplaceAll(key, ".", ":")} {
		if !m.props[k] {
			m.props[k] = true
			if m.metas == nil {
				m.metas = map[string]string{}
			}
			m.metas[k] = content
		}
	}
}

// element notes the metadata an element carries; af is what its class and
// id values hold.
func (m *metaState) element(n *html.Node, af *attrFacts) {
	switch n.DataAtom {
	case atom.Html:
		if v, ok := attr(n, "lang"); ok && m.lang == "" {
			m.lang = strings.TrimSpace(v)
		}
		return
	case atom.Title:
		if m.title == "" && (n.Parent == nil || n.Parent.DataAtom != atom.Svg) {
			m.title = collapse(textOf(n))
		}
		return
	case atom.Meta:
		m.metaTag(n)
		return
	case atom.Link:
		if rel, _ := attr(n, "rel"); strings.EqualFold(strings.TrimSpace(rel), "canonical") && m.canonical == "" {
			m.canonical, _ = attr(n, "href")
			m.canonical = strings.TrimSpace(m.canonical)
		}
		return
	case atom.Script:
		if t, _ := attr(n, "type"); strings.Contains(strings.ToLower(t), "ld+json") {
			m.jsonld = append(m.jsonld, textOf(n))
		}
		return
	case atom.Time:
		if v, ok := attr(n, "datetime"); ok && m.timeAttr == "" {
			m.timeAttr = v
		}
	case atom.H2:
		if len(m.h2s) < 16 {
			m.h2s = append(m.h2s, collapse(textOf(n)))
		}
		return
	case atom.H1:
		t := collapse(textOf(n))
		if m.h1 == "" {
			m.h1 = t
		}
		if len(m.h1s) < 16 && t != "" {
			m.h1s = append(m.h1s, t)
		}
		return
	}
	m.bylineCandidate(n, af.byline)
	m.itemDate(n)
	m.dateLine(n, af.dates)
}

// metaTag notes the content of a meta element under each key its
// property, name, itemprop or http-equiv gives.
func (m *metaState) metaTag(n *html.Node) {
	var content string
	for _, a := range n.Attr {
		if a.Key == "content" {
			content = strings.TrimSpace(a.Val)
		}
	}
	if content == "" {
		return
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "property":
			// A property outranks a name of the same key (Open Graph
			// and Dublin Core are declared as properties).
			for _, key := range strings.Fields(strings.ToLower(a.Val)) {
				m.setProperty(key, content)
			}
		case "name", "itemprop", "http-equiv":
			// itemprop may hold several names: "datePublished dateCreated".
			for _, key := range strings.Fields(strings.ToLower(a.Val)) {
				m.setMeta(key, content)
				// "dc.title" and "dc:title" name the same field.
				if k := strings.ReplaceAll(key, ".", ":"); k != key {
					m.setMeta(k, content)
				}
			}
		}
	}
}

// itemDate takes the date of an element marked itemprop=datePublished
// from its datetime attribute, else its content.
func (m *metaState) itemDate(n *html.Node) {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && a.Val == "datePublished" {
			if v, ok := attr(n, "datetime"); ok {
				m.timeAttr = v
			} else if v, ok := attr(n, "content"); ok {
				m.timeAttr = v
			}
		}
	}
}

// dateLine notes the text of an element with a date cue in its class,
// once for each class value that holds one.
func (m *metaState) dateLine(n *html.Node, cues int) {
	if cues == 0 || len(m.dates) >= 4 {
		return
	}
	t := collapse(textOf(n))
	if t == "" || len(t) >= 200 {
		return
	}
	for ; cues > 0 && len(m.dates) < 4; cues-- {
		m.dates = append(m.dates, t)
	}
}

// bylineCandidate notes an element that may hold the byline, in document
// order: rel=author, itemprop=author, or a class or id with a byline cue
// (cued), whose text is short.
func (m *metaState) bylineCandidate(n *html.Node, cued bool) {
	if len(m.bylines) >= 8 {
		return
	}
	hit := cued
	for _, a := range n.Attr {
		if a.Key == "rel" || a.Key == "itemprop" {
			hit = hit || strings.Contains(strings.ToLower(a.Val), "author")
		}
	}
	if !hit {
		return
	}
	if t := collapse(textOf(n)); t != "" && len(t) < 100 {
		m.bylines = append(m.bylines, t)
	}
}

// classMeta is what metadata reads from a class or id value.
type classMeta struct {
	byline bool // a byline cue
	date   bool // a date-line cue
}

// or is what two parts of a value hold together.
func (a classMeta) or(b classMeta) classMeta {
	return classMeta{byline: a.byline || b.byline, date: a.date || b.date}
}

// scanMeta matches a class or id value against the byline and date cues.
func (c *Cleaner) scanMeta(v string) classMeta {
	return classMeta{byline: holdsCue(v, c.bylineCls), date: c.dateClass(v)}
}

// textOf returns the text under n, iteratively.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 && b.Len() < 1<<20 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			continue
		}
		if x.Type == html.ElementNode && (x.DataAtom == atom.Style || x.DataAtom == atom.Noscript) {
			continue
		}
		if x.Type == html.ElementNode && x.DataAtom == atom.Script && x != n {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
		if x.Type == html.ElementNode && blockTags.has(x.DataAtom) && x != n {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// readMeta fills d.Meta from what the walk collected.
func (p *page) readMeta(d *document.Document) {
	m := &p.meta
	l := readLD(m.jsonld)
	p.ldBody = l.body
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := m.metas[k]; v != "" {
				return v
			}
		}
		return ""
	}
	meta := &d.Meta
	meta.URL = firstNonEmpty(absURL(m.canonical), absURL(get("og:url")), absURL(l.url))
	declared := firstNonEmpty(l.site, collapse(get("og:site_name")), collapse(get("application-name")))
	meta.Site = firstNonEmpty(declared, p.c.titleSite(m.title), HostSite(meta.URL))
	meta.Title = p.pickTitle(l, declared)
	authors := cleanAuthors(p.c, l.authors)
	if len(authors) == 0 {
		authors = cleanAuthors(p.c, splitNames(p.c, get("dc:creator", "dcterm:creator", "author", "article:author",
			"og:article:author", "byl", "parsely-author", "sailthru.author", "cxenseparse:author")))
	}
	if len(authors) == 0 {
		for _, b := range m.bylines {
			if a := cleanAuthors(p.c, splitNames(p.c, b)); len(a) > 0 {
				authors = a
				p.domAuthors = true
				break
			}
		}
	}
	meta.Authors = authors
	meta.Published = firstNonEmpty(normDate(l.published), normDate(get("article:published_time")),
		normDate(get("article:published")), normDate(get("pdate")), normDate(get("publication_date")),
		normDate(get("date.published")), normDate(get("dc.date.created")), normDate(get("datecreated")),
		normDate(get("datepublished")), normDate(get("og:published_time")), normDate(get("pubdate")),
		normDate(get("publishdate")), normDate(get("publish-date")), normDate(get("date")),
		normDate(get("dc.date")), normDate(get("dc.date.issued")), normDate(get("sailthru.date")),
		normDate(get("parsely-pub-date")), normDate(get("article.published")), normDate(m.timeAttr))
	for _, t := range append(m.bylines, m.dates...) {
		if meta.Published != "" {
			break
		}
		meta.Published = p.c.dateIn(t)
	}
	meta.Language = firstNonEmpty(normLang(m.lang), normLang(get("og:locale")), normLang(get("content-language")), normLang(l.lang))
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func absURL(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return s
	}
	return ""
}

// normLang canonicalizes a language tag with BCP 47 rules: "EN" is "en",
// "en_us" is "en-US"; a value that is not a tag, or "und", is dropped.
func normLang(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		s = strings.TrimSpace(s[:i]) // "en-US,en;q=0.9"
	}
	if len(s) < 2 || len(s) > 35 {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return ""
	}
	return tag.String()
}

// stripSite removes the site's name from a page title: "Headline | Site".
func (c *Cleaner) stripSite(title, site string) string {
	title = collapse(title)
	if title == "" {
		return ""
	}
	fs := foldLine(site)
	for _, sep := range c.separators {
		i := strings.LastIndex(title, sep)
		j := strings.Index(title, sep)
		if i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if head != "" && (fs != "" && foldLine(tail) == fs || fs == "" && words(tail) <= 4 && words(head) >= 3) {
				return head
			}
		}
		if j > 0 && fs != "" && foldLine(title[:j]) == fs {
			if rest := strings.TrimSpace(title[j+len(sep):]); rest != "" {
				return rest
			}
		}
	}
	if fs != "" {
		// "Headline - Site Name, extra": the last segment names the site.
		for _, sep := range c.separators {
			if i := strings.LastIndex(title, sep); i > 0 && strings.Contains(foldLine(title[i:]), fs) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	"2006-01-02 15:04", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "20060102", "20060102150405",
}

// normDate writes a date as ISO 8601: a date-time when the time is known, else a date.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return ""
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if t.Year() < 1900 || t.Year() > 2200 {
			return ""
		}
		switch l {
		case "January 2, 2006", "Jan 2, 2006", "2 January 2006", "20060102":
			return t.Format("2006-01-02")
		case "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "20060102150405":
			return t.Format("2006-01-02T15:04:05")
		}
		return t.Format(time.RFC3339)
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// holdsCue reports whether s holds one of the lower-case ASCII cues, in any
// case: an ASCII value is lower-cased once for all of them.
func holdsCue(s string, cues []string) bool {
	low, ok := asciiLower(s)
	for _, c := range cues {
		if ok && strings.Contains(low, c) || !ok && containsFold(s, c) {
			return true
		}
	}
	return false
}

// asciiLower lower-cases an ASCII s, returning it as it is when it has no
// upper case; ok is false when s is not ASCII.
func asciiLower(s string) (low string, ok bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= utf8.RuneSelf:
			return "", false
		case b >= 'A' && b <= 'Z':
			upper = true
		}
	}
	if !upper {
		return s, true
	}
	b := []byte(s)
	for i, ch := range b {
		if ch >= 'A' && ch <= 'Z' {
			b[i] = ch + 'a' - 'A'
		}
	}
	return string(b), true
}

// containsFold reports whether s holds the lower-case ASCII word sub, in any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
