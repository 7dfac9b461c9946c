package values

// offset reads "5 days ago", "in two weeks", "two days from today", "3 days
// after January 12th", "2 weeks from January 15", "one year after christmas".
func (sc *scan) offset(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	j := i
	in := sc.is(i, cCtxOffsetIn)
	if in {
		j++
	}
	// "3 fridays from now", "2 thursdays ago"
	if x, ok := sc.weekdayOffset(i, j, in); ok {
		return x, true
	}
	v, unit, e, ok := sc.countUnit(j)
	if !ok || v != float64(int(v)) || len(unit) > 3 {
		return tx{}, false
	}
	n := int(v)
	if x, ok, found := sc.offsetFromRef(i, e, unit, n, in); found {
		return x, ok
	}
	if sc.is(e, cCtxOffsetAnchor) {
		if x, ok, found := sc.offsetFromAnchor(i, j, e, unit, n); found {
			return x, ok
		}
	}
	// "in two weeks" is a date ahead, unless the sentence measures a span:
	// "no incidents in 30 years", "the highest level in a decade", or the
	// span runs from an event: "within 18 months of contracts being signed".
	if in && sc.clock.known && !sc.is(e, cTimeOf) && (sc.futureCue(i) || !sc.pastCue(i) && !sc.cueBefore(i, cCueSpan)) {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e, relative: true}, true
	}
	return tx{}, false
}

// weekdayOffset reads a count of weekdays at j from the reference day ("3
// fridays from now", "2 thursdays ago"); in says "in" came first, which
// this form does not take.
func (sc *scan) weekdayOffset(i, j int, in bool) (tx, bool) {
	ts := sc.ts
	c, ok := sc.number(j, false, false)
	if !(ok && !in && !c.ordinal && c.v >= 1 && c.v < 60 && c.end < len(ts) && sc.clock.known) {
		return tx{}, false
	}
	wd, ok := sc.weekdayPlural(c.end)
	if !ok {
		return tx{}, false
	}
	e := c.end + 1
	t := sc.clock.ref
	switch {
	case sc.is(e, cCtxOffsetFrom) && sc.is(e+1, cCtxOffsetNow):
		for k := 0; k < int(c.v); {
			t = t.AddDate(0, 0, 1)
			if isoWeekday(t) == wd {
				k++
			}
		}
		return tx{s: dayOf(t), start: i, end: e + 2, relative: true}, true
	case sc.is(e, cCtxOffsetAgo):
		for k := 0; k < int(c.v); {
			t = t.AddDate(0, 0, -1)
			if isoWeekday(t) == wd {
				k++
			}
		}
		return tx{s: dayOf(t), start: i, end: e + 1, relative: true}, true
	}
	return tx{}, false
}

// offsetFromRef reads the word after n units ending before e that counts
// them from the reference day: "later", "ago" or "back", "hence". found
// says such a word is there, even when there is no reference (ok false).
func (sc *scan) offsetFromRef(i, e int, unit string, n int, in bool) (x tx, ok, found bool) {
	ts := sc.ts
	if !in && sc.is(e, cCtxOffsetLater) && !sc.is(e+1, cCtxOffsetThan) && sc.clock.known {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e + 1, relative: true}, true, true
	}
	if !in && sc.is(e, cCtxOffsetBack) && !(sc.is(e, cCtxOffsetBefore) && e+1 < len(ts) && !sc.is(e+1, cCtxOffsetBeforeNow)) {
		if !sc.clock.known {
			return tx{}, false, true
		}
		t := add(sc.clock.ref, unit, -n)
		if unit == "Y" && n >= 2 {
			// several years back name a year, not a day: "five years ago";
			// "a year ago" is the day's anniversary
			return tx{s: yearOf(t.Year()), start: i, end: e + 1, relative: true}, true, true
		}
		return tx{s: dayOf(t), start: i, end: e + 1, relative: true}, true, true
	}
	if !in && sc.is(e, cCtxOffsetHence) && sc.clock.known {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e + 1, relative: true}, true, true
	}
	return tx{}, false, false
}

// offsetFromAnchor reads the "after", "before" or "from" at e and the time
// after it that n units (counted from j) are laid off from: "from now", "3
// days after January 12th", "one year after christmas". found says it
// decided the offset (ok false: "from now" without a reference).
func (sc *scan) offsetFromAnchor(i, j, e int, unit string, n int) (x tx, ok, found bool) {
	sign := 1
	if sc.is(e, cCtxOffsetBefore) {
		sign = -1
	}
	if sc.is(e, cCtxOffsetFrom) && sc.is(e+1, cCtxOffsetNow) {
		if !sc.clock.known {
			return tx{}, false, true
		}
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: j, end: e + 2, relative: true}, true, true
	}
	k := e + 1
	if sc.is(k, cTimeDet) && sc.is(k+1, cCtxOffsetYear) {
		k += 2
	}
	r, ok := sc.texpr(k)
	if h, ok2 := sc.holidayAt(k, true); ok2 && (!ok || h.end >= r.end) {
		r, ok = h, true
	}
	if ok && r.s.gran != gPeriod && unit != "H" && unit != "MIN" && unit != "S" {
		base := r.s.a
		return tx{s: dayOf(add(base, unit, sign*n)), start: i, end: r.end}, true, true
	}
	return tx{}, false, false
}

// weekdayPlural reads "fridays" at token i.
func (sc *scan) weekdayPlural(i int) (int, bool) {
	p, _ := sc.f.lex.match(sc.ts, i, cWeekdayPlural)
	if p == nil {
		return 0, false
	}
	return int(p.num), true
}
