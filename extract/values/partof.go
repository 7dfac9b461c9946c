package values

import "time"

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
	part, e := sc.partWord(i)
	if part == "" {
		return tx{}, false
	}
	end := sc.is(i, cCtxPartEnd) || sc.is(i+1, cCtxPartEnd)
	r, ok := sc.partWhole(e)
	if !ok {
		return tx{}, false
	}
	s, ok := sc.partSpan(i, r, part, end)
	if !ok {
		return tx{}, false
	}
	return tx{s: s, start: i, end: r.end, endOf: end, relative: r.relative}, true
}

// partWord reads the longest word naming a part of a period at i, and a
// hyphen after it ("mid-"): it returns the part ("" for none) and the
// token after.
func (sc *scan) partWord(i int) (string, int) {
	ts, lex := sc.ts, sc.f.lex
	part := ""
	var e int
	for _, c := range &partWords {
		if p, e2 := lex.match(ts, i, c.class); p != nil && e2 > e {
			part, e = c.part, e2
		}
	}
	if part == "" {
		return "", e
	}
	if e < len(ts) && ts[e].raw == "-" && tight(ts, e) {
		e++
	}
	return part, e
}

// partWhole reads the period a part is taken of at e: a relative time, a
// month, a year, "the month", "month" alone or a quarter.
func (sc *scan) partWhole(e int) (tx, bool) {
	ts := sc.ts
	if x, ok := sc.relative(e); ok {
		return x, true
	}
	if x, ok := sc.monthFirst(e); ok && x.dom == 0 {
		return x, true
	}
	if x, ok := sc.yearFirst(e); ok {
		return x, true
	}
	if sc.is(e, cTimeDet) && sc.is(e+1, cCtxPartUnit) && sc.clock.known {
		s, _ := unitSpan(sc.clock.ref, ts[e+1].lower(), 0)
		return tx{s: s, end: e + 2, relative: true}, true
	}
	if sc.is(e, cCtxPartUnit) && !sc.is(e+1, cTimeOf) && !sc.is(e-1, cCtxPartAdj) && sc.clock.known {
		// "end of month"
		s, _ := unitSpan(sc.clock.ref, ts[e].lower(), 0)
		return tx{s: s, end: e + 1, relative: true}, true
	}
	if x, ok := sc.quarterExpr(e); ok {
		return x, true
	}
	return tx{}, false
}

// partSpan returns the part of the period r that the part word at i names:
// up to or from the reference day, the period's last month for its end, or
// a third of it (by years, months or days as its length asks).
func (sc *scan) partSpan(i int, r tx, part string, end bool) (tspan, bool) {
	a, b := r.s.a, r.s.b
	days := int(b.Sub(a).Hours()/24) + 1
	ref := sc.clock.ref
	switch {
	case (sc.is(i, cCtxPartToNow) || sc.is(i, cCtxPartFromNow)) && sc.clock.known && !ref.Before(a) && !ref.After(b):
		return sc.partToNow(i, a, b), true
	case end && days > 300:
		s := period(day(b.Year(), 12, 1), b)
		if r.s.gran == gYear {
			s = monthOf(b.Year(), 12)
		}
		return s, true
	case days > 1000: // a decade or more: "the early 2020s"
		return decadePart(a, b, part), true
	case days > 300: // a year: thirds
		return yearPart(a, b, part), true
	case days >= 28: // a month or a quarter: thirds by days
		return monthPart(a, b, part, days), true
	case days == 7:
		return weekPart(a, b, part), true
	}
	return tspan{}, false
}

// partToNow returns the part of the period from a to b before the
// reference day ("earlier this month") or from it ("later this week").
func (sc *scan) partToNow(i int, a, b time.Time) tspan {
	ref := sc.clock.ref
	// "earlier this month": from its start to the reference day
	if sc.is(i, cCtxPartToNow) {
		e := ref.AddDate(0, 0, -1)
		if e.Before(a) {
			e = a
		}
		return period(a, e)
	}
	return period(ref, b)
}

// decadePart returns the early, mid or late part of a decade or more: its
// first three tenths, the next four or the last three.
func decadePart(a, b time.Time, part string) tspan {
	y := b.Year() - a.Year() + 1
	switch part {
	case "early":
		return period(a, a.AddDate(y*3/10, 0, -1))
	case "mid":
		return period(a.AddDate(y*3/10, 0, 0), a.AddDate(y*7/10, 0, -1))
	default:
		return period(a.AddDate(y*7/10, 0, 0), b)
	}
}

// yearPart returns the early, mid or late third of a year, four months each.
func yearPart(a, b time.Time, part string) tspan {
	switch part {
	case "early":
		return period(a, a.AddDate(0, 4, -1))
	case "mid":
		return period(a.AddDate(0, 4, 0), a.AddDate(0, 8, -1))
	default:
		return period(a.AddDate(0, 8, 0), b)
	}
}

// monthPart returns the early, mid or late third of a month by days, or of
// a quarter (longer than 31 days) by months.
func monthPart(a, b time.Time, part string, days int) tspan {
	var s tspan
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
	return s
}

// weekPart returns the early, mid or late part of a week: its first three
// days, its third and fourth, or its last three.
func weekPart(a, b time.Time, part string) tspan {
	switch part {
	case "early":
		return period(a, a.AddDate(0, 0, 2))
	case "mid":
		return period(a.AddDate(0, 0, 2), a.AddDate(0, 0, 3))
	default:
		return period(a.AddDate(0, 0, 4), b)
	}
}
