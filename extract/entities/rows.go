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
		n, err := strconv.Atoi(w.toks[i].text)
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
			case t.cap || t.text == "." && i > a:
				continue
			case (t.text == "," || i == s.b-1) && i > a:
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
			m := mention{a: p[0], b: p[1], typ: document.GPE, strength: strong, group: -1}
			if l, e := w.gazAt(p[0], p[1], true); l == p[1]-p[0] && (e.typ == document.GPE || e.typ == document.Loc) {
				m.group, m.country = e.group, w.f.lx.country[e.group]
			}
			w.add(m)
		}
	}
}

// venue reports whether the place m on a sports page is used as a place:
// before a date in a records table ("Brussels 25.8.95", "Berlin 17.8.90").
func (w *work) venue(s sent, m *mention) bool {
	if m.b >= s.b {
		return false
	}
	next := w.toks[m.b]
	return next.num && (strings.Count(next.text, ".") == 2 || w.dateLike(m.b))
}
