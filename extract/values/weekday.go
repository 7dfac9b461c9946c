package values

import "time"

// weekdayExpr reads a weekday alone ("on Tuesday"), "Tuesday (18 December)"
// and "monday of this week".
func (sc *scan) weekdayExpr(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	wd, e, ok := sc.weekdayAt(i)
	if !ok {
		return tx{}, false
	}
	k := e
	if k < len(ts) && ts[k].raw == "," {
		k++
	}
	if x, ok := sc.numericDate(k); ok {
		x.start = i
		return x, true
	}
	if e+1 < len(ts) && ts[e].raw == "(" {
		if x, ok := sc.dayFirst(e + 1); ok && x.end < len(ts) && ts[x.end].raw == ")" {
			x.start, x.end = i, x.end+1
			return x, true
		}
		if x, ok := sc.monthFirst(e + 1); ok && x.dom > 0 && x.end < len(ts) && ts[x.end].raw == ")" {
			x.start, x.end = i, x.end+1
			return x, true
		}
	}
	if !sc.clock.known {
		return tx{}, false
	}
	ref := sc.clock.ref
	if x, ok := sc.weekdayDayNum(i, e, wd); ok {
		return x, true
	}
	// "wednesday next week", "Tuesday, next week"
	k3 := e
	if k3 < len(ts) && ts[k3].raw == "," {
		k3++
	}
	if r, ok := sc.relative(k3); ok && sc.isUnit(r.end-1, "week") && r.s.gran == gPeriod {
		return tx{s: dayOf(r.s.a.AddDate(0, 0, wd-1)), start: i, end: r.end, relative: true}, true
	}
	if sc.f.lex.has(ts, e, cTimeOf) {
		if r, ok := sc.relative(e + 1); ok && r.s.gran == gPeriod && r.s.b.Sub(r.s.a) == 6*24*time.Hour {
			return tx{s: dayOf(r.s.a.AddDate(0, 0, wd-1)), start: i, end: r.end, relative: true}, true
		}
	}
	t := ref
	if tn, _ := sc.tense(i); tn == tenseFuture {
		for t = ref.AddDate(0, 0, 1); isoWeekday(t) != wd; t = t.AddDate(0, 0, 1) {
		}
	} else {
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
	}
	return tx{s: dayOf(t), start: i, end: e, relative: true}, true
}

// weekdayDayNum reads a day of the month after the weekday wd that ends
// before e ("Tuesday the 19th") and returns the next such day, from a week
// before the reference on.
func (sc *scan) weekdayDayNum(i, e, wd int) (tx, bool) {
	ts := sc.ts
	ref := sc.clock.ref
	// "Tuesday the 19th": the next such day
	k2 := e
	if sc.f.lex.has(ts, k2, cTimeDet) {
		k2++
	}
	if d, de, ok := sc.dayNum(k2); ok && !sc.f.lex.has(ts, de, cMonth) && !(de < len(ts) && ts[de].kind == kDigit) && (k2 > e || ts[k2].kind == kDigit) {
		for mo := 0; mo < 14; mo++ {
			m := time.Date(ref.Year(), ref.Month()+time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
			if validDay(m.Year(), int(m.Month()), d) {
				t := day(m.Year(), int(m.Month()), d)
				if !t.Before(ref.AddDate(0, 0, -7)) && isoWeekday(t) == wd {
					return tx{s: dayOf(t), start: i, end: de, relative: true}, true
				}
			}
		}
	}
	return tx{}, false
}
