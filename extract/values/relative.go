package values

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

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

// seasonNear returns the season s that contains t, moved by n seasons of
// that name: "last fall" (n -1) is last year's, "next
// spring" (n 1) the first one to begin after t.
func seasonNear(t time.Time, s string, n int) tspan {
	switch {
	case n < 0:
		// "last spring" is last year's, or the one before when last
		// year's is not over ("last winter" in February)
		y := t.Year() + n
		if !seasonOf(y, s).b.Before(t) {
			y--
		}
		return seasonOf(y, s)
	case n > 0:
		for y := t.Year() - 1; ; y++ {
			if seasonOf(y, s).a.After(t) {
				return seasonOf(y+n-1, s)
			}
		}
	}
	y := t.Year()
	cur := seasonOf(y, s)
	if t.Before(cur.a) {
		prev := seasonOf(y-1, s)
		switch {
		case !t.After(prev.b) || n != 0:
			cur = prev
		}
		if n == 1 && t.After(prev.b) {
			return seasonOf(y, s)
		}
	}
	return seasonOf(cur.a.Year()+n, s)
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
	// "blocked for the day", "partner of the month": the current one, when the
	// phrase closes the clause
	if u, ok := sc.unitWord(i + 1); ok && sc.f.lex.has(ts, i, cTimeDet) && lex.has(ts, i-1, cUnitWholePrep) &&
		(i+2 >= len(ts) || ts[i+2].kind == kPunct && ts[i+2].raw != "-" && ts[i+2].raw != "'" && ts[i+2].raw != "’") {
		if s, ok := unitSpan(ref, u, 0); ok && (u == "day" || u == "week" || u == "month" || u == "year") {
			return tx{s: s, start: i, end: i + 2, relative: true}, true
		}
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
	if p, e := lex.match(ts, j, cTimeCalendar); p != nil && !sc.f.lex.has(ts, e, cTimeOf) {
		switch p.val {
		case "summer", "winter", "spring", "fall":
			return tx{s: seasonNear(ref, p.val, n), start: i, end: e, relative: true}, true
		case "season":
			// "this season", "last season": the season around the reference, or its neighbour
			s := seasonNear(ref, seasonAt(ref), 0)
			switch n {
			case -1:
				t := s.a.AddDate(0, 0, -1)
				s = seasonNear(t, seasonAt(t), 0)
			case 1:
				t := s.b.AddDate(0, 0, 1)
				s = seasonNear(t, seasonAt(t), 0)
			}
			return tx{s: s, start: i, end: e, relative: true}, true
		}
		if s, ok := unitSpan(ref, p.val, n); ok {
			if p.val == "day" && !lex.has(ts, i, cTimeDet) {
				return tx{}, false
			}
			return tx{s: s, start: i, end: e, relative: true}, true
		}
	}
	if wd, e, ok := sc.weekdayAt(j); ok {
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
		return tx{s: dayOf(t), start: i, end: e, relative: true}, true
	}
	if m, e, ok := sc.monthAt(j, false); ok {
		y := ref.Year()
		switch {
		case n == 1 && m <= int(ref.Month()):
			y++
		case n == -1 && m >= int(ref.Month()):
			y--
		}
		return tx{s: monthOf(y, m), start: i, end: e, relative: true, month: m}, true
	}
	return tx{}, false
}

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

// holiday reads "Christmas", "Easter", "independence day of this year", "christmas 2014".
func (sc *scan) holiday(i int) (tx, bool) { return sc.holidayAt(i, false) }

// holidayAt reads a holiday; base says it is the base of an offset.
func (sc *scan) holidayAt(i int, base bool) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts, lex := sc.ts, sc.f.lex
	j := i
	rel, relEnd, hasRel := sc.relWord(i)
	if hasRel && !base {
		j = relEnd
	} else if sc.f.lex.has(ts, j, cTimeDet) {
		j++
	}
	p, e := lex.match(ts, j, cHoliday)
	if p == nil {
		return tx{}, false
	}
	if !hasRel || base {
		i = j
	}
	at := func(y int) time.Time {
		if strings.HasPrefix(p.val, "easter") {
			// "easter", "easter-47" (Shrove Tuesday), "easter+49" (Pentecost)
			off, _ := strconv.Atoi(strings.TrimPrefix(p.val[6:], "+"))
			return easter(y).AddDate(0, 0, off)
		}
		var n, wd, m, plus int
		if _, err := fmt.Sscanf(p.val, "nth %d %d %d %d", &n, &wd, &m, &plus); err == nil {
			// a day after such a weekday: Black Friday follows Thanksgiving
			t := day(y, m, 1)
			for isoWeekday(t) != wd {
				t = t.AddDate(0, 0, 1)
			}
			return t.AddDate(0, 0, 7*(n-1)+plus)
		}
		if _, err := fmt.Sscanf(p.val, "nth %d %d %d", &n, &wd, &m); err == nil {
			// the n-th (or, negative, n-th last) weekday wd of month m
			if n > 0 {
				t := day(y, m, 1)
				for isoWeekday(t) != wd {
					t = t.AddDate(0, 0, 1)
				}
				return t.AddDate(0, 0, 7*(n-1))
			}
			t := day(y, m+1, 1).AddDate(0, 0, -1)
			for isoWeekday(t) != wd {
				t = t.AddDate(0, 0, -1)
			}
			return t.AddDate(0, 0, 7*(n+1))
		}
		var d int
		fmt.Sscanf(p.val, "%d-%d", &m, &d)
		return day(y, m, d)
	}
	k := e
	if sc.f.lex.has(ts, k, cTimeOfIn) {
		k++
	}
	if y, ye, ok := sc.year(k, false, true); ok {
		return tx{s: dayOf(at(y)), start: i, end: ye, hasYear: true}, true
	}
	if r, ok := sc.relative(k); ok && k > e && r.s.gran == gYear {
		return tx{s: dayOf(at(r.s.a.Year())), start: i, end: r.end}, true
	}
	if !sc.clock.known {
		return tx{}, false
	}
	ref := sc.clock.ref
	best := at(ref.Year())
	if hasRel && !base {
		// "last thanksgiving", "next halloween", "this MLK day"
		t := at(ref.Year())
		switch {
		case rel < 0 && !t.Before(ref):
			t = at(ref.Year() - 1)
		case rel >= 0 && t.Before(ref):
			t = at(ref.Year() + 1)
		}
		return tx{s: dayOf(t), start: i, end: e, relative: true}, true
	}
	if base {
		// the base of an offset ("a year after christmas"): the nearest one
		for _, y := range []int{ref.Year() - 1, ref.Year() + 1} {
			t := at(y)
			if absDur(t.Sub(ref)) < absDur(best.Sub(ref)) {
				best = t
			}
		}
		return tx{s: dayOf(best), start: i, end: e, relative: true}, true
	}
	// alone: a recent one, else the tense decides, else the next one
	past, next := at(ref.Year()-1), at(ref.Year()+1)
	if t := at(ref.Year()); !t.After(ref) {
		past = t
	} else {
		next = t
	}
	switch {
	case ref.Sub(past) <= 31*24*time.Hour && !sc.futureCue(i), sc.pastCue(i) && !sc.futureCue(i):
		best = past
	default:
		best = next
	}
	return tx{s: dayOf(best), start: i, end: e, relative: true}, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
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
