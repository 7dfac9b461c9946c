package entities

import (
	"strings"

	"github.com/claimex/claimex/document"
)

// add records a mention.
func (w *work) add(m mention) {
	m.ent = -1
	m.form = w.key(m.a, m.b, false)
	w.ms = append(w.ms, m)
}

// segment classifies the name [a,b) of sentence s. title and person say
// whether a title or honorific came before it.
func (w *work) segment(s sent, a, b int, title string, person bool) {
	a, b = w.trimName(a, b)
	if a >= b || w.notName(s, a, b, person) || w.partyState(a, b) {
		return
	}
	m := mention{a: a, b: b, group: -1}
	if person && w.titledPerson(s, &m, title) || w.listedName(s, &m) {
		return
	}
	f := segFacts{s: s, n: b - a, last: w.lastWord(a, b), suffixLast: w.lastIs(a, b, suffixWord)}
	if w.nationalOrHead(&f, &m) {
		return
	}
	w.typeByWords(&f, &m)
	w.typeByContext(&f, &m)
	if w.weakReading(&f, &m) || w.guessReading(&f, &m) {
		return
	}
	w.sportsTeam(s, &m)
	w.add(m)
}

// segFacts holds what the later steps of segment ask of the name of a
// mention, worked out once.
type segFacts struct {
	s          sent   // the name's sentence
	n          int    // how many tokens the name has
	last       string // its last word (see lastWord)
	suffixLast bool   // whether its last word is an organization suffix
}

// trimName returns [a,b) without the tokens that can neither open nor end
// a name. The period of a listed abbreviation stays ("Mass.", "Tenn."): the
// form without it is often a word of its own.
func (w *work) trimName(a, b int) (int, int) {
	for b > a && !w.toks[b-1].cap && !(b-1 > a && w.lowerSuffix(b-1)) && !w.listedPeriod(a, b) {
		b--
	}
	for a < b && !w.toks[a].cap {
		a++
	}
	return a, b
}

// listedPeriod reports whether tokens [a, b) end in a period that belongs
// to the gazetteer form they spell whole.
func (w *work) listedPeriod(a, b int) bool {
	if b-a < 2 || w.toks[b-1].sp.text != "." || !w.adjacent(b-2, b-1) {
		return false
	}
	l, _ := w.gazAt(a, b, false)
	return l == b-a
}

// notName reports whether [a,b) names no entity: titles alone, a lone
// letter, an event or a product (whose listed maker it classifies first).
func (w *work) notName(s sent, a, b int, person bool) bool {
	// Titles alone are no name: "Retired Lt.", "Prime Minister".
	if !person && w.onlyTitles(a, b) {
		return true
	}
	// A lone letter is no name ("Group C", list items).
	if b-a == 1 && w.toks[a].sp.runes == 1 {
		return true
	}
	if w.eventName(a, b) {
		return true
	}
	// Products are no entities: "the MagCharge Duo", "a Lumora MagCharge Duo
	// pad", "the Tesla Model Y", "the Ford F-150 Lightning"; the maker named
	// first is kept when it is listed.
	if b-a > 1 && !person && w.productName(a, b) {
		if l, _ := w.gazAt(a, b, false); l != b-a {
			if l > 0 {
				w.segment(s, a, a+l, "", false)
			}
			return true
		}
	}
	return false
}

// eventName reports whether [a,b) names an event the gazetteers do not
// list whole: "U.S. Open", "World Cup", "Labor Day", "World War II".
// Events are not entities of these types.
func (w *work) eventName(a, b int) bool {
	ev := b
	for ev-1 > a && roman(w.toks[ev-1].sp.text) {
		ev--
	}
	if w.toks[ev-1].sp.is(eventWord) && (ev-a > 1 || w.toks[a].sp.is(commonLow)) {
		if l, _ := w.gazAt(a, b, false); l != b-a {
			return true
		}
	}
	return false
}

