package values

import "time"

// seasonExpr reads "summer", "summer 2019", "the winter of 2018".
func (sc *scan) seasonExpr(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts, lex := sc.ts, sc.f.lex
	j := i
	if sc.is(j, cTimeDet) {
		j++
	}
	p, e := lex.match(ts, j, cSeason)
	if p == nil {
		return tx{}, false
	}
	k := e
	if sc.is(k, cTimeOf) {
		k++
	}
	if y, ye, ok := sc.year(k, false, false); ok {
		s := seasonOf(y, p.val)
		if p.val == "winter" {
			s = seasonOf(y-1, p.val)
		}
		return tx{s: s, start: i, end: ye, hasYear: true}, true
	}
	if j == i+1 || !sc.clock.known {
		return tx{}, false
	}
	// "fall" and "spring" alone are verbs as often ("prices fall"): the
	// season needs a word that makes it a time
	if sc.is(j, cCtxSeasonVerb) && !sc.is(i-1, cCtxSeasonLead) {
		return tx{}, false
	}
	n := 0
	if sc.futureCue(i) {
		n = 1
	}
	s := seasonNear(sc.clock.ref, p.val, 0)
	if n == 1 && s.b.Before(sc.clock.ref) {
		s = seasonOf(s.a.Year()+1, p.val)
	}
	if n == 0 && s.a.After(sc.clock.ref) {
		s = seasonOf(s.a.Year()-1, p.val)
	}
	return tx{s: s, start: i, end: e, relative: true}, true
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
