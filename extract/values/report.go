package values

import (
	"fmt"
	"strconv"
	"time"

	"github.com/claimex/claimex/document"
)

// Earnings news tells its results for a reporting period, a quarter: "the
// latest quarter", "the quarter", "third-quarter profit", and compares them
// with the same quarter a year before: "the year-earlier period", "from $58
// million a year earlier". These expressions name no date themselves; they
// take the quarter the text last named, or else the latest quarter that ended
// before the reference date.

// quarterRef is a quarter of a year.
type quarterRef struct{ y, q int }

// reportQuarter returns the quarter the text reports on.
func (sc *scan) reportQuarter() (quarterRef, bool) {
	if sc.lastQ.y != 0 {
		return sc.lastQ, true
	}
	if !sc.clock.known {
		return quarterRef{}, false
	}
	ref := sc.clock.ref
	if q := (int(ref.Month()) - 1) / 3; q > 0 {
		return quarterRef{ref.Year(), q}, true
	}
	return quarterRef{ref.Year() - 1, 4}, true
}

// noteQuarter remembers a quarter the text names, for the reporting
// expressions after it.
func (sc *scan) noteQuarter(v any) {
	p, ok := v.(document.PeriodValue)
	if !ok {
		return
	}
	a, err1 := time.Parse("2006-01-02", p.Start)
	b, err2 := time.Parse("2006-01-02", p.End)
	if err1 != nil || err2 != nil || a.Day() != 1 || (a.Month()-1)%3 != 0 || !a.AddDate(0, 3, -1).Equal(b) {
		return
	}
	sc.lastQ = quarterRef{a.Year(), int(a.Month()-1)/3 + 1}
}

// reportPeriod reads a reporting period: [determiner] [year-earlier | year]
// [ordinal] quarter-noun ("the latest quarter", "the year-ago period", "the
// 1988 third quarter"), or a year-earlier word alone ("the year-earlier $4.5
// million"). A noun such as "period" needs a mark (latest, year-earlier, a
// year) to be one.
func (sc *scan) reportPeriod(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	marked := false
	if p, e := lex.match(ts, j, cReportDet); p != nil {
		marked = p.val == "marked"
		j = e
	}
	start := j
	back := 0
	if p, e := lex.match(ts, j, cReportBack); p != nil {
		back, marked, j = int(p.num), true, e
	}
	year := 0
	if y, e, ok := sc.year(j, false, false); ok && back == 0 {
		year, marked, j = y, true, e
	}
	ord := 0
	if n, e, ok := sc.ordinalAt(j); ok && n >= 1 && n <= 4 {
		ord, j = n, e
	}
	n, e := lex.match(ts, j, cReportNoun)
	if n == nil || (n.val == "marked" && !marked) || (n.val != "marked" && j == i) || (year != 0 && ord == 0 && n.val != "marked" && j == i) {
		if back == 0 || ord != 0 {
			return cand{}, false
		}
		e, i = j, start // the year-earlier word alone
	}
	if ord != 0 && back == 0 && year == 0 {
		return cand{}, false // "the third quarter": quarterExpr reads it
	}
	rq, ok := sc.reportQuarter()
	if !ok {
		return cand{}, false
	}
	if year != 0 {
		rq.y = year
	}
	if ord != 0 {
		rq.q = ord
	}
	rq.y += back
	typ, v := quarterOf(rq.y, rq.q).value()
	return cand{start: i, end: e, typ: typ, value: v, anaphor: true}, true
}

// yearEarlier reads "a year ago" and "a year earlier" closing a comparison:
// a year before the time the sentence names before it ("fell in December
// from a year earlier"), or else, in a text that names a quarter or a
// sentence that gives an amount ("up from $58 million a year earlier"), the
// reporting quarter a year before.
func (sc *scan) yearEarlier(i, e int) (cand, bool) {
	if sc.lastTime != nil && sc.sameSentence(sc.lastTimeEnd, i) {
		if v, ok := yearBefore(sc.lastTime); ok {
			typ := document.Date
			if _, isPeriod := v.(document.PeriodValue); isPeriod {
				typ = document.Period
			}
			return cand{start: i, end: e, typ: typ, value: v, anaphor: true}, true
		}
	}
	if sc.lastQ.y == 0 && !sc.sameSentence(sc.lastAmount, i) {
		return cand{}, false
	}
	rq, ok := sc.reportQuarter()
	if !ok {
		return cand{}, false
	}
	typ, v := quarterOf(rq.y-1, rq.q).value()
	return cand{start: i, end: e, typ: typ, value: v, anaphor: true}, true
}

// yearBefore moves a date or period value ("2024-12", {2024-07-01,
// 2024-09-30}) back by a year.
func yearBefore(v any) (any, bool) {
	back := func(s string) (string, bool) {
		if len(s) < 4 || s[0] < '0' || s[0] > '9' {
			return "", false
		}
		y, err := strconv.Atoi(s[:4])
		if err != nil || y < 1 {
			return "", false
		}
		if len(s) == 10 && s[4:] == "-02-29" {
			return fmt.Sprintf("%04d-02-28", y-1), true
		}
		return fmt.Sprintf("%04d", y-1) + s[4:], true
	}
	switch x := v.(type) {
	case string:
		return back(x)
	case document.PeriodValue:
		a, ok1 := back(x.Start)
		b, ok2 := back(x.End)
		return document.PeriodValue{Start: a, End: b}, ok1 && ok2
	}
	return nil, false
}

// sameSentence reports whether token k (the end of an earlier value) lies
// in the sentence of token i, not too far before it.
func (sc *scan) sameSentence(k, i int) bool {
	if k <= 0 || k > i || i-k > 60 {
		return false
	}
	for ; k < i; k++ {
		if sc.ts[k].nl || sentenceStart(sc.ts, k) {
			return false
		}
	}
	return true
}

// comparison reads "a year ago" or "a year earlier" as the point a
// comparison refers to (see yearEarlier).
func (sc *scan) comparison(i int) (cand, bool) {
	if !sc.clock.known {
		return cand{}, false
	}
	v, unit, e, ok := sc.countUnit(i)
	if !ok || v != 1 || unit != "Y" || !sc.f.lex.has(sc.ts, e, cTimeAgo) {
		return cand{}, false
	}
	return sc.yearEarlier(i, e+1)
}

// closedPeriod reads the reporting period that an end date closes: "the year
// ended March 31", "the fiscal year ending June 30". The date is a value of
// its own; the period before it is reported as its length, a duration, as
// TimeML annotates it.
func (sc *scan) closedPeriod(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if !lex.has(ts, i, cTimeDet) {
		return cand{}, false
	}
	p, e := lex.match(ts, i+1, cTimeCalendar)
	if p == nil || !lex.has(ts, e, cPeriodClose) {
		return cand{}, false
	}
	u, ue := lex.match(ts, e-1, cTimeUnit)
	if u == nil || ue != e {
		return cand{}, false
	}
	return cand{start: i, end: e, typ: document.Duration, value: isoDuration(1, u.val)}, true
}
