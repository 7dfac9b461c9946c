package clean

// nameSet is a small set of short ASCII names (tag and attribute names),
// looked up by length and then compared: cheaper than hashing for the few
// names of a set and the many names asked about.
type nameSet struct {
	byLen [][]string // names by length
}

// newNameSet returns the set of names.
func newNameSet(names ...string) *nameSet {
	s := &nameSet{}
	for _, n := range names {
		for len(s.byLen) <= len(n) {
			s.byLen = append(s.byLen, nil)
		}
		if !s.has(n) {
			s.byLen[len(n)] = append(s.byLen[len(n)], n)
		}
	}
	return s
}

// has reports whether name is in the set.
func (s *nameSet) has(name string) bool {
	if len(name) >= len(s.byLen) {
		return false
	}
	for _, n := range s.byLen[len(name)] {
		if n == name {
			return true
		}
	}
	return false
}
