package values

import (
	"strconv"
)

// quarterTok reads "Q3" as one token or "q3" split as word+digit.
func quarterTok(ts []tok, i int) (byte, int, int, bool) {
	if i+1 < len(ts) && ts[i].kind == kWord && (ts[i].lower() == "q" || ts[i].lower() == "h") && tight(ts, i+1) && ts[i+1].kind == kDigit && len(ts[i+1].raw) == 1 {
		n := int(ts[i+1].raw[0] - '0')
		if ts[i].lower() == "q" && n >= 1 && n <= 4 || ts[i].lower() == "h" && n >= 1 && n <= 2 {
			if i+2 < len(ts) && tight(ts, i+2) && (ts[i+2].kind == kWord || ts[i+2].kind == kDigit) {
				return 0, 0, i, false
			}
			return ts[i].lower()[0], n, i + 2, true
		}
	}
	return 0, 0, i, false
}

// monthFirst reads "December 18", "Dec. 21, 2012", "Sunday, Feb 10", "January
// first 2000", "Sep 2012", "April of 1987", "August".
func (sc *scan) monthFirst(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	start := i
	wd, afterWeekday, hasWeekday := sc.leadingWeekday(i)
	if hasWeekday {
		if _, _, ok := sc.monthAt(afterWeekday, false); !ok {
			return tx{}, false
		}
		i = afterWeekday
	}
	m, j, ok := sc.monthAt(i, false)
	if !ok {
		return tx{}, false
	}
	_, _, strictOK := sc.monthAt(i, start == i)
	if x, ok := sc.monthDay(start, j, m, wd); ok {
		return x, true
	}
	// month and year
	k := j
	if k < len(ts) && (ts[k].raw == "," || ts[k].raw == "/" || ts[k].raw == "-") {
		k++
	} else if sc.f.lex.has(ts, k, cTimeOfIn) {
		k++
	}
	if y, ye, ok := sc.year(k, false, true); ok {
		return tx{s: monthOf(y, m), start: start, end: ye, hasYear: true, month: m}, true
	}
	// "June last year", "January this year"
	if r, ok := sc.relative(j); ok && r.start == j && r.s.gran == gYear {
		return tx{s: monthOf(r.s.a.Year(), m), start: start, end: r.end, month: m, relative: true}, true
	}
	if start != i || !strictOK {
		return tx{}, false
	}
	if isAbbrev(ts[i].lower()) && ts[j-1].raw != "." {
		return tx{}, false // "Mar" alone is more often a name
	}
	y, ok := sc.yearFor(m, 0, 0, i)
	if !ok {
		return tx{}, false
	}
	return tx{s: monthOf(y, m), start: start, end: j, month: m}, true
}

// monthDay reads the day after the month m that ends before j, and a year
// after the day: "March 6", "March the 6th", "March, 6th 2016",
// "August-10", "August/10/2012". The date starts at start, with the
// weekday wd before it (0 for none).
func (sc *scan) monthDay(start, j, m, wd int) (tx, bool) {
	ts := sc.ts
	k := j
	if sc.f.lex.has(ts, k, cTimeDet) {
		k++
	} else if k+1 < len(ts) && (ts[k].raw == "," || ((ts[k].raw == "-" || ts[k].raw == "/") && tight(ts, k) && tight(ts, k+1))) && ts[k+1].kind == kDigit && len(ts[k+1].raw) <= 2 {
		k++
	}
	d, e, ok := sc.dayNum(k)
	if !ok || (e < len(ts) && (ts[e].raw == ":" || sc.f.lex.has(ts, e, cTimeAmpm))) {
		return tx{}, false
	}
	if ts[k].kind == kDigit && e < len(ts) && sc.startsMeasure(e) {
		return tx{}, false
	}
	x := tx{start: start, end: e, month: m, dom: d}
	// year
	y2 := e
	if y2 < len(ts) && (ts[y2].raw == "," || ((ts[y2].raw == "/" || ts[y2].raw == "-") && tight(ts, y2) && k > j)) {
		y2++
	}
	if sc.f.lex.has(ts, y2, cTimeOfIn) {
		y2++
	}
	if y, ye, ok := sc.year(y2, y2 > e || ts[k].kind == kWord, true); ok {
		if s, ok := sc.mdSpan(y, m, d, true, wd, start); ok {
			x.s, x.end, x.hasYear = s, ye, true
			return x, true
		}
	}
	if s, ok := sc.mdSpan(0, m, d, false, wd, start); ok {
		x.s, x.md = s, true
		return x, true
	}
	return tx{}, false
}

// startsMeasure reports whether token i begins a unit or a currency, so that
// a number before it is an amount and not a day.
func (sc *scan) startsMeasure(i int) bool {
	lex := sc.f.lex
	if p, _ := sc.curAt(i, cCurWord, cCurCode, cCurSymbol, cCurMinor); p != nil {
		return true
	}
	return lex.has(sc.ts, i, cUnit) || lex.has(sc.ts, i, cPercent) || lex.has(sc.ts, i, cNumberScale) || lex.has(sc.ts, i, cTimeUnit)
}

