package values

import "time"

// relWords are the classes of this/next/last words with the way each points.
var relWords = [...]struct {
	class classID
	v     int
}{{cRelThis, 0}, {cRelNext, 1}, {cRelLast, -1}}

// relWord reads this/next/last words: it returns +1, 0, -1.
func (sc *scan) relWord(i int) (int, int, bool) {
	lex := sc.f.lex
	best, bestEnd, ok := 0, i, false
	for _, c := range &relWords {
		if p, e := lex.match(sc.ts, i, c.class); p != nil && e > bestEnd {
			best, bestEnd, ok = c.v, e, true
		}
	}
	return best, bestEnd, ok
}

// unitSpan is the calendar unit containing t moved by n units.
func unitSpan(t time.Time, unit string, n int) (tspan, bool) {
	switch unit {
	case "day":
		return dayOf(t.AddDate(0, 0, n)), true
	case "week":
		a := weekStart(t).AddDate(0, 0, 7*n)
		return period(a, a.AddDate(0, 0, 6)), true
	case "workweek":
		a := weekStart(t).AddDate(0, 0, 7*n)
		return period(a, a.AddDate(0, 0, 4)), true
	case "weekend":
		a := weekStart(t).AddDate(0, 0, 7*n+5)
		return period(a, a.AddDate(0, 0, 1)), true
	case "month":
		m := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthOf(m.Year(), int(m.Month())), true
	case "quarter":
		y, q := shiftPart(t, n, 3)
		return quarterOf(y, q), true
	case "half":
		y, h := shiftPart(t, n, 6)
		return halfOf(y, h), true
	case "year":
		return yearOf(t.Year() + n), true
	case "decade":
		y := t.Year()/10*10 + 10*n
		return period(day(y, 1, 1), day(y+9, 12, 31)), true
	case "century":
		y := t.Year()/100*100 + 100*n
		return period(day(y, 1, 1), day(y+99, 12, 31)), true
	}
	return tspan{}, false
}

// relative reads "today", "next week", "last Friday", "this year", "next March",
// "current summer", "past quarter".
func (sc *scan) relative(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts, lex := sc.ts, sc.f.lex
	if !sc.clock.known {
		return tx{}, false
	}
	ref := sc.clock.ref
	if p, e := lex.match(ts, i, cDayRelative); p != nil {
		return tx{s: dayOf(ref.AddDate(0, 0, int(p.num))), start: i, end: e, relative: true}, true
	}
	if x, ok := sc.unitWhole(i); ok {
		return x, true
	}
	if x, ok := sc.theNearest(i); ok {
		return x, true
	}
	n, j, ok := sc.relWord(i)
	if !ok || j >= len(ts) {
		return tx{}, false
	}
	if sc.f.lex.has(ts, i, cTimeDet) && sc.isUnit(j, "day") && !lex.has(ts, j+1, cTimeOf) && !lex.has(ts, j+1, cAnchorSide) {
		// "the next day", "the previous day"
		return tx{s: dayOf(ref.AddDate(0, 0, n)), start: i, end: j + 1, relative: true}, n != 0
	}
	if sc.f.lex.has(ts, i, cTimeDet) && lex.has(ts, i+1, cRelSpan) && lex.has(ts, j, cTimeUnit) {
		return tx{}, false // "the past decade" is a duration
	}
	if x, ok, found := sc.relCalendar(i, n, j); found {
		return x, ok
	}
	if wd, e, ok := sc.weekdayAt(j); ok {
		return tx{s: dayOf(relWeekday(ref, n, wd)), start: i, end: e, relative: true}, true
	}
	if m, e, ok := sc.monthAt(j, false); ok {
		return tx{s: monthOf(relMonthYear(ref, n, m), m), start: i, end: e, relative: true, month: m}, true
	}
	return tx{}, false
}

// unitWhole reads a calendar unit after "the" at i that closes the clause
// after a preposition ("blocked for the day", "partner of the month"): the
// current one.
func (sc *scan) unitWhole(i int) (tx, bool) {
	ts, lex := sc.ts, sc.f.lex
	ref := sc.clock.ref
	// "blocked for the day", "partner of the month": the current one, when the
	// phrase closes the clause
	if u, ok := sc.unitWord(i + 1); ok && sc.f.lex.has(ts, i, cTimeDet) && lex.has(ts, i-1, cUnitWholePrep) &&
		(i+2 >= len(ts) || ts[i+2].kind == kPunct && ts[i+2].raw != "-" && ts[i+2].raw != "'" && ts[i+2].raw != "’") {
		if s, ok := unitSpan(ref, u, 0); ok && (u == "day" || u == "week" || u == "month" || u == "year") {
			return tx{s: s, start: i, end: i + 2, relative: true}, true
		}
	}
	return tx{}, false
}

