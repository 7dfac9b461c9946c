package values

import (
	"math"
	"strconv"
	"strings"
)

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

// maxNumberWords bounds a number in words ("two thousand and fifteen" is four).
const maxNumberWords = 12

// isArticle reports the articles wordNumber reads before a scale word ("a
// million").
func isArticle(lex *lexicon, t tok) bool {
	for _, p := range lex.bucket(t).of(cNumberArticle) {
		if len(p.toks) == 1 {
			return true
		}
	}
	return false
}

// wordNumber reads a number written in words.
func (f *Finder) wordNumber(ts []tok, i int) (num, bool) {
	w := wordNum{j: i, end: i}
	for w.j < len(ts) && w.j-i < maxNumberWords {
		if w.j > i && ts[w.j].nl {
			break
		}
		if f.wordStep(ts, &w) != stepOn {
			break
		}
	}
	if !w.seen || w.end == i {
		return num{}, false
	}
	n := num{start: i, ordinal: w.ordinal}
	n.v = w.total + w.cur
	n.end = w.end
	n.mag = w.total > 0 && n.v >= 1000
	return n, true
}

// wordNum is what wordNumber has read so far.
type wordNum struct {
	total, cur float64
	seen       bool // any number word read
	lastUnit   bool // the last word was a unit or a ten
	lastTen    bool
	ordinal    bool
	j          int // the next token to read
	end        int // the token after the number read so far
}

// wordVerdict is what one way of writing a number makes of the word at
// wordNum.j.
type wordVerdict int

const (
	stepNone wordVerdict = iota // not written this way: try the next way
	stepOn                      // read: go on to the next word
	stepStop                    // the number ends here
)

// wordStep reads the word at w.j in the first way of writing a number that
// takes it, and returns whether the number goes on.
func (f *Finder) wordStep(ts []tok, w *wordNum) wordVerdict {
	v := f.unitWord(ts, w)
	if v == stepNone {
		v = f.tenWord(ts, w)
	}
	if v == stepNone {
		v = f.ordinalWord(ts, w)
	}
	if v == stepNone {
		v = f.articleWord(ts, w)
	}
	if v == stepNone {
		v = f.dozenWord(ts, w)
	}
	if v == stepNone {
		v = f.scaleWord(ts, w)
	}
	if v == stepNone {
		v = f.andWord(ts, w)
	}
	if v == stepNone {
		v = f.fractionWord(ts, w)
	}
	if v == stepNone {
		v = f.andAHalf(ts, w)
	}
	if v == stepNone {
		v = f.pointWord(ts, w)
	}
	if v == stepNone {
		v = stepStop
	}
	return v
}

// unitWord reads a unit ("five", "twelve") unless it cannot follow the word
// before.
func (f *Finder) unitWord(ts []tok, w *wordNum) wordVerdict {
	p, e := f.lex.match(ts, w.j, cNumberUnit)
	if p == nil {
		return stepNone
	}
	if w.lastUnit && !w.lastTen {
		return stepStop
	}
	if w.lastTen && p.num >= 10 {
		return stepStop
	}
	w.cur += p.num
	w.seen, w.lastUnit, w.lastTen = true, true, false
	w.j, w.end = e, e
	return stepOn
}

// tenWord reads a ten ("forty"), and a unit or ordinal hyphenated to it.
func (f *Finder) tenWord(ts []tok, w *wordNum) wordVerdict {
	p, e := f.lex.match(ts, w.j, cNumberTen)
	if p == nil {
		return stepNone
	}
	if w.lastUnit || math.Mod(w.cur, 100) != 0 {
		return stepStop
	}
	w.cur += p.num
	w.seen, w.lastUnit, w.lastTen = true, true, true
	w.j, w.end = e, e
	return f.hyphenUnit(ts, w)
}

// hyphenUnit reads the unit ("forty-five") or the ordinal ("forty-fifth")
// that a hyphen joins to the ten just read.
func (f *Finder) hyphenUnit(ts []tok, w *wordNum) wordVerdict {
	j := w.j
	if j+1 < len(ts) && (ts[j].raw == "-") && !ts[j].space && !ts[j+1].space {
		if q, e2 := f.lex.match(ts, j+1, cNumberUnit); q != nil && q.num > 0 && q.num < 10 {
			w.cur += q.num
			w.j, w.end = e2, e2
			w.lastTen = false
		} else if q, e2 := f.lex.match(ts, j+1, cNumberOrdinal); q != nil && q.num > 0 && q.num < 10 {
			w.cur += q.num
			w.ordinal = true
			w.end = e2
			return stepStop
		}
	}
	return stepOn
}

// ordinalWord reads an ordinal ("third", "twenty third"), which ends the
// number.
func (f *Finder) ordinalWord(ts []tok, w *wordNum) wordVerdict {
	p, e := f.lex.match(ts, w.j, cNumberOrdinal)
	if p == nil || !(p.num > 0 && (!w.seen || (w.lastTen && p.num < 10))) {
		return stepNone
	}
	if !w.seen && f.lex.has(ts, w.j, cOrdinalNotAlone) {
		// "second" alone is more often the unit of time or an adverb; callers that want it ask the lexicon.
		return stepStop
	}
	w.cur += p.num
	w.ordinal = true
	w.end = e
	w.seen = true
	return stepStop
}

