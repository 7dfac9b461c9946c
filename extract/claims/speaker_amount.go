package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"sort"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// percentEndingAt returns the first token of a percent value of the values
// stage that ends with token k, or -1: "47 percent", "42%".
func (r *run) percentEndingAt(k int) int {
	if k < 0 || k >= len(r.toks) {
		return -1
	}
	vals, vs, end := r.valueOrder(), r.d.Values, r.toks[k].End
	x := sort.Search(len(vals), func(x int) bool { return vs[vals[x]].End >= end })
	for ; x < len(vals) && vs[vals[x]].End == end; x++ {
		if v := vs[vals[x]]; v.Type == document.Percent && v.Start < v.End {
			return r.tokenAt(v.Start)
		}
	}
	return -1
}

// amountSubject reads a share of people as the subject ending at token k:
// a percent ("42% said"), a percent of a group of people ("56 percent of
// Cuban-Americans said", not "41 percent of the vote"), either one with the participle of a contact verb
// after it ("56 percent of those polled said"), and an approximator before
// it ("some 56 percent"). Poll reports speak through such subjects.
func (r *run) amountSubject(k, a int) (tokenSpan, bool) {
	e := k
	if e-1 >= a && r.word(rules.WordContactVerb, e) {
		e-- // "those polled", "Cuban-Americans surveyed"
	}
	p := r.percentEndingAt(e)
	if p < 0 {
		if ns := r.npBack(e, a); ns <= e && ns-2 >= a && r.word(rules.WordGroupOf, ns-1) && r.validNP(ns, e+1) && r.agent(tokenSpan{ns, e + 1}) {
			p = r.percentEndingAt(ns - 2)
		}
	}
	if p < 0 {
		p = r.percentOfGroup(e, a)
	}
	if p < a {
		return tokenSpan{}, false
	}
	st := r.shareStart(p, a)
	if st > a && r.isLower(st-1) && r.wordClass(st-1).Has(phr.Preposition) && !r.wordClass(st-1).Has(phr.Subordinator) &&
		!(k+1 < len(r.toks) && (r.endsWith(rules.WordGerundEnd, k+1) || r.wordIs(rules.WordSubjectRelative, k+1))) {
		// The object of a preposition: "leads the field with 36 percent
		// support"; but the subject of a participle or a relative clause:
		// "with 42% preferring", "including 18% who say".
		return tokenSpan{}, false
	}
	return tokenSpan{st, k + 1}, true
}

// percentOfGroup returns the first token of a percent before "of" and a
// group of people whose head is token e, over modifiers that the noun
// phrase reading stops at ("74 percent of Democratic registered voters"),
// or -1.
func (r *run) percentOfGroup(e, a int) int {
	if e <= a || !r.speakerNoun(e) {
		return -1
	}
	for q := e - 1; q > a && q >= e-maxNPWords; q-- {
		if r.word(rules.WordGroupOf, q) {
			return r.percentEndingAt(q - 1)
		}
		if !r.isWord(q) || r.isLower(q) && (r.in(setBoundary, q) || r.in(setAux, q)) {
			return -1
		}
	}
	return -1
}
