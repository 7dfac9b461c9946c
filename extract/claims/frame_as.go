package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// asClauseEnd returns the token after the comma that closes a clause
// opened by "as" before speaker spk, whose cue ends at token j: the main
// clause after the comma is the content, whatever adjuncts follow the cue
// ("As the paper reported on Saturday, ...") or the listener after a cue
// that takes one (object). It returns -1 when "as" does
// not open the sentence, or when no comma closes its clause near the cue.
// Only a cue that may follow its content reads so: "As he considered a run,
// ..." holds a stance of its own, not the main clause.
func (r *run) asClauseEnd(spk tokenSpan, j, a, b int, object bool) int {
	p := spk[0] - 1
	if p < a || !r.wordIs(rules.WordFrameAs, p) {
		return -1
	}
	if j < b && !r.is(j, ",") && !object && !r.wordClass(j).Has(phr.Preposition) && !r.in(setAdverb, j) {
		return -1 // an object of its own: "As they lamented illegal immigration, ..."
	}
	if p > a && !(p-1 == a && r.wordClass(a).Has(phr.Coordinator)) {
		return -1
	}
	for t := j; t < b && t < j+contentStartWindow; t++ {
		switch {
		case r.quoteOf[t] >= 0 || r.is(t, ":;") || r.wordIs(rules.WordComplementizer, t):
			return -1
		case r.is(t, ","):
			return t + 1
		}
	}
	return -1
}

// asMainClause reports whether draft d's frame is a clause opened by "as"
// whose content is the main clause after the frame's comma ("As the paper
// reported, the mayor ...").
func (r *run) asMainClause(d *draft) bool {
	c, sp := r.tokenAt(d.content.Start), d.speaker[0]
	return !d.speaker.empty() && sp > 0 && r.wordIs(rules.WordFrameAs, sp-1) && d.content.Start >= d.cueSpan.End && r.is(c-1, ",")
}
