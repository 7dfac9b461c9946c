package values

import (
	"strconv"
	"time"
)

// tx is a time expression read from tokens [start, end).
type tx struct {
	s          tspan
	start, end int
	dayOnly    bool // just a day of the month ("13th"), waiting for a month from a range
	day        int  // that day
	endOf      bool // "the end of 2008": as a range start it is the day after
	relative   bool
	hasYear    bool
	md         bool // a month and day whose year was guessed
	month, dom int
}

// year reads a year at token i: "2018", "'96", "nineteen ninety six", "two
// thousand and fifteen"; short two-digit years only when short is set.
func (sc *scan) year(i int, short, words bool) (int, int, bool) {
	ts := sc.ts
	if i >= len(ts) || ts[i].nl {
		return 0, i, false
	}
	t := ts[i]
	if t.kind == kDigit {
		if !isDigitTok(ts, i) || (i+1 < len(ts) && tight(ts, i+1) && (ts[i+1].kind == kDigit || ts[i+1].kind == kWord && !sc.f.lex.has(ts, i+1, cYearGlued))) {
			return 0, i, false
		}
		if i+2 < len(ts) && (ts[i+1].raw == "," || ts[i+1].raw == ".") && tight(ts, i+1) && tight(ts, i+2) && ts[i+2].kind == kDigit {
			return 0, i, false
		}
		v, _ := strconv.Atoi(t.raw)
		switch {
		case len(t.raw) == 4 && v >= 1000 && v <= 2999:
			return v, i + 1, true
		case len(t.raw) == 2 && short:
			if v < 50 {
				return 2000 + v, i + 1, true
			}
			return 1900 + v, i + 1, true
		}
		return 0, i, false
	}
	if (t.raw == "'" || t.raw == "’") && i+1 < len(ts) && tight(ts, i+1) && ts[i+1].kind == kDigit && len(ts[i+1].raw) == 2 &&
		!(i+2 < len(ts) && tight(ts, i+2) && ts[i+2].kind == kWord) {
		v, _ := strconv.Atoi(ts[i+1].raw)
		if v < 50 {
			return 2000 + v, i + 2, true
		}
		return 1900 + v, i + 2, true
	}
	if !words || t.kind != kWord {
		return 0, i, false
	}
	n, ok := sc.f.wordNumber(ts, i)
	if !ok || n.ordinal {
		return 0, i, false
	}
	if n.v >= 1000 && n.v <= 2999 && n.v == float64(int(n.v)) {
		return int(n.v), n.end, true
	}
	if n.v >= 10 && n.v <= 99 && n.v == float64(int(n.v)) {
		if sc.f.lex.has(ts, n.end, cYearZero) {
			if m, ok := sc.f.wordNumber(ts, n.end+1); ok && m.v < 10 {
				return int(n.v)*100 + int(m.v), m.end, true
			}
		}
		if m, ok := sc.f.wordNumber(ts, n.end); ok && !m.ordinal && m.v >= 10 && m.v <= 99 {
			return int(n.v)*100 + int(m.v), m.end, true
		}
	}
	return 0, i, false
}

// dayNum reads a day of the month: "18", "3rd", "twenty five", "first", "the 2nd".
func (sc *scan) dayNum(i int) (int, int, bool) {
	ts := sc.ts
	if i >= len(ts) {
		return 0, i, false
	}
	if ts[i].kind == kDigit {
		if !isDigitTok(ts, i) || len(ts[i].raw) > 2 {
			return 0, i, false
		}
		v, _ := strconv.Atoi(ts[i].raw)
		j := i + 1
		if j < len(ts) && tight(ts, j) && ts[j].kind == kWord {
			if sc.f.lex.has(ts, j, cNumberOrdsuffix) {
				j++
			} else if !sc.f.lex.has(ts, j, cMonth) {
				return 0, i, false // "15SEP" goes on; "5G" stops
			}
		}
		if v >= 1 && v <= 31 {
			return v, j, true
		}
		return 0, i, false
	}
	if ts[i].kind != kWord {
		return 0, i, false
	}
	if p, e := sc.f.lex.match(ts, i, cNumberOrdinal); p != nil && p.num >= 1 && p.num <= 31 && (!sc.is(i, cCtxDayOrdinalOf) || sc.is(e, cTimeOf)) {
		// "thirtieth first" is not a thing, but "twenty-first" is read below.
		return int(p.num), e, true
	}
	n, ok := sc.f.wordNumber(ts, i)
	if ok && n.v >= 1 && n.v <= 31 && n.v == float64(int(n.v)) && !n.mag {
		return int(n.v), n.end, true
	}
	return 0, i, false
}

