package values

// anchoredWeekday reads a weekday placed from another time: "the Monday
// after Easter", "the Friday before March 3", "the second Monday after
// May 1". It is the first (or nth) such weekday after the time ends, or
// before it begins. The side words come from the valueword pack.
func (sc *scan) anchoredWeekday(i int) (tx, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	if hasDeterminer(lex, ts, i) {
		j++
	}
	nth := 1
	if p, e := lex.match(ts, j, cNumberOrdinal); p != nil && p.num >= 1 && p.num <= 5 {
		nth, j = int(p.num), e
	}
	wd, e, ok := sc.weekdayAt(j)
	if !ok {
		return tx{}, false
	}
	side, k := lex.match(ts, e, cAnchorSide)
	if side == nil {
		return tx{}, false
	}
	x, ok := sc.texpr(k)
	if !ok || x.start != k || x.dayOnly || x.s.noYear {
		return tx{}, false
	}
	step, t := 1, x.s.b
	if side.num < 0 {
		step, t = -1, x.s.a
	}
	for n, found := 0, 0; n < 7*nth && found < nth; n++ {
		t = t.AddDate(0, 0, step)
		if isoWeekday(t) == wd {
			found++
		}
	}
	return tx{s: dayOf(t), start: i, end: x.end, relative: x.relative, hasYear: x.hasYear}, true
}

// startFor reads a start and a length: "from March 20 for ten days",
// "starting June 1 for two weeks". It is the period from the start over
// that many whole days, weeks, months or years.
func (sc *scan) startFor(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	p, j := lex.match(ts, i, cSpanStart)
	if p == nil {
		return cand{}, false
	}
	x, ok := sc.texpr(j)
	if !ok || x.start != j || x.dayOnly || x.s.noYear {
		return cand{}, false
	}
	if f, _ := lex.match(ts, x.end, cSpanFor); f == nil {
		return cand{}, false
	}
	v, unit, e, ok := sc.countUnit(x.end + 1)
	if !ok || v < 1 || v != float64(int(v)) || !calendarUnit(unit) {
		return cand{}, false
	}
	end := add(x.s.a, unit, int(v)).AddDate(0, 0, -1)
	typ, val := period(x.s.a, end).value()
	return cand{start: i, end: e, typ: typ, value: val}, true
}

// calendarUnit reports whether an ISO 8601 unit designator of the time.unit
// list counts whole days or more ("D", "W", "3M"), not hours or minutes.
func calendarUnit(unit string) bool {
	switch unit {
	case "H", "MIN", "S":
		return false
	}
	return unit != ""
}