// leadingWeekday reads an optional weekday before a date ("Sunday, Feb 10",
// "Tuesday 10 January"): its number, the index after it and its comma, and
// whether there was one (when not, wd is 0 and next is i).
func (sc *scan) leadingWeekday(i int) (wd, next int, ok bool) {
	w, e, ok := sc.weekdayAt(i)
	if !ok {
		return 0, i, false
	}
	if e < len(sc.ts) && sc.ts[e].raw == "," {
		e++
	}
	return w, e, true
}

// dayFirst reads "18 December", "3 Aug 96", "23rd february, 2016", "the 2nd
// of march", "4th of july of 1995", "Tuesday, 10 January", "26 june in 2019".
func (sc *scan) dayFirst(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	start := i
	wd, i, _ := sc.leadingWeekday(i)
	if sc.f.lex.has(ts, i, cTimeDet) {
		i++
	}
	d, j, ok := sc.dayNum(i)
	if !ok {
		return tx{}, false
	}
	k := j
	if sc.isUnit(k, "day") && sc.f.lex.has(ts, k+1, cTimeOf) {
		k++ // "20th day of next month"
	}
	if sc.f.lex.has(ts, k, cTimeOf) {
		k++
		// "20th of next month", "20 of this month", "20th of the previous month"
		rk := k
		if sc.f.lex.has(ts, rk, cTimeDet) && !sc.isUnit(rk+1, "month") {
			rk++
		}
		if r, ok := sc.relative(rk); ok && r.s.gran == gMonth && validDay(r.s.a.Year(), int(r.s.a.Month()), d) {
			return tx{s: dayOf(day(r.s.a.Year(), int(r.s.a.Month()), d)), start: start, end: r.end, relative: true}, true
		}
	} else if k+1 < len(ts) && (ts[k].raw == "-" || ts[k].raw == "/") && tight(ts, k) && tight(ts, k+1) && ts[k+1].kind == kWord {
		k++ // "10-August", "10/August/2012"
	}
	m, e, ok := sc.monthAt(k, false)
	if !ok {
		return tx{}, false
	}
	if sc.f.lex.has(ts, k, cMonthModal) && !isCapitalized(ts[k]) && k == j {
		return tx{}, false
	}
	x := tx{start: start, end: e, month: m, dom: d}
	y2 := e
	if y2 < len(ts) && (ts[y2].raw == "," || (k > j && ts[k-1].raw == ts[y2].raw && tight(ts, y2))) {
		y2++
	}
	if sc.f.lex.has(ts, y2, cTimeOfIn) {
		y2++
	}
	if y, ye, ok := sc.year(y2, y2 == e && isDigitTok(ts, y2), true); ok {
		if s, ok := sc.mdSpan(y, m, d, true, wd, start); ok {
			x.s, x.end, x.hasYear = s, ye, true
			return x, true
		}
	}
	s, ok := sc.mdSpan(0, m, d, false, wd, start)
	if !ok {
		return tx{}, false
	}
	x.s, x.md = s, true
	return x, true
}

// yearFirst reads "2024 August", "2024/August", "2024 AD August", "2019 q3", "1990s", "2018".
func (sc *scan) yearFirst(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	if x, ok, found := sc.decade(i); found {
		return x, ok
	}
	y, j, ok := sc.year(i, false, sc.f.lex.has(ts, i-1, cYearCue))
	if !ok {
		return tx{}, false
	}
	if x, ok, found := sc.yearAndPart(i, y, j); found {
		return x, ok
	}
	if !sc.yearAlone(i, j) {
		return tx{}, false
	}
	if p, e := sc.f.lex.match(ts, j, cEra); p != nil {
		j = e // "2014 A.D."
	}
	return tx{s: yearOf(y), start: i, end: j, hasYear: true}, true
}

// decade reads a decade at i: "1990s", "the '90s", "the 90s", "the
// nineties". found says it decided (ok false: "2000 the nineties" is no
// decade of its own).
func (sc *scan) decade(i int) (x tx, ok, found bool) {
	ts := sc.ts
	// decades: "1990s", "the '90s"
	if isDigitTok(ts, i) && len(ts[i].raw) == 4 && i+1 < len(ts) && tight(ts, i+1) && ts[i+1].lower() == "s" {
		y, _ := strconv.Atoi(ts[i].raw)
		if y%10 == 0 && y >= 1000 && y <= 2990 {
			return tx{s: period(day(y, 1, 1), day(y+9, 12, 31)), start: i, end: i + 2, hasYear: true}, true, true
		}
	}
	if (ts[i].raw == "'" || ts[i].raw == "’") && i+2 < len(ts) && tight(ts, i+1) && tight(ts, i+2) && ts[i+1].kind == kDigit && len(ts[i+1].raw) == 2 && ts[i+2].lower() == "s" {
		if y, _ := strconv.Atoi(ts[i+1].raw); y%10 == 0 {
			y += 1900
			if y < 1930 {
				y += 100
			}
			return tx{s: period(day(y, 1, 1), day(y+9, 12, 31)), start: i, end: i + 3, hasYear: true}, true, true
		}
	}
	if isDigitTok(ts, i) && len(ts[i].raw) == 2 && i+1 < len(ts) && tight(ts, i+1) && ts[i+1].lower() == "s" && sc.f.lex.has(ts, i-1, cTimeDet) {
		y, _ := strconv.Atoi(ts[i].raw)
		if y%10 == 0 {
			y += 1900
			if y < 1930 {
				y += 100
			}
			return tx{s: period(day(y, 1, 1), day(y+9, 12, 31)), start: i, end: i + 2, hasYear: true}, true, true
		}
	}
	if p, e := sc.f.lex.match(ts, i, cDecadeWord); p != nil && sc.f.lex.has(ts, i-1, cTimeDet) {
		y := 1900 + int(p.num)
		if sc.f.lex.has(ts, i-1, cTimeDet) && i >= 2 && isDigitTok(ts, i-2) {
			return tx{}, false, true
		}
		return tx{s: period(day(y, 1, 1), day(y+9, 12, 31)), start: i, end: e, hasYear: true}, true, true
	}
	return tx{}, false, false
}

