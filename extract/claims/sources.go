package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Windows of the source reading.
const (
	maxSourceTokens = 25 // tokens of the source after "according to"
	maxDraftsBefore = 50 // claims of the sentence looked at for a via
)

// sources reads "according to X" frames. After another frame in the same
// sentence, X is that claim's via ("he told journalists, according to
// Reuters"); otherwise X is the claimant of the content.
func (r *run) sources() {
	k := 0 // drafts made by the frame pass are in sentence order
	n := len(r.drafts)
	for s := range r.sents {
		a, b := r.sents[s][0], r.sents[s][1]
		for k < n && r.sentOfOff(r.drafts[k].order()) < s {
			k++
		}
		for i := a; i < b; i++ {
			if r.quoteOf[i] >= 0 || !r.isSourceAt(i, b) {
				continue
			}
			ac, j, _ := match(r, r.f.cues, i, b)
			e := j
			for e < b && e < j+maxSourceTokens && (!r.is(e, ",;:.!?") || r.abbrevDot(e, b)) && !r.isOpen(e) && !r.isClose(e) {
				e++
			}
			if e == j || r.words(j, e) == 0 || r.isPossessive(e-1) {
				continue
			}
			spk := tokenSpan{j, e}
			setOff := i > a && (r.is(i-1, ",—(") || r.isClose(i-1)) // after a comma, dash, parenthesis or quote
			switch {
			case r.sourceOpens(i, a):
				if e < b && r.is(e, ",") {
					if _, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac); ok {
						r.markClaimed(r.span(i, b))
					}
				}
			case setOff || r.sourceCloses(i, e, a, b):
				via := false
				for x := k; x < n && x < k+maxDraftsBefore && r.sentOfOff(r.drafts[x].order()) == s; x++ {
					if dr := &r.drafts[x]; dr.cueSpan.End <= r.toks[i].Start && dr.via == "" && !dr.speaker.empty() {
						dr.via = r.clean(r.span(j, e))
						if m := r.mentionIn(r.span(j, e)); m >= 0 {
							dr.via = r.d.Entities[r.mentions[m].ent].Name
						}
						r.endContentBefore(dr, i) // "..., according to Reuters" is no content
						via = true
					}
				}
				if via {
					continue
				}
				pre := i - 1
				if !setOff {
					pre = i // no comma before the source: the clause ends at the cue
				}
				if q := r.closedBy(pre); q >= 0 || (r.is(pre, ",") && r.closedBy(pre-1) >= 0) {
					if q < 0 {
						q = r.closedBy(pre - 1)
					}
					if r.quotes[q].claim < 0 {
						r.add(document.Quote, spk, r.quotes[q].inner, i, j, ac.id, q, false)
					}
					continue
				}
				first := -1
				if r.words(a, pre) >= 2 {
					if d, ok := r.addContent(document.Reported, spk, a, pre, i, j, ac); ok {
						r.markClaimed(r.span(a, e))
						first = d
					}
				}
				if e+1 < b && r.is(e, ",") && r.words(e+1, b) >= 2 && r.sourceResumes(s, e+1, b) {
					d, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac)
					if ok && first >= 0 && r.verbGroupAt(s, e+1) && r.verbless(r.tokenAt(r.drafts[first].content.Start), pre) {
						r.joinMedial(first, d) // "His criticism, according to X, was ..."
					}
				}
			}
			i = e - 1
		}
	}
}

// sourceOpens reports whether the source cue at token i opens its clause in
// the sentence starting at token a: first in the sentence, after an opener
// ("But according to"), an opener and a comma ("But, according to"), or a
// colon ("... unnoticed: According to recent polls, ...").
func (r *run) sourceOpens(i, a int) bool {
	switch {
	case i == a:
		return true
	case i-1 >= a && r.is(i-1, ":") && r.quoteOf[i-1] < 0:
		return true
	case i-1 >= a && r.is(i-1, ","):
		i-- // "But, according to"
	}
	return i == a+1 && r.isWord(a) && r.wordIs(rules.WordSourceOpener, a)
}

// sourceCloses reports whether the source cue at token i, with its source
// ending at token e, closes a clause of its own without a comma before it:
// "Clinton leads by 271 delegates according to a count by the AP."
func (r *run) sourceCloses(i, e, a, b int) bool {
	return i-1 > a && r.isWord(i-1) && r.words(a, i) >= minSourcedWords && (e >= b-1 || r.is(e, ",;"))
}

// minSourcedWords is the fewest words of a clause before a source cue
// that no comma sets off.
const minSourcedWords = 4

// sentOfOff returns the sentence holding byte offset off.
func (r *run) sentOfOff(off int) int { return r.sentenceAt(off) }
