package claims

import phr "github.com/claimex/claimex/extract/phrase"

// headlineVerbal reports whether capitalized token t is an auxiliary,
// adverb or negation, which a title-case headline capitalizes but which no
// name holds: "Trump Just Announced", "Republicans Finally Confirmed".
func (r *run) headlineVerbal(t int) bool {
	if r.in(setAux, t) {
		return true
	}
	return r.wordClass(t).Has(phr.Adverb | phr.Negation)
}
