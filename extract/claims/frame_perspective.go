package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// perspectives reads the perspective frames that open sentences no other
// frame read: "To many voters, the plan is a betrayal" gives the voters'
// view, "To Maria Holt, who ran the port, the move made sense" Holt's.
func (r *run) perspectives() {
	for s := range r.sents {
		a, b := r.sents[s][0], r.sents[s][1]
		i := a
		if r.isWord(a) && r.wordIs(rules.WordSourceOpener, a) {
			i++ // "But to many voters, ..."
		}
		ac, j, ok := match(r, r.f.views, i, b)
		if !ok || r.quoteOf[i] >= 0 || r.claimed[s] {
			continue
		}
		e := r.sourceEnd(j, b)
		if e == j || e >= b || !r.is(e, ",") || r.verbGroupIn(s, j, e) || !r.viewHolder(tokenSpan{j, e}) {
			continue
		}
		c := e + 1
		if r.wordIs(rules.WordRelativePronoun, c) {
			c = r.sourceEnd(c, b) + 1 // past the relative clause on the holder
		}
		if c >= b || !r.verbGroupIn(s, c, b) {
			continue
		}
		if _, ok := r.addContent(document.Reported, tokenSpan{j, e}, c, b, i, j, ac); ok {
			r.markClaimed(r.span(i, b))
		}
	}
}

// viewHolder reports whether phrase spk can hold a view: someone, a body,
// or a pronoun that stands for them ("To them, ..."). A noun phrase opens
// with a name, a determiner or a quantifier, never a verb: "To prevent
// delays in Tamarac, ..." tells a purpose.
func (r *run) viewHolder(spk tokenSpan) bool {
	k := spk[0]
	if spk[1]-k == 1 && r.word(rules.WordObjectPronoun, k) {
		return true
	}
	if !r.isCap(k) && !r.in(setDeterm, k) && !r.quantifier(k) {
		return false
	}
	head := spk[1]
	for x := k + 1; x < head; x++ {
		if r.isLower(x) && r.wordClass(x).Has(phr.Preposition) {
			head = x // the holder heads the phrase: "many voters in the valley"
			break
		}
	}
	return r.validNP(k, spk[1]) && r.agent(tokenSpan{k, head})
}
