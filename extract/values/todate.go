package values

import "time"

// toDate reads a period from the start of the current calendar unit to the
// reference date: a lead and this unit ("so far this year", "thus far this
// month"), the unit and a tail ("the year to date", "year-to-date"), or an
// abbreviation ("YTD"). The words come from the valueword pack.
func (sc *scan) toDate(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if !sc.clock.known {
		return cand{}, false
	}
	if p, e := lex.match(ts, i, cTodateAbbr); p != nil {
		return sc.unitToDate(i, e, p.val)
	}
	if _, e := lex.match(ts, i, cTodateLead); e > i {
		if n, j, ok := sc.relWord(e); ok && n == 0 {
			if u, ue := lex.match(ts, j, cTimeCalendar); u != nil {
				return sc.unitToDate(i, ue, u.val)
			}
		}
		return cand{}, false
	}
	j := i
	if n, e, ok := sc.relWord(i); ok && n == 0 {
		j = e // "this year to date"
	} else if hasDeterminer(lex, ts, i) {
		j = i + 1 // "the year to date"
	}
	u, ue := lex.match(ts, j, cTimeCalendar)
	if u == nil {
		return cand{}, false
	}
	if _, e := lex.match(ts, ue, cTodateTail); e > ue {
		return sc.unitToDate(i, e, u.val)
	}
	return cand{}, false
}

// unitToDate is the period over tokens [start, end) from the start of the
// current calendar unit to the reference date.
func (sc *scan) unitToDate(start, end int, unit string) (cand, bool) {
	ref := sc.clock.ref
	s, ok := unitSpan(ref, unit, 0)
	if !ok || s.a.After(ref) {
		return cand{}, false
	}
	typ, v := period(s.a, ref).value()
	return cand{start: start, end: end, typ: typ, value: v}, true
}

// restOf reads what is left of a calendar unit: "the rest of the week",
// "the remainder of this year", a period from the reference date to the
// unit's end.
func (sc *scan) restOf(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if !sc.clock.known {
		return cand{}, false
	}
	_, j := lex.match(ts, i, cRestOf)
	if j == i {
		return cand{}, false
	}
	if n, e, ok := sc.relWord(j); ok && n == 0 {
		j = e
	} else if hasDeterminer(lex, ts, j) {
		j++
	} else {
		return cand{}, false
	}
	u, ue := lex.match(ts, j, cTimeCalendar)
	if u == nil {
		return cand{}, false
	}
	ref := sc.clock.ref
	s, ok := unitSpan(ref, u.val, 0)
	if !ok || s.b.Before(ref) {
		return cand{}, false
	}
	typ, v := period(maxTime(s.a, ref), s.b).value()
	return cand{start: i, end: ue, typ: typ, value: v}, true
}

// hasDeterminer reports whether token i is a determiner of the time.det
// list ("the" in "the rest of the week").
func hasDeterminer(lex *lexicon, ts []tok, i int) bool {
	p, e := lex.match(ts, i, cTimeDet)
	return p != nil && e == i+1
}

// maxTime is the later of a and b.
func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
