package clean

import (
	"strings"

	"github.com/claimex/claimex/document"
)

// trailerReach is how many of the article's last paragraphs may open its
// closing boilerplate; trailerKeep is how many must stay before it.
const (
	trailerReach = 4
	trailerKeep  = 3
)

// trimTrailer drops the boilerplate that closes a press release (the
// company profile, media contacts) from the end of paras: the first of the
// last few paragraphs a trailer rule matches, and all after it, go to
// removed. A short "About X" line just before it goes too.
func (c *Cleaner) trimTrailer(paras []string, removed []document.Removed) ([]string, []document.Removed) {
	if len(c.tails) == 0 || len(paras) <= trailerKeep {
		return paras, removed
	}
	from := max(len(paras)-trailerReach, trailerKeep)
	for i := from; i < len(paras); i++ {
		f := c.trailerRule(paras[i])
		if f == nil {
			continue
		}
		if i > trailerKeep && isAboutLine(paras[i-1]) {
			i--
		}
		removed = append(removed, document.Removed{Text: strings.Join(paras[i:], "\n"), Reason: f.reason})
		return paras[:i], removed
	}
	return paras, removed
}

// trailerRule returns the rule whose trailer pattern matches a paragraph.
func (c *Cleaner) trailerRule(s string) *furniture {
	low := strings.ToLower(collapse(s))
	var bg bigrams
	bg.fill(low)
	for _, t := range c.tails {
		if t.g.match(low, &bg) {
			return t.rule
		}
	}
	return nil
}

// isAboutLine reports a short heading line "About Acme Corp".
func isAboutLine(s string) bool {
	k := foldLine(s)
	return strings.HasPrefix(k, "about ") && words(k) <= 6 && !strings.ContainsAny(k, ".?!")
}
