package values

import "github.com/claimex/claimex/document"

// Ranges of durations and percentages keep both ends: "four to six weeks",
// "two or three days", "10-12%", "between 5 and 7 per cent". A range value is
// an object with min and max (a duration's ends as ISO 8601 durations), as
// money writes its ranges. Measures keep their last end only ("eight to 10
// feet" is 10 feet), as the Recognizers-Text corpora write them.

// countRange reads a bare number, a range link and a duration or percentage
// at token i ("between" may open it, and then "and" links).
func (sc *scan) countRange(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	between := lex.has(ts, j, cRangeOpen)
	if between {
		j++
	}
	lo, ok := sc.number(j, false, false)
	if !ok || lo.ordinal || lo.end >= len(ts) || ts[lo.end].nl {
		return cand{}, false
	}
	k := lo.end
	switch {
	case between && lex.has(ts, k, cRangeAnd):
		k++
	case !between && lex.has(ts, k, cRangeLink):
		_, k = lex.match(ts, k, cRangeLink)
	default:
		return cand{}, false
	}
	if v, unit, e, ok := sc.countUnit(k); ok && !lex.has(ts, k, cNumberArticle) {
		if lo.v >= v || lo.v <= 0 {
			return cand{}, false
		}
		hi := map[string]string{"min": isoDuration(lo.v, unit), "max": isoDuration(v, unit)}
		return cand{start: i, end: e, typ: document.Duration, value: hi}, true
	}
	if c, ok := sc.percent(k); ok && c.typ == document.Percent && c.start == k {
		hi := c.value.(float64)
		if lo.v >= hi {
			return cand{}, false
		}
		return cand{start: i, end: c.end, typ: document.Percent, value: map[string]float64{"min": lo.v, "max": hi}}, true
	}
	return cand{}, false
}