// articleWord reads an article before a scale or dozen word as one of it
// ("a million", "a dozen").
func (f *Finder) articleWord(ts []tok, w *wordNum) wordVerdict {
	if w.seen || w.j+1 >= len(ts) || !f.lex.has(ts, w.j, cNumberArticle) {
		return stepNone
	}
	if p, _ := f.lex.match(ts, w.j+1, cNumberScale); p != nil {
		w.cur = 1
		w.seen = true
		w.j++
		w.lastUnit = false
		return stepOn
	}
	if p, _ := f.lex.match(ts, w.j+1, cNumberDozen); p != nil {
		w.cur = 1
		w.seen = true
		w.j++
		return stepOn
	}
	return stepStop
}

// dozenWord multiplies what was read by a dozen ("three dozen").
func (f *Finder) dozenWord(ts []tok, w *wordNum) wordVerdict {
	t := ts[w.j]
	p, e := f.lex.match(ts, w.j, cNumberDozen)
	if p == nil || !w.seen || t.lower() != "dozen" {
		return stepNone
	}
	w.cur = math.Max(w.cur, 1) * p.num
	w.j, w.end = e, e
	w.lastUnit, w.lastTen = false, false
	return stepOn
}

// scaleWord reads a scale word written out ("hundred", "thousand"): a
// hundred multiplies the current group, a larger scale closes it.
func (f *Finder) scaleWord(ts []tok, w *wordNum) wordVerdict {
	t := ts[w.j]
	p, e := f.lex.match(ts, w.j, cNumberScale)
	if p == nil || !(w.seen && p.num >= 100 && !strings.ContainsAny(t.lower(), "0123456789") && len(t.lower()) > 3) {
		return stepNone
	}
	if p.num == 100 {
		if math.Mod(w.cur, 100) == 0 && w.cur >= 100 {
			return stepStop
		}
		w.cur = math.Max(w.cur, 1) * 100
	} else {
		w.total += math.Max(w.cur, 1) * p.num
		w.cur = 0
	}
	w.j, w.end = e, e
	w.lastUnit, w.lastTen = false, false
	return stepOn
}

// andWord reads the "and" after a hundred or a scale that a unit or a ten
// follows ("two thousand and fifteen").
func (f *Finder) andWord(ts []tok, w *wordNum) wordVerdict {
	j := w.j
	if !(w.seen && (w.total > 0 || w.cur >= 100) && j+1 < len(ts) && f.lex.has(ts, j, cNumberAnd)) {
		return stepNone
	}
	if !f.lex.has(ts, j+1, cNumberUnit) && !f.lex.has(ts, j+1, cNumberTen) {
		return stepNone
	}
	w.j++
	w.lastUnit, w.lastTen = false, false
	return stepOn
}

// fractionWord reads a fraction word after a small count ("three
// quarters"), which ends the number.
func (f *Finder) fractionWord(ts []tok, w *wordNum) wordVerdict {
	p, e := f.lex.match(ts, w.j, cNumberFraction)
	if p == nil || !(w.seen && w.cur > 0 && w.cur < 10 && w.total == 0 && !w.ordinal) {
		return stepNone
	}
	if f.lex.has(ts, w.j, cNumberHalf) {
		return stepNone
	}
	w.cur *= p.num
	w.j, w.end = e, e
	return stepStop
}

// andAHalf reads "and one half" after a number, which ends it.
func (f *Finder) andAHalf(ts []tok, w *wordNum) wordVerdict {
	j := w.j
	if !(w.seen && j+2 < len(ts) && f.lex.has(ts, j, cNumberAnd) && f.lex.has(ts, j+1, cNumberOne) && f.lex.has(ts, j+2, cNumberHalf)) {
		return stepNone
	}
	w.cur += 0.5
	w.j += 3
	w.end = w.j
	return stepStop
}

// pointWord reads a decimal point and the digits after it, as digits ("one
// point 5") or as unit words ("one point five"), which end the number.
func (f *Finder) pointWord(ts []tok, w *wordNum) wordVerdict {
	j := w.j
	if !(w.seen && j+1 < len(ts) && f.lex.has(ts, j, cNumberPoint)) {
		return stepNone
	}
	if ts[j+1].kind == kDigit {
		d, err := strconv.ParseFloat("0."+ts[j+1].raw, 64)
		if err == nil {
			w.cur += d
			w.j += 2
			w.end = w.j
		}
		return stepStop
	}
	dec := ""
	k := j + 1
	for k < len(ts) {
		p, e := f.lex.match(ts, k, cNumberUnit)
		if p == nil || p.num > 9 {
			break
		}
		dec += strconv.Itoa(int(p.num))
		k = e
	}
	if dec != "" {
		d, _ := strconv.ParseFloat("0."+dec, 64)
		w.cur += d
		w.j, w.end = k, k
	}
	return stepStop
}
