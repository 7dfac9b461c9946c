package values

import "time"

// ordinalAt reads "first", "2nd", "third last", "last" as an index (negative from the end).
func (sc *scan) ordinalAt(i int) (int, int, bool) {
	ts := sc.ts
	if sc.f.lex.has(ts, i, cOrdinalLast) {
		return -1, i + 1, true
	}
	var n, e int
	if p, e2 := sc.f.lex.match(ts, i, cNumberOrdinal); p != nil && p.num > 0 {
		n, e = int(p.num), e2
	} else if isDigitTok(ts, i) && i+1 < len(ts) && tight(ts, i+1) && sc.f.lex.has(ts, i+1, cNumberOrdsuffix) {
		v := 0
		for _, c := range ts[i].raw {
			v = v*10 + int(c-'0')
		}
		n, e = v, i+2
	} else {
		return 0, i, false
	}
	if _, e2 := sc.f.lex.match(ts, e, cOrdinalFromEnd); e2 > e {
		return -n, e2, true // "third last", "second to last"
	}
	return n, e, true
}

// nthOf reads "the first Monday in this month", "last friday of october",
// "the third last week of 2018", "first week of october 2014", "the last 3
// weeks of this year", "first ten days of last year", "the week of october 7th",
// "third tuesday after christmas 2014".
func (sc *scan) nthOf(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts, lex := sc.ts, sc.f.lex
	j := i
	if sc.f.lex.has(ts, j, cTimeDet) {
		j++
	}
	if x, ok := sc.weekOfDate(i, j); ok {
		return x, true
	}
	ord, k, ok := sc.ordinalAt(j)
	if !ok {
		// "the last 3 weeks of", "first ten days of": count after "first"/"last"
		return tx{}, false
	}
	// "first ten days of last year", "the last 3 weeks of this year"
	if x, ok, found := sc.edgeUnitsOf(i, ord, k); found {
		return x, ok
	}
	if sc.isUnit(k, "week") && sc.f.lex.has(ts, k+1, cTimeOf) {
		return sc.nthWeekOf(i, ord, k)
	}
	if sc.isUnit(k, "day") && sc.f.lex.has(ts, k+1, cTimeOf) && ord > 0 {
		// "the first day of next month"
		r, ok := sc.monthRef(k + 2)
		if !ok {
			return tx{}, false
		}
		return tx{s: dayOf(r.s.a.AddDate(0, 0, ord-1)), start: i, end: r.end}, true
	}
	if sc.isUnit(k, "day") && sc.f.lex.has(ts, k+1, cTimeOfIn) && ord == -1 {
		r, ok := sc.monthRef(k + 2)
		if !ok {
			return tx{}, false
		}
		return tx{s: dayOf(r.s.b), start: i, end: r.end}, true
	}
	wd, e, ok := sc.weekdayAt(k)
	if !ok {
		if p, e2 := lex.match(ts, k, cWeekday); p != nil {
			wd, e, ok = int(p.num), e2, true
		}
	}
	if !ok {
		return tx{}, false
	}
	if sc.f.lex.has(ts, e, cTimeOfIn) {
		return sc.nthWeekdayIn(i, ord, wd, e)
	}
	return sc.nthWeekdayFrom(i, ord, wd, e)
}

// weekOfDate reads "the week of october 7th" with "week" at j: the week
// holding that day.
func (sc *scan) weekOfDate(i, j int) (tx, bool) {
	if !sc.isUnit(j, "week") || !sc.f.lex.has(sc.ts, j+1, cTimeOf) {
		return tx{}, false
	}
	if x, ok := sc.dayFirst(j + 2); ok {
		a := weekStart(x.s.a)
		return tx{s: period(a, a.AddDate(0, 0, 6)), start: i, end: x.end}, true
	}
	if x, ok := sc.monthFirst(j + 2); ok && x.dom > 0 {
		a := weekStart(x.s.a)
		return tx{s: period(a, a.AddDate(0, 0, 6)), start: i, end: x.end}, true
	}
	return tx{}, false
}

