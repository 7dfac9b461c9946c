package values

import (
	"math"
	"strconv"
	"time"

	"github.com/claimex/claimex/document"
)

// texpr reads the longest single time expression at token i.
func (sc *scan) texpr(i int) (tx, bool) {
	if i >= len(sc.ts) || sc.depth > maxDepth {
		return tx{}, false
	}
	top := sc.depth == 0
	if top {
		if m, ok := sc.memo.get(i); ok {
			return m.x, m.ok
		}
	}
	sc.depth++
	x, ok := sc.texprAt(i)
	sc.depth--
	if top {
		// Only answers begun at the top are kept: a nested call may have been
		// cut short by the depth bound.
		sc.memo.put(i, len(sc.ts), txMemo{x: x, ok: ok})
	}
	return x, ok
}

// txMemos holds texpr's answers by token: slot[i] is one more than the
// index of token i's time in times, -1 when token i starts none, and 0 when
// token i was not asked. It costs four bytes a token and one time per token
// that starts one, and no hashing.
type txMemos struct {
	slot  []int32
	times []tx
}

// get returns the answer kept for token i.
func (m *txMemos) get(i int) (txMemo, bool) {
	if i < 0 || i >= len(m.slot) || m.slot[i] == 0 {
		return txMemo{}, false
	}
	if m.slot[i] < 0 {
		return txMemo{}, true
	}
	return txMemo{x: m.times[m.slot[i]-1], ok: true}, true
}

// put keeps the answer for token i of a text of n tokens. A failed answer
// holds no time (texprAt returns the zero tx with it).
func (m *txMemos) put(i, n int, a txMemo) {
	if m.slot == nil {
		m.slot = make([]int32, n)
	}
	if i < 0 || i >= len(m.slot) {
		return
	}
	if !a.ok {
		m.slot[i] = -1
		return
	}
	m.times = append(m.times, a.x)
	m.slot[i] = int32(len(m.times))
}

// maxDepth bounds how deeply time expressions may nest ("3 days after the
// first Monday of ..."), so that chains of them cost linear time.
const maxDepth = 4

// txMemo is texpr's answer at one token, computed once per scan.
type txMemo struct {
	x  tx
	ok bool
}

// timeReaders are the readers of one time expression texprAt tries, in
// order. Method expressions, unlike method values, cost nothing to build
// per call. They are set by init, as some readers call texprAt.
var timeReaders []func(*scan, int) (tx, bool)

func init() {
	timeReaders = []func(*scan, int) (tx, bool){
		(*scan).numericDate, (*scan).monthFirst, (*scan).dayFirst, (*scan).yearFirst, (*scan).relative, (*scan).weekdayExpr,
		(*scan).nthOf, (*scan).holiday, (*scan).quarterExpr, (*scan).partOf, (*scan).seasonExpr, (*scan).offset, (*scan).anchoredWeekday,
	}
}

// texprAt is texpr without the memo.
func (sc *scan) texprAt(i int) (tx, bool) {
	var best tx
	found := false
	for _, p := range timeReaders {
		if x, ok := p(sc, i); ok && x.end > i && (!found || x.end > best.end) {
			best, found = x, true
		}
	}
	return best, found
}

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