// partyState adds the state of a party's initial joined to a state, as in
// "(R-Texas)", and reports whether the one token [a,b) is such a word.
func (w *work) partyState(a, b int) bool {
	if b-a != 1 {
		return false
	}
	lx := w.f.lx
	if h, rest, ok := strings.Cut(w.toks[a].sp.text, "-"); ok && len(h) == 1 && h[0] >= 'A' && h[0] <= 'Z' {
		if e, ok := lx.gaz.get(rest); ok && e.typ == document.GPE {
			w.add(mention{a: a, b: b, typ: e.typ, strength: strong, group: e.group, country: lx.country[e.group], from: w.d.Tokens[a].Span.Start + 2})
			return true
		}
	}
	return false
}

// titledPerson adds m as a person after the title or honorific title,
// unless the gazetteers list its name whole as something else, and
// reports whether it did.
func (w *work) titledPerson(s sent, m *mention, title string) bool {
	a, b := m.a, m.b
	if l, e := w.gazAt(a, b, false); l == b-a && e.typ != document.Person {
		return false
	}
	m.typ, m.strength = document.Person, strong
	if fs := strings.Fields(title); b-a > 2 && len(fs) > 0 && w.f.lx.role[fs[len(fs)-1]] {
		// "copper producer Minera Sol Andino": a title that is also a
		// company's role noun is weak evidence for a long name.
		m.strength = weak
	}
	if title != "" {
		m.titles = []string{title}
	}
	if t := w.titleAfter(s, b); t != "" {
		m.titles = append(m.titles, t)
	}
	w.add(*m)
	return true
}

// listedName classifies a name the gazetteers list whole, or one that a
// listed organization or nationality opens before another name, and
// reports whether it did.
func (w *work) listedName(s sent, m *mention) bool {
	a, b := m.a, m.b
	if l, e := w.gazAt(a, b, false); l == b-a {
		if e.typ == misc {
			return true
		}
		m.typ, m.strength, m.group, m.country = e.typ, strong, e.group, w.f.lx.country[e.group]
		w.sportsTeam(s, m)
		w.add(*m)
		return true
	} else if l > 0 && e.typ == document.Org && w.nameAfterOrg(a+l, b) {
		// "the editorial board of the Washington Post Trump said": a comma is missing.
		w.add(mention{a: a, b: a + l, typ: e.typ, strength: strong, group: e.group})
		w.segment(s, a+l, b, "", false)
		return true
	} else if l > 0 && e.typ == document.NORP && (!w.toks[b-1].sp.is(suffixWord) || w.stateBody(a+l, b)) {
		// "Australian Tom Moody", "Russian Yevgeny Kafelnikov"; "Turkish
		// Foreign Ministry": the nationality names the state whose body it is.
		w.add(mention{a: a, b: a + l, typ: e.typ, strength: strong, group: e.group})
		w.segment(s, a+l, b, "", false)
		return true
	}
	return false
}

