package values

import "github.com/claimex/claimex/document"

// vagueTime reads a time that names no calendar date: "now", "currently",
// "recently", "the future", and "recent" before a plural time unit ("recent
// years"). Its value is nil and its anchor says where it lies from the
// reference date: present, past or future.
func (sc *scan) vagueTime(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if p, e := lex.match(ts, i, "time.vague"); p != nil {
		return cand{start: i, end: e, typ: document.Date, anchor: p.val}, true
	}
	p, e := lex.match(ts, i, "time.vague.adj")
	if p == nil {
		return cand{}, false
	}
	u, ue := lex.match(ts, e, "time.unit")
	if u == nil || !pluralWord(ts[ue-1].low) {
		return cand{}, false
	}
	return cand{start: i, end: ue, typ: document.Period, anchor: p.val}, true
}

// pluralWord reports whether a word ends in the plural "s" ("years").
func pluralWord(w string) bool { return len(w) > 2 && w[len(w)-1] == 's' }

// vagueSpan reads a vague count of a time unit: "a few days", "several
// months", "a couple of years" (a duration of unknown length), or such a
// count after last or next: "the last few months" (a period of unknown
// bounds, anchored in the past or the future). The value is nil and the
// span approximate.
func (sc *scan) vagueSpan(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	anchor := ""
	switch {
	case lex.has(ts, j, "rel.last"):
		_, j = lex.match(ts, j, "rel.last")
		anchor = document.AnchorPast
	case lex.has(ts, j, "rel.next"):
		_, j = lex.match(ts, j, "rel.next")
		anchor = document.AnchorFuture
	}
	p, e := lex.match(ts, j, "time.vague.count")
	if p == nil {
		return cand{}, false
	}
	u, ue := lex.match(ts, e, "time.unit")
	if u == nil || !pluralWord(ts[ue-1].low) {
		return cand{}, false
	}
	if anchor != "" {
		return cand{start: i, end: ue, typ: document.Period, anchor: anchor, approx: true}, true
	}
	return cand{start: i, end: ue, typ: document.Duration, approx: true}, true
}
