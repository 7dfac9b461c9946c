package entities

import (
	"strings"

	"github.com/claimex/claimex/document"
)

// calendarSpan reports whether a hyphenated word joins day or month names:
// "Jan-June", "January-July" are spans of time.
func (lx *lexicon) calendarSpan(lower string) bool {
	if !strings.Contains(lower, "-") {
		return false
	}
	for _, part := range strings.Split(lower, "-") {
		if !lx.calendar[strings.TrimSuffix(part, ".")] {
			return false
		}
	}
	return true
}

// scanSentence finds the names of a sentence in running text.
func (w *work) scanSentence(s sent) {
	i := w.newsDateline(s)
	for i < s.b {
		if !w.nameTok(i) && !w.calendarName(i, s.b) {
			if !w.compound(s, i, i) {
				i++
				continue
			}
			i++
			continue
		}
		j := i + 1
		for j < s.b {
			if w.nameTok(j) || w.monthSurname(j, s.b) || w.lowerSuffix(j) {
				j++
				continue
			}
			// "Nordvind Energy A/S": a legal form written with a slash.
			if l := w.slashSuffix(j, s.b); l > 0 {
				j += l
				continue
			}
			// "J. Smith", "M. Atherton": an initial and its period.
			// "St. Louis": a place head's abbreviation and its period.
			if w.toks[j].sp.text == "." && j+1 < s.b && w.nameTok(j+1) && w.toks[j-1].cap && (w.toks[j-1].sp.runes == 1 || w.toks[j-1].sp.is(placeHeadWord) && w.adjacent(j-1, j)) {
				j += 2
				continue
			}
			if j+1 < s.b && w.nameTok(j+1) && w.connector(i, j) {
				j += 2
				continue
			}
			// "van der Westhuizen", "de la Hoya".
			if j+2 < s.b && w.nameTok(j+2) && w.connector(i, j) && w.connector(i, j+1) && !w.toks[j].sp.is(ofWord) && !w.toks[j+1].sp.is(ofWord) {
				j += 3
				continue
			}
			break
		}
		// A listed name runs on past what capitals show: "Moody's",
		// "Lloyd's of London".
		if w.toks[i].sp.bound(gazBound) > j-i {
			if l, _ := w.gazAt(i, s.b, false); i+l > j {
				j = i + l
			}
		}
		if j < s.b && w.compound(s, i, j) {
			i = j + 1
			continue
		}
		w.run(s, i, j)
		i = j
	}
}

// givenNameAfter reports whether a first name of the gender packs follows
// the common word opening the run [a, b), which is no first name itself,
// with a surname after it: "Rival Hillary Clinton", "Candidate Ana Ruiz".
func (w *work) givenNameAfter(a, b int) bool {
	return b-a >= 3 && !w.f.lx.given.has(w.toks[a].sp.text) && w.f.lx.given.has(w.toks[a+1].sp.text)
}

// calendarName reports whether token i, a short day or month name, opens a
// name here: "Mar Viva Canarias", "Sun Microsystems" (a capitalized name
// word follows; no number stands before or after).
func (w *work) calendarName(i, end int) bool {
	t := &w.toks[i]
	if !t.cap || t.allCaps || len(t.sp.text) != 3 || !t.sp.is(calendarLow) || i+1 >= end || !w.nameTok(i+1) || !w.adjacentSpace(i, i+1) {
		return false
	}
	if w.toks[i+1].sp.is(calendarLow) || i+2 < end && w.toks[i+2].num || i > 0 && w.toks[i-1].num {
		return false
	}
	return true
}

// adjacentSpace reports whether tokens i and j are separated by one space.
func (w *work) adjacentSpace(i, j int) bool {
	return w.d.Tokens[j].Span.Start == w.d.Tokens[i].Span.End+1 && w.d.Text[w.d.Tokens[i].Span.End] == ' '
}

