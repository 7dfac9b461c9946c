package values

import (
	"net/url"
	"strings"

	"github.com/claimex/claimex/document"
)

// cur is the currency a currency phrase names in this article: a shared
// symbol or word ("$", "dollars", "cents") names the article's own currency
// when it has one, any other phrase always its own.
// Read while the article's evidence is split between currencies, a shared
// phrase keeps its default, marked ambiguous.
func (sc *scan) cur(p *phrase) *currency {
	c := p.ref.(*currency)
	switch {
	case !p.local:
		return c
	case sc.home.cur != nil:
		return sc.home.cur
	case sc.home.split && c.split != nil:
		return c.split
	}
	return c
}

// home is what an article says of the currency its shared words name.
type home struct {
	cur   *currency // the article's own currency; nil for the default
	split bool      // the evidence names several currencies and none wins
}

// homeEvidence is what an article shows of one currency.
type homeEvidence struct {
	marks  int // its own symbols, codes and names ("A$", "AUD"), and datelines ("OTTAWA, May 3 -")
	places int // its places ("Sydney")
}

// homeCurrency decides which currency the shared symbols and words of an
// article name ("$", "dollars", "cents"), nil for their default. The page's
// locale or site says so first; else an article that writes another
// dollar's own marks, is datelined in its places or names them often, and
// never marks the default one ("US$"), is about that dollar. Evidence for
// two currencies that neither wins leaves the default, split.
func (f *Finder) homeCurrency(ts []tok, meta document.Meta) home {
	lang := strings.ReplaceAll(strings.ToLower(meta.Language), "_", "-")
	host := hostOf(meta.URL)
	if host == "" {
		host = strings.ToLower(meta.Site)
	}
	var ev map[*currency]*homeEvidence
	for k := 0; k < len(ts); k++ {
		var best *phrase
		end := k
		for _, p := range ts[k].b.of("cur.") {
			if e, ok := p.at(ts, k); ok && e > end {
				best, end = p, e
			}
		}
		if best == nil {
			continue
		}
		c := best.ref.(*currency)
		switch {
		case best.class == "cur.place" && dateline(ts, k, end):
			if ev == nil {
				ev = map[*currency]*homeEvidence{}
			}
			if ev[c] == nil {
				ev[c] = &homeEvidence{}
			}
			ev[c].marks++
		case best.class == "cur.place":
			if ev == nil {
				ev = map[*currency]*homeEvidence{}
			}
			if ev[c] == nil {
				ev[c] = &homeEvidence{}
			}
			ev[c].places++
		case best.local:
		case !c.home:
		default:
			if ev == nil {
				ev = map[*currency]*homeEvidence{}
			}
			if ev[c] == nil {
				ev[c] = &homeEvidence{}
			}
			ev[c].marks++
		}
		k = end - 1
	}
	for _, c := range f.homes {
		for _, l := range c.locales {
			if lang == l {
				return home{cur: f.ownOrNil(c)}
			}
		}
		for _, d := range c.domains {
			if host != "" && strings.HasSuffix(host, d) {
				return home{cur: f.ownOrNil(c)}
			}
		}
	}
	score := func(c *currency) int {
		if e := ev[c]; e != nil {
			return 3*e.marks + e.places
		}
		return 0
	}
	var best *currency
	bestScore, second := 0, 0
	marked := false // the default's own mark is written ("US$")
	for _, c := range f.homes {
		if f.shares[c] {
			if e := ev[c]; e != nil && e.marks > 0 {
				marked = true
			}
			continue
		}
		if s := score(c); s > bestScore {
			best, bestScore, second = c, s, bestScore
		} else if s > second {
			second = s
		}
	}
	if best == nil {
		return home{}
	}
	strong := ev[best].marks > 0 || ev[best].places >= 3
	if marked {
		// "US$" written: shared words keep their default, split when
		// another dollar is as plainly written
		return home{split: ev[best].marks > 0}
	}
	if bestScore == second {
		return home{split: strong}
	}
	if !strong {
		return home{}
	}
	for c := range f.shares {
		if score(c) >= bestScore {
			return home{split: true}
		}
	}
	return home{cur: best}
}

// dateline tells whether the place at tokens k..end opens a paragraph as
// its dateline does: followed by a comma, a parenthesis or a dash
// ("OTTAWA, May 3 (Reuters) -", "SYDNEY -").
func dateline(ts []tok, k, end int) bool {
	if !(k == 0 || ts[k].nl) || end >= len(ts) || ts[end].kind != kPunct {
		return false
	}
	switch ts[end].raw {
	case ",", "(", "-", "–", "—":
		return true
	}
	return false
}

// ownOrNil is c unless it is a default of shared words itself.
func (f *Finder) ownOrNil(c *currency) *currency {
	if f.shares[c] {
		return nil
	}
	return c
}

// hostOf is the lower-case host name of a URL, "" when there is none.
func hostOf(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
