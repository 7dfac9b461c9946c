package entities

import (
	"strconv"
	"strings"

	"github.com/claimex/claimex/document"
)

// Table rows of sports pages, read by their shape.

// minStandingsCells is how many numbers follow a team in a standings row
// (played, won, drawn, lost, ...).
const minStandingsCells = 3

// standingsRow reports whether m is the name of a standings row: the
// sentence holds the name and then only whole numbers, at least three.
// Golf score rows ("Billy Mayfair 66 71 70") list rounds in the sixties to
// eighties and belong to people.
func (w *work) standingsRow(s sent, m *mention) bool {
	if !(w.sports || s.sports) || m.a != s.a || m.country || s.b-m.b < minStandingsCells {
		return false
	}
	rounds := true
	for i := m.b; i < s.b; i++ {
		n, err := strconv.Atoi(w.toks[i].sp.text)
		if err != nil {
			return false
		}
		if n < 60 || n > 90 {
			rounds = false
		}
	}
	return !rounds
}

// datelines finds the datelines of the document, "CARLSBAD, California
// 1996-08-21" or "BONN 1996-08-24": names separated by commas and a date,
// nothing else. Each name is a place.
func (w *work) datelines() {
	for si := range w.sents {
		s := &w.sents[si]
		if s.b-s.a < 2 || !w.dateLike(s.b-1) {
			continue
		}
		var places [][2]int
		a := s.a
		for i := s.a; i < s.b; i++ {
			t := w.toks[i]
			switch {
			case t.cap || t.sp.text == "." && i > a:
				continue
			case (t.sp.text == "," || i == s.b-1) && i > a:
				places = append(places, [2]int{a, i})
				a = i + 1
			default:
				places = nil
				i = s.b
			}
		}
		if len(places) == 0 {
			continue
		}
		s.dateline = true
		for _, p := range places {
			m := mention{a: p[0], b: p[1], typ: document.GPE, strength: strong, group: -1, dateline: true}
			if l, e := w.gazAt(p[0], p[1], true); l == p[1]-p[0] && (e.typ == document.GPE || e.typ == document.Loc) {
				m.group, m.country = e.group, w.f.lx.country[e.group]
			}
			w.add(m)
		}
	}
}

// Bounds of a news dateline's opening: the most words of its place in
// capitals, and the most tokens between the place and the dash ("WARREN,
// Mich. —", "DUBLIN, May 22 (Reuters) -").
const (
	maxDatelinePlace = 4
	maxDatelineTail  = 8
)

// newsDateline reads the dateline that opens sentence s of a news story: a
// place in capitals that the gazetteers list as a place, then at most a
// state, a date or an agency, then a dash and a capitalized word ("DETROIT
// —", "GENEVA (Reuters) -"). Read as a name in capitals, the place would
// pass for an acronym, an organization. It adds the place and returns the
// token after it; s.a when there is none.
func (w *work) newsDateline(s sent) int {
	e := s.a
	for e < s.b && e < s.a+maxDatelinePlace && w.toks[e].allCaps && w.toks[e].sp.runes > 1 {
		e++
	}
	if e == s.a || e >= s.b {
		return s.a
	}
	k := e
	for k < s.b && k <= e+maxDatelineTail && !dash(w.toks[k].sp.text) {
		k++
	}
	if k >= s.b || k > e+maxDatelineTail || k+1 >= s.b || !w.toks[k+1].cap {
		return s.a
	}
	l, g := w.gazAt(s.a, e, true)
	if l != e-s.a || g.typ != document.GPE && g.typ != document.Loc {
		return s.a
	}
	w.add(mention{a: s.a, b: e, typ: document.GPE, strength: strong, group: g.group, country: w.f.lx.country[g.group], dateline: true})
	return e
}

// dash reports whether s is a dash that closes a dateline.
func dash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" }

// venue reports whether the place m on a sports page is used as a place:
// before a date in a records table ("Brussels 25.8.95", "Berlin 17.8.90").
func (w *work) venue(s sent, m *mention) bool {
	if m.b >= s.b {
		return false
	}
	next := w.toks[m.b]
	return next.num && (strings.Count(next.sp.text, ".") == 2 || w.dateLike(m.b))
}

// rowRole types a name on a sports page by its place in a line of results:
// a scorer before the minute of a goal ("Smicer 52nd") or named in a
// cricket scorecard ("c Croft b Cork") is a person; a name in brackets
// after a player ("Jacek Dembinski (Widzew Lodz)", also a listed city after
// a person's name) or heading a standings row is a team. Countries keep
// their type: "Nick Faldo (Britain)".
func (w *work) rowRole(s sent, m *mention) (string, bool) {
	if m.country || m.strength == strong && m.typ == document.Org {
		return "", false
	}
	if m.b < s.b && minute(w.toks[m.b].sp.text) {
		return document.Person, true
	}
	if c, ok := w.cueFor(s, m.a, m.b); ok && c.sports && c.typ == document.Person && !c.weak {
		return document.Person, true
	}
	if w.clubAfterPlayer(s, m) && (m.group < 0 || w.personEndsAt(m.a-1)) || w.standingsRow(s, m) {
		return document.Org, true
	}
	return "", false
}

