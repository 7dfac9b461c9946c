package values

import (
	"github.com/claimex/claimex/document"
)

// amt is one amount of money, or a bare number that a range may give a currency.
type amt struct {
	start, end int
	v          float64
	cur        *currency
	named      bool // the currency is a word or code after the number, so cents may follow
	mag        bool
}

// curAt matches a currency written next to a number at token i.
func (sc *scan) curAt(i int, classes ...classID) (*phrase, int) {
	for _, c := range classes {
		if p, e := sc.f.lex.match(sc.ts, i, c); p != nil {
			return p, e
		}
	}
	return nil, i
}

// amount reads "$2bn", "£ 8.10 million", "EUR 125", "20 Euros", "75 USD million",
// "15 dollars 50", "34 cents", "12-cent". With bare, a number without a
// currency is returned too (cur nil), for ranges like "10 to 20 dollars".
func (sc *scan) amount(i int, bare bool) (amt, bool) {
	ts := sc.ts
	if i >= len(ts) {
		return amt{}, false
	}
	// Currency first.
	if a, ok, found := sc.currencyFirst(i); found {
		return a, ok
	}
	// "a dollar", "a penny"
	if a, ok := sc.articleAmount(i); ok {
		return a, true
	}
	// Number first.
	n, ok := sc.number(i, true, false)
	if !ok || n.ordinal {
		return amt{}, false
	}
	a := amt{start: i, end: n.end, v: n.v, mag: n.mag}
	if j := n.end; j < len(ts) && !ts[j].nl {
		if a, ok, found := sc.currencyAfter(n, a); found {
			return a, ok
		}
	}
	if bare && !n.ordinal {
		return a, true
	}
	return amt{}, false
}

// currencyFirst reads an amount whose currency comes before the number at
// i ("$2bn", "EUR 125", "$10 and 5 cents"). found says a currency and a
// number are there, even when they make no amount (ok false: "ALL five").
func (sc *scan) currencyFirst(i int) (a amt, ok, found bool) {
	ts, lex := sc.ts, sc.f.lex
	p, e := sc.curAt(i, cCurSymbol, cCurCode, cCurWord)
	if !(p != nil && e < len(ts) && !ts[e].nl) {
		return amt{}, false, false
	}
	prefixOK := p.class != "cur.word" || (e == i+1 && len(ts[i].raw) == 3) || (e < len(ts) && ts[e].kind == kDigit)
	if !(prefixOK && !(i > 0 && tight(ts, i) && ts[i-1].kind == kDigit)) {
		return amt{}, false, false
	}
	n, ok := sc.number(e, true, true)
	if !(ok && !n.ordinal && (n.digits || !tight(ts, e)) && !(p.class != "cur.symbol" && !n.digits && n.v < 1)) {
		return amt{}, false, false
	}
	a = amt{start: i, end: n.end, v: n.v, cur: sc.cur(p), mag: n.mag}
	if !n.digits && p.class == "cur.code" && ts[i].raw != ts[i].lower() {
		// "ALL five" is not Albanian money.
		return amt{}, false, true
	}
	// "$ 10 dollars": the name repeated after the number.
	if q, e2 := lex.match(ts, a.end, cCurWord); q != nil && (q.val == a.cur.code || sc.cur(q).code == a.cur.code) {
		a.end = e2
	}
	if !a.mag {
		if q, e2 := lex.match(ts, a.end, cNumberScale); q != nil && q.num > 100 {
			a.v *= q.num
			a.end, a.mag = e2, true
		}
	}
	// "$10 and 5 cents"
	if !a.mag && lex.has(ts, a.end, cNumberAnd) {
		if c, ok := sc.number(a.end+1, false, false); ok && !c.ordinal && c.v < 100 {
			if q, e2 := lex.match(ts, c.end, cCurMinor); q != nil && (q.val == a.cur.code || sc.cur(q).code == a.cur.code) {
				a.v += c.v * q.num
				a.end = e2
			}
		}
	}
	return a, true, true
}

// articleAmount reads one of a currency or its minor unit after an article
// at i ("a dollar", "a penny").
func (sc *scan) articleAmount(i int) (amt, bool) {
	ts := sc.ts
	if !sc.f.lex.has(ts, i, cNumberArticle) {
		return amt{}, false
	}
	p, e := sc.curAt(i+1, cCurMinor, cCurWord)
	if !(p != nil && ts[e-1].lower()[len(ts[e-1].lower())-1] != 's') {
		return amt{}, false
	}
	a := amt{start: i, end: e, v: 1, cur: sc.cur(p)}
	if p.class == "cur.minor" {
		a.v = p.num
	} else {
		a.named = true
		sc.cents(&a)
	}
	return a, true
}

