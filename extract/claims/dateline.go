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
		if k = r.parenEnd(k, b, false); k < 0 {
			return a
		}
	}
	if n := r.textAfterDash(k, b, true); n >= 0 {
		return n // the article's first sentence opens after it, not an aside: "NATO - the alliance - will"
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
	if k = r.parenEnd(k, b, true); k < 0 {
		return a
	}
	if n := r.textAfterDash(k, b, false); n >= 0 {
		return n
	}
	return a
}

// parenEnd returns the token after the parenthesis that opens at token k
// and closes within datelineTail tokens before b, the agency of a dateline
// ("(Reuters)"), or -1; with named, the parenthesis holds capitalized
// words only, and at least one.
func (r *run) parenEnd(k, b int, named bool) int {
	c := k + 1
	for c < b && c <= k+datelineTail && !r.is(c, ")") && (!named || r.isCap(c) && r.isWord(c)) {
		c++
	}
	if c >= b || !r.is(c, ")") || named && c == k+1 {
		return -1
	}
	return c + 1
}

// textAfterDash returns the first token of the text after the dash at
// token k, before b, when a capitalized word or a quotation opens it, or
// -1; with doubled, the dash may be typed as two hyphens.
func (r *run) textAfterDash(k, b int, doubled bool) int {
	if k >= b || !r.is(k, "—–-") {
		return -1
	}
	if k++; doubled && k < b && r.is(k, "-") {
		k++ // a dash typed as two hyphens
	}
	if k < b && (r.isWord(k) && r.isCap(k) || r.isOpen(k)) {
		return k
	}
	return -1
}
