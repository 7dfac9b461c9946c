package values

import "time"

// timeRange reads "from X to Y", "between X and Y", "X - Y", "July 13 thru 15",
// "from 13th to 15th of July", starting the span at i with X at j.
func (sc *scan) timeRange(i, j int, opener string) (cand, bool) {
	ts := sc.ts
	var a tx
	aDay := false
	if x, ok := sc.texpr(j); ok {
		a = x
	} else {
		k := j
		if sc.is(k, cTimeDet) {
			k++
		}
		d, e, ok := sc.dayNum(k)
		if !ok {
			return cand{}, false
		}
		a = tx{start: j, end: e, dayOnly: true, day: d}
		aDay = true
	}
	k := a.end
	if k >= len(ts) {
		return cand{}, false
	}
	sepStart := k
	switch {
	case opener == "between" && sc.is(k, cRangeAnd):
		k++
	case opener != "between" && !sc.is(k, cRangeAnd) && sc.f.lex.has(ts, k, cRangeTo):
		_, k = sc.f.lex.match(ts, k, cRangeTo)
		if sc.is(sepStart, cCtxRangeToBare) && opener == "" && !aDay && !a.md && !a.hasYear && a.s.gran != gYear {
			// "to" alone links ranges only between explicit dates
			if a.relative {
				return cand{}, false
			}
		}
	default:
		return cand{}, false
	}
	if opener == "" && aDay && sc.is(sepStart, cCtxRangeDayLink) {
		return cand{}, false
	}
	var b tx
	bDay := false
	if x, ok := sc.texpr(k); ok {
		b = x
	} else if sc.is(k, cCtxRangeOpenEnd) || (sc.is(k, cTimeDet) && sc.is(k+1, cCtxRangePresent)) {
		return cand{}, false
	} else {
		kk := k
		if sc.is(kk, cTimeDet) {
			kk++
		}
		d, e, ok := sc.dayNum(kk)
		if !ok || aDay || a.dom == 0 {
			return cand{}, false
		}
		b = tx{start: k, end: e, dayOnly: true, day: d}
		bDay = true
	}
	// "August 10 - 22, 2012": the year after the second day holds for both
	if bDay {
		yk := b.end
		if yk < len(ts) && ts[yk].raw == "," {
			yk++
		}
		if y, ye, ok := sc.year(yk, false, false); ok && validDay(y, a.month, a.dom) {
			a.s, a.hasYear = dayOf(day(y, a.month, a.dom)), true
			b.end = ye
		}
	}
	// "from Jan 1 to Jan 5, 2016", "from april to June in 2017": the year of the end
	if !aDay && !bDay && a.month > 0 && !a.hasYear && b.hasYear && b.month > 0 {
		y := b.s.a.Year()
		if a.dom > 0 && validDay(y, a.month, a.dom) {
			a.s = dayOf(day(y, a.month, a.dom))
		} else if a.dom == 0 {
			a.s = monthOf(y, a.month)
		}
	}
	hyphen := ts[sepStart].raw == "-" || ts[sepStart].raw == "–"
	var start, end time.Time
	switch {
	case aDay:
		if b.dom == 0 || !validDay(b.s.a.Year(), b.month, a.day) {
			return cand{}, false
		}
		start, end = day(b.s.a.Year(), b.month, a.day), b.s.b
	case bDay:
		if !validDay(a.s.a.Year(), a.month, b.day) {
			return cand{}, false
		}
		start, end = a.s.a, day(a.s.a.Year(), a.month, b.day)
	default:
		// "from next monday to friday": a weekday after the start
		if b.relative && b.s.gran == gDay && a.s.gran == gDay && b.s.a.Before(a.s.a) && b.end == k+1 {
			t := a.s.a
			for t = t.AddDate(0, 0, 1); isoWeekday(t) != isoWeekday(b.s.a); t = t.AddDate(0, 0, 1) {
			}
			b.s = dayOf(t)
		}
		start = a.s.a
		if a.endOf {
			start = a.s.b.AddDate(0, 0, 1)
		}
		// "the July-September quarter", "the 2014-2018 period": a range naming
		// a whole span holds both ends
		whole := !sc.is(k-1, cCtxRangeUpto) &&
			(sc.f.lex.has(ts, b.end, cTimeUnit) || sc.is(b.end, cCtxRangeWhole))
		if b.endOf || whole || (hyphen && a.s.gran == gDay && b.s.gran == gDay && !a.hasYear && !b.hasYear) {
			// "10 August 2012 - 12 August 2013" counts both days
			end = b.s.b
		} else {
			end = b.s.a.AddDate(0, 0, -1)
		}
	}
	if !end.After(start) {
		return cand{}, false
	}
	typ, v := period(start, end).value()
	return cand{start: i, end: b.end, typ: typ, value: v}, true
}
