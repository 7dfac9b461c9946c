package claims

// offsetShift sets how many bytes of text one bucket of an offsetIndex
// covers: 1<<offsetShift, fewer than a token usually spans, so a lookup
// reads a token or two past its bucket's start.
const offsetShift = 3

// offsetIndex holds, for each bucket of text bytes, the first of a list of
// spans in text order that ends after the bucket's first byte. It turns the
// binary search for the span ending after an offset into a step or two
// forward from that offset's bucket.
type offsetIndex []int32

// newOffsetIndex indexes n spans in text order, whose ends end(i) reports,
// over a text of textLen bytes.
func newOffsetIndex(n, textLen int, end func(i int) int) offsetIndex {
	x := make(offsetIndex, textLen>>offsetShift+1)
	i := 0
	for b := range x {
		for i < n && end(i) <= b<<offsetShift {
			i++
		}
		x[b] = int32(i)
	}
	return x
}

// from returns the first span that ends after the start of off's bucket:
// none before it ends after off.
func (x offsetIndex) from(off int) int {
	if off < 0 {
		return 0
	}
	b := off >> offsetShift
	if b >= len(x) {
		b = len(x) - 1
	}
	return int(x[b])
}

// tokenAt returns the first token that ends after byte offset off.
func (r *run) tokenAt(off int) int {
	i := r.tokAt.from(off)
	for i < len(r.toks) && r.toks[i].End <= off {
		i++
	}
	return i
}

// tokenFrom returns the first token that starts at or after off. No token
// before the first that ends after off-1 starts at or after off.
func (r *run) tokenFrom(off int) int {
	i := r.tokAt.from(off - 1)
	for i < len(r.toks) && r.toks[i].Start < off {
		i++
	}
	return i
}

// sentenceAt returns the first sentence that ends after byte offset off.
func (r *run) sentenceAt(off int) int {
	ss := r.d.Sentences
	i := r.sentAt.from(off)
	for i < len(ss) && ss[i].End <= off {
		i++
	}
	return i
}
