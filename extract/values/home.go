package values

import (
	"net/url"
	"strings"

	"github.com/claimex/claimex/document"
)

// cur is the currency a currency phrase names in this article: a shared
// symbol or word ("$", "dollars", "pounds") names the article's own currency
// of its family when it has one, any other phrase always its own.
// Read while the article's evidence is split between currencies, a shared
// phrase keeps its default, marked ambiguous.
func (sc *scan) cur(p *phrase) *currency {
	c := p.ref.(*currency)
	if !p.local {
		return c
	}
	h := sc.homes[c]
	switch {
	case h.cur != nil:
		return h.cur
	case h.split && c.split != nil:
		return c.split
	}
	return c
}

// home is what an article says of the currency its shared words name.
type home struct {
	cur   *currency // the article's own currency; nil for the default
	split bool      // the evidence names several currencies and none wins
}

// homeMap holds, by default of shared words, the home an article gives them.
type homeMap map[*currency]home

// homeEvidence is what an article shows of one currency.
type homeEvidence struct {
	marks  int // its own symbols, codes and names ("A$", "AUD"), and datelines ("OTTAWA, May 3 -")
	places int // its places ("Sydney")
}

// homeCurrencies decides, for each default of shared words ("$" and
// "dollars" for USD, "pounds" for GBP), which currency they name in this
// article; a default missing from the map, or mapped to a home with no
// currency, names itself.
func (f *Finder) homeCurrencies(ts []tok, meta document.Meta) homeMap {
	lang := strings.ReplaceAll(strings.ToLower(meta.Language), "_", "-")
	host := hostOf(meta.URL)
	if host == "" {
		host = strings.ToLower(meta.Site)
	}
	ev := f.homeEvidence(ts)
	var homes homeMap
	for def := range f.shares {
		if h := f.homeFor(def, ev, lang, host); h != (home{}) {
			if homes == nil {
				homes = homeMap{}
			}
			homes[def] = h
		}
	}
	return homes
}

// homeEvidence counts what the text shows of each currency an article may
// make its own: its marks, its datelines and its places.
func (f *Finder) homeEvidence(ts []tok) map[*currency]*homeEvidence {
	var ev map[*currency]*homeEvidence
	note := func(c *currency) *homeEvidence {
		if ev == nil {
			ev = map[*currency]*homeEvidence{}
		}
		if ev[c] == nil {
			ev[c] = &homeEvidence{}
		}
		return ev[c]
	}
	for k := 0; k < len(ts); k++ {
		best, end := capsDatelinePlace(f.lex, ts, k)
		for _, p := range f.lex.bucket(ts[k]).of(cAnyCur) {
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
			note(c).marks++
		case best.class == "cur.place":
			note(c).places++
		case best.local:
		case !c.home:
		default:
			note(c).marks++
		}
		k = end - 1
	}
	return ev
}

// homeFor decides which currency the shared words of default def name in
// an article, a zero home for def itself. The page's locale or site says so
// first; else an article that writes another currency's own marks, is
// datelined in its places or names them often, and never marks the
// default itself ("US$"), is about that currency. Evidence for two
// currencies that neither wins leaves the default, split.
func (f *Finder) homeFor(def *currency, ev map[*currency]*homeEvidence, lang, host string) home {
	family := func(c *currency) bool { return c == def || c.takes == def }
	for _, c := range f.homes {
		if !family(c) {
			continue
		}
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
	for _, c := range f.homes {
		if c == def || !family(c) {
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
	switch {
	case ev[def] != nil && ev[def].marks > 0:
		// "US$" written: shared words keep their default, split when
		// another currency is as plainly written
		return home{split: ev[best].marks > 0}
	case bestScore == second:
		return home{split: strong}
	case !strong:
		return home{}
	case score(def) >= bestScore:
		return home{split: true}
	}
	return home{cur: best}
}

// capsDatelinePlace reads a place written in capitals where a paragraph
// opens ("OTTAWA (Reuters) -"), as datelines write it: the place's phrase
// and the index after it, or nil.
func capsDatelinePlace(lex *lexicon, ts []tok, k int) (*phrase, int) {
	if !(k == 0 || ts[k].nl) || !isUpperWord(ts[k]) {
		return nil, k
	}
	var best *phrase
	end := k
	for _, p := range lex.bucket(ts[k]).of(cCurPlace) {
		if k+len(p.toks) > end && capsAt(p, ts, k) {
			best, end = p, k+len(p.toks)
		}
	}
	return best, end
}

// capsAt reports whether p's words are at token k written in capitals.
func capsAt(p *phrase, ts []tok, k int) bool {
	if k+len(p.toks) > len(ts) {
		return false
	}
	for j, w := range p.toks {
		t := ts[k+j]
		if j > 0 && (t.nl || (p.tight[j] && t.space)) {
			return false
		}
		if t.lower() != lower(w) || (t.kind == kWord && !isUpperWord(t)) {
			return false
		}
	}
	return true
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
