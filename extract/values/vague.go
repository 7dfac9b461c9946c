package values

import "github.com/claimex/claimex/document"

// vagueTime reads a time that names no calendar date: "now", "currently",
// "recently", "the future", and "recent" before a plural time unit ("recent
// years"). Its value is nil and its anchor says where it lies from the
// reference date: present, past or future.
func (sc *scan) vagueTime(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if p, e := lex.match(ts, i, cTimeVague); p != nil {
		return cand{start: i, end: e, typ: document.Date, anchor: p.val}, true
	}
	p, e := lex.match(ts, i, cTimeVagueAdj)
	if p == nil {
		return cand{}, false
	}
	u, ue := lex.match(ts, e, cTimeUnit)
	if u == nil || !pluralWord(ts[ue-1].lower()) {
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
	// "the last few months"; "last" alone may be a verb ("will last a few days")
	if r, e := lex.match(ts, j, cRelLast); r != nil && len(r.toks) > 1 {
		j, anchor = e, document.AnchorPast
	} else if r, e := lex.match(ts, j, cRelNext); r != nil && len(r.toks) > 1 {
		j, anchor = e, document.AnchorFuture
	}
	p, e := lex.match(ts, j, cTimeVagueCount)
	if p == nil {
		return cand{}, false
	}
	u, ue := lex.match(ts, e, cTimeUnit)
	if u == nil || !pluralWord(ts[ue-1].lower()) {
		return cand{}, false
	}
	if p.num > 0 {
		// "a couple of years", "the next couple of weeks": about that many
		return cand{start: i, end: ue, typ: document.Duration, value: isoDuration(p.num, u.val), approx: true}, true
	}
	if anchor != "" {
		return cand{start: i, end: ue, typ: document.Period, anchor: anchor, approx: true}, true
	}
	return cand{start: i, end: ue, typ: document.Duration, approx: true}, true
}

// since reads "since X": an open period from the start of X to the
// reference date. X points back whatever the tense ("since March" in a
// December story is this March).
func (sc *scan) since(i int) (cand, bool) {
	if !sc.clock.known || !sc.f.lex.has(sc.ts, i, cTimeSince) {
		return cand{}, false
	}
	x, ok := sc.texpr(i + 1)
	if !ok || x.start != i+1 {
		return cand{}, false
	}
	ref := sc.clock.ref
	start := x.s.a
	if start.After(ref) && !x.hasYear {
		start = start.AddDate(-1, 0, 0) // "since March" in a February story
	}
	if !start.Before(ref) {
		return cand{}, false
	}
	typ, v := period(start, ref).value()
	return cand{start: i, end: x.end, typ: typ, value: v}, true
}
