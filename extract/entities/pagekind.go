package entities

import "strings"

// minHeadlineWords is the fewest words, not counting short words that are
// never names ("in", "of"), of a line that titleCase may read as a
// headline: "Sanders Rallies in Iowa" has three.
const minHeadlineWords = 3

// titleCase marks headlines written in title case ("Huawei Unveils Major
// Cybersecurity Push") to be read like all-capitals ones: by the document's
// names and the gazetteers only.
func (w *work) titleCase() {
	for si := range w.sents {
		s := &w.sents[si]
		if s.caps || w.toks[s.b-1].sp.text == "," {
			continue
		}
		// A headline stands alone on its line.
		if si > 0 && w.d.Text[w.d.Tokens[w.sents[si-1].b-1].End:w.d.Tokens[s.a].Span.Start] == " " {
			continue
		}
		words, caps, common := 0, 0, 0
		for i := s.a; i < s.b; i++ {
			t := &w.toks[i]
			switch {
			case t.num || t.sp.text == "(" || t.sp.text == ":" || t.sp.text == ",":
				// Tables, datelines and lists are no headlines.
				words = -100
			case !t.letters || len(t.sp.text) <= 3 && t.sp.is(neverLow):
				continue
			}
			words++
			if t.cap {
				caps++
				if t.sp.is(commonLow) && !t.initial && !t.sp.is(namePartWord) {
					common++
				}
			}
		}
		if words >= minHeadlineWords && caps*10 >= words*8 && common >= 1 && common*3 >= words {
			// A full stop ends a headline only on a line of its own; looked
			// at last, as it reads the text around the sentence.
			s.caps = w.toks[s.b-1].sp.text != "." || w.ownParagraph(si)
		}
	}
}

// ownParagraph reports whether sentence si stands alone in its paragraph:
// a line break, or the text's start or end, on both sides.
func (w *work) ownParagraph(si int) bool {
	s := w.sents[si]
	start, end := w.d.Tokens[s.a].Span.Start, w.d.Tokens[s.b-1].End
	before := w.d.Text[:start]
	if i := strings.LastIndexByte(before, '\n'); strings.TrimSpace(before[i+1:]) != "" {
		return false
	}
	after := w.d.Text[end:]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	return strings.TrimSpace(after) == ""
}

// maxSlug is how many words a headline's slug may hold before its dash.
const maxSlug = 5

// detectSports marks the sentences of sports pages, and sentences that are
// about a match themselves (a sport word next to a score).
func (w *work) detectSports() {
	if len(w.sents) > 0 {
		w.sports = w.sportSlug(w.slug(w.sents[0]))
	}
	for si := range w.sents {
		s := &w.sents[si]
		if w.sports {
			s.sports = true
			continue
		}
		word, score := false, false
		for i := s.a; i < s.b; i++ {
			t := &w.toks[i]
			if t.sp.is(sportLow) {
				word = true
			}
			if t.num && strings.Count(t.sp.text, "-") == 1 && len(t.sp.text) <= 5 {
				score = true
			}
		}
		s.sports = word && score
	}
}

// slug returns the folded words of the headline's slug, before its dash:
// "SOCCER - ...", "MOTOR RACING - ...", "NHL ICE HOCKEY - ...". Without a
// dash standing alone among the first words, a dash written on a word ends
// the slug there: "Rugby league-Australian ...". Else it returns nil.
func (w *work) slug(s sent) []string {
	var words []string
	attached := -1 // the words up to the first dash written on a word
	for i := s.a; i < s.b && i <= s.a+maxSlug; i++ {
		t := w.toks[i]
		if t.sp.text == "-" && i > s.a {
			return words
		}
		lower := strings.ReplaceAll(t.lower(), "’", "'")
		if head, tail, ok := strings.Cut(lower, "-"); ok && head != "" && tail != "" {
			words = append(words, head)
			if attached < 0 {
				attached = len(words)
			}
			words = append(words, strings.Split(tail, "-")...)
			continue
		}
		words = append(words, lower)
	}
	if attached < 0 {
		return nil
	}
	return words[:attached]
}

// sportSlug reports whether the slug names a sport or a league anywhere in
// it: "ENGLISH SOCCER", "NHL ICE HOCKEY".
func (w *work) sportSlug(words []string) bool {
	lx := w.f.lx
	for a := range words {
		for b := a + 1; b <= len(words) && b <= a+lx.sportHeadMax; b++ {
			if lx.sportHead[strings.Join(words[a:b], " ")] {
				return true
			}
		}
	}
	return false
}
