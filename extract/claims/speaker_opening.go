package claims

import "github.com/claimex/claimex/rules"

// maxOpeningCommas is the most commas an opening participial phrase may
// hold before the subject: "Speaking at a town hall in Salem, New
// Hampshire, Trump ...".
const maxOpeningCommas = 3

// participleOpening returns the first token after an opening participial
// phrase of the sentence that starts at token x ("Continuing to explain his
// perspective, Carson ...", "Having said that, the judge ..."), when one ends
// before token i, or x when the sentence opens otherwise. Past a comma, a
// capitalized phrase closed by another comma is still the opening phrase (a
// place: "in Salem, New Hampshire,").
func (r *run) participleOpening(x, i int) int {
	if x >= i || !r.isWord(x) || !r.isCap(x) || !r.verbForm(x) || r.f.words.hasSuffix(rules.WordPluralEnd, r.lower(x)) {
		return x
	}
	t := x
	for n := 0; n < maxOpeningCommas; n++ {
		for t < i && !r.is(t, ",") {
			if r.quoteOf[t] >= 0 {
				return x
			}
			t++
		}
		if t+1 >= i {
			return x
		}
		e := t + 1
		for e < i && (r.isCap(e) || r.is(e, ".")) {
			e++
		}
		if e == t+1 || e >= i || !r.is(e, ",") {
			return t + 1
		}
		t = e
	}
	return x
}
