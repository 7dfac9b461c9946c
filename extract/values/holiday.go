package values

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

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
	k := e
	if sc.f.lex.has(ts, k, cTimeOfIn) {
		k++
	}
	if y, ye, ok := sc.year(k, false, true); ok {
		return tx{s: dayOf(holidayDate(p.val, y)), start: i, end: ye, hasYear: true}, true
	}
	if r, ok := sc.relative(k); ok && k > e && r.s.gran == gYear {
		return tx{s: dayOf(holidayDate(p.val, r.s.a.Year())), start: i, end: r.end}, true
	}
	if !sc.clock.known {
		return tx{}, false
	}
	var t time.Time
	switch {
	case hasRel && !base:
		// "last thanksgiving", "next halloween", "this MLK day"
		t = relHoliday(p.val, sc.clock.ref, rel)
	case base:
		// the base of an offset ("a year after christmas"): the nearest one
		t = nearestHoliday(p.val, sc.clock.ref)
	default:
		t = sc.loneHoliday(p.val, i)
	}
	return tx{s: dayOf(t), start: i, end: e, relative: true}, true
}

// holidayDate returns the day in year y of the holiday the rule value val
// names: "easter" with an offset in days ("easter-47", "easter+49"), "nth
// N WD M" for the N-th weekday WD of month M (negative N counts from the
// month's end), "nth N WD M PLUS" for PLUS days after that weekday, or
// "M-D".
func holidayDate(val string, y int) time.Time {
	if strings.HasPrefix(val, "easter") {
		// "easter", "easter-47" (Shrove Tuesday), "easter+49" (Pentecost)
		off, _ := strconv.Atoi(strings.TrimPrefix(val[6:], "+"))
		return easter(y).AddDate(0, 0, off)
	}
	var n, wd, m, plus int
	if _, err := fmt.Sscanf(val, "nth %d %d %d %d", &n, &wd, &m, &plus); err == nil {
		// a day after such a weekday: Black Friday follows Thanksgiving
		t := day(y, m, 1)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(n-1)+plus)
	}
	if _, err := fmt.Sscanf(val, "nth %d %d %d", &n, &wd, &m); err == nil {
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
	fmt.Sscanf(val, "%d-%d", &m, &d)
	return day(y, m, d)
}

// relHoliday returns the holiday val that a this/next/last word rel places
// from ref: the last one before ref for rel < 0, else the next from ref on.
func relHoliday(val string, ref time.Time, rel int) time.Time {
	t := holidayDate(val, ref.Year())
	switch {
	case rel < 0 && !t.Before(ref):
		t = holidayDate(val, ref.Year()-1)
	case rel >= 0 && t.Before(ref):
		t = holidayDate(val, ref.Year()+1)
	}
	return t
}

// nearestHoliday returns the holiday val nearest ref, from the year before
// to the year after.
func nearestHoliday(val string, ref time.Time) time.Time {
	best := holidayDate(val, ref.Year())
	for _, y := range []int{ref.Year() - 1, ref.Year() + 1} {
		t := holidayDate(val, y)
		if absDur(t.Sub(ref)) < absDur(best.Sub(ref)) {
			best = t
		}
	}
	return best
}

// loneHoliday places the holiday val named alone at token i: a recent one,
// else the tense decides, else the next one.
func (sc *scan) loneHoliday(val string, i int) time.Time {
	ref := sc.clock.ref
	// alone: a recent one, else the tense decides, else the next one
	past, next := holidayDate(val, ref.Year()-1), holidayDate(val, ref.Year()+1)
	if t := holidayDate(val, ref.Year()); !t.After(ref) {
		past = t
	} else {
		next = t
	}
	switch {
	case ref.Sub(past) <= 31*24*time.Hour && !sc.futureCue(i), sc.pastCue(i) && !sc.futureCue(i):
		return past
	default:
		return next
	}
}

// absDur returns the length of d, whatever its sign.
func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
