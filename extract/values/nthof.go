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
	if sc.isUnit(j, "week") && sc.f.lex.has(ts, j+1, cTimeOf) {
		if x, ok := sc.dayFirst(j + 2); ok {
			a := weekStart(x.s.a)
			return tx{s: period(a, a.AddDate(0, 0, 6)), start: i, end: x.end}, true
		}
		if x, ok := sc.monthFirst(j + 2); ok && x.dom > 0 {
			a := weekStart(x.s.a)
			return tx{s: period(a, a.AddDate(0, 0, 6)), start: i, end: x.end}, true
		}
	}
	ord, k, ok := sc.ordinalAt(j)
	if !ok {
		// "the last 3 weeks of", "first ten days of": count after "first"/"last"
		return tx{}, false
	}
	// "first ten days of last year", "the last 3 weeks of this year"
	if n, ok := sc.number(k, false, false); ok && !n.ordinal && n.v >= 1 && n.v == float64(int(n.v)) {
		if p, e := lex.match(ts, n.end, cTimeUnit); p != nil && sc.f.lex.has(ts, e, cTimeOf) && (p.val == "D" || p.val == "W" || p.val == "M") {
			if r, ok := sc.monthRef(e + 1); ok {
				cnt := int(n.v)
				a, b := r.s.a, r.s.b
				switch p.val {
				case "D":
					if ord > 0 {
						return tx{s: period(a, a.AddDate(0, 0, cnt-1)), start: i, end: r.end}, true
					}
					return tx{s: period(b.AddDate(0, 0, 1-cnt), b), start: i, end: r.end}, true
				case "W":
					ws := fullWeeks(a, b)
					if len(ws) < cnt {
						return tx{}, false
					}
					if ord > 0 {
						return tx{s: period(ws[0], ws[cnt-1].AddDate(0, 0, 6)), start: i, end: r.end}, true
					}
					return tx{s: period(ws[len(ws)-cnt], ws[len(ws)-1].AddDate(0, 0, 6)), start: i, end: r.end}, true
				case "M":
					if ord > 0 {
						return tx{s: period(a, a.AddDate(0, cnt, -1)), start: i, end: r.end}, true
					}
					return tx{s: period(b.AddDate(0, 1-cnt, 0).AddDate(0, 0, 0), b), start: i, end: r.end}, true
				}
			}
		}
	}
	if sc.isUnit(k, "week") && sc.f.lex.has(ts, k+1, cTimeOf) {
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
	if side, se := lex.match(ts, e, cAnchorSide); side != nil && ord > 0 {
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
	}
	return tx{}, false
}