// currencyAfter reads the currency after the number n that a holds, as a
// word, code, symbol, scaled or minor unit ("20 Euros", "10 $", "34 cents",
// "12-cent"). found says it decided the amount (ok false: no amount);
// without, the number may stand bare.
func (sc *scan) currencyAfter(n num, a amt) (_ amt, ok, found bool) {
	ts, lex := sc.ts, sc.f.lex
	j := n.end
	// "12-cent", "10-dollar"
	hy := j+1 < len(ts) && (ts[j].raw == "-") && tight(ts, j) && tight(ts, j+1)
	k := j
	if hy {
		k = j + 1
	}
	if p, e := sc.curAt(k, cCurScaled); p != nil && !hy {
		a.v *= p.num
		a.end, a.cur, a.mag = e, sc.cur(p), true
		return a, true, true
	}
	if p, e := sc.curAt(k, cCurMinor); p != nil && !(len(ts[k].raw) == 1 && ts[k].space) && !(ts[k].raw == "p" && e < len(ts) && tight(ts, e) && ts[e].kind != kPunct) {
		a.v *= p.num
		a.end, a.cur = e, sc.cur(p)
		return a, true, true
	}
	classes := []classID{cCurWord, cCurCode, cCurSymbol}
	if hy {
		classes = []classID{cCurWord}
	}
	p, e := sc.curAt(k, classes...)
	if p == nil || (p.class == "cur.word" && !n.mag && sc.f.lex.has(ts, k, cWeightAmbiguous) && sc.cueNear(k, cWeightCue)) {
		return a, false, false
	}
	// A symbol after the number: "10 $", "100元", "20Rs".
	if p.class == "cur.code" && !n.digits && n.v < 1 {
		return amt{}, false, true
	}
	if p.class == "cur.symbol" && e < len(ts) && ts[e].kind == kDigit && !ts[e].nl {
		// "10 $20": the symbol belongs to the next amount.
		return a, false, false
	}
	a.end, a.cur = e, sc.cur(p)
	a.named = p.class != "cur.symbol" && !hy
	if !a.mag && !hy {
		if q, e2 := lex.match(ts, a.end, cNumberScale); q != nil && q.num > 100 {
			a.v *= q.num
			a.end, a.mag = e2, true
		}
	}
	if a.named && !a.mag {
		sc.cents(&a)
	}
	return a, true, true
}

// cents reads the minor part after a named amount: "15 dollars 50",
// "15 dollars and 15", "3 dollars 50 cents", "thirteen dollars forty-five cents".
func (sc *scan) cents(a *amt) {
	ts, lex := sc.ts, sc.f.lex
	j := a.end
	if j >= len(ts) || ts[j].nl || ts[j].kind == kPunct {
		return
	}
	if lex.has(ts, j, cNumberAnd) {
		j++
	}
	n, ok := sc.number(j, false, false)
	if !ok || n.ordinal || n.mag || n.frac || n.v >= 100 || n.v != float64(int(n.v)) || (n.digits && n.nDigits > 2) {
		return
	}
	k := n.end
	factor := a.cur.minorFactor
	if p, e := lex.match(ts, k, cCurMinor); p != nil && (p.val == a.cur.code || sc.cur(p).code == a.cur.code) {
		a.v += n.v * factor
		a.end = e
		return
	}
	// The number must not start something else: "10 rmb 20 usd", "5 dollars 3 times".
	if k < len(ts) && !ts[k].nl {
		if sc.startsUnit(k) {
			return
		}
	}
	a.v += n.v * factor
	a.end = k
}

// startsUnit reports whether token i begins a currency, unit or counted noun.
func (sc *scan) startsUnit(i int) bool {
	ts, lex := sc.ts, sc.f.lex
	if p, _ := sc.curAt(i, cCurWord, cCurCode, cCurSymbol, cCurMinor, cCurScaled); p != nil {
		return true
	}
	if lex.has(ts, i, cUnit) || lex.has(ts, i, cTimeUnit) || lex.has(ts, i, cPercent) {
		return true
	}
	if ts[i].kind == kWord && !lex.has(ts, i, cCountStop) && ts[i].raw == ts[i].lower() {
		return true
	}
	return false
}

// money recognizes an amount, a range or bound of amounts, or a vague amount at token i.
func (sc *scan) money(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	approx := false
	if p, e := lex.match(ts, j, cMoneyApprox); p != nil {
		approx, j = true, e
	}
	var bound, kind string
	if p, e := lex.match(ts, j, cBoundMin); p != nil {
		bound, kind, j = "min", p.val, e
	} else if p, e := lex.match(ts, j, cBoundMax); p != nil {
		bound, kind, j = "max", p.val, e
	}
	if opener := rangeOpener(lex, ts, j); opener != "" && bound == "" {
		if !(opener == openFrom && j > 0 && lex.has(ts, j-1, cChangeVerb)) {
			if c, ok := sc.moneyRange(i, j+1, opener, approx); ok {
				return c, true
			}
		}
	}
	if c, ok := sc.moneyRange(i, j, "", approx); ok {
		return c, true
	}
	if a, ok := sc.amount(j, false); ok {
		v := a.v
		mv := document.MoneyValue{Currency: a.cur.code, Ambiguous: a.cur.ambiguous}
		start := a.start
		switch bound {
		case "min":
			mv.Min, start = &v, i
		case "max":
			mv.Max, start = &v, i
		default:
			mv.Amount = &v
		}
		if approx && bound != "" {
			start = i
		}
		return cand{start: start, end: a.end, typ: document.Money, value: mv, approx: approx, bound: kind}, true
	}
	if bound != "" || approx {
		return cand{}, false
	}
	return sc.vagueMoney(i)
}

