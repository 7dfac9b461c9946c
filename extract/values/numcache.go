package values

// numberCacheSize is the number of answers numberCache keeps, a power of
// two. The recognizers ask for the number at the tokens just ahead of the
// scan, many times each, so a small window holds nearly every repeat.
const numberCacheSize = 256

// numberCache keeps Finder.number's answers for the tokens of one scan.
// Finder.number depends only on the tokens and its arguments, so an answer
// pushed out by another is recomputed the same.
type numberCache struct {
	slots []numberSlot
}

// numberSlot is one kept answer: the number read at token i with the
// arguments coded in mode.
type numberSlot struct {
	i    int
	mode int8 // 0 when empty, else 1 + abbr + 2*glued
	n    num
	ok   bool
}

// number is Finder.number over the scan's tokens, answered from the cache
// when it was asked before.
func (sc *scan) number(i int, abbr, glued bool) (num, bool) {
	mode := int8(1)
	if abbr {
		mode++
	}
	if glued {
		mode += 2
	}
	c := &sc.numbers
	if c.slots == nil {
		c.slots = make([]numberSlot, numberCacheSize)
	}
	s := &c.slots[(i*4+int(mode))&(numberCacheSize-1)]
	if s.mode == mode && s.i == i {
		return s.n, s.ok
	}
	n, ok := sc.f.number(sc.ts, i, abbr, glued)
	*s = numberSlot{i: i, mode: mode, n: n, ok: ok}
	return n, ok
}
