package values

// unitWord returns the calendar unit that token i names by itself
// ("week"), as the time.calendar list gives it.
func (sc *scan) unitWord(i int) (string, bool) {
	p, e := sc.f.lex.match(sc.ts, i, cTimeCalendar)
	if p == nil || e != i+1 {
		return "", false
	}
	return p.val, true
}

// isUnit reports whether token i by itself names the calendar unit unit.
func (sc *scan) isUnit(i int, unit string) bool {
	u, ok := sc.unitWord(i)
	return ok && u == unit
}