// clubAfterPlayer reports whether m stands alone in brackets after a name.
func (w *work) clubAfterPlayer(s sent, m *mention) bool {
	a := m.a - 1
	if a-1 < 0 || m.b >= len(w.toks) || w.toks[a].sp.text != "(" || w.toks[m.b].sp.text != ")" {
		return false
	}
	// A line break may stand between the player and the club.
	prev := w.toks[a-1]
	return prev.cap && prev.letters && !prev.allCaps
}

// personEndsAt reports whether a person's name found so far ends just
// before token i: a listed city in brackets after a player is his club
// ("Marco Pascolo (Cagliari)"), after a ground it is the ground's town.
func (w *work) personEndsAt(i int) bool {
	for k := len(w.ms) - 1; k >= 0 && w.ms[k].b >= i; k-- {
		if w.ms[k].b == i && w.ms[k].typ == document.Person {
			return true
		}
	}
	return false
}

// minute reports whether a token is the minute of a goal: a number with a
// short letter ending written on it ("52nd", "90th").
func minute(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || len(t)-i != 2 {
		return false
	}
	for _, r := range t[i:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// minListPeople is how many people a sentence must name to be a list of
// players.
const minListPeople = 2

// peoplePerSentence counts the people named in each sentence.
func (w *work) peoplePerSentence() map[int]int {
	n := map[int]int{}
	for _, m := range w.ms {
		if m.typ == document.Person {
			n[int(w.toks[m.a].sent)]++
		}
	}
	return n
}

// listEnd reports whether m is a lone unknown word opening or closing a
// sentence of a sports page that lists players, next to the list's comma
// or a country in brackets: the part of a name that a line break cut off.
func (w *work) listEnd(m *mention, people map[int]int) bool {
	if !w.sports || m.b-m.a != 1 || m.typ != "" && !m.short && !m.initial || m.link != "" {
		return false
	}
	si := int(w.toks[m.a].sent)
	s := w.sents[si]
	if people[si] < minListPeople {
		return false
	}
	switch {
	case m.b == s.b:
		return m.a > s.a && w.toks[m.a-1].sp.text == ","
	case m.a == s.a:
		return w.toks[m.b].sp.text == "," || w.toks[m.b].sp.text == "(" && m.b+1 < s.b && w.countryAt(m.b+1)
	}
	return false
}

// resultLine reports whether m is one of the two sides of a result line
// "East Fife 2 Stirling 1" (name, score, name, score), where each side may
// carry its country in brackets ("Flamurtari Vlore (Albania) 0 Chemlon
// Humenne (Slovakia) 2") and the line may open with a label ending in a
// colon ("In Tirana: ...").
func (w *work) resultLine(s sent, m *mention) bool {
	for start := s.a; start <= m.a; start++ {
		if (start == s.a || w.toks[start-1].sp.text == ":") && w.resultFrom(s, start, m) {
			return true
		}
	}
	return false
}

// resultFrom reports whether a result line starts at token i and m is one
// of its sides.
func (w *work) resultFrom(s sent, i int, m *mention) bool {
	var sides [2][2]int
	for k := range sides {
		a := i
		for i < s.b && w.toks[i].cap {
			i++
		}
		if i == a {
			return false
		}
		sides[k] = [2]int{a, i}
		i = w.bracketAfter(s, i)
		if k == 1 && i == s.b && i > sides[1][1] {
			break // a line break may cut the last score off: "Kotaik Abovyan (Armenia)"
		}
		if i >= s.b || !w.toks[i].num || len(w.toks[i].sp.text) > maxScoreDigits || strings.ContainsAny(w.toks[i].sp.text, ".:,/-") {
			return false
		}
		i++
	}
	for _, sd := range sides {
		if m.a == sd[0] && m.b == sd[1] {
			return true
		}
	}
	return false
}

// maxScoreDigits bounds the digits of one side's score in a result line.
const maxScoreDigits = 3

// bracketAfter returns the token after a bracketed run of capitalized words
// starting at i ("(Albania)"), or i when there is none.
func (w *work) bracketAfter(s sent, i int) int {
	if i >= s.b || w.toks[i].sp.text != "(" {
		return i
	}
	j := i + 1
	for j < s.b && w.toks[j].cap {
		j++
	}
	if j == i+1 || j >= s.b || w.toks[j].sp.text != ")" {
		return i
	}
	return j + 1
}
