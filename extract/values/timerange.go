package values

import "time"

// timeRange reads "from X to Y", "between X and Y", "X - Y", "July 13 thru 15",
// "from 13th to 15th of July", starting the span at i with X at j.
func (sc *scan) timeRange(i, j int, opener string) (cand, bool) {
	a, aDay, ok := sc.rangeFrom(j)
	if !ok {
		return cand{}, false
	}
	sepStart := a.end
	k, ok := sc.rangeLink(a, aDay, opener)
	if !ok {
		return cand{}, false
	}
	b, bDay, ok := sc.rangeTo(k, a, aDay)
	if !ok {
		return cand{}, false
	}
	sc.shareYear(&a, &b, aDay, bDay)
	start, end, ok := sc.rangeBounds(a, b, aDay, bDay, sepStart, k)
	if !ok || !end.After(start) {
		return cand{}, false
	}
	typ, v := period(start, end).value()
	return cand{start: i, end: b.end, typ: typ, value: v}, true
}

// rangeFrom reads the first end of a range at j: a time, or a day of the
// month alone ("from 13th", aDay) that waits for the month of the second.
func (sc *scan) rangeFrom(j int) (a tx, aDay, ok bool) {
	if x, ok := sc.texpr(j); ok {
		return x, false, true
	}
	k := j
	if sc.is(k, cTimeDet) {
		k++
	}
	d, e, ok := sc.dayNum(k)
	if !ok {
		return tx{}, false, false
	}
	return tx{start: j, end: e, dayOnly: true, day: d}, true, true
}

// rangeLink reads the word linking the first end a to the second ("and"
// after "between", else "to", "-", "thru") and returns the token after it.
func (sc *scan) rangeLink(a tx, aDay bool, opener string) (int, bool) {
	ts := sc.ts
	k := a.end
	if k >= len(ts) {
		return k, false
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
				return k, false
			}
		}
	default:
		return k, false
	}
	if opener == "" && aDay && sc.is(sepStart, cCtxRangeDayLink) {
		return k, false
	}
	return k, true
}

// rangeTo reads the second end of a range at k: a time, or a day of the
// month alone (bDay) after a first end with a day and month ("July 13 thru
// 15"). An open end ("to date", "to the present") is no range.
func (sc *scan) rangeTo(k int, a tx, aDay bool) (b tx, bDay, ok bool) {
	if x, ok := sc.texpr(k); ok {
		return x, false, true
	}
	if sc.is(k, cCtxRangeOpenEnd) || (sc.is(k, cTimeDet) && sc.is(k+1, cCtxRangePresent)) {
		return tx{}, false, false
	}
	kk := k
	if sc.is(kk, cTimeDet) {
		kk++
	}
	d, e, ok := sc.dayNum(kk)
	if !ok || aDay || a.dom == 0 {
		return tx{}, false, false
	}
	return tx{start: k, end: e, dayOnly: true, day: d}, true, true
}

// shareYear gives the first end of a range the year written only after the
// second.
func (sc *scan) shareYear(a, b *tx, aDay, bDay bool) {
	ts := sc.ts
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
}

// rangeBounds returns the first and last day of the range from a to b, the
// link between them from sepStart to k. A day alone takes the month of the
// other end.
func (sc *scan) rangeBounds(a, b tx, aDay, bDay bool, sepStart, k int) (start, end time.Time, ok bool) {
	ts := sc.ts
	hyphen := ts[sepStart].raw == "-" || ts[sepStart].raw == "–"
	switch {
	case aDay:
		if b.dom == 0 || !validDay(b.s.a.Year(), b.month, a.day) {
			return start, end, false
		}
		start, end = day(b.s.a.Year(), b.month, a.day), b.s.b
	case bDay:
		if !validDay(a.s.a.Year(), a.month, b.day) {
			return start, end, false
		}
		start, end = a.s.a, day(a.s.a.Year(), a.month, b.day)
	default:
		start, end = sc.timesBounds(a, b, hyphen, k)
	}
	return start, end, true
}

// timesBounds returns the first and last day of a range between two times.
// The range ends the day before b, unless it names a whole span or b is
// the end of a period.
func (sc *scan) timesBounds(a, b tx, hyphen bool, k int) (start, end time.Time) {
	ts := sc.ts
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
	return start, end
}
