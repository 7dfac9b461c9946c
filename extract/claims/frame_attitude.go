package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxAttitudeAdverbs is the most adverbs, articles and adjectives read
// between a copula and a word of attitude: "has been very publicly critical
// of", "had been a strong supporter of".
const maxAttitudeAdverbs = 4

// attitudeModifier reports whether token k may stand between a copula and
// a noun of attitude: an article, or a word that is neither a verb nor a
// function word ("a strong supporter", "an early champion").
func (r *run) attitudeModifier(k int) bool {
	return r.wordIs(rules.WordIndefiniteArt, k) || r.wordIs(rules.WordDefiniteArt, k) || r.wordClass(k) == 0 && !r.verbForm(k)
}

// attitude reads an adjective of attitude at cue tokens [i, j): a copula
// before it, past adverbs, and one of its rule's prepositions after it
// ("Republicans have been sharply critical of the deal"), or a clause
// ("is confident the wall will hold"). The copula's subject, someone who
// can hold a view, is the speaker; the content runs from after the
// preposition, or from the clause, to limit.
func (r *run) attitude(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	if j+1 >= limit || !r.isLower(i) {
		return false
	}
	c := j + 1 // past the preposition
	if !ac.preps[r.lower(j)] {
		if !r.clauseAt(j) {
			return false
		}
		c = j // a clause without "that": "is confident the wall will hold"
	}
	k := i - 1
	for n := 0; n < maxAttitudeAdverbs && k > a && r.isLower(k) && !ac.copulas[r.lower(k)] && (r.in(setAdverb, k) || r.endsWith(rules.WordAdverbEnd, k) || r.attitudeModifier(k)); n++ {
		k--
	}
	if k <= a || !r.isLower(k) || !r.wordClass(k).Has(phr.Be) && !ac.copulas[r.lower(k)] {
		return false
	}
	spk, ok := r.speakerBefore(k, a)
	if !ok || !r.agent(spk) {
		return false
	}
	if x, y := r.trimContent(c, limit); r.words(x, y) == 1 && (r.agentName(x, y) || r.word(rules.WordObjectPronoun, x)) {
		r.add(document.Reported, spk, r.span(x, y), i, j, ac.id, -1, false) // "critical of Holt", "critical of it"
		return true
	}
	_, ok = r.addContent(document.Reported, spk, c, limit, i, j, ac)
	return ok
}
