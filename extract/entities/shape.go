package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// stateBody reports whether [a,b) names a body of a state that a nationality
// before it stays out of: ending in such a word ("Interior Ministry") or
// built on one with "of" ("Ministry of Petroleum").
func (w *work) stateBody(a, b int) bool {
	apart := w.f.lx.apart
	return apart[w.lastWord(a, b)] || b-a > 2 && apart[w.toks[a].sp.text] && w.hasOf(a, b)
}

// lastIs answers q, a question about a word's text, about the last word
// of [a,b) (see lastWord).
func (w *work) lastIs(a, b int, q question) bool {
	if last := w.lastWord(a, b); len(last) != len(w.toks[b-1].sp.text) {
		return answers[q](w.f.lx, &spelling{text: last})
	}
	return w.toks[b-1].sp.is(q)
}

// hasOf reports whether "of" is among the tokens [a,b).
func (w *work) hasOf(a, b int) bool {
	for i := a; i < b; i++ {
		if w.toks[i].sp.is(ofWord) {
			return true
		}
	}
	return false
}

// hasAmp reports whether a token of [a,b) holds an ampersand ("AT&T", "Marks & Spencer").
func (w *work) hasAmp(a, b int) bool {
	for i := a; i < b; i++ {
		for _, r := range w.toks[i].sp.text {
			if r == '&' {
				return true
			}
		}
	}
	return false
}

// acronym reports whether token i is an all-capitals abbreviation such as "GCHQ".
func (w *work) acronym(i int) bool {
	t := &w.toks[i]
	n := int(t.sp.runes) // at most 255, which is over 6 as the length is
	// "G7" is a body, "FY2024" and "Q3" are no names.
	return t.allCaps && n >= 2 && n <= 6 && !(t.sp.is(commonListed) && n > 3) && !(n > 3 && strings.IndexFunc(t.sp.text, unicode.IsDigit) >= 0)
}

// placeContext reports whether the name at token a follows a word that
// introduces a place ("in", "at", "near"), or with punct a bracket or comma
// ("Leeds, London", "(London)"): then it is no team.
func (w *work) placeContext(s sent, a int, punct bool) bool {
	if punct && a > s.a {
		switch w.toks[a-1].sp.text {
		case "(", ",":
			return true
		}
	}
	for l := 1; l <= 2 && a-l >= s.a; l++ {
		if w.toks[a-l].sp.bound(beforeBound) < l {
			continue
		}
		if c, ok := w.f.lx.before[string(w.keyBytes(a-l, a, true))]; ok && (c.typ == document.GPE || c.typ == document.Loc) {
			return true
		}
	}
	return false
}

// pluralCommon reports whether token i is a listed plural of a common noun
// ("Managers", "Cables"; not "Morales").
func (w *work) pluralCommon(i int) bool {
	l := w.toks[i].lower()
	sg, pl := w.f.lx.fn.singular(l)
	return pl && w.f.lx.common.has(l) && w.f.lx.isCommon(sg)
}

// onlyTitles reports whether [a,b) holds nothing but titles, honorifics and
// their modifiers.
func (w *work) onlyTitles(a, b int) bool {
	for i := a; i < b; {
		if w.toks[i].sp.is(modifierLow) || w.toks[i].sp.is(honorLow) {
			i++
			continue
		}
		l := w.titleAt(i, b)
		if l == 0 {
			return false
		}
		i += l
	}
	return true
}

