package clean

import "golang.org/x/net/html/atom"

// atomSet is a set of element names, tested without hashing: an atom is
// its name's offset in the atom table and its length, and the set keeps,
// for each offset, a bit for each length of a name of the set there.
type atomSet struct {
	lens  [2048]uint32       // by offset: bit l set for a name of length l
	other map[atom.Atom]bool // names past the table above
}

// newAtomSet returns the set of the atoms.
func newAtomSet(atoms ...atom.Atom) *atomSet {
	s := &atomSet{}
	for _, a := range atoms {
		if off, l := a>>8, a&0xff; int(off) < len(s.lens) && l < 32 {
			s.lens[off] |= 1 << l
			continue
		}
		if s.other == nil {
			s.other = map[atom.Atom]bool{}
		}
		s.other[a] = true
	}
	return s
}

// has reports whether a is in the set.
func (s *atomSet) has(a atom.Atom) bool {
	if off, l := a>>8, a&0xff; int(off) < len(s.lens) && l < 32 {
		return s.lens[off]&(1<<l) != 0
	}
	return s.other[a]
}