// offset reads "5 days ago", "in two weeks", "two days from today", "3 days
// after January 12th", "2 weeks from January 15", "one year after christmas".
func (sc *scan) offset(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	j := i
	in := sc.is(i, cCtxOffsetIn)
	if in {
		j++
	}
	// "3 fridays from now", "2 thursdays ago"
	if c, ok := sc.number(j, false, false); ok && !in && !c.ordinal && c.v >= 1 && c.v < 60 && c.end < len(ts) && sc.clock.known {
		if wd, ok := sc.weekdayPlural(c.end); ok {
			e := c.end + 1
			t := sc.clock.ref
			switch {
			case sc.is(e, cCtxOffsetFrom) && sc.is(e+1, cCtxOffsetNow):
				for k := 0; k < int(c.v); {
					t = t.AddDate(0, 0, 1)
					if isoWeekday(t) == wd {
						k++
					}
				}
				return tx{s: dayOf(t), start: i, end: e + 2, relative: true}, true
			case sc.is(e, cCtxOffsetAgo):
				for k := 0; k < int(c.v); {
					t = t.AddDate(0, 0, -1)
					if isoWeekday(t) == wd {
						k++
					}
				}
				return tx{s: dayOf(t), start: i, end: e + 1, relative: true}, true
			}
		}
	}
	v, unit, e, ok := sc.countUnit(j)
	if !ok || v != float64(int(v)) || len(unit) > 3 {
		return tx{}, false
	}
	n := int(v)
	if !in && sc.is(e, cCtxOffsetLater) && !sc.is(e+1, cCtxOffsetThan) && sc.clock.known {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e + 1, relative: true}, true
	}
	if !in && sc.is(e, cCtxOffsetBack) && !(sc.is(e, cCtxOffsetBefore) && e+1 < len(ts) && !sc.is(e+1, cCtxOffsetBeforeNow)) {
		if !sc.clock.known {
			return tx{}, false
		}
		t := add(sc.clock.ref, unit, -n)
		if unit == "Y" && n >= 2 {
			// several years back name a year, not a day: "five years ago";
			// "a year ago" is the day's anniversary
			return tx{s: yearOf(t.Year()), start: i, end: e + 1, relative: true}, true
		}
		return tx{s: dayOf(t), start: i, end: e + 1, relative: true}, true
	}
	if !in && sc.is(e, cCtxOffsetHence) && sc.clock.known {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e + 1, relative: true}, true
	}
	if sc.is(e, cCtxOffsetAnchor) {
		sign := 1
		if sc.is(e, cCtxOffsetBefore) {
			sign = -1
		}
		if sc.is(e, cCtxOffsetFrom) && sc.is(e+1, cCtxOffsetNow) {
			if !sc.clock.known {
				return tx{}, false
			}
			return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: j, end: e + 2, relative: true}, true
		}
		k := e + 1
		if sc.is(k, cTimeDet) && sc.is(k+1, cCtxOffsetYear) {
			k += 2
		}
		r, ok := sc.texpr(k)
		if h, ok2 := sc.holidayAt(k, true); ok2 && (!ok || h.end >= r.end) {
			r, ok = h, true
		}
		if ok && r.s.gran != gPeriod && unit != "H" && unit != "MIN" && unit != "S" {
			base := r.s.a
			return tx{s: dayOf(add(base, unit, sign*n)), start: i, end: r.end}, true
		}
	}
	// "in two weeks" is a date ahead, unless the sentence measures a span:
	// "no incidents in 30 years", "the highest level in a decade", or the
	// span runs from an event: "within 18 months of contracts being signed".
	if in && sc.clock.known && !sc.is(e, cTimeOf) && (sc.futureCue(i) || !sc.pastCue(i) && !sc.cueBefore(i, cCueSpan)) {
		return tx{s: dayOf(add(sc.clock.ref, unit, n)), start: i, end: e, relative: true}, true
	}
	return tx{}, false
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

// when recognizes a date, period or duration at token i.
func (sc *scan) when(i int) (cand, bool) {
	ts := sc.ts
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.end > c.start && (!found || c.end > best.end) {
			best, found = c, true
		}
	}
	emit := func(x tx, start int) (cand, bool) {
		typ, v := x.s.value()
		return cand{start: start, end: x.end, typ: typ, value: v}, true
	}
	try(sc.comparison(i)) // before "a year ago" as a day
	if sc.is(i, cCtxRangeOpen) {
		if c, ok := sc.timeRange(i, i+1, ts[i].lower()); ok {
			try(c, true)
		}
	}
	try(sc.since(i))
	if sc.is(i, cCtxDuring) {
		if x, ok := sc.texpr(i + 1); ok && !x.relative {
			try(emit(x, i))
		}
	}
	if c, ok := sc.timeRange(i, i, ""); ok {
		try(c, true)
	}
	if x, ok := sc.texpr(i); ok {
		try(emit(x, x.start))
	}
	try(sc.duration(i))
	try(sc.vagueTime(i))
	try(sc.vagueSpan(i))
	try(sc.reportPeriod(i))
	try(sc.closedPeriod(i))
	try(sc.toDate(i))
	try(sc.restOf(i))
	try(sc.startFor(i))
	return best, found
}