// lowerSuffix reports whether token j is a legal form written in lower case
// after a name: "BT Group plc".
func (w *work) lowerSuffix(j int) bool {
	t := &w.toks[j]
	return !t.cap && t.letters && j > 0 && w.toks[j-1].cap && t.sp.is(suffixWord) && len(t.sp.text) > 2
}

// slashSuffix returns 3 when tokens j, j+1, j+2 spell a legal form with a
// slash ("A/S"), else 0.
func (w *work) slashSuffix(j, end int) int {
	if j+2 >= end || w.toks[j+1].sp.text != "/" || !w.adjacent(j, j+1) || !w.adjacent(j+1, j+2) {
		return 0
	}
	if !w.f.lx.suffix[w.toks[j].sp.text+"/"+w.toks[j+2].sp.text] {
		return 0
	}
	return 3
}

// lastWord returns the last word of the name [a,b), joining a legal form
// written with a slash ("A/S").
func (w *work) lastWord(a, b int) string {
	if b-a >= 3 && w.toks[b-2].sp.text == "/" && w.slashSuffix(b-3, b) == 3 {
		return w.toks[b-3].sp.text + "/" + w.toks[b-1].sp.text
	}
	return w.toks[b-1].sp.text
}

// compoundHead returns the capitalized first part of a hyphenated word such
// as "Shenzhen-headquartered" or "Kong-based", or "".
func (w *work) compoundHead(i int) string {
	t := &w.toks[i]
	if t.cap || !t.sp.compound {
		return ""
	}
	h, _, _ := strings.Cut(t.sp.text, "-")
	return h
}

// compound handles a name that runs into a hyphenated word: "Hong
// Kong-based", "Shenzhen-headquartered". It reports whether it took the run
// [a,j) and the word at j.
func (w *work) compound(s sent, a, j int) bool {
	h := w.compoundHead(j)
	if h == "" {
		return false
	}
	for k := a; k <= j; k++ {
		key := h
		if k < j {
			key = w.key(k, j, false) + " " + h
		}
		e, ok := w.f.lx.gaz.get(key)
		if !ok || e.typ == document.Person {
			continue
		}
		if k > a {
			w.run(s, a, k)
		}
		w.add(mention{a: k, b: j + 1, typ: e.typ, strength: strong, group: e.group, country: w.f.lx.country[e.group], cut: w.d.Tokens[j].Span.Start + len(h)})
		return true
	}
	return false
}

// scoreAfter reports whether the name ending before token b on a sports page
// is followed by a score: a whole number, not a date or a minute.
func (w *work) scoreAfter(s sent, b int) bool {
	if !s.sports || b >= s.b {
		return false
	}
	t := w.toks[b]
	return t.num && !w.dateLike(b) && !minute(t.sp.text) && !strings.ContainsAny(t.sp.text, ".:,/")
}

// run splits the capitalized run [a,b) at titles and honorifics and
// classifies its parts.
func (w *work) run(s sent, a, b int) {
	a = w.skipOpener(s, a, b)
	segStart, title, person := w.segmentTitled(s, a, b)
	end := w.endBeforeTitle(segStart, b, title, person)
	for segStart < end && w.toks[segStart].sp.is(modifierLow) && w.toks[segStart].initial {
		segStart++
	}
	if segStart < end {
		w.segment(s, segStart, end, title, person)
	}
}

// skipOpener returns where the run [a,b) starts once an ordinary word
// opening the sentence is left out of it.
func (w *work) skipOpener(s sent, a, b int) int {
	// A common word opening a sentence is not part of the name: "Without
	// Huawei"; but a sports table line holds only names and scores, so
	// there it opens a club's name ("Rotor Volgograd 0 Dynamo Moscow 1").
	if w.toks[a].initial && b-a > 1 && w.toks[a].sp.is(commonLow) && !w.scoreAfter(s, b) {
		if l, _ := w.gazAt(a, b, false); l == 0 && w.titleAt(a, b) == 0 && !w.toks[a].sp.is(honorLow) {
			// "Introducing Junior Gaspard", "Nearby Beijing": verbs and adverbs
			// are never first names.
			if l, _ := w.gazAt(a+1, b, false); (l == b-a-1 || w.toks[a].sp.is(inflectedLow) || w.givenNameAfter(a, b)) && !w.capitalizedInside(a) {
				a++
			}
		}
	}
	return a
}