// monthAt reads a month name ("December", "Dec.", "Sept"). Short names and
// month names that are also words (the month.word list: "may", "march")
// must be capitalized unless strict is false.
func (sc *scan) monthAt(i int, strict bool) (int, int, bool) {
	ts := sc.ts
	p, e := sc.f.lex.match(ts, i, cMonth)
	if p == nil {
		return 0, i, false
	}
	if i > 0 && tight(ts, i) && ts[i-1].kind == kWord {
		return 0, i, false
	}
	if e < len(ts) && tight(ts, e) && ts[e].kind == kWord {
		return 0, i, false
	}
	if strict && !isCapitalized(ts[i]) && (sc.f.lex.has(ts, i, cMonthWord) || len(ts[i].lower()) <= 4) {
		return 0, i, false
	}
	if sc.f.lex.has(ts, i, cMonthSurname) && sc.afterName(i) {
		return 0, i, false // "Theresa May"
	}
	if abbrevDot(ts, e) && isAbbrev(ts[i].lower()) {
		e++
	}
	return int(p.num), e, true
}

// abbrevDot reports whether token e is a period that ends an abbreviation
// rather than the sentence: something follows on the line that is not a
// capitalized word.
func abbrevDot(ts []tok, e int) bool {
	if e >= len(ts) || ts[e].raw != "." || !tight(ts, e) || e+1 >= len(ts) || ts[e+1].nl {
		return false
	}
	return ts[e+1].kind != kWord || !isCapitalized(ts[e+1])
}

// isAbbrev reports whether a month or weekday name is a shortened one ("Dec", "Tues").
func isAbbrev(w string) bool {
	switch w {
	case "may", "june", "july":
		return false
	}
	return len(w) <= 4
}

// weekdayAt reads a weekday name.
func (sc *scan) weekdayAt(i int) (int, int, bool) {
	ts := sc.ts
	p, e := sc.f.lex.match(ts, i, cWeekday)
	if p == nil {
		return 0, i, false
	}
	dot := abbrevDot(ts, e) && isAbbrev(ts[i].lower())
	// "sat", "wed" are words and "Sun" a company: such a name is a weekday
	// only capitalized and, without its period, beside a date ("Sun 15 Sep")
	if sc.f.lex.has(ts, i, cWeekdayWord) && (!isCapitalized(ts[i]) || !dot && !sc.besideDate(i, e)) {
		return 0, i, false
	}
	if dot {
		e++
	}
	return int(p.num), e, true
}

// besideDate reports whether a digit or a month name comes right after token
// e (past a comma) or right before token i.
func (sc *scan) besideDate(i, e int) bool {
	ts, lex := sc.ts, sc.f.lex
	if e < len(ts) && ts[e].raw == "," {
		e++
	}
	if e < len(ts) && !ts[e].nl && (ts[e].kind == kDigit || lex.has(ts, e, cMonth)) {
		return true
	}
	return i > 0 && !ts[i].nl && (ts[i-1].kind == kDigit || lex.has(ts, i-1, cMonth))
}

