package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// quoteTail returns the speaker of quote q read from the words right after
// it: a quote closed by a comma, a question mark or an exclamation mark, then
// a named person or "he" or "she" and a verb (`"...," Toomey fumed`,
// `"...?" Mrs. Clinton asked`). The verb need not be a known cue: the
// punctuation inside the marks and the order of the words make the frame. It
// also returns the verb's token. The words must be in the quote's paragraph.
func (r *run) quoteTail(q *quoteRegion) (tokenSpan, int, bool) {
	c := q.close
	if c < 1 || c+2 >= len(r.toks) {
		return tokenSpan{}, 0, false
	}
	p := c - 1
	for p > q.open && r.toks[p].Start >= q.closeAt {
		p-- // the first half of a doubled mark: ''
	}
	if !r.is(p, ",?!") {
		return tokenSpan{}, 0, false
	}
	j := c + 1
	if !r.isWord(j) || r.quoteOf[j] >= 0 || r.isOpen(j) || r.paraOf(r.toks[j].Start) != q.para {
		return tokenSpan{}, 0, false
	}
	e := j + 1
	if !r.f.person[r.low[j]] || !r.isLower(j) {
		e = r.npForward(j, min(len(r.toks), j+npForwardWindow))
		if e <= j || !r.personIn(j, e) {
			return tokenSpan{}, 0, false
		}
	}
	if e >= len(r.toks) || !r.isWord(e) || !r.isLower(e) || r.f.boundary[r.low[e]] || r.f.determ[r.low[e]] || r.f.aux[r.low[e]] {
		return tokenSpan{}, 0, false
	}
	if _, _, cue := match(r, r.f.cues, e, e+1); !r.is(p, ",") && !cue && !r.f.words.hasSuffix(rules.WordPastEnd, r.low[e]) {
		return tokenSpan{}, 0, false // a question or an exclamation may end the sentence: the verb must tell speech
	}
	return tokenSpan{j, e}, e, true
}

// addTailed adds a quote claim for region qi whose speaker the words after
// it name, when they do; it reports whether it did.
func (r *run) addTailed(qi int) bool {
	q := &r.quotes[qi]
	spk, v, ok := r.quoteTail(q)
	if !ok {
		return false
	}
	r.drafts = append(r.drafts, draft{kind: document.Quote, speaker: spk, content: q.inner, cueSpan: r.span(v, v+1),
		cue: r.toks[v].Text, rule: r.f.quoteID, region: qi, inherit: -1})
	q.claim = len(r.drafts) - 1
	r.markClaimed(q.inner)
	return true
}
