package values

// when recognizes a date, period or duration at token i.
func (sc *scan) when(i int) (cand, bool) {
	ts := sc.ts
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.end > c.start && (!found || c.end > best.end) {
			best, found = c, true
		}
	}
	emit := func(x tx, start int) (cand, bool) {
		typ, v := x.s.value()
		return cand{start: start, end: x.end, typ: typ, value: v}, true
	}
	try(sc.comparison(i)) // before "a year ago" as a day
	if sc.is(i, cCtxRangeOpen) {
		if c, ok := sc.timeRange(i, i+1, ts[i].lower()); ok {
			try(c, true)
		}
	}
	try(sc.since(i))
	if sc.is(i, cCtxDuring) {
		if x, ok := sc.texpr(i + 1); ok && !x.relative {
			try(emit(x, i))
		}
	}
	if c, ok := sc.timeRange(i, i, ""); ok {
		try(c, true)
	}
	if x, ok := sc.texpr(i); ok {
		try(emit(x, x.start))
	}
	try(sc.duration(i))
	try(sc.vagueTime(i))
	try(sc.vagueSpan(i))
	try(sc.reportPeriod(i))
	try(sc.closedPeriod(i))
	try(sc.toDate(i))
	try(sc.restOf(i))
	try(sc.startFor(i))
	return best, found
}
