package values

import "math/bits"

// classID numbers a word-list class, or a prefix of one that ends in a dot
// ("number."). The classes the recognizers ask for are numbered once, when
// the package's variables are set, so that asking whether a token starts a
// phrase of a class is a bit test on its bucket.
type classID int32

// askedClasses holds the names of the classes the recognizers ask for, in the
// order of their numbers; classOf fills it.
var askedClasses []string

// classOf returns the number of a class the recognizers ask for, giving it
// the next one when new. It is called only while the package's variables are
// set, before any lexicon is built, so it needs no lock.
func classOf(name string) classID {
	for i, n := range askedClasses {
		if n == name {
			return classID(i)
		}
	}
	askedClasses = append(askedClasses, name)
	return classID(len(askedClasses) - 1)
}

// classTable numbers the classes of a lexicon: first the classes the
// recognizers ask for, under their fixed numbers, then the other classes of
// its word lists, which no recognizer asks for by number.
type classTable struct {
	names []string
	ids   map[string]classID
}

// newClassTable returns a table holding the asked classes.
func newClassTable() *classTable {
	t := &classTable{names: append([]string(nil), askedClasses...), ids: make(map[string]classID, len(askedClasses))}
	for i, n := range t.names {
		t.ids[n] = classID(i)
	}
	return t
}

// intern returns the number of name, giving it the next one when new.
func (t *classTable) intern(name string) classID {
	if id, ok := t.ids[name]; ok {
		return id
	}
	id := classID(len(t.names))
	t.names = append(t.names, name)
	t.ids[name] = id
	return id
}

// classSet is a set of class numbers.
type classSet []uint64

// add puts id into s, growing it as needed.
func (s classSet) add(id classID) classSet {
	for int(id>>6) >= len(s) {
		s = append(s, 0)
	}
	s[id>>6] |= 1 << (id & 63)
	return s
}

// rank returns the position of id among the members of s, in increasing
// order, and whether id is a member.
func (s classSet) rank(id classID) (int, bool) {
	w, bit := int(id>>6), uint64(1)<<(id&63)
	if w >= len(s) || s[w]&bit == 0 {
		return 0, false
	}
	r := bits.OnesCount64(s[w] & (bit - 1))
	for _, x := range s[:w] {
		r += bits.OnesCount64(x)
	}
	return r, true
}
