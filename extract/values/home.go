package values

import (
	"net/url"
	"strings"

	"github.com/claimex/claimex/document"
)

// cur is the currency a currency phrase names in this article: a shared word
// ("dollars", "cents") names the article's own currency when it has one, a
// symbol or any other phrase always its own.
func (sc *scan) cur(p *phrase) *currency {
	if p.local && sc.dollar != nil && p.class != "cur.symbol" {
		return sc.dollar
	}
	return p.ref.(*currency)
}

// homeEvidence is what an article shows of one currency.
type homeEvidence struct {
	marks  int // its own symbols, codes and names ("A$", "AUD")
	places int // its places ("Sydney")
}

// homeCurrency decides which currency the shared words of an article name
// ("dollars", "cents"), nil for their default. The page's locale or site
// says so first; else an article that writes another dollar's own marks or
// names its places often, and never marks the default one ("US$"), is about
// that dollar.
func (f *Finder) homeCurrency(ts []tok, meta document.Meta) *currency {
	lang := strings.ReplaceAll(strings.ToLower(meta.Language), "_", "-")
	host := hostOf(meta.URL)
	if host == "" {
		host = strings.ToLower(meta.Site)
	}
	var ev map[*currency]*homeEvidence
	for k := 0; k < len(ts); k++ {
		var best *phrase
		end := k
		for _, p := range ts[k].ps {
			if !strings.HasPrefix(p.class, "cur.") {
				continue
			}
			if e, ok := p.at(ts, k); ok && e > end {
				best, end = p, e
			}
		}
		if best == nil {
			continue
		}
		c := best.ref.(*currency)
		switch {
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
				return f.ownOrNil(c)
			}
		}
		for _, d := range c.domains {
			if host != "" && strings.HasSuffix(host, d) {
				return f.ownOrNil(c)
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
		if f.shares[c] {
			if e := ev[c]; e != nil && e.marks > 0 {
				return nil // "US$" written: shared words keep their default
			}
			continue
		}
		if s := score(c); s > bestScore {
			best, bestScore, second = c, s, bestScore
		} else if s > second {
			second = s
		}
	}
	if best == nil || bestScore == second || (ev[best].marks == 0 && ev[best].places < 3) {
		return nil
	}
	for c := range f.shares {
		if score(c) >= bestScore {
			return nil
		}
	}
	return best
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
