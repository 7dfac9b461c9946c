package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// modifiedHead finds the head that a speaker phrase at tokens [s, e)
// modifies: when a place, or a common noun phrase that names no person or
// organization, follows a preposition after a noun for people or bodies
// ("officials in the capital", "the government in Riyadh", "the candidates
// in the race", "partisans on both sides"), the speaker is that whole
// phrase, headed by the noun. It returns the first token of the phrase.
func (r *run) modifiedHead(s, e int) (int, bool) {
	m := r.mentionIn(r.span(s, e))
	place := m >= 0 && isPlace(r.d.Entities[r.mentions[m].ent].Type)
	if !place && !r.commonPhrase(s, e) {
		return 0, false
	}
	a := r.sents[r.sentOfOff(r.toks[s].Start)][0]
	p := s - 1
	if p-1 >= a && r.isLower(p) && r.in(setDeterm, p) {
		p-- // "officials in the capital"
	}
	if p-1 < a || !r.isLower(p) || !r.wordClass(p).Has(phr.Preposition) || !place && r.word(rules.WordTimeClause, p) {
		return 0, false // a clause, not a modifier: "his supporters as ignorants", "after the bureau determined"
	}
	h := p - 1
	if !r.isWord(h) || !r.isLower(h) && h != a || !r.speakerNoun(h) && !r.pluralBeforePrep(h, p) || r.isNounCue(h) {
		return 0, false // the head must be a noun for people or bodies, no cue: "officials", not "complaints from residents"
	}
	if !place && (r.proxy(h) || r.in(setOrg, e-1)) {
		return 0, false // a spokesman speaks for the body named after: "a spokeswoman for the company"
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

// commonPhrase reports whether tokens [s, e) are a common noun phrase: lower-case
// words, and not a pronoun or a determiner alone ("as he", "over their").
func (r *run) commonPhrase(s, e int) bool {
	if e-s == 1 && (r.subjectPronoun(s) || r.in(setPerson, s) || r.in(setDeterm, s)) {
		return false
	}
	for k := s; k < e; k++ {
		if r.isWord(k) && !r.isLower(k) {
			return false
		}
	}
	return true
}

// phraseClaimant is the claimant of a speaker phrase headed by a common noun
// that a prepositional phrase modifies: the phrase itself, "officials in
// Brussels".
func (r *run) phraseClaimant(s, e int) *document.Claimant {
	return &document.Claimant{Name: r.clean(r.span(s, e))}
}

// isPlace reports whether an entity type names a place.
func isPlace(typ string) bool { return typ == document.GPE || typ == document.Loc }

// placeIn reports whether tokens [a, b) are a place the entity stage found:
// "N.C." in "Harry Bond, 30, of Raleigh, N.C., who was polled, said".
func (r *run) placeIn(a, b int) bool { return isPlace(r.mentionType(a, b)) }

// placeModifier reports whether place mention m modifies the head of the
// speaker phrase ending at token e, a lower-case noun after it: "Florida
// elections officials", "a Texas native", "the Paris attacks".
func (r *run) placeModifier(m, e int) bool {
	return r.toks[e-1].Start >= r.mentions[m].End && r.isLower(e-1) && r.isWord(e-1)
}

// speakerNoun reports whether token k is a noun for people or bodies, in
// the singular or the plural: "official", "leaders".
func (r *run) speakerNoun(k int) bool {
	w := r.lower(k)
	if r.in(setAgent, k) || r.in(setOrg, k) || r.proxy(k) {
		return true
	}
	for _, end := range r.f.words.roles[rules.WordPluralEnd].list {
		if sing, ok := strings.CutSuffix(w, end); ok && (r.f.agents[sing] || r.f.org[sing]) {
			return true
		}
	}
	return false
}

// pluralBeforePrep reports whether token h is a lower-case plural noun
// before the preposition at token p, one that opens no clause, so it may
// head a speaker: "bundlers in", not "orders as".
func (r *run) pluralBeforePrep(h, p int) bool {
	return r.isLower(h) && r.pluralNoun(h) && r.wordClass(h) == 0 && !r.wordClass(p).Has(phr.Subordinator)
}
