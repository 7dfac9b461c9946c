package values

import (
	"strings"
	"unicode"

	"github.com/claimex/claimex/document"
)

// percent reads "12.5%", "five per cent", "8 percent". "3 percentage points"
// is kept apart as a quantity of percentage points.
func (sc *scan) percent(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	if i+1 < len(ts) && (ts[i].raw == "-" || ts[i].raw == "−") && ts[i].space && tight(ts, i+1) && ts[i+1].kind == kDigit {
		// "-5%"
		c, ok := sc.percent(i + 1)
		if ok && c.typ == document.Percent && c.start == i+1 {
			c.start, c.value = i, -c.value.(float64)
			return c, true
		}
		return cand{}, false
	}
	n, ok := sc.number(i, false, false)
	if !ok || n.ordinal || n.frac {
		return cand{}, false
	}
	j := n.end
	if j >= len(ts) || ts[j].nl {
		return cand{}, false
	}
	if p, e := lex.match(ts, j, cPercentPoints); p != nil {
		u := p.val
		return cand{start: i, end: e, typ: document.Quantity, value: document.QuantityValue{Amount: n.v, Unit: &u}}, true
	}
	if _, e := lex.match(ts, j, cPercent); e > j {
		if lex.has(ts, j, cPercentNoun) {
			return cand{}, false // "5 percentage" names no share
		}
		v := n.v
		if ts[j].raw == "‰" {
			v /= 10
		}
		return cand{start: i, end: e, typ: document.Percent, value: v}, true
	}
	return cand{}, false
}

// quantity reads a measure ("500 metres", "10-gallon", "7.62mm", "188 miles
// an hour") or a count of things ("300 suspects", "a million households").
func (sc *scan) quantity(i int) (cand, bool) {
	ts, lex := sc.ts, sc.f.lex
	n, ok := sc.number(i, false, false)
	if !ok || n.ordinal {
		return cand{}, false
	}
	j := n.end
	if j >= len(ts) || ts[j].nl {
		return cand{}, false
	}
	// "77.3m iPhones": an abbreviated magnitude before a counted noun
	if m, ok := sc.number(i, true, false); ok && m.mag && !n.mag && m.end < len(ts) && ts[m.end].kind == kWord && ts[m.end].space &&
		!lex.has(ts, m.end, cCountStop) && !lex.has(ts, m.end, cUnit) && len(ts[m.end].raw) > 2 && sc.countable(m) &&
		(strings.HasSuffix(ts[m.end].lower(), "s") || lex.has(ts, m.end, cCountPlural)) {
		u := ts[m.end].lower()
		return cand{start: i, end: m.end + 1, typ: document.Quantity, value: document.QuantityValue{Amount: m.v, Unit: &u}}, true
	}
	hy := ts[j].raw == "-" && tight(ts, j) && j+1 < len(ts) && tight(ts, j+1)
	k := j
	if hy {
		k = j + 1
	}
	if p, e := lex.match(ts, k, cUnit); p != nil {
		short := len(ts[k].raw) <= 2 && ts[k].kind == kWord
		okUnit := true
		if short && (ts[k].space && len(ts[k].raw) == 1 && ts[k].raw != "m") {
			okUnit = false
		}
		if short && ts[k].raw != ts[k].lower() && ts[k].lower() != "km" && ts[k].lower() != "kg" {
			okUnit = false // "5G", "4G" are network names
		}
		if e < len(ts) && tight(ts, e) && ts[e].kind == kWord {
			okUnit = false // the unit runs into more letters
		}
		if ts[k].raw == "\"" && (!n.digits || openQuotes(ts, k)) {
			okUnit = false // the closing quote of "phase one"
		}
		if okUnit {
			u := p.val
			return cand{start: i, end: e, typ: document.Quantity, value: document.QuantityValue{Amount: n.v, Unit: &u}}, true
		}
	}
	if hy {
		return cand{}, false
	}
	// A count: the number and the noun it counts; "4.4 million Macs". A
	// small count in words counts only things news counts: "five hospitals".
	if !n.digits && !n.mag && !n.frac && n.v < 100 {
		if !lex.has(ts, j, cCountThing) {
			return cand{}, false
		}
	} else if !sc.countable(n) {
		return cand{}, false
	}
	t := ts[j]
	if t.kind != kWord || !t.space || !isASCII(t.raw) || !sc.english || (t.raw != t.lower() && !(n.mag && strings.HasSuffix(t.raw, "s"))) || len(t.raw) < 3 || lex.has(ts, j, cCountStop) ||
		lex.has(ts, j, cTimeUnit) || lex.has(ts, j, cMonth) || lex.has(ts, j, cWeekday) {
		return cand{}, false
	}
	if j+1 < len(ts) && (ts[j+1].raw == "-" || ts[j+1].raw == "'") && tight(ts, j+1) {
		return cand{}, false
	}
	if !plural(t.lower()) && !lex.has(ts, j, cCountPlural) || n.v == 1 {
		return cand{}, false // "the 8088 chip", "126 fighter jets": a singular word names or modifies
	}
	u := t.lower()
	return cand{start: i, end: j + 1, typ: document.Quantity, value: document.QuantityValue{Amount: n.v, Unit: &u}}, true
}

// countable reports whether n may count things: digits that do not look like a
// year or a name's number, or big numbers in words ("a million").
func (sc *scan) countable(n num) bool {
	ts := sc.ts
	if n.frac {
		return false
	}
	if !n.digits {
		return n.v >= 100 || n.mag
	}
	if n.plain && n.nDigits == 4 && n.v >= 1000 && n.v <= 2100 {
		return false
	}
	if n.plain && n.nDigits > 1 && ts[n.start].raw[0] == '0' {
		return false
	}
	if i := n.start - 1; i >= 0 {
		p := ts[i]
		if p.kind == kWord && (hasUpper(p.raw) || isUpperWord(p)) && !sentenceStart(ts, i) {
			return false // "Windows 11 users", "iPhone 12 sales"
		}
		if sc.f.lex.has(ts, i, cNumberLabel) {
			return false // "section 5", "exit 12": a label's number
		}
		if p.raw == "#" || p.raw == "+" || p.raw == "§" || (p.raw == ":" && tight(ts, n.start)) {
			return false
		}
		if (p.raw == "-" || p.raw == "/") && tight(ts, n.start) && i > 0 && tight(ts, i) {
			return false // "COVID-19", "24/7"
		}
	}
	return true
}

// sentenceStart reports whether token i starts a sentence, roughly.
func sentenceStart(ts []tok, i int) bool {
	if i == 0 || ts[i].nl {
		return true
	}
	p := ts[i-1].raw
	return p == "." || p == "!" || p == "?" || p == "\"" || p == "“" || p == ":"
}

// hasUpper reports whether s holds a capital letter ("iPhone", "Windows").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is plain ASCII: counted nouns are English words.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// openQuotes reports whether an odd number of straight double quotes come
// before token k in its paragraph, so that a quote at k closes a quotation.
func openQuotes(ts []tok, k int) bool {
	n := 0
	for j := k - 1; j >= 0 && j > k-200; j-- {
		if ts[j].raw == "\"" {
			n++
		}
		if ts[j].nl {
			break
		}
	}
	return n%2 == 1
}

// plural reports whether w looks like a regular English plural ("suspects",
// "households"), not a word that merely ends in s ("bonus", "analysis", "glass").
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
