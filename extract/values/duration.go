package values

import (
	"math"
	"strconv"

	"github.com/claimex/claimex/document"
)

// countUnitAt reads "five years", "a week", "30 days", "3 next weeks": a
// count and a time unit. It reads only the tokens (see scan.countUnit).
func (sc *scan) countUnitAt(i int) (float64, string, int, bool) {
	ts, lex := sc.ts, sc.f.lex
	v := 0.0
	j := i
	if sc.is(i, cNumberArticle) {
		v, j = 1, i+1
		if sc.is(j, cCtxCountVague) {
			return 0, "", i, false
		}
	} else {
		n, ok := sc.number(i, false, false)
		if !ok || n.ordinal || n.frac || n.v <= 0 || n.v > 10000 {
			return 0, "", i, false
		}
		v, j = n.v, n.end
		if c, ok := sc.unitFraction(i, n.end); ok {
			v, j = c, n.end-1 // "two quarters": a count of quarters
		}
	}
	if sc.is(j, cCtxCountUnitMid) {
		j++
	}
	p, e := lex.match(ts, j, cTimeUnit)
	if p == nil {
		return 0, "", i, false
	}
	if e < len(ts) && (ts[e].raw == "-" || ts[e].raw == "'") && tight(ts, e) {
		return 0, "", i, false // "28-year-old", "a 10-year's"
	}
	if j > i && ts[j].raw == "-" {
		return 0, "", i, false
	}
	if j < len(ts) && j > 0 && ts[j-1].raw == "-" {
		return 0, "", i, false
	}
	// "28 - year - old"
	if e+1 < len(ts) && ts[e].raw == "-" && lex.has(ts, e+1, cAge) {
		return 0, "", i, false
	}
	if lex.has(ts, e, cAge) {
		return 0, "", i, false
	}
	return v, p.val, e, true
}

// isoDuration writes v units as an ISO 8601 duration.
func isoDuration(v float64, unit string) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch unit {
	case "10Y":
		return "P" + f(10*v) + "Y"
	case "100Y":
		return "P" + f(100*v) + "Y"
	case "2W":
		return "P" + f(2*v) + "W"
	case "3M":
		return "P" + f(3*v) + "M"
	case "H":
		return "PT" + f(v) + "H"
	case "MIN":
		return "PT" + f(v) + "M"
	case "S":
		return "PT" + f(v) + "S"
	}
	return "P" + f(v) + unit
}

// duration reads "the next five years", "30 years", "for a decade", "the past two weeks".
func (sc *scan) duration(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	lead := false
	if sc.is(j, cTimeDet) && sc.is(j+1, cCtxDurationLeadThe) {
		j += 2
		lead = true
	} else if sc.is(j, cCtxDurationLead) {
		j++
		lead = true
	}
	if lead {
		// "the past year", "the past decade": one unit
		if p, e := lex.match(ts, j, cTimeUnit); p != nil && sc.is(i, cTimeDet) && p.val != "D" && ts[j].lower() == ts[j].raw && !sc.is(i+1, cCtxDurationFirst) {
			if !sc.is(e, cTimeOf) && !(e < len(ts) && ts[e].raw == "'") {
				if plural := ts[j].lower()[len(ts[j].lower())-1] == 's'; plural && sc.clock.known {
					// "the coming months": a few of them from the reference day
					ref := sc.clock.ref
					typ, v := period(ref, add(ref, p.val, 3)).value()
					if sc.is(i+1, cCtxSpanBack) {
						typ, v = period(add(ref, p.val, -3), ref).value()
					}
					return cand{start: i, end: e, typ: typ, value: v}, true
				}
				return cand{start: i, end: e, typ: document.Duration, value: isoDuration(1, p.val)}, true
			}
		}
		if sc.is(j, cCtxDurationVague) || (sc.is(i, cTimeDet) && sc.is(j, cCtxDurationUnits)) {
			return cand{}, false
		}
	}
	if c, ok := sc.hyphenDuration(j); ok && !lead {
		return c, true
	}
	v, unit, e, ok := sc.countUnit(j)
	if !ok || ts[e-1].raw != ts[e-1].lower() {
		return cand{}, false // "80 Day Obsession" is a name
	}
	if sc.is(j, cNumberArticle) && !lead && !sc.is(i-1, cCtxDurationArticleLead) {
		return cand{}, false
	}
	if sc.fractionOf(e) {
		return cand{}, false // "more than a quarter of the market"
	}
	if sc.is(e, cTimeOf) && lead {
		return cand{}, false
	}
	return cand{start: i, end: e, typ: document.Duration, value: isoDuration(v, unit)}, true
}

// unitFraction reads a number that ends on a fraction word that is also a
// unit of time ("two quarters", read as 0.5) as a count of that unit,
// unless a share follows ("three quarters of the market").
func (sc *scan) unitFraction(i, end int) (float64, bool) {
	ts, lex := sc.ts, sc.f.lex
	if end < i+2 || lex.has(ts, end, cTimeOf) || !lex.has(ts, end-1, cTimeUnit) {
		return 0, false
	}
	f, fe := lex.match(ts, end-1, cNumberFraction)
	if f == nil || fe != end || f.num <= 0 {
		return 0, false
	}
	n, ok := sc.number(i, false, false)
	if !ok || n.end != end {
		return 0, false
	}
	return math.Round(n.v / f.num), true
}

// fractionOf reports whether the unit ending before token e is a fraction
// word followed by "of": a share of something, not a time.
func (sc *scan) fractionOf(e int) bool {
	return e > 0 && sc.f.lex.has(sc.ts, e-1, cNumberFraction) && sc.f.lex.has(sc.ts, e, cTimeOf)
}

// hyphenDuration reads a count and a time unit joined as a modifier before a
// noun: "a 30-day comment period", "a two-year deal". Ages ("28-year-old")
// and names ("80-Day Plan") are left out.
func (sc *scan) hyphenDuration(j int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	n, ok := sc.number(j, false, false)
	if !ok || n.ordinal || n.frac || n.v <= 0 || n.v > 10000 || n.v != float64(int(n.v)) {
		return cand{}, false
	}
	h := n.end
	if h+1 >= len(ts) || ts[h].raw != "-" || !tight(ts, h) || !tight(ts, h+1) {
		return cand{}, false
	}
	p, e := lex.match(ts, h+1, cTimeUnit)
	if p == nil || ts[e-1].raw != ts[e-1].lower() || e >= len(ts) {
		return cand{}, false
	}
	if ts[e].kind != kWord || ts[e].raw != ts[e].lower() || !ts[e].space || lex.has(ts, e, cAge) || pluralWord(ts[e-1].lower()) {
		return cand{}, false // "three-quarters of its food" is a share
	}
	return cand{start: j, end: e, typ: document.Duration, value: isoDuration(n.v, p.val)}, true
}
