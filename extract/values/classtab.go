package values

import "math/bits"

// classTable numbers the class names of a lexicon, and every prefix of one
// that ends in a dot, so that a bucket can keep its classes as a bit set and
// find the phrases of a class without comparing names.
type classTable struct {
	names []string
	ids   map[string]int32
	// slots maps classHash to a class number: -1 when no name hashes there,
	// -2 when several do (then ids decides).
	slots []int32
	mul   uint64 // the multiplier of the slot hash
	shift uint   // 64 less the number of bits of a slot
}

// Slot values of classTable.slots other than a class number.
const (
	slotEmpty  = -1
	slotShared = -2
)

func newClassTable() *classTable { return &classTable{ids: map[string]int32{}} }

// classKey packs a name's length and four of its bytes, spread over the
// name, into a number: it costs the same for every name, and names that
// differ in length or in one of those bytes get different keys.
func classKey(s string) uint64 {
	n := uint(len(s))
	if n == 0 {
		return 0
	}
	_ = s[n-1]
	return uint64(n) | uint64(s[n-1])<<8 | uint64(s[n>>1])<<16 | uint64(s[n>>2])<<24 | uint64(s[(3*n)>>2])<<32
}

// slot returns the slot of a key under the table's multiplier.
func (t *classTable) slot(key uint64) uint64 { return (key * t.mul) >> t.shift }

// multipliers are the odd constants index tries for the slot hash.
var multipliers = [...]uint64{0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53}

// intern returns the number of name, giving it the next one when new.
func (t *classTable) intern(name string) int32 {
	if id, ok := t.ids[name]; ok {
		return id
	}
	id := int32(len(t.names))
	t.names = append(t.names, name)
	t.ids[name] = id
	return id
}

// index fills the hash slots; call it after the last intern. Of a few
// multipliers it keeps the one under which the fewest names share a slot.
func (t *classTable) index() {
	size, shift := 64, uint(58)
	for size < 8*len(t.names) {
		size, shift = size*2, shift-1
	}
	best, bestMul := -1, multipliers[0]
	for _, m := range multipliers {
		slots := make([]int32, size)
		for i := range slots {
			slots[i] = slotEmpty
		}
		t.mul, t.shift = m, shift
		shared := 0
		for id, name := range t.names {
			h := t.slot(classKey(name))
			if slots[h] == slotEmpty {
				slots[h] = int32(id)
				continue
			}
			if slots[h] != slotShared {
				shared++
			}
			slots[h] = slotShared
		}
		if best < 0 || shared < best {
			best, bestMul, t.slots = shared, m, slots
		}
	}
	t.mul = bestMul
}

// candidate returns the number of the only known name that hashes like
// class, which the caller must still compare with class, or -1 when none
// does. Where names share a slot it looks class up and the answer is exact.
func (t *classTable) candidate(class string) int32 {
	if len(t.slots) == 0 {
		return slotEmpty
	}
	c := t.slots[t.slot(classKey(class))]
	if c != slotShared {
		return c
	}
	if id, ok := t.ids[class]; ok {
		return id
	}
	return slotEmpty
}

// classSet is a set of class numbers.
type classSet []uint64

// add puts id into s, growing it as needed.
func (s classSet) add(id int32) classSet {
	for int(id>>6) >= len(s) {
		s = append(s, 0)
	}
	s[id>>6] |= 1 << (id & 63)
	return s
}

// rank returns the position of id among the members of s, in increasing
// order, and whether id is a member.
func (s classSet) rank(id int32) (int, bool) {
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
