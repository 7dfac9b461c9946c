package claims

import "github.com/claimex/claimex/rules"

// contactSpeaker reads a speaker whose noun is followed by a relative clause
// without "who": "all the experts I interviewed said ...", "Everyone we
// spoke to agreed ...". It returns the noun phrase, without the clause.
func (r *run) contactSpeaker(i, a int) (tokenSpan, bool) {
	k := i - 1
	if k >= a && r.word(rules.WordContactParticle, k) {
		k--
	}
	if k-2 < a || !r.word(rules.WordContactVerb, k) || !r.wordIs(rules.WordContactSubject, k-1) {
		return tokenSpan{}, false
	}
	h := k - 2
	if !r.isWord(h) || !r.isLower(h) || r.in(setBoundary, h) || r.in(setAux, h) {
		return tokenSpan{}, false
	}
	w := r.lower(h)
	if !(r.f.words.hasPrefix(rules.WordContactPrefix, w) || r.wordIs(rules.WordContactHead, h) || r.endsWith(rules.WordPluralEnd, h) && !r.endsWith(rules.WordSingularEnd, h)) {
		return tokenSpan{}, false
	}
	ns := r.npBack(h, a)
	if ns > h || !r.validNP(ns, h+1) {
		return tokenSpan{}, false
	}
	return tokenSpan{ns, h + 1}, true
}

// inContactClause reports whether the cue at token i is the verb of a
// contact clause whose noun speaks through the cue after it: "spoke" in
// "officials we spoke to said ...".
func (r *run) inContactClause(i, b int) bool {
	if !r.word(rules.WordContactVerb, i) {
		return false
	}
	n := i + 1
	if n < b && r.word(rules.WordContactParticle, n) {
		n++
	}
	if n >= b {
		return false
	}
	if _, _, ok := match(r, r.f.cues, n, b); !ok {
		return false
	}
	a := r.sents[max(r.sentOf(i), 0)][0]
	_, ok := r.contactSpeaker(n, a)
	return ok
}

// quoteIn reports whether a quotation mark opens in tokens [c, end).
func (r *run) quoteIn(c, end int) bool {
	for t := c; t < end; t++ {
		if r.isOpen(t) {
			return true
		}
	}
	return false
}

// maxCueWords is the most words of a cue that governs an infinitive ("has
// refused to", "pushed back to").
const maxCueWords = 3

// infinitiveOfCue reports whether the cue at token i is the infinitive of a
// cue verb just before it: "confirm" in "declined to confirm the talks".
// The two verbs form one verb group, one act with one claim, which the
// governing cue reads.
func (r *run) infinitiveOfCue(i, a int) bool {
	if i-2 < a || !r.word(rules.WordInfinitive, i-1) || !r.isLower(i-2) {
		return false
	}
	for k := max(a, i-1-maxCueWords); k < i-1; k++ {
		if ac, e, ok := match(r, r.f.cues, k, i-1); ok && e == i-1 && !ac.rule.Subject {
			return true
		}
	}
	return false // a perception ("seemed to blame") leaves the verb after it its own frame
}