// segmentTitled classifies the parts of the run [a,b) that a title or an
// honorific followed by a name ends. It returns where the rest of the run
// starts, with the title before it and whether one or an honorific was
// there.
func (w *work) segmentTitled(s sent, a, b int) (segStart int, title string, person bool) {
	segStart = a
	// Title or honorific just before the run: "chairman Ken Hu", "its chief financial officer, Meng Wanzhou", "Mr. Hu".
	if t, ok := w.titleBefore(s, a); ok {
		title, person = t, true
	}
	pos := a
	for pos < b {
		if l, _ := w.gazAt(pos, b, false); l > 0 {
			// A title inside a gazetteer name ("General Motors") is no title,
			// but a gazetteer name followed by a title splits: "U.S. President Bill Clinton".
			pos += l
			continue
		}
		tl := w.titleAt(pos, b)
		if tl == 0 && w.toks[pos].sp.is(honorLow) {
			tl = 1
			if pos+1 < b && w.toks[pos+1].sp.text == "." {
				tl = 2
			}
		}
		ms := pos
		for tl == 0 && ms < b && w.toks[ms].sp.is(modifierLow) {
			ms++
			if ms < b {
				tl = w.titleAt(ms, b)
			}
		}
		if tl > 0 && ms+tl < b && w.personable(ms+tl, b) {
			if segStart < pos {
				w.segment(s, segStart, pos, title, person)
			}
			ta := pos
			if pos == a {
				for ta > s.a && w.toks[ta-1].sp.is(modifierLow) && !w.toks[ta-1].cap {
					ta--
				}
			}
			title = ""
			if !w.toks[ms].sp.is(honorLow) {
				title = w.titleText(ta, ms+tl)
			}
			person = true
			segStart = ms + tl
			pos = segStart
			continue
		}
		pos++
	}
	return segStart, title, person
}

// endBeforeTitle returns where the name of the run [segStart,b) ends once
// the titles closing it are left out.
func (w *work) endBeforeTitle(segStart, b int, title string, person bool) int {
	// "Retired U.S. Air Force Gen.": the run ends in a title whose name
	// follows after its period; "Huawei Chairman": no name follows.
	end := b
	for end > segStart {
		k := end - 1
		for k > segStart && k > end-4 && w.titleAt(k, end) != end-k {
			k--
		}
		if w.titleAt(k, end) != end-k || k == segStart && (!person || title == "") || w.toks[end-1].sp.is(suffixWord) && end-segStart > 1 {
			// "Mr. King": after an honorific a title word is the name.
			break
		}
		end = k
	}
	return end
}

// capitalizedInside reports whether the document also writes the
// capitalized words at i and i+1 inside a sentence, where the first one's
// capital is its own: "Advanced Medical Inc. said ..." and later "Advanced
// Medical's subsidiary".
func (w *work) capitalizedInside(i int) bool {
	if w.midPairs == nil {
		w.midPairs = map[string]bool{}
		for j := 0; j+1 < len(w.toks); j++ {
			t, u := w.toks[j], w.toks[j+1]
			if t.cap && u.cap && !t.initial && !t.allCaps && w.adjacentSpace(j, j+1) {
				w.midPairs[t.sp.text+" "+u.sp.text] = true
			}
		}
	}
	return w.midPairs[w.toks[i].sp.text+" "+w.toks[i+1].sp.text]
}

// monthSurname reports whether token j is a month that is a surname here:
// "Theresa May" (after a name, not before a number).
func (w *work) monthSurname(j, end int) bool {
	if !w.toks[j].sp.is(monthSurnameWord) {
		return false
	}
	return j > 0 && w.toks[j-1].cap && !w.toks[j-1].sp.is(commonLow) && (j+1 >= end || !w.toks[j+1].num)
}