// yearAndPart reads what follows the year y read over [i, j) and makes it a
// longer time: a split year ("2018-19"), a half or quarter ("2019-Q3",
// "2019 q3") or a month ("2024 August"). found says it decided (ok false:
// a year BC).
func (sc *scan) yearAndPart(i, y, j int) (x tx, ok, found bool) {
	ts := sc.ts
	k := j
	// a split year: "2018-19", "2017/18"
	if k+1 < len(ts) && (ts[k].raw == "-" || ts[k].raw == "/" || ts[k].raw == "–") && tight(ts, k) && tight(ts, k+1) &&
		ts[k+1].kind == kDigit && len(ts[k+1].raw) == 2 && !(k+2 < len(ts) && tight(ts, k+2) && (ts[k+2].kind != kPunct || ts[k+2].raw == "/" || ts[k+2].raw == "-")) {
		if v, _ := strconv.Atoi(ts[k+1].raw); v == (y+1)%100 {
			return tx{s: period(day(y, 1, 1), day(y+1, 12, 31)), start: i, end: k + 2, hasYear: true}, true, true
		}
	}
	if k+1 < len(ts) && ts[k].raw == "-" && tight(ts, k) && tight(ts, k+1) {
		if c, n, e, ok := quarterTok(ts, k+1); ok {
			if c == 'q' {
				return tx{s: quarterOf(y, n), start: i, end: e, hasYear: true}, true, true
			}
			return tx{s: halfOf(y, n), start: i, end: e, hasYear: true}, true, true
		}
	}
	if k < len(ts) && (ts[k].raw == "AD" || ts[k].raw == "CE" || ts[k].raw == "BC") {
		if ts[k].raw == "BC" {
			return tx{}, false, true
		}
		k++
	}
	// quarter or half: "2019 q3", "2018Q4"
	if _, n, e, ok := quarterTok(ts, k); ok {
		if ts[k].lower() == "q" {
			return tx{s: quarterOf(y, n), start: i, end: e, hasYear: true}, true, true
		}
		return tx{s: halfOf(y, n), start: i, end: e, hasYear: true}, true, true
	}
	m2 := k
	if m2 < len(ts) && (ts[m2].raw == "/" || ts[m2].raw == "-") && tight(ts, m2) {
		m2++
	}
	if m, e, ok := sc.monthAt(m2, false); ok && ts[m2].raw != ts[m2].lower() || ok && m2 > k {
		// "2012/Aug/10" is read by numericDate
		return tx{s: monthOf(y, m), start: i, end: e, hasYear: true, month: m}, true, true
	}
	return tx{}, false, false
}

// yearAlone decides whether a four-digit number standing alone is a year.
func (sc *scan) yearAlone(i, j int) bool {
	ts := sc.ts
	if ts[i].kind != kDigit {
		return true
	}
	v, _ := strconv.Atoi(ts[i].raw)
	if j < len(ts) && !ts[j].nl {
		if sc.startsMeasure(j) {
			return false
		}
		if ts[j].raw == "%" || (ts[j].raw == "-" && tight(ts, j) && j+1 < len(ts) && tight(ts, j+1) && ts[j+1].kind == kWord) {
			return false
		}
	}
	if i > 0 {
		p := ts[i-1]
		if p.raw == "$" || p.raw == "£" || p.raw == "€" || p.raw == "#" || (p.kind == kWord && isUpperWord(p) && tight(ts, i)) {
			return false
		}
		if p.kind == kWord && (isCapitalized(p) && !sentenceStart(ts, i-1) && sc.f.lex.has(ts, i-1, cMonth) == false) {
			// "Windows 2000", "Boeing 1900" — a name's number, unless a cue says year
			if !sc.f.lex.has(ts, i-1, cYearCue) {
				return false
			}
		}
	}
	if v >= 1900 && v <= 2100 {
		return true
	}
	return sc.f.lex.has(ts, i-1, cYearCue) || sc.f.lex.has(ts, i-1, cYearCueRange)
}
