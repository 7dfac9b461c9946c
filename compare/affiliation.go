package compare

import (
	"slices"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

// affiliationWindow is how far apart, in code points, an organization's
// mention and a person's may lie to be read as one phrase.
const affiliationWindow = 60

// affiliations finds whom each person speaks for: in some document, a
// mention of an organization is joined to a mention of the person by
// nothing but the person's titles and the pack's affiliation words
// ("Huawei rotating Chairman Ken Hu", "the company's chairman, Ken Hu",
// "Ruth Adeyemi, chief executive of Brightwater Shipping"). It returns the
// linked organizations of each linked person, sorted.
func (c *config) affiliations(docs []*extract.Record, lk *linked) map[int32][]int32 {
	out := map[int32][]int32{}
	for d, r := range docs {
		type mention struct {
			span extract.Span
			x    int32
		}
		var orgs []mention
		for _, e := range r.Entities {
			if e.Type == document.Org {
				for _, m := range slices.Concat(e.Mentions, e.References) {
					orgs = append(orgs, mention{m, int32(lk.byID[d][e.ID])})
				}
			}
		}
		if len(orgs) == 0 {
			continue
		}
		runes := []rune(r.Text)
		for _, e := range r.Entities {
			if e.Type != document.Person || len(e.Titles) == 0 {
				continue
			}
			titles := map[string]bool{}
			for _, t := range e.Titles {
				addAll(titles, splitWords(t))
			}
			px := int32(lk.byID[d][e.ID])
			for _, pm := range slices.Concat(e.Mentions, e.References) {
				for _, om := range orgs {
					if c.joined(runes, om.span, pm, titles) || c.joined(runes, pm, om.span, titles) {
						out[px] = append(out[px], om.x)
					}
				}
			}
		}
	}
	for p, xs := range out {
		out[p] = sortedSet(xs)
	}
	return out
}

// joined reports whether the text between span a and a later span b holds
// at least one title word and otherwise only affiliation words.
func (c *config) joined(runes []rune, a, b extract.Span, titles map[string]bool) bool {
	if a.End > b.Start || b.Start-a.End > affiliationWindow || b.Start > len(runes) {
		return false
	}
	title := false
	for _, w := range splitWords(string(runes[a.End:b.Start])) {
		switch {
		case titles[w]:
			title = true
		case !c.affiliation[w]:
			return false
		}
	}
	return title
}

// speaksFor reports whether claim a's claimant is a person who speaks for
// claim b's claimant.
func speaksFor(a, b *item) bool {
	if b.whoEntity < 0 {
		return false
	}
	_, ok := slices.BinarySearch(a.speaksFor, b.whoEntity)
	return ok
}
