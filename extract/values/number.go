package values

import "strconv"

// num is a number read from the tokens.
type num struct {
	v       float64
	start   int // first token
	end     int // token after the number
	digits  bool
	plain   bool // a bare run of digits: no separators, no words
	nDigits int  // length of that run
	ordinal bool
	mag     bool // a magnitude word or abbreviation was applied
	frac    bool // written as a fraction, "1/2"
}

// isDigitTok reports whether token i is a digit run not glued to a word before
// it ("B2B", "4G" are names, not numbers).
func isDigitTok(ts []tok, i int) bool {
	if i >= len(ts) || ts[i].kind != kDigit {
		return false
	}
	if i > 0 && !ts[i].space && ts[i-1].kind == kWord {
		return false
	}
	return true
}

// number reads a number at token i: digits ("30,000", "8.10", "1/2"), words
// ("twenty five", "two thousand and fifteen", "three quarters") and a
// magnitude ("2bn", "1.5 million"; abbreviations like "m" only when abbr is
// set). glued lets the number follow a word tightly ("Rs20").
func (f *Finder) number(ts []tok, i int, abbr, glued bool) (num, bool) {
	if i >= len(ts) {
		return num{}, false
	}
	var n num
	var ok bool
	if ts[i].kind != kDigit && !f.lex.bucket(ts[i]).hasPrefix(cAnyNumber) && !isArticle(f.lex, ts[i]) {
		// Every way of writing a number but digits starts with a number
		// word, or with an article wordNumber reads itself: skip the probes.
		if _, isFrac := vulgar[ts[i].raw]; !isFrac {
			return num{}, false
		}
	}
	if v, isFrac := vulgar[ts[i].raw]; isFrac {
		// "½ teaspoon"
		return num{v: v, start: i, end: i + 1, digits: true, frac: true}, true
	}
	if fn, ok := f.fractionOfScale(ts, i); ok {
		return fn, true
	}
	if ts[i].kind == kDigit {
		if !glued && !isDigitTok(ts, i) {
			return num{}, false
		}
		n, ok = digitNumber(ts, i)
		if j := n.end; ok && n.plain && j < len(ts) && !ts[j].space && f.lex.has(ts, j, cNumberOrdsuffix) {
			n.ordinal, n.end = true, j+1 // "3rd"
		}
	} else if ts[i].kind == kWord {
		n, ok = f.wordNumber(ts, i)
	}
	if !ok {
		return num{}, false
	}
	if n.ordinal || n.frac {
		return n, true
	}
	f.magnitude(ts, &n, abbr)
	return n, true
}

// fractionOfScale reads a fraction of a scale word: "half a million", "a
// quarter of a billion", "three quarters of a million".
func (f *Finder) fractionOfScale(ts []tok, i int) (num, bool) {
	j := i
	count := 1.0
	if f.lex.has(ts, j, cNumberArticle) {
		j++
	} else if p, e := f.lex.match(ts, j, cNumberUnit); p != nil && p.num > 1 {
		count, j = p.num, e
	}
	fr, e := f.lex.match(ts, j, cNumberFraction)
	if fr == nil {
		return num{}, false
	}
	j = e
	if f.lex.has(ts, j, cTimeOf) {
		j++
	}
	if !f.lex.has(ts, j, cNumberArticle) {
		return num{}, false
	}
	sc, e2 := f.lex.match(ts, j+1, cNumberScale)
	if sc == nil || sc.num <= 100 {
		return num{}, false
	}
	return num{v: count * fr.num * sc.num, start: i, end: e2, mag: true}, true
}

