package values

import "github.com/claimex/claimex/document"

// timesPer reads a count of occurrences within one time unit: "twice a
// year", "three times a week", "once a month". The period is the unit; more
// than one occurrence in it is the value's times. The count words come from
// the recurring pack.
func (sc *scan) timesPer(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	n, j := 0, i
	if p, e := lex.match(ts, i, cRecurTimes); p != nil {
		n, j = int(p.num), e
	} else if c, ok := sc.f.number(ts, i, false, false); ok && !c.ordinal && !c.frac && c.v >= 1 && c.v <= 100 && c.v == float64(int(c.v)) {
		if !lex.has(ts, c.end, cRecurTimesNoun) {
			return cand{}, false
		}
		n, j = int(c.v), c.end+1
	} else {
		return cand{}, false
	}
	iso, e := sc.rateSpan(j, false)
	if iso == "" {
		return cand{}, false
	}
	c := recurringCand(i, e, iso, 1, 0)
	if n > 1 {
		v := c.value.(document.RecurringValue)
		v.Times = n
		c.value = v
	}
	return c, true
}

// skipInterval reads the words after a recurrence cue that skip
// occurrences ("other" in "every other week", "second" in "every second
// month"): the interval and the index after them, or 0.
func (sc *scan) skipInterval(j int) (int, int) {
	if p, e := sc.f.lex.match(sc.ts, j, cRecurSkip); p != nil && p.num >= 2 {
		return int(p.num), e
	}
	return 0, j
}
