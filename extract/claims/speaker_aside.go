package claims

import (
	"unicode"

	"github.com/claimex/claimex/rules"
)

// maxAsideWords is the most words of the noun phrase of a prepositional
// aside between a subject and its cue, its determiner included.
const maxAsideWords = 4

// asideBefore returns the token before a prepositional aside that ends at
// token k, between a subject and its cue ("Trump at the time said", "who
// has in the past described", "Christie on the call-in show wouldn't
// discuss"), or k when none does. The aside is a preposition of the aside
// pack, a determiner and lower-case words; before it stands a pronoun, a
// relative pronoun, an auxiliary or a name that opens the clause, so it is
// not the object of a noun ("officials at the agency") or of a verb.
func (r *run) asideBefore(k, a int) int {
	if k <= a || !r.isLower(k) || r.isPossessive(k) {
		return k
	}
	d := k
	for d > a && d > k-maxAsideWords && r.asideNoun(d) {
		d--
	}
	if d <= a+1 || !r.isLower(d) || !r.in(setDeterm, d) || d == k || !r.word(rules.WordAsidePhrasePrep, d-1) {
		return k
	}
	q := d - 2
	if r.subjectPronoun(q) || r.in(setAux, q) || r.word(rules.WordSubjectRelative, q) || r.isCap(q) && !r.isPossessive(q) && r.opensClause(r.npBack(q, a), a) {
		return q
	}
	return k
}

// opensClause reports whether token ns opens the sentence that starts at
// token a, or follows a comma: a noun phrase there is a subject, not an
// object.
func (r *run) opensClause(ns, a int) bool {
	return ns == a || ns > a && r.is(ns-1, ",")
}

// asideNoun reports whether token d can be a word of an aside's noun phrase
// after its determiner: a lower-case word that is no function word, pronoun
// or number.
func (r *run) asideNoun(d int) bool {
	w := r.lower(d)
	return r.isLower(d) && !unicode.IsDigit(rune(w[0])) && !r.in(setDeterm, d) && !r.in(setBoundary, d) && !r.in(setAux, d) && !r.subjectPronoun(d)
}
