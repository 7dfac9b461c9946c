package entities

import (
	"strings"
	"unicode"
)

// maxPartyStateLetters is the most capitals of the state in a party tag
// read as one token: "TX" of "R-TX", "S" of "R-S.C.".
const maxPartyStateLetters = 3

// dropPartyTags removes the mentions that are a politician's party tag
// set off after the name, which names no organization: "(R-TX)", ",
// D-N.Y.,". A state written out stays a place: "Texas" of "R-Texas".
func (w *work) dropPartyTags() {
	out := w.ms[:0]
	for _, m := range w.ms {
		if m.b-m.a == 1 && m.from == 0 && w.partyTag(m.a) {
			continue
		}
		out = append(out, m)
	}
	w.ms = out
}

// partyTag reports whether token i, after an opening parenthesis or a
// comma, is a party initial, a hyphen and a state's capitals.
func (w *work) partyTag(i int) bool {
	if i == 0 {
		return false
	}
	if p := w.toks[i-1].sp.text; p != "(" && p != "," {
		return false
	}
	initial, state, ok := strings.Cut(w.toks[i].sp.text, "-")
	if !ok || !w.f.lx.fn.party[initial] || state == "" || len(state) > maxPartyStateLetters {
		return false
	}
	for _, r := range state {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
