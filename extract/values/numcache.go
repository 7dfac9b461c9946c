package values

// windowSize is the number of answers a window keeps, a power of two. The
// recognizers ask for answers at the tokens just ahead of the scan, many
// times each, so a small window holds nearly every repeat.
const windowSize = 256

// window keeps the answers of a function of the scan's tokens, by a key
// that numbers the token and the arguments. An answer pushed out by another
// is recomputed the same, as the function depends only on the tokens.
type window[V any] struct {
	slots []windowSlot[V]
}

// windowSlot is one kept answer; key is one more than the answer's key, so
// that a zero slot holds none.
type windowSlot[V any] struct {
	key int
	v   V
}

// slot returns the slot of key, and whether it holds key's answer; the
// caller fills a slot that does not.
func (w *window[V]) slot(key int) (*windowSlot[V], bool) {
	if w.slots == nil {
		w.slots = make([]windowSlot[V], windowSize)
	}
	s := &w.slots[key&(windowSize-1)]
	return s, s.key == key+1
}

// put keeps v as the answer of key in slot s.
func (s *windowSlot[V]) put(key int, v V) { s.key, s.v = key+1, v }

// numAnswer is one answer of Finder.number.
type numAnswer struct {
	n  num
	ok bool
}

// number is Finder.number over the scan's tokens, answered from the window
// when it was asked before.
func (sc *scan) number(i int, abbr, glued bool) (num, bool) {
	key := 4 * i
	if abbr {
		key++
	}
	if glued {
		key += 2
	}
	s, ok := sc.numbers.slot(key)
	if ok {
		return s.v.n, s.v.ok
	}
	n, found := sc.f.number(sc.ts, i, abbr, glued)
	s.put(key, numAnswer{n: n, ok: found})
	return n, found
}

// countAnswer is one answer of scan.countUnitAt.
type countAnswer struct {
	v    float64
	unit string
	end  int
	ok   bool
}

// countUnit is countUnitAt, answered from the window when it was asked
// before: several readers of durations and offsets ask at the same token.
func (sc *scan) countUnit(i int) (float64, string, int, bool) {
	s, ok := sc.counts.slot(i)
	if !ok {
		v, unit, end, found := sc.countUnitAt(i)
		s.put(i, countAnswer{v: v, unit: unit, end: end, ok: found})
	}
	a := s.v
	return a.v, a.unit, a.end, a.ok
}
