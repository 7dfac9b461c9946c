package values

import (
	"math"
	"strconv"
	"strings"
)

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
	if f.lex.has(ts, w.j+1, cNumberDozen) || f.lex.has(ts, w.j+1, cNumberScore) {
		w.cur = 1
		w.seen = true
		w.j++
		return stepOn
	}
	return stepStop
}

// dozenWord multiplies what was read by a dozen ("three dozen").
func (f *Finder) dozenWord(ts []tok, w *wordNum) wordVerdict {
	p, e := f.lex.match(ts, w.j, cNumberDozen)
	if p == nil || !w.seen {
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
