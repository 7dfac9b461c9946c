package claims

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
)

// assertions turns the article's own checkable sentences into claims: those
// not already holding a claim that name an entity together with a number, a
// date or an event.
func (r *run) assertions() {
	if r.f.assertID == "" {
		return
	}
	vals := make([]document.Span, 0, len(r.d.Values))
	for _, v := range r.d.Values {
		vals = append(vals, v.Span)
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].Start < vals[j].Start })
	vi := 0
	for s, st := range r.d.Sentences {
		for vi < len(vals) && vals[vi].Start < st.Start {
			vi++
		}
		if r.claimed[s] {
			continue
		}
		a, b := r.sents[s][0], r.sents[s][1]
		if a >= b || r.quoteOf[a] >= 0 || r.isOpen(a) || r.is(b-1, "?") {
			continue
		}
		n, caps, lower := 0, 0, 0
		for k := a; k < b; k++ {
			if r.isWord(k) {
				n++
				if r.isCap(k) {
					caps++
				}
				if r.isLower(k) && len(r.low[k]) > 1 && (k == 0 || r.toks[k-1].Text != "@") {
					lower++
				}
			}
		}
		// A sentence has a verb and function words; a dateline, a byline or a
		// list of dates does not.
		if n < r.f.minAssert || caps*10 > n*6 || lower < 3 {
			continue
		}
		hasValue := vi < len(vals) && vals[vi].End <= st.End
		if !r.named(a, b) && !hasValue {
			continue
		}
		if !hasValue && !r.event(a, b) {
			continue
		}
		c, e := r.trimContent(a, b)
		if r.words(c, e) < r.f.minAssert {
			continue
		}
		r.drafts = append(r.drafts, draft{kind: document.Assertion, inherit: -1, content: r.span(c, e), rule: r.f.assertID, region: -1})
	}
}

// event reports whether tokens [a, b) hold an event word or an auxiliary
// followed by a past participle ("has started", "was detained").
func (r *run) event(a, b int) bool {
	for k := a; k < b; k++ {
		if !r.isLower(k) {
			continue
		}
		if r.f.events[r.low[k]] {
			return true
		}
		if r.f.eventAux[r.low[k]] {
			for x := k + 1; x < b && x <= k+3; x++ {
				if r.isLower(x) && (strings.HasSuffix(r.low[x], "ed") || strings.HasSuffix(r.low[x], "en")) {
					return true
				}
			}
		}
	}
	return false
}