// edgeUnitsOf reads a count of days, weeks or months of a period after the
// ordinal ord that ends before k ("first ten days of last year", "the last
// 3 weeks of this year"). found says the words are there, even when the
// period has too few of the units (ok false).
func (sc *scan) edgeUnitsOf(i, ord, k int) (x tx, ok, found bool) {
	ts, lex := sc.ts, sc.f.lex
	n, ok := sc.number(k, false, false)
	if !(ok && !n.ordinal && n.v >= 1 && n.v == float64(int(n.v))) {
		return tx{}, false, false
	}
	p, e := lex.match(ts, n.end, cTimeUnit)
	if !(p != nil && sc.f.lex.has(ts, e, cTimeOf) && (p.val == "D" || p.val == "W" || p.val == "M")) {
		return tx{}, false, false
	}
	r, ok := sc.monthRef(e + 1)
	if !ok {
		return tx{}, false, false
	}
	s, ok := edgeUnits(r.s.a, r.s.b, p.val, int(n.v), ord)
	if !ok {
		return tx{}, false, true
	}
	return tx{s: s, start: i, end: r.end}, true, true
}

// edgeUnits returns the first (ord > 0) or last cnt days ("D"), full weeks
// ("W") or months ("M") of the period from a to b.
func edgeUnits(a, b time.Time, unit string, cnt, ord int) (tspan, bool) {
	switch unit {
	case "D":
		if ord > 0 {
			return period(a, a.AddDate(0, 0, cnt-1)), true
		}
		return period(b.AddDate(0, 0, 1-cnt), b), true
	case "W":
		ws := fullWeeks(a, b)
		if len(ws) < cnt {
			return tspan{}, false
		}
		if ord > 0 {
			return period(ws[0], ws[cnt-1].AddDate(0, 0, 6)), true
		}
		return period(ws[len(ws)-cnt], ws[len(ws)-1].AddDate(0, 0, 6)), true
	case "M":
		if ord > 0 {
			return period(a, a.AddDate(0, cnt, -1)), true
		}
		return period(b.AddDate(0, 1-cnt, 0).AddDate(0, 0, 0), b), true
	}
	return tspan{}, false
}

// nthWeekOf reads the period after "week of" at k ("the third last week of
// 2018") and returns its full week numbered ord.
func (sc *scan) nthWeekOf(i, ord, k int) (tx, bool) {
	r, ok := sc.monthRef(k + 2)
	if !ok {
		return tx{}, false
	}
	ws := fullWeeks(r.s.a, r.s.b)
	idx := ord - 1
	if ord < 0 {
		idx = len(ws) + ord
	}
	if idx < 0 || idx >= len(ws) {
		return tx{}, false
	}
	return tx{s: period(ws[idx], ws[idx].AddDate(0, 0, 6)), start: i, end: r.end}, true
}

// nthWeekdayIn reads the period after the "in"/"of" at e ("the first Monday
// in this month") and returns its weekday wd numbered ord.
func (sc *scan) nthWeekdayIn(i, ord, wd, e int) (tx, bool) {
	ts := sc.ts
	r, ok := sc.monthRef(e + 1)
	if !ok {
		if sc.f.lex.has(ts, e+1, cTimeDet) && sc.isUnit(e+2, "month") && sc.clock.known {
			s, _ := unitSpan(sc.clock.ref, "month", 0)
			r, ok = tx{s: s, end: e + 3}, true
		}
	}
	if !ok {
		return tx{}, false
	}
	var days []time.Time
	for t := r.s.a; !t.After(r.s.b); t = t.AddDate(0, 0, 1) {
		if isoWeekday(t) == wd {
			days = append(days, t)
		}
	}
	idx := ord - 1
	if ord < 0 {
		idx = len(days) + ord
	}
	if idx < 0 || idx >= len(days) {
		return tx{}, false
	}
	return tx{s: dayOf(days[idx]), start: i, end: r.end}, true
}

// nthWeekdayFrom reads "after"/"before" and a time at e ("third tuesday
// after christmas 2014") and returns the weekday wd numbered ord from it.
func (sc *scan) nthWeekdayFrom(i, ord, wd, e int) (tx, bool) {
	side, se := sc.f.lex.match(sc.ts, e, cAnchorSide)
	if side == nil || !(ord > 0) {
		return tx{}, false
	}
	after := side.num > 0
	r, ok := sc.monthRef(se)
	if !ok {
		return tx{}, false
	}
	t := r.s.a
	cnt := 0
	for step := 0; step < 400; step++ {
		if after {
			t = t.AddDate(0, 0, 1)
		} else {
			t = t.AddDate(0, 0, -1)
		}
		if isoWeekday(t) == wd {
			cnt++
			if cnt == ord {
				return tx{s: dayOf(t), start: i, end: r.end}, true
			}
		}
	}
	return tx{}, false
}
