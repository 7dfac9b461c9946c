package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// Bounds of the prepositional phrases between a plural subject and the base
// form of its verb.
const (
	// maxSubjectPhrases is the most prepositional phrases read back.
	maxSubjectPhrases = 2
	// subjectPhraseWords is the most words of one such phrase after its
	// preposition.
	subjectPhraseWords = 5
)

// pluralBeforePhrase reports whether the base form at token i follows a
// plural subject that prepositional phrases modify: "investors in the
// region believe", "majorities across the political spectrum favor", "most
// of them say".
func (r *run) pluralBeforePhrase(i int) bool {
	return r.pluralSubjectHead(i) >= 0
}

// pluralSubjectHead returns the head of the plural subject, a plural noun
// for people or bodies or a quantifier, that the prepositional phrases
// before token i modify; -1 when there is none.
func (r *run) pluralSubjectHead(i int) int {
	s := r.sentOf(i)
	if s < 0 {
		return -1
	}
	a := r.sents[s][0]
	k := i - 1
	for n := 0; n < maxSubjectPhrases; n++ {
		p := k
		for p >= a && k-p < subjectPhraseWords && r.isWord(p) && !r.wordClass(p).Has(phr.Preposition) {
			if r.in(setAux, p) || r.modal(p) || r.wordIs(rules.WordSubjectRelative, p) || r.subjectPronoun(p) || r.finiteVerb(p) {
				return -1 // a clause of its own: "voters who have seen it say", "voters in a poll said they believe"
			}
			p--
		}
		if p <= a || p == k || !r.isWord(p) || !r.isLower(p) {
			return -1
		}
		if c := r.wordClass(p); !c.Has(phr.Preposition) || c.Has(phr.Subordinator) {
			return -1 // no phrase, or one that may open a clause: "after a ransomware attack"
		}
		h := p - 1
		plural := r.endsWith(rules.WordPluralEnd, p-1) && !r.endsWith(rules.WordSingularEnd, p-1)
		if r.isWord(h) && (r.quantifier(h) || plural && !r.isPossessive(h) && r.agent(tokenSpan{h, h + 1})) {
			return h
		}
		k = h
	}
	return -1
}

// pluralSubject widens speaker spk of the base form at token i to the
// plural subject whose prepositional phrases it lies in: "officials on and
// off the island", not "the island".
func (r *run) pluralSubject(spk tokenSpan, i, a int) tokenSpan {
	h := r.pluralSubjectHead(i)
	if h < 0 || spk[0] <= h || spk[1] != i {
		return spk
	}
	if st := r.npBack(h, a); st <= h {
		return tokenSpan{st, spk[1]}
	}
	return spk
}
