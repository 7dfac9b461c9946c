package claims

import phr "github.com/claimex/claimex/extract/phrase"

// match returns the longest phrase of idx starting at token i within [i, end).
// A token's lower-cased text is a phrase's word exactly when their
// vocabulary IDs are equal, as every word of a phrase has one.
func match[T any](r *run, idx phraseIndex[T], i, end int) (T, int, bool) {
	var zero T
	r.steps++
	if r.ids[i] < 0 {
		return zero, i, false
	}
	list := idx.byID[r.ids[i]]
	if len(list) == 0 {
		return zero, i, false
	}
	for _, p := range list {
		if i+len(p.ids) <= end && r.idsAt(p.ids[1:], i+1) {
			return p.val, i + len(p.ids), true
		}
	}
	if n := r.modifiersAfterAux(i, end); n > 0 {
		// "is widely believed to", "is not expected to": adverbs or a
		// negation after the auxiliary that opens a phrase.
		for _, p := range list {
			if len(p.ids) >= 3 && i+n+len(p.ids) <= end && r.idsAt(p.ids[1:], i+1+n) {
				return p.val, i + n + len(p.ids), true
			}
		}
	}
	return zero, i, false
}

// maxAuxModifiers is the most adverbs and negations read between the
// auxiliary that opens a cue phrase and the phrase's next word.
const maxAuxModifiers = 2

// modifiersAfterAux returns how many tokens after token i, a form of "be"
// or "have", are lower-case adverbs or negations, before end: "is widely",
// "is not", "has also long".
func (r *run) modifiersAfterAux(i, end int) int {
	if !r.isLower(i) || !r.wordClass(i).Has(phr.Be|phr.Auxiliary) {
		return 0
	}
	n := 0
	for k := i + 1; k < end && n < maxAuxModifiers && r.isLower(k) && (r.in(setAdverbEnd, k) || r.wordClass(k).Has(phr.Adverb|phr.Negation)); k++ {
		n++
	}
	return n
}

// idsAt reports whether the tokens from k have the vocabulary IDs ids.
func (r *run) idsAt(ids []int32, k int) bool {
	for n, id := range ids {
		if r.ids[k+n] != id {
			return false
		}
	}
	return true
}