// magnitude applies a scale word after n ("million", "bn"; "m", "k" when abbr).
func (f *Finder) magnitude(ts []tok, n *num, abbr bool) {
	j := n.end
	if j >= len(ts) || ts[j].nl {
		return
	}
	if p, e := f.lex.match(ts, j, cNumberScale); p != nil && p.num > 100 {
		n.v *= p.num
		n.end, n.mag, n.plain = e, true, false
		// "1.5 lakh crore", "2 thousand million": a larger scale may follow
		if q, e2 := f.lex.match(ts, e, cNumberScale); q != nil && q.num > p.num && len(ts[e].raw) > 3 {
			n.v *= q.num
			n.end = e2
		}
		return
	}
	if p, e := f.lex.match(ts, j, cNumberScale); p != nil && p.num == 100 && n.digits {
		n.v *= 100
		n.end, n.mag, n.plain = e, true, false
		if p2, e2 := f.lex.match(ts, e, cNumberScale); p2 != nil && p2.num > 100 {
			n.v *= p2.num
			n.end = e2
		}
		return
	}
	if abbr && !ts[j].space && n.digits {
		if p, e := f.lex.match(ts, j, cMagnitudeAbbr); p != nil && !(e < len(ts) && !ts[e].space && ts[e].kind == kWord) {
			n.v *= p.num
			n.end, n.mag, n.plain = e, true, false
		}
	}
}

// maxThousandsGroups bounds the comma groups of one number: seven reach the
// sextillions, past anything float64 holds exactly. The bound keeps a run of
// "100,100,100,…" linear: without it every position re-read the whole run.
const maxThousandsGroups = 7

// digitNumber reads "30,000", "8.10", "1/2", "3rd".
func digitNumber(ts []tok, i int) (num, bool) {
	n := num{start: i, digits: true, plain: true, nDigits: len(ts[i].raw)}
	s := ts[i].raw
	j := i + 1
	// thousands groups
	if len(ts[i].raw) <= 3 {
		for groups := 0; j+1 < len(ts) && ts[j].raw == "," && !ts[j].space && ts[j+1].kind == kDigit && !ts[j+1].space && len(ts[j+1].raw) == 3; groups++ {
			if groups == maxThousandsGroups {
				return num{}, false // a list of digit groups, not one number
			}
			s += ts[j+1].raw
			j += 2
			n.plain = false
		}
	}
	// decimals
	if j+1 < len(ts) && ts[j].raw == "." && !ts[j].space && ts[j+1].kind == kDigit && !ts[j+1].space &&
		!(j+2 < len(ts) && ts[j+2].raw == "." && !ts[j+2].space && j+3 < len(ts) && ts[j+3].kind == kDigit) {
		s += "." + ts[j+1].raw
		j += 2
		n.plain = false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return num{}, false
	}
	n.v, n.end = v, j
	if n.plain && j+1 < len(ts) && ts[j].raw == "/" && !ts[j].space && ts[j+1].kind == kDigit && !ts[j+1].space &&
		!(j+2 < len(ts) && (ts[j+2].raw == "/" || ts[j+2].raw == "-") && !ts[j+2].space) {
		d, _ := strconv.ParseFloat(ts[j+1].raw, 64)
		if d > 0 && d <= 100 && v < d {
			n.v, n.end, n.frac, n.plain = v/d, j+2, true, false
			return n, true
		}
	}
	// "10 1/2", "10½": a whole number and a fraction
	if n.plain && j < len(ts) {
		if f, isFrac := vulgar[ts[j].raw]; isFrac && !ts[j].space {
			n.v, n.end, n.plain = v+f, j+1, false
			return n, true
		}
		if ts[j].space && !ts[j].nl && ts[j].kind == kDigit && len(ts[j].raw) == 1 && j+2 < len(ts) && ts[j+1].raw == "/" &&
			tight(ts, j+1) && tight(ts, j+2) && ts[j+2].kind == kDigit && !(j+3 < len(ts) && tight(ts, j+3) && ts[j+3].kind != kWord) {
			a, _ := strconv.ParseFloat(ts[j].raw, 64)
			b, _ := strconv.ParseFloat(ts[j+2].raw, 64)
			if b > a && b <= 16 {
				n.v, n.end, n.plain = v+a/b, j+3, false
				return n, true
			}
		}
	}
	return n, true
}

// vulgar maps the Unicode fraction characters to their values.
var vulgar = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅕": 0.2}