// moneyRange reads "$10-$20", "10 to 20 dollars", "between £5m and £7m" with
// the first amount at j; span starts at i.
func (sc *scan) moneyRange(i, j int, opener string, approx bool) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	a, ok := sc.amount(j, true)
	if !ok || a.end >= len(ts) {
		return cand{}, false
	}
	k := a.end
	switch {
	case opener == openBetween && lex.has(ts, k, cRangeAnd):
		k++
	case opener != openBetween && lex.has(ts, k, cMoneyRangeLink):
		k++
	default:
		return cand{}, false
	}
	if opener == "" && ts[k-1].kind == kWord && a.cur != nil {
		// "$5 to $7" without "from" is read as two amounts.
		return cand{}, false
	}
	b, ok := sc.amount(k, true)
	if !ok || (a.cur == nil && b.cur == nil) {
		return cand{}, false
	}
	if a.cur == nil && b.start != k {
		return cand{}, false
	}
	if a.cur == nil {
		a.cur = b.cur
		// "5 to 7 million dollars", "£5-7m"
		if !a.mag && b.mag {
			a.v *= scaleOf(b.v)
		}
	} else if b.cur == nil {
		b.cur = a.cur
		if a.mag && !b.mag && b.v < a.v {
			b.v *= scaleOf(a.v)
		}
	} else if a.cur.code != b.cur.code {
		return cand{}, false
	}
	if a.v >= b.v {
		return cand{}, false
	}
	_ = lex
	lo, hi := a.v, b.v
	mv := document.MoneyValue{Currency: a.cur.code, Min: &lo, Max: &hi, Ambiguous: a.cur.ambiguous}
	return cand{start: i, end: b.end, typ: document.Money, value: mv, approx: approx}, true
}

// scaleOf returns the power of a thousand that v is a multiple of (1e6 for 7e6).
func scaleOf(v float64) float64 {
	for _, s := range []float64{1e12, 1e9, 1e6, 1e3} {
		if v >= s {
			return s
		}
	}
	return 1
}

// vagueMoney reads "multi-billion dollar", "millions of pounds", "several million
// euros" and currency names standing alone ("dollars").
func (sc *scan) vagueMoney(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	j := i
	vague := false
	if p, e := lex.match(ts, j, cNumberVagueDet); p != nil {
		if q, e2 := lex.match(ts, e, cNumberScale); q != nil && q.num >= 100 {
			j, vague = e2, true
		}
	}
	if !vague {
		for round := 0; round < 4; round++ {
			p, e := lex.match(ts, j, cNumberVague)
			if p == nil {
				break
			}
			j, vague = e, true
			if lex.has(ts, j, cNumberOf) {
				if q, _ := lex.match(ts, j+1, cNumberVague); q != nil {
					j++
					continue
				}
				if _, ok := sc.curAt(j+1, cCurWord); ok > j+1 {
					j++
				}
			}
			break
		}
	}
	if !vague {
		// "billion-dollar"
		if p, e := lex.match(ts, j, cNumberScale); p != nil && p.num >= 1e3 && e < len(ts) && ts[e].raw == "-" && tight(ts, e) {
			j, vague = e, true
		}
	}
	if vague {
		if j < len(ts) && ts[j].raw == "-" && tight(ts, j) {
			j++
		}
		if p, e := sc.curAt(j, cCurWord); p != nil {
			return cand{start: i, end: e, typ: document.Money, value: document.MoneyValue{Currency: sc.cur(p).code, Vague: true, Ambiguous: sc.cur(p).ambiguous}}, true
		}
		return cand{}, false
	}
	if p, e := lex.match(ts, i, cCurBare); p != nil {
		if w, e2 := lex.match(ts, i, cCurWord); w != nil && e2 > e {
			return cand{}, false // part of a longer name
		}
		if i > 0 && ts[i-1].raw == "-" && tight(ts, i) {
			return cand{}, false
		}
		return cand{start: i, end: e, typ: document.Money, value: document.MoneyValue{Currency: sc.cur(p).code, Vague: true, Ambiguous: sc.cur(p).ambiguous}}, true
	}
	return cand{}, false
}

// Range openers as moneyRange and timeRange take them.
const (
	openBetween = "between" // "between £5m and £7m": the ends are joined by range.and
	openFrom    = "from"    // "from $5 to $7"
)

// rangeOpener returns the opener of a range at token j ("between", "from"
// as the range.open and range.from lists hold them), or "".
func rangeOpener(lex *lexicon, ts []tok, j int) string {
	switch {
	case lex.has(ts, j, cRangeOpen):
		return openBetween
	case lex.has(ts, j, cRangeFrom):
		return openFrom
	}
	return ""
}
