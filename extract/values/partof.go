package values

// partWords are the classes of the words naming a part of a period, with
// the part each names.
var partWords = [...]struct {
	class classID
	part  string
}{{cPartEarly, "early"}, {cPartMid, "mid"}, {cPartLate, "late"}}

// partOf reads "early next year", "earlier this month", "later this week",
// "late 2018", "mid-December", "the end of 2008", "the beginning of next month".
func (sc *scan) partOf(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts, lex := sc.ts, sc.f.lex
	part := ""
	var e int
	for _, c := range &partWords {
		if p, e2 := lex.match(ts, i, c.class); p != nil && e2 > e {
			part, e = c.part, e2
		}
	}
	if part == "" {
		return tx{}, false
	}
	if e < len(ts) && ts[e].raw == "-" && tight(ts, e) {
		e++
	}
	end := sc.is(i, cCtxPartEnd) || sc.is(i+1, cCtxPartEnd)
	var r tx
	ok := false
	if x, ok2 := sc.relative(e); ok2 {
		r, ok = x, true
	} else if x, ok2 := sc.monthFirst(e); ok2 && x.dom == 0 {
		r, ok = x, true
	} else if x, ok2 := sc.yearFirst(e); ok2 {
		r, ok = x, true
	} else if sc.is(e, cTimeDet) && sc.is(e+1, cCtxPartUnit) && sc.clock.known {
		s, _ := unitSpan(sc.clock.ref, ts[e+1].lower(), 0)
		r, ok = tx{s: s, end: e + 2, relative: true}, true
	} else if sc.is(e, cCtxPartUnit) && !sc.is(e+1, cTimeOf) && !sc.is(e-1, cCtxPartAdj) && sc.clock.known {
		// "end of month"
		s, _ := unitSpan(sc.clock.ref, ts[e].lower(), 0)
		r, ok = tx{s: s, end: e + 1, relative: true}, true
	} else if x, ok2 := sc.quarterExpr(e); ok2 {
		r, ok = x, true
	}
	if !ok {
		return tx{}, false
	}
	a, b := r.s.a, r.s.b
	days := int(b.Sub(a).Hours()/24) + 1
	var s tspan
	ref := sc.clock.ref
	switch {
	case (sc.is(i, cCtxPartToNow) || sc.is(i, cCtxPartFromNow)) && sc.clock.known && !ref.Before(a) && !ref.After(b):
		// "earlier this month": from its start to the reference day
		if sc.is(i, cCtxPartToNow) {
			e := ref.AddDate(0, 0, -1)
			if e.Before(a) {
				e = a
			}
			s = period(a, e)
		} else {
			s = period(ref, b)
		}
	case end && days > 300:
		s = period(day(b.Year(), 12, 1), b)
		if r.s.gran == gYear {
			s = monthOf(b.Year(), 12)
		}
	case days > 1000: // a decade or more: "the early 2020s"
		y := b.Year() - a.Year() + 1
		switch part {
		case "early":
			s = period(a, a.AddDate(y*3/10, 0, -1))
		case "mid":
			s = period(a.AddDate(y*3/10, 0, 0), a.AddDate(y*7/10, 0, -1))
		default:
			s = period(a.AddDate(y*7/10, 0, 0), b)
		}
	case days > 300: // a year: thirds
		switch part {
		case "early":
			s = period(a, a.AddDate(0, 4, -1))
		case "mid":
			s = period(a.AddDate(0, 4, 0), a.AddDate(0, 8, -1))
		default:
			s = period(a.AddDate(0, 8, 0), b)
		}
	case days >= 28: // a month or a quarter: thirds by days
		switch part {
		case "early":
			s = period(a, a.AddDate(0, 0, 9))
		case "mid":
			s = period(a.AddDate(0, 0, 10), a.AddDate(0, 0, 19))
		default:
			s = period(a.AddDate(0, 0, 20), b)
		}
		if days > 31 { // quarter: by months
			switch part {
			case "early":
				s = monthOf(a.Year(), int(a.Month()))
			case "mid":
				m := a.AddDate(0, 1, 0)
				s = monthOf(m.Year(), int(m.Month()))
			default:
				s = monthOf(b.Year(), int(b.Month()))
			}
		}
	case days == 7:
		switch part {
		case "early":
			s = period(a, a.AddDate(0, 0, 2))
		case "mid":
			s = period(a.AddDate(0, 0, 2), a.AddDate(0, 0, 3))
		default:
			s = period(a.AddDate(0, 0, 4), b)
		}
	default:
		return tx{}, false
	}
	return tx{s: s, start: i, end: r.end, endOf: end, relative: r.relative}, true
}
