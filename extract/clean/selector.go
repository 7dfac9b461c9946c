package clean

import (
	"fmt"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// selectorRule is a furniture rule with a CSS selector: what it matches is
// the article (content) or furniture, whatever the other cues say.
type selectorRule struct {
	match goquery.Matcher
	rule  *furniture
}

func newSelectorRule(sel string, f *furniture) (selectorRule, error) {
	m, err := cascadia.Compile(sel)
	if err != nil {
		return selectorRule{}, fmt.Errorf("selector %q: %w", sel, err)
	}
	f.forced = !f.content
	return selectorRule{match: m, rule: f}, nil
}

// matchSelectors maps every element a selector rule matches to the first
// such rule, in rule-pack order.
func (c *Cleaner) matchSelectors(doc *goquery.Document) map[*html.Node]*furniture {
	if len(c.selectors) == 0 {
		return nil
	}
	out := map[*html.Node]*furniture{}
	for _, s := range c.selectors {
		for _, n := range doc.FindMatcher(s.match).Nodes {
			if _, ok := out[n]; !ok {
				out[n] = s.rule
			}
		}
	}
	return out
}

// selected applies a selector rule's verdict to an element being indexed.
func selected(f *furniture, furn **furniture, content *int8, silent *bool) {
	switch {
	case f.silent:
		*silent = true
	case f.content:
		*furn, *content, *silent = nil, 2, false
	default:
		*furn, *silent = f, false
	}
}

// chosen returns the first element a content selector matched that holds
// text, or -1: the user's choice of container beats the scores.
func (p *page) chosen() int32 {
	for _, i := range p.picked {
		if p.elems[i].sub > 0 {
			return i
		}
	}
	return -1
}