// yearFor picks the year of month m, day d (d 0 for the whole month) for an
// expression at token i: a date in the month before the reference is taken
// as recent news; otherwise the sentence's tense decides (a past-tense verb
// alone only for the last few months), and without a cue the next
// occurrence is meant.
func (sc *scan) yearFor(m, d, wd, i int) (int, bool) {
	if !sc.clock.known {
		return 0, false
	}
	ref := sc.clock.ref
	y := ref.Year()
	t, weak := sc.tense(i)
	if d == 0 {
		rm := int(ref.Month())
		py := y
		if m > rm {
			py = y - 1
		}
		deadline := sc.f.lex.has(sc.ts, i-1, cCueDeadline)
		switch {
		case m == rm:
			return y, true
		case deadline && m == rm%12+1:
			// "loans extended through January": a span ends at the nearer one
			return py + 1, true
		case t == tenseFuture:
			if m < rm {
				return y + 1, true
			}
			return y, true
		case t == tensePast && !deadline && !sc.f.lex.has(sc.ts, i-1, cTimeOf) && (m != rm%12+1 || !weak):
			// a month told in the past is the last one, however far back,
			// unless it closes a span ("extended loans through January"),
			// is part of a day ("the last Friday of October") or is next
			// month told by a verb alone ("the first trading day for
			// November transactions")
			return py, true
		case sc.pastNear(i, ref.Sub(time.Date(py, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC))):
			return py, true
		case t == tenseNone && sc.nearerPast(ref.Sub(time.Date(py, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)),
			time.Date(py+1, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Sub(ref)):
			return py, true
		case m < rm:
			return y + 1, true
		}
		return y, true
	}
	if !validDay(y, m, d) && !validDay(y-1, m, d) && !validDay(y+1, m, d) {
		return 0, false
	}
	past, next := 0, 0
	for yy := y + 1; yy >= y-1; yy-- {
		if validDay(yy, m, d) && !day(yy, m, d).After(ref) && past == 0 {
			past = yy
		}
	}
	for yy := y - 1; yy <= y+1; yy++ {
		if validDay(yy, m, d) && !day(yy, m, d).Before(ref) && next == 0 {
			next = yy
		}
	}
	switch {
	case past != 0 && ref.Sub(day(past, m, d)) <= 31*24*time.Hour && (t != tenseFuture || isoWeekday(day(past, m, d)) == wd):
		return past, true
	case t == tenseFuture && next != 0:
		return next, true
	case past != 0 && sc.pastNear(i, ref.Sub(day(past, m, d))):
		return past, true
	case past != 0 && next != 0 && t == tenseNone && sc.nearerPast(ref.Sub(day(past, m, d)), day(next, m, d).Sub(ref)):
		return past, true
	case next != 0:
		return next, true
	}
	return past, past != 0
}

// mdSpan resolves a month and day, with or without a year.
func (sc *scan) mdSpan(y, m, d int, hasYear bool, wd, at int) (tspan, bool) {
	if hasYear {
		if !validDay(y, m, d) {
			return tspan{}, false
		}
		return dayOf(day(y, m, d)), true
	}
	if y, ok := sc.yearFor(m, d, wd, at); ok {
		return dayOf(day(y, m, d)), true
	}
	if !validDay(2000, m, d) {
		return tspan{}, false
	}
	s := dayOf(day(2000, m, d))
	s.noYear = true
	return s, true
}

// futureCue reports whether the sentence before token i speaks of the future.
func (sc *scan) futureCue(i int) bool { return sc.cueBefore(i, cCueFuture) }

// pastCue reports whether the sentence before token i speaks of the past.
func (sc *scan) pastCue(i int) bool { return sc.cueBefore(i, cCuePast) }

func (sc *scan) cueBefore(i int, class classID) bool {
	ts := sc.ts
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if ((ts[k].raw == "." || ts[k].raw == "!" || ts[k].raw == "?") && ts[k+1].space) || ts[k+1].nl {
			break
		}
		if sc.f.lex.has(ts, k, class) {
			return true
		}

	}
	return false
}

// cueNear reports whether a word of class occurs in the sentence around token i.
func (sc *scan) cueNear(i int, class classID) bool {
	if sc.cueBefore(i, class) {
		return true
	}
	ts := sc.ts
	for k := i + 1; k < len(ts) && k <= i+12; k++ {
		if ts[k].nl || ((ts[k].raw == "." || ts[k].raw == "!" || ts[k].raw == "?") && (k+1 >= len(ts) || ts[k+1].space)) {
			break
		}
		if sc.f.lex.has(ts, k, class) {
			return true
		}
	}
	return false
}

// afterName reports whether token i follows a capitalized word inside a
// sentence that is no function or time word: a surname ("Theresa May")
// rather than a month ("In May", "Since May").
func (sc *scan) afterName(i int) bool {
	ts, lex := sc.ts, sc.f.lex
	if i == 0 || !ts[i].space || ts[i].nl {
		return false
	}
	p := i - 1
	if ts[p].kind != kWord || !isCapitalized(ts[p]) || sentenceStart(ts, p) || !isCapitalized(ts[i]) {
		return false
	}
	if lex.has(ts, p, cCountStop) || lex.has(ts, p, cMonth) || lex.has(ts, p, cWeekday) || lex.has(ts, p, cRelLast) ||
		lex.has(ts, p, cRelNext) || lex.has(ts, p, cRelThis) || lex.has(ts, p, cAnyPart) {
		return false
	}
	return !lex.has(ts, p, cTimeLead)
}
