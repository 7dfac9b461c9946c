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
