package entities

import (
	"slices"
	"strings"

	"github.com/claimex/claimex/document"
)

// personShortForms links the short forms of people named in full ("Hu" of
// "Ken Hu"; see personIndex) to their full names, where no listed place or
// place context speaks against it.
func (w *work) personShortForms() {
	people, pstrength := w.personIndexStrength()
	bySurname := w.fullNamesBySurname()
	var prose map[string]bool // built on the first town that may be a surname
	for i := range w.ms {
		m := &w.ms[i]
		if m.person != "" || m.typ != document.Person && m.strength >= strong && m.typ != "" && m.group < 0 {
			continue
		}
		form := m.form
		if m.group >= 0 && (m.typ == document.GPE || m.typ == document.Loc) && pstrength[form] < medium && !w.proseSurname(form, people[form], &prose) {
			// A listed place beats a guessed person: "Japan" of "Japan
			// Chamber of Commerce" read as a name; but not one named in
			// prose with a listed first name ("Lincoln" of "Abraham
			// Lincoln"), where a title-case headline may glue words.
			continue
		}
		full, ok := people[form]
		if g := w.honorificGender(m.a); g != 0 && m.b-m.a == 1 {
			full, ok = genderedName(bySurname[form], g, full, ok) // "Mrs. Clinton" beside Bill and Hillary Clinton
		}
		if ok && full != w.surface(m.a, m.b) && !w.placeContext(w.sents[w.toks[m.a].sent], m.a, false) {
			m.typ, m.strength, m.person, m.short = document.Person, max(m.strength, medium), full, false
		}
	}
}

// namedInProse returns the full names of the people named in a sentence
// that is not in title case, and not after an article, where a name
// modifies a noun ("the Holt Leeds adverts").
func (w *work) namedInProse() map[string]bool {
	prose := map[string]bool{}
	for _, m := range w.ms {
		if m.typ == document.Person && m.b-m.a >= 2 && !w.sents[w.toks[m.a].sent].caps && (m.a == 0 || !w.toks[m.a-1].sp.is(definiteLow)) {
			prose[w.surface(m.a, m.b)] = true
		}
	}
	return prose
}

// proseSurname reports whether form is the last word of the full name
// full, which opens with a listed first name and is named in prose (see
// namedInProse, whose map *prose holds once built).
func (w *work) proseSurname(form, full string, prose *map[string]bool) bool {
	if !strings.HasSuffix(full, " "+form) || !w.givenFirst(full) {
		return false
	}
	if *prose == nil {
		*prose = w.namedInProse()
	}
	return (*prose)[full]
}

// givenFirst reports whether the full name full opens with a listed
// first name: "Abraham Lincoln".
func (w *work) givenFirst(full string) bool {
	first, _, ok := strings.Cut(full, " ")
	return ok && w.f.lx.given.has(first)
}

// fullName is a person's full name in the document and the gender bits of
// its first name.
type fullName struct {
	full   string
	gender int
}

// fullNamesBySurname maps the last word of each full person name of the
// document to the distinct names that end with it.
func (w *work) fullNamesBySurname() map[string][]fullName {
	out := map[string][]fullName{}
	for _, m := range w.ms {
		if m.typ != document.Person || m.b-m.a < 2 || m.person != "" {
			continue
		}
		last, full := w.toks[m.b-1].sp.text, w.surface(m.a, m.b)
		if !slices.ContainsFunc(out[last], func(n fullName) bool { return n.full == full }) {
			out[last] = append(out[last], fullName{full, w.f.lx.given.at(w.toks[m.a].sp.text)})
		}
	}
	return out
}

// honorificGender returns the gender bits of a form of address right before
// token a ("Mrs." or "Mrs"), 0 when there is none.
func (w *work) honorificGender(a int) int {
	k := a - 1
	if k > 0 && w.toks[k].sp.text == "." {
		k--
	}
	if k < 0 || k >= a {
		return 0
	}
	return w.f.lx.honorGender[w.toks[k].sp.low]
}

// genderedName returns the full name a surname with a form of address of
// gender g stands for: the only one of names whose first name has that
// gender; failing that, the only one whose first name's gender is unknown
// ("Mr. Khan" beside Khizr and Ghazala Khan); none when every name known has
// a first name of another gender, or when the default reading full has one;
// else the default reading full, ok.
func genderedName(names []fullName, g int, full string, ok bool) (string, bool) {
	var match, unknown []string
	fullOther := false
	for _, n := range names {
		switch {
		case n.gender&g != 0:
			match = append(match, n.full)
		case n.gender == 0:
			unknown = append(unknown, n.full)
		case n.full == full:
			fullOther = true
		}
	}
	switch {
	case len(match) == 1:
		return match[0], true
	case len(match) > 0:
		return full, ok
	case len(unknown) == 1:
		return unknown[0], true
	case len(unknown) == 0 && len(names) > 0, fullOther:
		return "", false
	}
	return full, ok
}