// nationalOrHead classifies a name by an organization head or a
// nationality among its words, and reports whether it did.
func (w *work) nationalOrHead(f *segFacts, m *mention) bool {
	lx := w.f.lx
	a, b, n, last := m.a, m.b, f.n, f.last
	first := &w.toks[a]
	// "Reserve Bank of India", "Japan Chamber of Commerce": an organization
	// head and its "of" or "for" anywhere in the name.
	if n > 2 && w.headOf(a, b) && lx.isCommon(strings.ToLower(last)) || n > 2 && w.headOf(a+1, b) {
		m.typ, m.strength = document.Org, strong
		w.sportsTeam(f.s, m)
		w.add(*m)
		return true
	}
	// "Controversial Australian Anthony Hill": ordinary words, a nationality, a name.
	for p := a + 1; p < b-1 && !(first.sp.is(headWord) && w.hasOf(a, b)); p++ {
		if !w.toks[p].sp.is(nationalityWord) {
			continue
		}
		if e, _ := lx.gaz.get(w.toks[p].sp.text); w.allCommon(a, p) && !f.suffixLast {
			w.add(mention{a: p, b: p + 1, typ: document.NORP, strength: strong, group: e.group})
			w.segment(f.s, p+1, b, "", false)
			return true
		}
	}
	// "Northern European", "East European": directions before a nationality.
	if n > 1 {
		if e, ok := lx.gaz.get(last); ok && e.typ == document.NORP && w.allCommon(a, b-1) {
			m.typ, m.strength, m.group = document.NORP, strong, e.group
			w.add(*m)
			return true
		} else if ok && e.typ == document.NORP && n == 2 && w.opensText(f.s, a) && !lx.given.has(first.sp.text) {
			// "Presumptive Republican nominee ...": a sentence's first word,
			// capitalized anyway and no first name, before a nationality.
			w.add(mention{a: b - 1, b: b, typ: document.NORP, strength: strong, group: e.group})
			return true
		}
	}
	// Plurals of nationalities: "Palestinians", "Iraqis".
	if sg, pl := lx.fn.singular(last); n == 1 && pl {
		if e, ok := lx.gaz.get(sg); ok && e.typ == document.NORP {
			m.typ, m.strength, m.group = document.NORP, strong, e.group
			w.add(*m)
			return true
		}
	}
	return false
}

// opensText reports whether token a opens a unit of sentence s whose
// first word is capitalized anyway: the sentence's first token, or the
// first after an opener such as the dash that closes a dateline
// ("WASHINGTON (UPI) — Presumptive ...").
func (w *work) opensText(s sent, a int) bool {
	return a == s.a || a-1 > s.a && opener(w.toks[a-1].sp.text)
}

// typeByWords types m by the suffixes, heads and joiners of its name, or
// by a role noun before it.
func (w *work) typeByWords(f *segFacts, m *mention) {
	lx := w.f.lx
	a, b, n, s := m.a, m.b, f.n, f.s
	first := &w.toks[a]
	switch {
	case n > 1 && w.lastIs(a, b, townWord):
		m.typ, m.strength = document.GPE, strong
	case n > 1 && f.suffixLast, first.sp.is(headWord) && w.hasOf(a, b):
		m.typ, m.strength = document.Org, strong
	case n > 1 && w.lastIs(a, b, placeSuffixWord), first.sp.is(placeHeadWord) && w.hasOf(a, b):
		m.typ, m.strength = document.Loc, strong
	case w.hasAmp(a, b):
		m.typ, m.strength = document.Org, strong
	case n > 1 && (first.sp.is(clubHeadWord) || lx.clubHead[string(w.keyBytes(a, a+2, false))]):
		m.typ, m.strength = document.Org, strong
	case a > s.a && w.toks[a-1].sp.is(roleLow) && !w.toks[a-1].cap && !w.toks[a-1].sp.is(titleLow):
		// "cables giant Pirelli", "mineral water firm Multico".
		m.typ, m.strength = document.Org, medium
	}
}

// typeByContext types a still untyped m by what stands after it: a title,
// a role noun, an apposition, or a context cue on either side.
func (w *work) typeByContext(f *segFacts, m *mention) {
	lx := w.f.lx
	a, b, n, s := m.a, m.b, f.n, f.s
	if m.typ == "" {
		if t := w.titleAfter(s, b); t != "" && w.personable(a, b) {
			m.typ, m.strength, m.titles = document.Person, strong, []string{t}
		}
	}
	if m.typ == "" && n > 1 && b < s.b && w.toks[b].sp.is(roleLow) && !w.toks[b].cap && lx.refers[w.toks[b].lower()].words != nil {
		// "the United Rail Workers union", "the Keep Our Parks campaign group".
		m.typ, m.strength = document.Org, medium
	}
	if m.typ == "" && w.roleBeforeApposition(s, a, b) {
		// "The utility, Coastal Power, said": a body's noun and its name set off by commas.
		m.typ, m.strength = document.Org, medium
	}
	if m.typ == "" && w.roleAfter(s, b) {
		// "Red Eléctrica, the national grid operator", "Openreach, the network arm of".
		m.typ, m.strength = document.Org, medium
	}
	if m.typ == "" {
		if c, ok := w.cueFor(s, a, b); ok && !(c.sports && n > 1 && !c.fixture) && !(n == 1 && c.weak && c.typ == document.Person) &&
			!(c.typ == document.Person && !w.personShaped(a, b)) {
			// Match verbs say nothing of two-word names: "Marcelo Rios beat ...".
			m.typ, m.team = c.typ, c.sports
			m.strength = medium
			if c.weak {
				m.strength = weak
			}
		}
	}
}

