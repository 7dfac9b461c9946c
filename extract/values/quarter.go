package values

// quarterExpr reads "Q3 2019", "Q3", "the third quarter (of 2019)", "the first half of next year".
func (sc *scan) quarterExpr(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	if x, ok := sc.yearsQuarter(i); ok {
		return x, true
	}
	if kind, n, e, ok := quarterTok(ts, i); ok {
		y, ye, ok := sc.year(e, false, false)
		if !ok {
			if !sc.clock.known {
				return tx{}, false
			}
			y, ye = sc.clock.ref.Year(), e
		}
		if kind == 'q' {
			return tx{s: quarterOf(y, n), start: i, end: ye}, true
		}
		return tx{s: halfOf(y, n), start: i, end: ye}, true
	}
	j := i
	if sc.is(j, cTimeDet) {
		j++
	}
	ord, k, ok := sc.ordinalAt(j)
	if !ok || ord == 0 {
		return tx{}, false
	}
	if k+1 < len(ts) && ts[k].raw == "-" && tight(ts, k) && tight(ts, k+1) {
		k++ // "third-quarter profit"
	}
	isQ := sc.is(k, cCtxQuarter)
	isH := sc.is(k, cCtxHalf)
	if !isQ && !isH {
		return tx{}, false
	}
	if sc.is(k+1, cTimeOf) {
		if r, ok := sc.monthRef(k + 2); ok && r.s.gran == gYear {
			y := r.s.a.Year()
			if isQ && ord >= -4 && ord <= 4 {
				return tx{s: quarterOf(y, index(ord, 4)), start: i, end: r.end}, true
			}
			if isH && ord >= -2 && ord <= 2 {
				return tx{s: halfOf(y, index(ord, 2)), start: i, end: r.end}, true
			}
			return tx{}, false
		}
	}
	if y, ye, ok := sc.year(k+1, false, false); ok {
		if isQ && ord >= 1 && ord <= 4 {
			return tx{s: quarterOf(y, ord), start: i, end: ye}, true
		}
		if isH && ord >= 1 && ord <= 2 {
			return tx{s: halfOf(y, ord), start: i, end: ye}, true
		}
	}
	if !sc.clock.known || ord < 1 {
		return tx{}, false
	}
	y := sc.clock.ref.Year()
	if isQ && ord <= 4 {
		return tx{s: quarterOf(y, ord), start: i, end: k + 1, relative: true}, true
	}
	if isH && ord <= 2 {
		return tx{s: halfOf(y, ord), start: i, end: k + 1, relative: true}, true
	}
	return tx{}, false
}

// yearsQuarter reads a quarter or half that a year owns: "this year's third
// quarter", "next year's first half", "1988's fourth quarter".
func (sc *scan) yearsQuarter(i int) (tx, bool) {
	ts := sc.ts
	if !possessive(ts, i+1) && !possessive(ts, i+2) && !possessive(ts, i+3) {
		return tx{}, false // a year expression is at most three words
	}
	r, ok := sc.monthRef(i)
	if !ok || r.s.gran != gYear || !possessive(ts, r.end) {
		return tx{}, false
	}
	q, ok := sc.quarterExpr(r.end + 2)
	if !ok || !q.relative {
		return tx{}, false
	}
	dy := r.s.a.Year() - q.s.a.Year()
	return tx{s: period(q.s.a.AddDate(dy, 0, 0), q.s.b.AddDate(dy, 0, 0)), start: i, end: q.end}, true
}

// possessive reports a possessive "'s" at token k.
func possessive(ts []tok, k int) bool {
	return k+1 < len(ts) && (ts[k].raw == "'" || ts[k].raw == "’") && tight(ts, k) && tight(ts, k+1) && ts[k+1].lower() == "s"
}

// index maps a 1-based index or a negative one counted from the end (-1 is
// the last) into 1..n.
func index(ord, n int) int {
	if ord < 0 {
		return n + ord + 1
	}
	return ord
}
