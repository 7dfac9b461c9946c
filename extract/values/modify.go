package values

import "github.com/claimex/claimex/document"

// modify applies to a value of any type the words around it that qualify
// it: an approximation before it ("nearly 10 per cent", "some 20 years"),
// a bound before it ("more than three days", "under 5%"), and a rate after an
// amount ("$15 a day", "5% per year", "$15-a-day"). Money reads its own
// approximation and bound. Nothing before token from (the end of the value
// before) is taken in.
func (sc *scan) modify(c cand, from int) cand {
	if c.typ != document.Money {
		c = sc.qualifier(c, from)
	}
	if c.typ == document.Money || c.typ == document.Percent || c.typ == document.Quantity {
		c.rate = sc.rateAt(c.end)
	}
	return c
}

// boundClasses are the classes of the words that bound an amount from below
// and from above.
var boundClasses = [...]classID{cBoundMin, cBoundMax}

// qualifier reads an approximation or a bound right before c. Both stay out
// of the span, as the corpora write counts and measures ("over 188 miles an
// hour"); only money takes its bound in.
func (sc *scan) qualifier(c cand, from int) cand {
	ts, lex := sc.ts, sc.f.lex
	counted := c.start < len(ts) && (ts[c.start].kind == kDigit || sc.startsNumber(c.start))
	for k := c.start - 1; k >= from && k >= c.start-3; k-- {
		if p, e := lex.match(ts, k, cMoneyApprox); p != nil && e == c.start && counted {
			c.approx = true
			return c
		}
		for _, class := range &boundClasses {
			p, e := lex.match(ts, k, class)
			if p == nil || e != c.start || !counted {
				continue
			}
			if isTime(c.typ) && lex.has(ts, k, cBoundPrep) && e == k+1 {
				continue // "over the next year", "under two years" are spans
			}
			c.bound = p.val
			return c
		}
	}
	return c
}

// startsNumber reports whether a number word begins at token i ("three",
// "a dozen").
func (sc *scan) startsNumber(i int) bool {
	n, ok := sc.number(i, false, false)
	return ok && !n.ordinal && n.end > i
}

// rateAt reads a rate at token i: "a day", "per year", "-a-day". It returns
// the unit's ISO 8601 duration, or "".
func (sc *scan) rateAt(i int) string {
	iso, _ := sc.rateSpan(i, true)
	return iso
}

// rateSpan is rateAt with the index just after the rate; with stops, a
// word that points back or ahead after the unit ("a year earlier") makes
// it no rate.
func (sc *scan) rateSpan(i int, stops bool) (string, int) {
	ts, lex := sc.ts, sc.f.lex
	if i < len(ts) && ts[i].raw == "-" && tight(ts, i) {
		i++
	}
	p, e := lex.match(ts, i, cRatePer)
	if p == nil || e >= len(ts) || ts[e].nl {
		return "", i
	}
	if ts[e].raw == "-" && tight(ts, e) {
		e++ // "$15-a-day"
	}
	u, ue := lex.match(ts, e, cTimeUnit)
	if u == nil || pluralWord(ts[ue-1].lower()) || stops && lex.has(ts, ue, cRateStop) {
		return "", i
	}
	return isoDuration(1, u.val), ue
}
