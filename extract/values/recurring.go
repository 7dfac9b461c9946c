package values

import (
	"strconv"
	"strings"

	"github.com/claimex/claimex/document"
)

// recurring reads a time that repeats rather than one date or span: a cue
// and a time unit or weekday ("every Monday", "each year", "every two
// weeks"), an adverb ("weekly", "daily") or a plural
// weekday ("Mondays"). The cue words, adverbs and weekdays come from the
// valueword packs.
func (sc *scan) recurring(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if c, ok := sc.timesPer(i); ok {
		return c, true
	}
	if p, e := lex.match(ts, i, cRecurAdverb); p != nil {
		if lex.has(ts, i-1, cNumberOrdinal) || lex.has(ts, i-2, cNumberOrdinal) {
			return cand{}, false // "its first quarterly loss" counts periods
		}
		return recurringCand(i, e, p.val, periodCount(p.val), 0), true
	}
	if wd, ok := sc.weekdayPlural(i); ok {
		return recurringCand(i, i+1, "P1W", 1, wd), true
	}
	p, j := lex.match(ts, i, cRecurEvery)
	if p == nil || (i > 0 && i == sc.lastAmount && lex.has(ts, i, cRatePer)) {
		return cand{}, false // "$15 each year" is a rate of the amount
	}
	if k, e := sc.skipInterval(j); k > 0 {
		if _, _, wd := sc.weekdayAt(e); wd || lex.has(ts, e, cTimeUnit) {
			return sc.skipped(i, e, k)
		}
	}
	n, counted := 1, false
	if c, ok := sc.number(j, false, false); ok && !c.ordinal && !c.frac && c.v >= 1 && c.v <= 1000 && c.v == float64(int(c.v)) {
		n, j, counted = int(c.v), c.end, true
	}
	if wd, e, ok := sc.weekdayAt(j); ok && !counted {
		return recurringCand(i, e, "P1W", 1, wd), true
	}
	u, e := lex.match(ts, j, cTimeUnit)
	if u == nil || (counted && n > 1) != pluralWord(ts[e-1].lower()) {
		return cand{}, false // "every weeks", "every two week"
	}
	period := isoDuration(float64(n), u.val)
	return recurringCand(i, e, period, periodCount(period), 0), true
}

// periodCount is the count of an ISO 8601 duration's unit: 2 for "P2W", 3
// for "P3M", 1 when it has none.
func periodCount(iso string) int {
	n := 0
	for _, r := range strings.TrimPrefix(strings.TrimPrefix(iso, "P"), "T") {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return max(n, 1)
}

// recurringCand is a recurring value over tokens [start, end) with the given
// period and interval, falling on ISO weekday wd (1 Monday) when wd > 0.
func recurringCand(start, end int, period string, interval, wd int) cand {
	v := document.RecurringValue{Period: period, Interval: interval}
	if wd > 0 {
		on := "XXXX-WXX-" + strconv.Itoa(wd)
		v.On = &on
	}
	return cand{start: start, end: end, typ: document.Recurring, value: v}
}

// skipped reads the unit or weekday after a cue and a skip word ("every
// other week", "every second Monday"), k units apart, ending the value.
func (sc *scan) skipped(i, j, k int) (cand, bool) {
	if wd, e, ok := sc.weekdayAt(j); ok {
		if sc.f.lex.has(sc.ts, e, cTimeOf) {
			return cand{}, false // "every second Thursday of the month" is one a month
		}
		return recurringCand(i, e, isoDuration(float64(k), "W"), k, wd), true
	}
	u, e := sc.f.lex.match(sc.ts, j, cTimeUnit)
	if u == nil || pluralWord(sc.ts[e-1].lower()) {
		return cand{}, false
	}
	period := isoDuration(float64(k), u.val)
	return recurringCand(i, e, period, periodCount(period), 0), true
}