// relCalendar reads the calendar word at j that the this/next/last word at
// i points n from the reference: a season's name, "season", or a unit
// ("next week"). found says it decided (ok false: "next day" without
// "the").
func (sc *scan) relCalendar(i, n, j int) (x tx, ok, found bool) {
	ts, lex := sc.ts, sc.f.lex
	ref := sc.clock.ref
	p, e := lex.match(ts, j, cTimeCalendar)
	if p == nil || sc.f.lex.has(ts, e, cTimeOf) {
		return tx{}, false, false
	}
	switch p.val {
	case "summer", "winter", "spring", "fall":
		return tx{s: seasonNear(ref, p.val, n), start: i, end: e, relative: true}, true, true
	case "season":
		// "this season", "last season": the season around the reference, or its neighbour
		return tx{s: seasonFrom(ref, n), start: i, end: e, relative: true}, true, true
	}
	if s, ok := unitSpan(ref, p.val, n); ok {
		if p.val == "day" && !lex.has(ts, i, cTimeDet) {
			return tx{}, false, true
		}
		return tx{s: s, start: i, end: e, relative: true}, true, true
	}
	return tx{}, false, false
}

// seasonFrom returns the season around ref (n 0), the one before it (n
// -1) or the one after (n 1).
func seasonFrom(ref time.Time, n int) tspan {
	s := seasonNear(ref, seasonAt(ref), 0)
	switch n {
	case -1:
		t := s.a.AddDate(0, 0, -1)
		s = seasonNear(t, seasonAt(t), 0)
	case 1:
		t := s.b.AddDate(0, 0, 1)
		s = seasonNear(t, seasonAt(t), 0)
	}
	return s
}

// relWeekday returns the weekday wd of ref's week (n 0), of the next week
// (n 1), or the last one before ref.
func relWeekday(ref time.Time, n, wd int) time.Time {
	var t time.Time
	switch n {
	case 0:
		t = weekStart(ref).AddDate(0, 0, wd-1)
	case 1:
		t = weekStart(ref).AddDate(0, 0, 7+wd-1)
	default:
		t = ref.AddDate(0, 0, -1)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
	}
	return t
}

// relMonthYear returns the year of the month m that a this/next/last word
// points n from ref: "next March" is after ref's month, "last March"
// before it.
func relMonthYear(ref time.Time, n, m int) int {
	y := ref.Year()
	switch {
	case n == 1 && m <= int(ref.Month()):
		y++
	case n == -1 && m >= int(ref.Month()):
		y--
	}
	return y
}

// monthRef reads what "of"/"in" may point to: "october 2014", "this month",
// "last month", "the month", "2018", "last year", "october".
func (sc *scan) monthRef(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	if sc.f.lex.has(ts, i, cTimeDet) && sc.isUnit(i+1, "month") && sc.clock.known {
		s, _ := unitSpan(sc.clock.ref, "month", 0)
		return tx{s: s, start: i, end: i + 2, relative: true}, true
	}
	if x, ok := sc.relative(i); ok {
		return x, true
	}
	if x, ok := sc.monthFirst(i); ok && x.dom == 0 {
		return x, true
	}
	if x, ok := sc.seasonExpr(i); ok {
		return x, true
	}
	if x, ok := sc.yearFirst(i); ok {
		return x, true
	}
	if x, ok := sc.holiday(i); ok {
		return x, true
	}
	return tx{}, false
}

// shiftPart moves n parts of a year, each months long, from the part holding
// t, and returns the year and the 1-based part: shiftPart(t, -1, 3) is the
// quarter before t's.
func shiftPart(t time.Time, n, months int) (year, part int) {
	perYear := 12 / months
	p := (int(t.Month())-1)/months + n
	year = t.Year() + p/perYear
	if p %= perYear; p < 0 {
		p += perYear
		year--
	}
	return year, p + 1
}

// theNearest reads a calendar unit that "the" alone names ("over the
// weekend", "ahead of the weekend"): the one nearest the reference, and in a
// past-tense sentence the last one begun by it.
func (sc *scan) theNearest(i int) (tx, bool) {
	ts, lex := sc.ts, sc.f.lex
	if !sc.f.lex.has(ts, i, cTimeDet) || !lex.has(ts, i+1, cTimeNearest) {
		return tx{}, false
	}
	p, e := lex.match(ts, i+1, cTimeCalendar)
	if p == nil {
		return tx{}, false
	}
	ref := sc.clock.ref
	s, ok := unitSpan(ref, p.val, 0)
	if t, _ := sc.tense(i); ok && t == tensePast && s.a.After(ref) {
		s, ok = unitSpan(ref, p.val, -1)
	}
	return tx{s: s, start: i, end: e, relative: true}, ok
}