// weakReading types a name that is still untyped or weakly typed by a
// place opening it or, for team nicknames, by its plural ending; it
// reports whether it split the name instead.
func (w *work) weakReading(f *segFacts, m *mention) bool {
	if m.typ != "" && m.strength >= medium {
		return false
	}
	lx := w.f.lx
	a, b, n, s := m.a, m.b, f.n, f.s
	if l, e := w.gazAt(a, b, false); l > 0 && l < n && e.typ == document.GPE && w.norpAt(a+l, b) {
		// "Virginia Democrats", "Iraqi Kurds": a place and a people.
		w.add(mention{a: a, b: a + l, typ: e.typ, strength: strong, group: e.group, country: lx.country[e.group]})
		w.segment(s, a+l, b, "", false)
		return true
	} else if l > 0 && l < n && e.typ == document.GPE && n-l <= 2 && w.titleAt(a+l, b) == 0 && !w.givenAndSurname(a, l, b, e.group) {
		// "Hong Kong Telecom", "U.S. Treasury": a place and a word is a body.
		m.typ, m.strength = document.Org, weak
	}
	if n == 1 && lx.fn.plural(f.last) && (f.suffixLast && !w.toks[a].sp.is(commonLow) || s.sports && !w.toks[a].initial && w.toks[a].sp.is(commonLow)) {
		// Team nicknames: "Phillies", "Yankees"; on sports pages "the Braves and Cubs".
		m.typ, m.strength = document.Org, medium
	}
	return false
}

// guessReading gives a name still untyped or weakly typed a reading by its
// shape, or marks it as needing support elsewhere; it reports whether it
// settled the name itself.
func (w *work) guessReading(f *segFacts, m *mention) bool {
	if m.typ != "" && m.strength >= medium {
		return false
	}
	lx := w.f.lx
	a, b, n, s := m.a, m.b, f.n, f.s
	switch {
	case n == 1 && w.acronym(a) && !s.caps:
		m.typ, m.strength = document.Org, medium
	case w.givenAndCommon(a, b):
		// "Mark Baker": a listed first name before a common word names a
		// person when the surname stands alone elsewhere (see surnameSupport).
		m.typ, m.strength = document.Person, guess
	case w.allCommon(a, b) && m.strength < medium:
		switch {
		case n == 1 && w.toks[a].initial:
			m.initial = true
		case n == 1:
			// "Aurora" of "Aurora Airways", "Commission" of "European
			// Commission": decided with the document's organizations.
			m.short, m.typ = true, ""
		default:
			// "Advanced Medical" of "Advanced Medical Inc.": kept only
			// as the short form of an organization named in full.
			m.short, m.typ = true, ""
			w.add(*m)
			return true
		}
	case m.typ == "" && n >= 2 && n <= 3 && w.pluralCommon(b-1) && !w.toks[a].sp.is(commonLow) && !(n == 2 && w.f.lx.given.has(w.toks[a].sp.text) && w.personShaped(a, b)):
		// "Chicago Purchasing Managers", "Pirelli Cables"; not a listed
		// first name and a surname that is a plural word ("Andy Burrows").
		m.typ, m.strength = document.Org, guess
	case m.typ == "" && n == 2 && w.countryAt(b-1) && !(w.toks[a].allCaps && !w.gazExact(a)):
		// ("NHS England" is a body; "the OSCE Chechnya mission" two names.)
		// "Yeltsin endorses Lebed Chechnya peace plan": a headline's name and place.
		w.segment(s, a, b-1, "", false)
		l, e := w.gazAt(b-1, b, false)
		w.add(mention{a: b - 1, b: b - 1 + l, typ: e.typ, strength: strong, group: e.group, country: lx.country[e.group]})
		return true
	case m.typ == "" && n >= 2 && w.capCount(a, b) <= 3 && w.personShaped(a, b):
		m.typ, m.strength = document.Person, guess
	case m.typ == "" && n >= 2:
		m.typ, m.strength = document.Org, guess
	}
	return false
}

