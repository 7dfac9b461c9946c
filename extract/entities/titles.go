package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// titleAt returns the length of the longest title phrase starting at token i
// (case-insensitive) that ends by end.
func (w *work) titleAt(i, end int) int {
	ps := w.f.lx.titles
	n := w.toks[i].sp.bound(titleBound)
	for l := min(n, end-i); l >= 2; l-- {
		if ps.set[string(w.keyBytes(i, i+l, true))] {
			return l
		}
	}
	if n >= 1 && end > i && ps.set[w.toks[i].sp.key(true)] {
		return 1
	}
	return 0
}

// titleEndingAt returns the start of the longest title phrase ending at
// token j (inclusive), extended backwards over modifiers and the nouns of
// its field ("competition commissioner", "energy and mines minister"), or
// -1. The phrase may end in "of" or "for" and a noun: "director of
// cybercrime", "cabinet member for planning".
func (w *work) titleEndingAt(j, lo int) int {
	if j < lo || !w.toks[j].letters {
		return -1
	}
	best := w.bareTitleEndingAt(j, lo)
	for k := 1; best < 0 && k <= 2 && j-k-1 >= lo; k++ {
		// "member for planning": nouns after "of"/"for" closing the phrase.
		if !w.tailNoun(j - k + 1) {
			break
		}
		if w.toks[j-k].joiner() {
			best = w.bareTitleEndingAt(j-k-1, lo)
		}
	}
	if best < 0 {
		return -1
	}
	for best-1 >= lo && w.toks[best-1].sp.is(modifierLow) {
		best--
	}
	// Nouns naming the field: "competition commissioner", "threat analyst",
	// "energy and mines minister".
	for n := 0; n < 2 && best-1 >= lo; n++ {
		switch {
		case w.fieldNoun(best - 1):
			best--
		case w.toks[best-1].sp.is(andWord) && best-2 >= lo && w.fieldNoun(best-2) && n == 1:
			best -= 2
		default:
			n = 2
		}
	}
	for best-1 >= lo && w.toks[best-1].sp.is(modifierLow) {
		best--
	}
	return best
}

// bareTitleEndingAt returns the start of the longest listed title ending at
// token j, or -1.
func (w *work) bareTitleEndingAt(j, lo int) int {
	best := -1
	for l := 1; l <= 4 && j-l+1 >= lo; l++ {
		a := j - l + 1
		if w.toks[a].sp.bound(titleKeyBound) < l {
			continue
		}
		if w.f.lx.titles.set[string(w.keyBytes(a, j+1, true))] {
			best = a
		}
	}
	return best
}

// fieldNoun reports whether token i may be a noun qualifying a title: a
// lower-case ordinary word that is no function word, verb form or cue
// ("said", "told").
func (w *work) fieldNoun(i int) bool {
	t := &w.toks[i]
	if t.cap || !t.letters || len(t.sp.text) < 3 || t.sp.is(neverLow) || t.sp.is(inflectedLow) || strings.ContainsAny(t.sp.text, "'’-") {
		return false
	}
	if t.sp.is(afterPersonLow) || t.sp.is(beforeLow) {
		return false
	}
	return !t.sp.is(roleLow) && !t.sp.is(honorLow)
}

// suffixWord reports whether the title [a,b) is one word that also ends
// names of bodies and places ("the administrative centre").
func (w *work) suffixWord(a, b int) bool {
	if b-a != 1 {
		return false
	}
	t := w.toks[a].sp.text
	r, n := utf8.DecodeRuneInString(t)
	up := string(unicode.ToUpper(r)) + t[n:]
	return w.f.lx.suffix[up] || w.f.lx.plSuffix[up]
}

// tailNoun is fieldNoun allowing nouns in -ing: "minister for housing",
// "cabinet member for planning".
func (w *work) tailNoun(i int) bool {
	t := w.toks[i].lower()
	if endsWith(t, w.f.lx.fn.gerundEnd) && len(t) > 5 && !w.toks[i].cap && !strings.ContainsAny(t, "'’-") {
		_, cue := w.f.lx.after[t]
		return !cue
	}
	return w.fieldNoun(i)
}

// titleTail returns the end of "of"/"for" and one or two field nouns after a
// title ending before token i: "director [of cybercrime]". It returns i when
// there is none.
func (w *work) titleTail(i, end int) int {
	if i+1 >= end || !w.toks[i].joiner() || !w.tailNoun(i+1) {
		return i
	}
	k := i + 2
	if k < end && w.tailNoun(k) {
		k++
	}
	return k
}

