package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// rebuttal reads a denial after the comma at token i: a clause, a comma, then
// a rebuttal noun (or "which") with the speaker and a denial cue. The speaker
// denies the clause before the comma, or the content of the claim made there;
// that content ends at the comma. It returns the token after the cue.
func (r *run) rebuttal(s, i, first int) (int, bool) {
	a, b := r.sents[s][0], r.sents[s][1]
	k := i + 1
	if k+1 < b && r.word(rules.WordRebuttalObject, k) {
		k++ // "..., which the company denies"; not "which has denied"
		if !(r.isLower(k) && r.in(setDeterm, k) || r.isCap(k) || r.subjectPronoun(k)) {
			return 0, false
		}
	} else {
		if k < b && r.isLower(k) && r.in(setDeterm, k) {
			k++ // "a claim", "an allegation"
		}
		if k >= b || !r.isLower(k) || !r.f.rebutN[r.lower(k)] {
			return 0, false
		}
		k++
		if k < b && r.word(rules.WordRebuttalLink, k) {
			k++
		}
	}
	x := k
	var ac *attrCue
	j := 0
	for ; x < b && x < k+rebuttalCueWindow && r.isWord(x); x++ {
		if c, e, ok := match(r, r.f.rebuts, x, b); ok && r.isLower(x) {
			ac, j = c, e
			break
		}
	}
	if ac == nil || x == k {
		return 0, false
	}
	e := r.skipAuxBack(x-1, k) + 1 // "that it has consistently denied": the speaker is "it"
	if e <= k || !r.validNP(k, e) {
		return 0, false
	}
	// What is denied: the content of the claim before the comma, else the clause.
	cut := r.toks[i].Start
	var content document.Span
	for n := len(r.drafts) - 1; n >= first && n >= len(r.drafts)-draftsBack; n-- {
		r.steps++
		dr := &r.drafts[n]
		if dr.content.Start < cut && dr.content.End > r.toks[max(a, i-1)].Start {
			if dr.content.End > cut {
				dr.content.End = r.toks[i-1].End
			}
			content = dr.content
			break
		}
	}
	if content.Len() == 0 {
		c := a
		for t := i - 1; t > a && t > i-clauseBackWindow; t-- {
			if r.is(t, ";:") && r.quoteOf[t] < 0 {
				c = t + 1
				break
			}
		}
		c, e := r.trimContent(c, i)
		if r.words(c, e) < 3 {
			return 0, false
		}
		content = r.span(c, e)
	}
	n := r.add(document.Reported, tokenSpan{k, e}, content, x, j, ac.id, -1, false)
	r.drafts[n].rebuts = true
	r.markClaimed(r.span(i, j))
	return j, true
}
