package values

import "strconv"

// numericDate reads "2012-08-10", "2012/8/10", "1/1/2016", "12/7/2014",
// "2012/Aug/10", "2019-H2", "2019 q3".
func (sc *scan) numericDate(i int) (tx, bool) {
	if i >= len(sc.ts) {
		return tx{}, false
	}
	ts := sc.ts
	if !isDigitTok(ts, i) {
		return tx{}, false
	}
	// collect tight fields separated by one of - / .
	fields := []dateField{{ts[i].raw, i, false}}
	sep := ""
	j := i + 1
	for len(fields) < 3 && j+1 < len(ts) && tight(ts, j) && tight(ts, j+1) && (ts[j].raw == "-" || ts[j].raw == "/" || ts[j].raw == ".") {
		if sep != "" && ts[j].raw != sep {
			break
		}
		nt := ts[j+1]
		if nt.kind != kDigit && nt.kind != kWord {
			break
		}
		sep = ts[j].raw
		fields = append(fields, dateField{nt.raw, j + 1, nt.kind == kWord})
		j += 2
	}
	if j < len(ts) && tight(ts, j) && (ts[j].kind == kDigit || ts[j].kind == kWord) {
		return tx{}, false
	}
	if x, ok := numericPair(fields, sep, i, j); ok {
		return x, true
	}
	if len(fields) < 3 {
		return tx{}, false
	}
	y, m, d, ok := sc.numericDay(fields[0], fields[1], fields[2], sep)
	if !ok || !validDay(y, m, d) {
		return tx{}, false
	}
	return tx{s: dayOf(day(y, m, d)), start: i, end: j, hasYear: true}, true
}

// dateField is one field of a numeric date: its text, its token, and
// whether it is a word ("Aug", "H2").
type dateField struct {
	raw  string
	tok  int
	word bool
}

// atoi returns the number a field of digits writes (0 when it writes none).
func atoi(s string) int { v, _ := strconv.Atoi(s); return v }

// numericPair reads a numeric date of two fields over tokens [i, j): a year
// and a half or quarter ("2019-H2") or a month and a year ("2/2013").
func numericPair(fields []dateField, sep string, i, j int) (tx, bool) {
	if len(fields) == 2 && len(fields[0].raw) == 4 && fields[1].word && sep == "-" {
		// "2019-H2", "2019-Q3"
		y := atoi(fields[0].raw)
		if s, ok := halfOrQuarter(fields[1].raw, y); ok {
			return tx{s: s, start: i, end: j, hasYear: true}, true
		}
	}
	if len(fields) == 2 && sep == "/" && !fields[1].word && len(fields[1].raw) == 4 && len(fields[0].raw) <= 2 {
		// "2/2013"
		m, y := atoi(fields[0].raw), atoi(fields[1].raw)
		if m >= 1 && m <= 12 && y >= 1000 {
			return tx{s: monthOf(y, m), start: i, end: j, hasYear: true, month: m}, true
		}
	}
	return tx{}, false
}

// numericDay returns the year, month and day that three fields written
// with the separator sep name: year first ("2012-08-10", "2012/Aug/10"),
// year last, month or day first ("12/7/2014", "10.08.12"), or a day, a
// month word and a year ("23/Sep/2020"). The day is not checked.
func (sc *scan) numericDay(a, b, c dateField, sep string) (y, m, d int, ok bool) {
	switch {
	case len(a.raw) == 4 && !a.word && !c.word:
		y, d = atoi(a.raw), atoi(c.raw)
		if b.word {
			mm, _, ok := sc.monthAt(b.tok, false)
			if !ok {
				return 0, 0, 0, false
			}
			m = mm
		} else {
			m = atoi(b.raw)
		}
	case !a.word && !b.word && !c.word && (len(c.raw) == 4 || len(c.raw) == 2):
		y = atoi(c.raw)
		if len(c.raw) == 2 {
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
		m, d = atoi(a.raw), atoi(b.raw)
		if (sep == "." && d <= 12) || m > 12 {
			m, d = d, m // day first
		}
	case !a.word && b.word && !c.word && len(c.raw) == 4 && len(a.raw) <= 2:
		// "23/Sep/2020"
		mm, _, ok := sc.monthAt(b.tok, false)
		if !ok {
			return 0, 0, 0, false
		}
		y, m, d = atoi(c.raw), mm, atoi(a.raw)
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// halfOrQuarter reads "H2", "Q3" (any case) for year y.
func halfOrQuarter(w string, y int) (tspan, bool) {
	if len(w) != 2 {
		return tspan{}, false
	}
	n := int(w[1] - '0')
	switch w[0] {
	case 'q', 'Q':
		if n >= 1 && n <= 4 {
			return quarterOf(y, n), true
		}
	case 'h', 'H':
		if n >= 1 && n <= 2 {
			return halfOf(y, n), true
		}
	}
	return tspan{}, false
}