func (w *work) titleText(a, b int) string {
	var parts []string
	for i := a; i < b; i++ {
		t := w.toks[i].lower()
		if t == "-" && len(parts) > 0 && i+1 < b {
			parts[len(parts)-1] += "-" + w.toks[i+1].lower()
			i++
			continue
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// personable reports whether [a,b) can be a person's name after a title.
func (w *work) personable(a, b int) bool {
	last := &w.toks[b-1]
	if b-a > 1 && (last.sp.is(suffixWord) || last.sp.is(placeSuffixWord)) {
		return false
	}
	if l, e := w.gazAt(a, b, false); l == b-a && e.typ != document.Person {
		return false
	}
	if b-a == 1 {
		// "President Park", "Chancellor Brown": one word after a title is a surname.
		return !last.sp.is(suffixWord) && last.sp.runes > 1
	}
	for i := a; i < b; i++ {
		if !w.toks[i].sp.is(commonLow) {
			return true
		}
	}
	return false
}

// titleBefore looks for a title or honorific ending just before token a,
// possibly followed by a comma.
func (w *work) titleBefore(s sent, a int) (string, bool) {
	j := a - 1
	if j >= s.a && w.toks[j].sp.text == "." && j-1 >= s.a && w.toks[j-1].sp.is(honorLow) {
		if t, ok := w.titleBefore(s, j-1); ok && t != "" {
			return t, true
		}
		return "", true
	}
	// Abbreviated titles with their periods: "Retired Lt. Gen. Michael Flynn", "Sen. John McCain".
	if j-1 >= s.a && w.toks[j].sp.text == "." && w.toks[j-1].sp.is(titleLow) && w.toks[j-1].cap {
		k := j - 1
		for k-2 >= s.a && w.toks[k-1].sp.text == "." && w.toks[k-2].sp.is(titleLow) && w.toks[k-2].cap {
			k -= 2
		}
		for k-1 >= s.a && w.toks[k-1].sp.is(modifierLow) {
			k--
		}
		var parts []string
		for i := k; i < j; i++ {
			if w.toks[i].sp.text != "." {
				parts = append(parts, w.toks[i].lower())
			}
		}
		return strings.Join(parts, " "), true
	}
	if j >= s.a && w.toks[j].sp.is(honorLow) {
		// "The trust's chief executive, Dr Amara Nwosu".
		if t, ok := w.titleBefore(s, j); ok && t != "" {
			return t, true
		}
		return "", true
	}
	comma := j >= s.a && w.toks[j].sp.text == ","
	if comma {
		j--
	}
	if comma && j >= s.a && w.toks[j].cap {
		return w.titleOfBody(s, j)
	}
	if j < s.a || w.toks[j].cap {
		return "", false
	}
	if t := w.titleEndingAt(j, s.a); t >= 0 {
		return w.titleText(t, j+1), true
	}
	return "", false
}

// maxBodyWords is the most words of the body or place named after a title
// and "of" before an appositive name: "The mayor of Eastport, Ana Ruiz".
const maxBodyWords = 5

// titleOfBody reads a title, "of" or "for" and the name of a body or place
// that end at token j, before the comma that sets off a person's name:
// "The mayor of Eastport, Ana Ruiz", "the head of the Harbour Trust, Ana
// Ruiz". It returns the title without the body.
func (w *work) titleOfBody(s sent, j int) (string, bool) {
	k := j
	for k > s.a && j-k < maxBodyWords && (w.toks[k].cap || w.toks[k].determiner() || w.toks[k].sp.text == "&") {
		k--
	}
	if k <= s.a || !w.toks[k].joiner() || w.toks[k+1].determiner() && k+2 > j {
		return "", false
	}
	if t := w.titleEndingAt(k-1, s.a); t >= 0 {
		return w.titleText(t, k), true
	}
	return "", false
}

// titleAfter looks for an appositive title after a name: "Ken Hu, chairman of Huawei".
func (w *work) titleAfter(s sent, b int) string {
	i := b
	if i >= s.b || w.toks[i].sp.text != "," {
		return ""
	}
	i++
	if i < s.b && w.toks[i].determiner() {
		i++
	}
	// "Interpol's director of cybercrime", "the EPA's regional
	// administrator", "the agency's deputy director".
	for k := i; k < s.b && k < i+5 && (w.toks[k].cap || k == i && w.toks[k].sp.is(roleLow)); k++ {
		if w.possessive(k + 1) {
			i = k + 2
			break
		}
	}
	ms := i
	for i < s.b && w.toks[i].sp.is(modifierLow) {
		i++
	}
	if i >= s.b {
		return ""
	}
	// "a threat analyst": up to two nouns of the field before the title.
	for k := i; k < s.b && k <= i+2; k++ {
		if l := w.titleAt(k, s.b); l > 0 && (k == i || !w.suffixWord(k, k+l)) {
			return w.titleText(ms, w.titleTail(k+l, s.b))
		}
		if !w.fieldNoun(k) {
			break
		}
	}
	if l := w.titleAt(ms, s.b); l > 0 {
		return w.titleText(ms, w.titleTail(ms+l, s.b))
	}
	return ""
}
