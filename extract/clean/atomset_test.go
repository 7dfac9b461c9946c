package clean

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// An atom set must hold exactly its atoms, among every value an atom of
// the table can take and some past it.
func TestAtomSetHoldsItsAtoms(t *testing.T) {
	members := []atom.Atom{atom.A, atom.Div, atom.H1, atom.Blockquote, atom.Figcaption, atom.Title, 1<<20 | 3}
	s := newAtomSet(members...)
	want := map[atom.Atom]bool{}
	for _, a := range members {
		want[a] = true
	}
	for a := atom.Atom(0); a < 1<<21; a++ {
		if s.has(a) != want[a] {
			t.Fatalf("has(%#x) = %v, want %v", uint32(a), s.has(a), want[a])
		}
	}
}
