package claims

// datelineWindow is the most tokens of a dateline's place before its dash,
// and datelineTail the most of what may follow the place: a region, a
// country or a date after a comma ("PORTLAND, Maine", "OSLO, May 3"), or
// an agency in parentheses ("(Reuters)").
const (
	datelineWindow = 6
	datelineTail   = 4
)

// afterDateline returns the token after a dateline that opens a sentence at
// token a ("TORONTO — ", "WASHINGTON, D.C. - ", "HALDEN, Norway (Reuters)
// - ", "PARIS, May 3 -- "), or a.
func (r *run) afterDateline(a, b int) int {
	if a >= b || a >= len(r.toks) || r.sentOf(a) < 0 || r.sents[r.sentOf(a)][0] != a {
		return a
	}
	k := a
	for k < b && k < a+datelineWindow && (r.upperWord(k) || r.is(k, ".,") && k > a) {
		k++
	}
	if k == a || !r.upperWord(a) {
		return r.agencyDateline(a, b)
	}
	if r.is(k-1, ",") {
		for n := 0; k < b && n < datelineTail && (r.isCap(k) || r.number(k) || r.is(k, ".")); n++ {
			k++ // a region, a country or a date: "Maine", "May 3"
		}
	}
	if k < b && r.is(k, "(") {
		c := k + 1
		for c < b && c <= k+datelineTail && !r.is(c, ")") {
			c++
		}
		if c >= b || !r.is(c, ")") {
			return a
		}
		k = c + 1 // the agency: "(Reuters)"
	}
	if k >= b || !r.is(k, "—–-") {
		return a
	}
	if k++; k < b && r.is(k, "-") {
		k++ // a dash typed as two hyphens
	}
	if k < b && (r.isWord(k) && r.isCap(k) || r.isOpen(k)) {
		return k // the article's first sentence opens after it, not an aside: "NATO - the alliance - will"
	}
	return a
}

// agencyDateline returns the token after a dateline whose place is written
// in title case, which only a wire agency in parentheses marks as one
// ("Washington (AFP) – "), or a.
func (r *run) agencyDateline(a, b int) int {
	k := a
	for k < b && k < a+datelineTail && (r.isCap(k) && r.isWord(k) || r.is(k, ".,") && k > a) {
		k++
	}
	if k == a || k >= b || !r.is(k, "(") {
		return a
	}
	c := k + 1
	for c < b && c <= k+datelineTail && r.isCap(c) && r.isWord(c) {
		c++
	}
	if c == k+1 || c+1 >= b || !r.is(c, ")") || !r.is(c+1, "—–-") {
		return a
	}
	if n := c + 2; n < b && (r.isWord(n) && r.isCap(n) || r.isOpen(n)) {
		return n
	}
	return a
}