// roman reports whether s is a Roman numeral such as "II" or "IV".
func roman(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// allCommon reports whether every token of [a,b) is a common word.
func (w *work) allCommon(a, b int) bool {
	for i := a; i < b; i++ {
		if !w.toks[i].sp.is(commonLow) {
			return false
		}
	}
	return a < b
}

// nameAfterOrg reports whether [a,b), after an organization's name, is a
// person's name rather than part of the organization's: up to three
// capitalized words that are no organization suffix, head, event or title.
func (w *work) nameAfterOrg(a, b int) bool {
	if a >= b || b-a > 3 || w.toks[b-1].sp.is(suffixWord) || w.toks[b-1].sp.is(placeSuffixWord) {
		return false
	}
	for i := a; i < b; i++ {
		t := &w.toks[i]
		if !t.cap || t.allCaps || t.sp.is(suffixWord) || t.sp.is(headWord) || t.sp.is(eventWord) || t.sp.is(titleLow) {
			return false
		}
		if t.sp.is(gazWord) {
			return false
		}
	}
	return true
}

// countryAt reports whether token i alone is a country or region in the gazetteers.
func (w *work) countryAt(i int) bool {
	l, e := w.gazAt(i, i+1, false)
	return l == 1 && (w.f.lx.country[e.group] || e.typ == document.Loc)
}

// norpAt reports whether [a,b) is exactly a nationality or people.
func (w *work) norpAt(a, b int) bool {
	l, e := w.gazAt(a, b, false)
	return l == b-a && e.typ == document.NORP
}

// personShaped reports whether every word of [a,b) is written like a name:
// one capital, then small letters ("Ken", "McCague", "O'Brien", "Jean-Marc"),
// or an initial ("J.").
func (w *work) personShaped(a, b int) bool {
	for i := a; i < b; i++ {
		t := w.toks[i].sp.text
		if t == "." {
			continue
		}
		up := 0
		for k, r := range t {
			if unicode.IsUpper(r) {
				up++
				// "BioPharma", "MagCharge": a capital inside a word is a
				// brand's, unless a name prefix comes before it ("McCague").
				if k > 0 && !w.f.lx.namePrefix(t[:k]) && len(t)-k >= 4 {
					return false
				}
			}
		}
		if up > 2 || up == 2 && utf8.RuneCountInString(t) <= 3 {
			return false
		}
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// givenAndCommon reports whether [a, b) is two words written like a name,
// both common words, the first a listed first name: "Mark Smith", "Bill
// Price".
func (w *work) givenAndCommon(a, b int) bool {
	return b-a == 2 && w.allCommon(a, b) && w.f.lx.given.has(w.toks[a].sp.text) && w.personShaped(a, b)
}

// capCount counts the capitalized words of [a,b), leaving out particles ("van de").
func (w *work) capCount(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if w.toks[i].cap {
			n++
		}
	}
	return n
}

// namePrefix reports whether p may come before a capital inside a surname:
// "McCague", "MacDonald", "O'Brien", "DiCaprio", "LeBlanc", "Jean-Marc".
func (lx *lexicon) namePrefix(p string) bool {
	if lx.fn.namePrefix[p] {
		return true
	}
	return strings.HasSuffix(p, "-") || strings.HasSuffix(p, "'") || strings.HasSuffix(p, "’")
}

// roleAfter reports whether the name ending at token b is followed by an
// appositive whose head is an organization role noun: ", a Danish
// company", ", the national grid operator", ", the network arm of".
func (w *work) roleAfter(s sent, b int) bool {
	if b+2 >= s.b || w.toks[b].sp.text != "," {
		return false
	}
	if !w.toks[b+1].determiner() {
		return false
	}
	for i := b + 2; i < s.b && i < b+7; i++ {
		t := &w.toks[i]
		if t.sp.is(roleLow) && !t.cap {
			// "the company's chief executive" and "an airline analyst" are a
			// person's titles; "the pressure group Human Rights in China"
			// names another body.
			if i+1 >= s.b {
				return true
			}
			next := &w.toks[i+1]
			return !next.sp.is(possessiveWord) && !next.cap && !next.sp.is(titleLow)
		}
		if !t.letters || t.sp.is(neverLow) || t.sp.is(titleLow) {
			return false
		}
	}
	return false
}

// roleBeforeApposition reports whether the name [a,b) stands in apposition
// to a body's noun before it, set off by commas and opened by a
// determiner: "the utility, Coastal Power, said", "the chain, Brightway,".
func (w *work) roleBeforeApposition(s sent, a, b int) bool {
	if a-3 < s.a || b >= s.b || w.toks[a-1].sp.text != "," || w.toks[b].sp.text != "," {
		return false
	}
	role, det := &w.toks[a-2], &w.toks[a-3]
	return role.sp.is(roleLow) && !role.cap && !role.sp.is(titleLow) && det.determiner()
}

// productName reports whether [a,b) names a product: a model word after
// the first word ("Pro", "Duo", "Model"), or a model code mixing letters
// and digits ("F-150", "S24").
func (w *work) productName(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if w.toks[i].sp.is(productWord) || modelCode(w.toks[i].sp.text) {
			return true
		}
	}
	return false
}

// modelCode reports whether s mixes letters and digits: "F-150", "S24", "X5".
func modelCode(s string) bool {
	letters, digits := false, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		}
	}
	return letters && digits
}

// givenAndSurname reports whether the two tokens [a, b), whose first l
// tokens are the place of gazetteer group place, read as a first name and
// a surname instead: the place is one word that is also a first name
// ("Elizabeth", "Vladimir"), not a country, that the document never writes
// alone as a place, and the word after it is no word of bodies nor a
// common word the page does not use as a name ("Elizabeth Warren", not
// "Georgia Power", "Jordan Times" nor "Washington Examiner").
func (w *work) givenAndSurname(a, l, b, place int) bool {
	if l != 1 || b-a != 2 || w.f.lx.country[place] || !w.f.lx.given.has(w.toks[a].sp.text) || w.standsAlone(a) {
		return false
	}
	last := w.toks[a+1].sp
	if last.is(headWord) || last.is(suffixWord) || last.is(placeSuffixWord) || last.is(townWord) || last.is(eventWord) {
		return false
	}
	// A common word is a surname only where the page names the person by
	// it alone ("Warren said"), and no plural is ("Panthers").
	return !last.is(commonLow) || w.standsAlone(a+1) && !w.f.lx.fn.plural(last.text)
}

// standsAlone reports whether the capitalized word at token i is written
// somewhere in the document as a name of one word: no capitalized word
// but a function word ("The") before it, and none after it.
func (w *work) standsAlone(i int) bool {
	if w.alone == nil {
		w.alone = map[string]bool{}
		for j, t := range w.toks {
			if !t.cap || t.allCaps || j+1 < len(w.toks) && w.toks[j+1].cap {
				continue
			}
			if j == 0 || !w.toks[j-1].cap || w.toks[j-1].sp.is(neverLow) {
				w.alone[t.sp.text] = true
			}
		}
	}
	return w.alone[w.toks[i].sp.text]
}
