package clean

import (
	"net/url"
	"strings"
	"unicode"
)

// Title choice, in the order pages declare it: the JSON-LD article's name
// or headline, the Dublin Core, Open Graph, plain and Twitter title metas,
// and last the <title> element with the site's name cut off.

// declaredTitleKeys are the meta names and properties that hold the
// article's title, most trusted first.
var declaredTitleKeys = []string{"dc:title", "dcterm:title", "og:title", "weibo:article:title",
	"weibo:webpage:title", "title", "twitter:title", "parsely-title"}

// pickTitle chooses the page's title.
func (p *page) pickTitle(l ld, site string) string {
	m := &p.meta
	page := p.c.pageTitle(m.title, site, m.h1s, m.h2s)
	if t := ldTitle(l, page); t != "" {
		return t
	}
	for _, k := range declaredTitleKeys {
		if v := collapse(m.metas[k]); v != "" {
			return v
		}
	}
	if page != "" {
		return page
	}
	if len(m.h1s) > 0 {
		return m.h1s[0]
	}
	return ""
}

// ldTitle picks between a JSON-LD article's name and headline the one
// closer to the page title.
func ldTitle(l ld, page string) string {
	name, head := l.name, l.headline
	switch {
	case name != "" && head != "" && name != head:
		if similarity(head, page) > 0.75 && similarity(name, page) <= 0.75 {
			return head
		}
		return name
	case name != "":
		return name
	}
	return head
}

// similarity is the share of b's word text also in a (1 when b adds nothing).
func similarity(a, b string) float64 {
	ta, tb := titleTokens(a), titleTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, t := range ta {
		in[t] = true
	}
	var uniq []string
	for _, t := range tb {
		if !in[t] {
			uniq = append(uniq, t)
		}
	}
	return 1 - float64(len(strings.Join(uniq, " ")))/float64(len(strings.Join(tb, " ")))
}

func titleTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' })
}

// pageTitle reads the <title> element: without the site's name when the
// site is known and named at either end, else without the last segment
// after a separator (the first when that leaves under three words), else
// after a colon, else the page's only h1 when the title is very long or short.
func (c *Cleaner) pageTitle(title, site string, h1s, h2s []string) string {
	orig := collapse(title)
	if orig == "" {
		return ""
	}
	if site != "" {
		if t := c.stripSite(orig, site); t != orig {
			return t
		}
	}
	cur := orig
	seps := c.spacedSeparators(orig)
	hier := false
	switch {
	case len(seps) > 0:
		for _, s := range seps {
			hier = hier || c.hierarchical[strings.TrimSpace(orig[s.start:s.end])]
		}
		last := seps[len(seps)-1]
		cur = orig[:last.start]
		if words(cur) < 3 {
			cur = orig[seps[0].end:]
		}
		if hier {
			// "Site / Section / Section - Headline": the headline is the
			// longest segment.
			cur = longestSegment(orig, seps)
		}
	case strings.Contains(orig, ": ") && !slicesContain(h1s, orig) && !slicesContain(h2s, orig):
		i, j := strings.LastIndex(orig, ":"), strings.Index(orig, ":")
		cur = orig[i+1:]
		if words(cur) < 3 {
			cur = orig[j+1:]
		} else if words(orig[:j]) > 5 {
			cur = orig
		}
	case (len(orig) > 150 || len(orig) < 15) && len(h1s) == 1:
		cur = h1s[0]
	}
	cur = collapse(cur)
	if n := words(cur); n <= 4 && !hier {
		return orig
	}
	return cur
}

type sepAt struct{ start, end int }

// spacedSeparators finds the title separators standing between spaces.
func (c *Cleaner) spacedSeparators(s string) []sepAt {
	var out []sepAt
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		for _, sep := range c.cuts {
			if strings.HasPrefix(s[i+1:], sep+" ") {
				out = append(out, sepAt{i, i + 1 + len(sep) + 1})
				i += len(sep)
				break
			}
		}
	}
	return out
}

func slicesContain(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// titleSite is the short segment a page title ends or starts with, taken as
// the site's name when the page names no site: "Headline | Site".
func (c *Cleaner) titleSite(title string) string {
	orig := collapse(title)
	seps := c.spacedSeparators(orig)
	if len(seps) == 0 {
		return ""
	}
	tail := strings.TrimSpace(orig[seps[len(seps)-1].end:])
	head := strings.TrimSpace(orig[:seps[0].start])
	switch {
	case words(tail) <= 3 && words(orig[:seps[len(seps)-1].start]) >= 3:
		return tail
	case words(head) <= 3 && words(orig[seps[0].end:]) >= 3:
		return head
	}
	return ""
}

// HostSite names a site by its URL's host, without a leading "www.":
// "https://www.example.com/a" is "example.com"; "" when u has no host.
func HostSite(u string) string {
	parsed, err := url.Parse(strings.TrimSpace(u))
	if err != nil || parsed.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(parsed.Hostname()), "www.")
}

// longestSegment returns the segment between separators with the most words.
func longestSegment(s string, seps []sepAt) string {
	best, from := "", 0
	for i := 0; i <= len(seps); i++ {
		to := len(s)
		if i < len(seps) {
			to = seps[i].start
		}
		if seg := strings.TrimSpace(s[from:to]); words(seg) > words(best) {
			best = seg
		}
		if i < len(seps) {
			from = seps[i].end
		}
	}
	return best
}
