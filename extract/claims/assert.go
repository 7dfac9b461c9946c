package claims

import (
	"sort"
	"unicode"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Windows of the assertion reading, in tokens.
const (
	maxParticipleGap = 3 // from an event auxiliary to its participle ("was quickly approved")
	maxSpeakerGap    = 3 // from a speaker to its cue ("the government says")
	maxLinkTokens    = 8 // a trailing link into a claim (", in a move that")
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
	lead := r.claimStarts()
	vi := 0
	for s, st := range r.d.Sentences {
		for vi < len(vals) && vals[vi].Start < st.Start {
			vi++
		}
		a, b := r.sents[s][0], r.sents[s][1]
		if r.claimed[s] {
			r.leadClause(s, lead[s])
			continue
		}
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
				if r.isLower(k) && len(r.lower(k)) > 1 && (k == 0 || r.toks[k-1].Text != "@") {
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
		for k := a; k < b && !hasValue; k++ {
			hasValue = r.isWord(k) && unicode.IsDigit(rune(r.toks[k].Text[0])) // a number the value stage left alone
		}
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
		if r.f.events[r.lower(k)] {
			return true
		}
		if r.f.eventAux[r.lower(k)] {
			for x := k + 1; x < b && x <= k+maxParticipleGap; x++ {
				if r.isLower(x) && r.endsWith(rules.WordParticipleEnd, x) {
					return true
				}
			}
		}
	}
	return false
}

// claimStarts returns, per sentence, the first token of a claim's cue or
// content in it, or -1, with the speaker right before a cue. A speaker further
// away may well be the subject of the article's own clause ("Pilots have
// voted to strike, threatening ...").
func (r *run) claimStarts() []int {
	first := make([]int, len(r.sents))
	for i := range first {
		first[i] = -1
	}
	note := func(t int) {
		if t < 0 || t >= len(r.toks) || r.sentOf(t) < 0 {
			return
		}
		if s := r.sentOf(t); first[s] < 0 || t < first[s] {
			first[s] = t
		}
	}
	for i := range r.drafts {
		dr := &r.drafts[i]
		if dr.cueSpan.Len() > 0 {
			cue := r.tokenAt(dr.cueSpan.Start)
			note(cue)
			if !dr.speaker.empty() && dr.speaker[1] <= cue && (cue-dr.speaker[1] <= maxSpeakerGap || r.parenAsideStart(cue-1, 0) == dr.speaker[1]) {
				note(dr.speaker[0]) // "... in a push the government says will ..."
			}
		}
		if dr.content.Len() > 0 {
			note(r.tokenAt(dr.content.Start))
		}
	}
	return first
}

// leadClause makes the opening clause of sentence s an assertion when the
// sentence's claims start only after it: "Pilots have voted to strike,
// threatening to ground flights", "Spain has awarded licences ..., in a push
// the government says will cut ...". The clause states an event with its own
// verb, not someone's words.
func (r *run) leadClause(s, first int) {
	a := r.sents[s][0]
	if first <= a || r.quoteOf[a] >= 0 || r.isOpen(a) {
		return
	}
	e := first
	// Drop a trailing link into the claim: ", and", "in a move that", ", a
	// penalty (the bank said ...)".
	for c := e - 1; c > a && c > e-maxLinkTokens; c-- {
		if r.is(c, ",;—–") {
			e = c
			break
		}
	}
	if e < first && r.is(e, ",") && r.openingAdjunct(s, e) >= 0 {
		return // an adjunct of the claim's own clause: "In May, as ..., the mayor said"
	}
	for e > a && (!r.isWord(e-1) || r.isLower(e-1) && r.in(setBoundary, e-1)) {
		e--
	}
	c, e := r.trimContent(a, e)
	if r.words(c, e) < r.f.minAssert || !r.named(c, e) || !r.event(c, e) {
		return
	}
	lower := 0
	for k := c; k < e; k++ {
		if r.isLower(k) && len(r.lower(k)) > 1 {
			lower++
		}
	}
	if lower < 3 {
		return
	}
	r.drafts = append(r.drafts, draft{kind: document.Assertion, inherit: -1, content: r.span(c, e), rule: r.f.assertID, region: -1})
}
