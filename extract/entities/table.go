package entities

// The lexicon's large lookups are hash tables of this file's own layout
// rather than Go maps: a Go map is rebuilt key by key in every process,
// while these tables, once compiled from the embedded packs, are static
// data the program starts with. The layout depends only on the keys and
// the order they were put in, so a compiled table equals a built one.

// wordSlot is one slot of a [wordTable]. It holds no pointer, so the
// garbage collector never scans a compiled table's slots.
type wordSlot struct {
	off, len uint32 // the key: the table's keys[off : off+len]
	val      int32
	// tag holds the high bits of the key's hash, with the lowest bit set;
	// 0 marks an empty slot.
	tag uint32
}

// wordTable maps strings to ints by open addressing with linear probing.
// Its zero value is an empty table.
type wordTable struct {
	keys  []byte     // every key, one after the other
	slots []wordSlot // a power of two long, at most 3/4 full
	n     int
}

// newWordTable returns a table that holds n keys without growing.
func newWordTable(n int) wordTable {
	size := 8
	for size*3 < n*4 {
		size *= 2
	}
	return wordTable{slots: make([]wordSlot, size)}
}

// hashWord hashes s eight bytes at a time.
func hashWord[S ~string | ~[]byte](s S) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for ; len(s) >= 8; s = s[8:] {
		c := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ c) * 0xff51afd7ed558ccd
		h ^= h >> 32
	}
	var c uint64
	for i := 0; i < len(s); i++ {
		c |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ c) * 0xc4ceb9fe1a85ec53
	h ^= h >> 29
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>32
}

// slot returns the index of s's slot: the one holding it, or the empty
// one where it would go, and the tag of s.
func (t *wordTable) slot(s string) (int, uint32, bool) { return slotOf(t, s) }

// slotOf is [wordTable.slot] for a key held as a string or as bytes.
func slotOf[S ~string | ~[]byte](t *wordTable, s S) (int, uint32, bool) {
	h := hashWord(s)
	tag := uint32(h>>32) | 1
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.tag == 0 {
			return i, tag, false
		}
		if sl.tag == tag && int(sl.len) == len(s) && string(t.keys[sl.off:sl.off+sl.len]) == string(s) {
			return i, tag, true
		}
	}
}

// get returns the value of s and whether the table holds s.
func (t *wordTable) get(s string) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	i, _, ok := t.slot(s)
	return int(t.slots[i].val), ok
}

// getBytes is get for a key held as bytes.
func (t *wordTable) getBytes(s []byte) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	i, _, ok := slotOf(t, s)
	return int(t.slots[i].val), ok
}

// at returns the value of s, 0 when the table does not hold it.
func (t *wordTable) at(s string) int {
	v, _ := t.get(s)
	return v
}

// has reports whether the table holds s.
func (t *wordTable) has(s string) bool {
	_, ok := t.get(s)
	return ok
}

// put sets the value of s.
func (t *wordTable) put(s string, v int) {
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	i, tag, ok := t.slot(s)
	if !ok {
		t.slots[i] = wordSlot{off: uint32(len(t.keys)), len: uint32(len(s)), tag: tag}
		t.keys = append(t.keys, s...)
		t.n++
	}
	t.slots[i].val = int32(v)
}

// grow doubles the slots, putting the keys again in slot order.
func (t *wordTable) grow() {
	old, keys := t.slots, t.keys
	*t = newWordTable(max(2*len(old)*3/4, 6))
	t.keys = make([]byte, 0, len(keys))
	for _, sl := range old {
		if sl.tag != 0 {
			t.put(string(keys[sl.off:sl.off+sl.len]), int(sl.val))
		}
	}
}

// gazTable maps the forms of gazetteer names to their entries.
type gazTable struct {
	index   wordTable // form → position in entries
	entries []gazEntry
}

func newGazTable(n int) gazTable {
	return gazTable{index: newWordTable(n), entries: make([]gazEntry, 0, n)}
}

// get returns the entry of form k and whether there is one.
func (g *gazTable) get(k string) (gazEntry, bool) {
	if i, ok := g.index.get(k); ok {
		return g.entries[i], true
	}
	return gazEntry{}, false
}

// getBytes is get for a form held as bytes.
func (g *gazTable) getBytes(k []byte) (gazEntry, bool) {
	if i, ok := g.index.getBytes(k); ok {
		return g.entries[i], true
	}
	return gazEntry{}, false
}

// has reports whether there is an entry for form k.
func (g *gazTable) has(k string) bool { return g.index.has(k) }

// put sets the entry of form k.
func (g *gazTable) put(k string, e gazEntry) {
	if i, ok := g.index.get(k); ok {
		g.entries[i] = e
		return
	}
	g.index.put(k, len(g.entries))
	g.entries = append(g.entries, e)
}
