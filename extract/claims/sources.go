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
			opens := i == a || (i == a+1 && r.isWord(a) && r.wordIs(rules.WordSourceOpener, a))
			switch {
			case opens:
				if e < b && r.is(e, ",") {
					if _, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac); ok {
						r.markClaimed(r.span(i, b))
					}
				}
			case r.is(i-1, ",—(") || r.isClose(i-1):
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
					if k, ok := r.addContent(document.Reported, spk, a, pre, i, j, ac); ok {
						r.markClaimed(r.span(a, e))
						first = k
					}
				}
				if e+1 < b && r.is(e, ",") && r.words(e+1, b) >= 2 && r.sourceResumes(s, e+1, b) {
					k, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac)
					if ok && first >= 0 && r.verbGroupAt(s, e+1) && r.verbless(r.tokenAt(r.drafts[first].content.Start), pre) {
						r.joinMedial(first, k) // "His criticism, according to X, was ..."
					}
				}
			}
			i = e - 1
		}
	}
}

// sentOfOff returns the sentence holding byte offset off.
func (r *run) sentOfOff(off int) int { return r.sentenceAt(off) }
