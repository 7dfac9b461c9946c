package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxLeadWords is the most words of a short lead set off by its own comma
// before a sentence's opening adjunct ("Moments earlier, in ...").
const maxLeadWords = 3

// openingAdjunct returns the first token of the adjunct that the tokens of
// sentence s up to the comma at token k are, before the sentence's main
// clause, or -1: they open with a subordinating conjunction, a preposition
// or a participle, after at most a short lead set off by its own comma. A
// frame read inside such an adjunct speaks for the adjunct only, not for
// the main clause after k.
func (r *run) openingAdjunct(s, k int) int {
	a := r.sents[s][0]
	for a < k && !r.isWord(a) {
		a++
	}
	if a >= k {
		return -1
	}
	if r.adjunctOpener(a) {
		return a
	}
	for t := a + 1; t < k && r.words(a, t) <= maxLeadWords; t++ {
		if r.is(t, ",") {
			if t+1 < k && r.adjunctOpener(t+1) {
				return t + 1
			}
			return -1
		}
	}
	return -1
}

// adjunctOpener reports whether token t can open an adjunct clause or
// phrase by its word class: a subordinating conjunction, a preposition, an
// infinitive marker or a participle, and not a name nor a determiner
// ("That ...").
func (r *run) adjunctOpener(t int) bool {
	if !r.isWord(t) {
		return false
	}
	cl := r.f.lex.Class(r.low[t])
	if !cl.Has(phr.Subordinator|phr.Preposition|phr.Infinitive|phr.Participle|phr.Gerund) || cl.Has(phr.Determiner) {
		return false
	}
	return r.mentionIn(r.span(t, t+1)) < 0
}

// mainAfterOpening returns the first token of the adjunct that opens the
// sentence when the frame of draft d, right after the comma at token c, is
// the main clause after it, so that contents read inside the adjunct end at
// c; else -1.
func (r *run) mainAfterOpening(d *draft, c int) int {
	s := r.sent[c]
	if s < 0 || r.quoteOf[c] >= 0 || !r.is(c, ",") || !r.mainClause(d) {
		return -1
	}
	return r.openingAdjunct(s, c)
}

// linkedClause reports whether the frame of draft d is a clause of its own
// that the conjunction at token k joins to the content before it ("... while
// the minister argued that ..."): its subject is an agent and nothing but
// auxiliaries and adverbs stand between the subject and the cue, nor
// anything but adverbs between the conjunction and the subject.
func (r *run) linkedClause(d *draft, k int) bool {
	if !r.isLower(k) || !r.f.words.is(rules.WordCoordinator, r.low[k]) || k > 0 && r.isCap(k-1) {
		return false // "Smith and Jones said" is one subject
	}
	for t := k + 1; t < d.speaker[0]; t++ {
		if !r.f.adverb[r.low[t]] {
			return false // "and that she said": the content goes on
		}
	}
	return r.mainClause(d) && r.agent(d.speaker)
}