// timeRange reads "from X to Y", "between X and Y", "X - Y", "July 13 thru 15",
// "from 13th to 15th of July", starting the span at i with X at j.
func (sc *scan) timeRange(i, j int, opener string) (cand, bool) {
	ts := sc.ts
	var a tx
	aDay := false
	if x, ok := sc.texpr(j); ok {
		a = x
	} else {
		k := j
		if sc.is(k, cTimeDet) {
			k++
		}
		d, e, ok := sc.dayNum(k)
		if !ok {
			return cand{}, false
		}
		a = tx{start: j, end: e, dayOnly: true, day: d}
		aDay = true
	}
	k := a.end
	if k >= len(ts) {
		return cand{}, false
	}
	sepStart := k
	switch {
	case opener == "between" && sc.is(k, cRangeAnd):
		k++
	case opener != "between" && !sc.is(k, cRangeAnd) && sc.f.lex.has(ts, k, cRangeTo):
		_, k = sc.f.lex.match(ts, k, cRangeTo)
		if sc.is(sepStart, cCtxRangeToBare) && opener == "" && !aDay && !a.md && !a.hasYear && a.s.gran != gYear {
			// "to" alone links ranges only between explicit dates
			if a.relative {
				return cand{}, false
			}
		}
	default:
		return cand{}, false
	}
	if opener == "" && aDay && sc.is(sepStart, cCtxRangeDayLink) {
		return cand{}, false
	}
	var b tx
	bDay := false
	if x, ok := sc.texpr(k); ok {
		b = x
	} else if sc.is(k, cCtxRangeOpenEnd) || (sc.is(k, cTimeDet) && sc.is(k+1, cCtxRangePresent)) {
		return cand{}, false
	} else {
		kk := k
		if sc.is(kk, cTimeDet) {
			kk++
		}
		d, e, ok := sc.dayNum(kk)
		if !ok || aDay || a.dom == 0 {
			return cand{}, false
		}
		b = tx{start: k, end: e, dayOnly: true, day: d}
		bDay = true
	}
	// "August 10 - 22, 2012": the year after the second day holds for both
	if bDay {
		yk := b.end
		if yk < len(ts) && ts[yk].raw == "," {
			yk++
		}
		if y, ye, ok := sc.year(yk, false, false); ok && validDay(y, a.month, a.dom) {
			a.s, a.hasYear = dayOf(day(y, a.month, a.dom)), true
			b.end = ye
		}
	}
	// "from Jan 1 to Jan 5, 2016", "from april to June in 2017": the year of the end
	if !aDay && !bDay && a.month > 0 && !a.hasYear && b.hasYear && b.month > 0 {
		y := b.s.a.Year()
		if a.dom > 0 && validDay(y, a.month, a.dom) {
			a.s = dayOf(day(y, a.month, a.dom))
		} else if a.dom == 0 {
			a.s = monthOf(y, a.month)
		}
	}
	hyphen := ts[sepStart].raw == "-" || ts[sepStart].raw == "–"
	var start, end time.Time
	switch {
	case aDay:
		if b.dom == 0 || !validDay(b.s.a.Year(), b.month, a.day) {
			return cand{}, false
		}
		start, end = day(b.s.a.Year(), b.month, a.day), b.s.b
	case bDay:
		if !validDay(a.s.a.Year(), a.month, b.day) {
			return cand{}, false
		}
		start, end = a.s.a, day(a.s.a.Year(), a.month, b.day)
	default:
		// "from next monday to friday": a weekday after the start
		if b.relative && b.s.gran == gDay && a.s.gran == gDay && b.s.a.Before(a.s.a) && b.end == k+1 {
			t := a.s.a
			for t = t.AddDate(0, 0, 1); isoWeekday(t) != isoWeekday(b.s.a); t = t.AddDate(0, 0, 1) {
			}
			b.s = dayOf(t)
		}
		start = a.s.a
		if a.endOf {
			start = a.s.b.AddDate(0, 0, 1)
		}
		// "the July-September quarter", "the 2014-2018 period": a range naming
		// a whole span holds both ends
		whole := !sc.is(k-1, cCtxRangeUpto) &&
			(sc.f.lex.has(ts, b.end, cTimeUnit) || sc.is(b.end, cCtxRangeWhole))
		if b.endOf || whole || (hyphen && a.s.gran == gDay && b.s.gran == gDay && !a.hasYear && !b.hasYear) {
			// "10 August 2012 - 12 August 2013" counts both days
			end = b.s.b
		} else {
			end = b.s.a.AddDate(0, 0, -1)
		}
	}
	if !end.After(start) {
		return cand{}, false
	}
	typ, v := period(start, end).value()
	return cand{start: i, end: b.end, typ: typ, value: v}, true
}

// weekdayPlural reads "fridays" at token i.
func (sc *scan) weekdayPlural(i int) (int, bool) {
	p, _ := sc.f.lex.match(sc.ts, i, cWeekdayPlural)
	if p == nil {
		return 0, false
	}
	return int(p.num), true
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
