package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// placeHead finds the head a place speaker at tokens [s, e) modifies: when
// the place follows a preposition after a common noun phrase ("officials in
// the capital", "the government in Riyadh"), the speaker is that whole
// phrase, headed by the noun. It returns the first token of the phrase.
func (r *run) placeHead(s, e int) (int, bool) {
	m := r.mentionIn(r.span(s, e))
	if m < 0 || !isPlace(r.d.Entities[r.mentions[m].ent].Type) {
		return 0, false
	}
	a := r.sents[r.sentOfOff(r.toks[s].Start)][0]
	p := s - 1
	if p-1 >= a && r.isLower(p) && r.f.determ[r.low[p]] {
		p-- // "officials in the capital"
	}
	if p-1 < a || !r.isLower(p) || !r.f.lex.Class(r.low[p]).Has(phr.Preposition) {
		return 0, false
	}
	h := p - 1
	if !r.isWord(h) || !r.isLower(h) && h != a || !r.speakerNoun(h) {
		return 0, false // the head must be a noun for people or bodies: "officials", "government"
	}
	ns := r.npBack(h, a)
	if ns > h || !r.validNP(ns, h+1) {
		return 0, false
	}
	if hm := r.mentionIn(r.span(ns, h+1)); hm >= 0 && typeRank(r.d.Entities[r.mentions[hm].ent].Type) < 2 {
		return 0, false
	}
	return ns, true
}

// placeClaimant is the claimant of a speaker phrase headed by a common noun
// that a place modifies: the phrase itself, "officials in Brussels".
func (r *run) placeClaimant(s, e int) *document.Claimant {
	return &document.Claimant{Name: r.clean(r.span(s, e))}
}

// isPlace reports whether an entity type names a place.
func isPlace(typ string) bool { return typ == document.GPE || typ == document.Loc }

// speakerNoun reports whether token k is a noun for people or bodies, in
// the singular or the plural: "official", "leaders".
func (r *run) speakerNoun(k int) bool {
	w := r.low[k]
	if r.f.agents[w] || r.f.org[w] || r.proxy(k) {
		return true
	}
	for end := range r.f.words.set[rules.WordPluralEnd] {
		if sing, ok := strings.CutSuffix(w, end); ok && (r.f.agents[sing] || r.f.org[sing]) {
			return true
		}
	}
	return false
}