// sportsTeam turns a city, region or unknown name on a sports page into a
// team when a score or a match verb stands next to it.
func (w *work) sportsTeam(s sent, m *mention) {
	if !s.sports || m.country || m.typ == document.NORP || m.typ == document.Person && m.strength == strong {
		return
	}
	if typ, ok := w.rowRole(s, m); ok {
		m.typ, m.strength, m.team = typ, medium, typ == document.Org
		return
	}
	if m.typ == document.Person && m.strength >= medium {
		return
	}
	if m.typ == document.Org && m.strength == strong || (m.typ == document.GPE || m.typ == document.Loc) && (w.venue(s, m) || w.eventAfter(s, m)) {
		return
	}
	if m.typ == document.Person && m.b-m.a > 1 {
		if c, ok := w.cueFor(s, m.a, m.b); ok && c.fixture || w.resultLine(s, m) {
			m.typ, m.strength, m.team = document.Org, medium, true
		}
		return
	}
	if w.sports && (m.typ == document.GPE || m.typ == document.Loc) && m.strength == strong && !w.placeContext(s, m.a, true) {
		m.typ, m.strength, m.team = document.Org, medium, true
		return
	}
	b := m.b
	// A score, not a date or bowling figures ("10-0-45-2").
	if b < s.b && w.toks[b].num && !w.dateLike(b) && strings.Count(w.toks[b].sp.text, "-") < 2 && !minute(w.toks[b].sp.text) {
		m.typ, m.strength, m.team = document.Org, medium, true
		return
	}
	if c, ok := w.cueFor(s, m.a, m.b); ok && c.sports {
		m.typ, m.strength, m.team = document.Org, medium, true
	}
}

// eventAfter reports whether the place m names an event written in lower
// case after it, where it stays a place: "the Brussels grand prix meeting".
func (w *work) eventAfter(s sent, m *mention) bool {
	for l := 1; l <= 2 && m.b+l <= s.b; l++ {
		if w.toks[m.b].cap {
			return false
		}
		if w.f.lx.eventFold[string(w.keyBytes(m.b, m.b+l, true))] {
			return true
		}
	}
	return false
}

// cueFor finds a context word before or after [a,b) that tells the type.
func (w *work) cueFor(s sent, a, b int) (cue, bool) {
	lx := w.f.lx
	var best cue
	found := false
	consider := func(c cue, ok bool) {
		if !ok || c.sports && !s.sports || c.single && b-a > 1 || c.multi && b-a < 2 {
			return
		}
		if !found || best.weak && !c.weak {
			best, found = c, true
		}
	}
	after := 0 // the longest cue after [a,b) that starts with its next word
	if b < s.b {
		after = w.toks[b].sp.bound(afterBound)
	}
	for l := lx.cueMax; l >= 1; l-- {
		if a-l >= s.a && w.toks[a-l].sp.bound(beforeBound) >= l {
			c, ok := lx.before[string(w.keyBytes(a-l, a, true))]
			consider(c, ok)
		}
		if b+l <= s.b && after >= l {
			c, ok := lx.after[string(w.keyBytes(b, b+l, true))]
			consider(c, ok)
		}
	}
	return best, found
}
