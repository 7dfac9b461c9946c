package clean

import "regexp/syntax"

// byteSet is a set of byte values.
type byteSet [4]uint64

func (s *byteSet) add(lo, hi int) {
	for b := lo; b <= hi && b < 256; b++ {
		s[b/64] |= 1 << (b % 64)
	}
}

func (s *byteSet) has(b byte) bool { return s[b/64]&(1<<(b%64)) != 0 }

// meets reports whether s and o share a byte.
func (s *byteSet) meets(o *byteSet) bool {
	return s[0]&o[0] != 0 || s[1]&o[1] != 0 || s[2]&o[2] != 0 || s[3]&o[3] != 0
}

func (s *byteSet) union(o byteSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

// edges are the bytes a match of an anchored pattern can start or end
// with: a text whose first or last byte is outside them cannot match, and
// most lines of prose are ruled out by their first letter or final stop.
type edges struct {
	first, last       byteSet
	hasFirst, hasLast bool // the pattern is anchored there and the set is known
}

// newEdges reads the edges of a simplified pattern: the first bytes when it
// opens with ^, the last when it closes with $.
func newEdges(re *syntax.Regexp) edges {
	var e edges
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return e
	}
	subs := re.Sub
	if subs[0].Op == syntax.OpBeginText {
		set, empty, ok := edgeBytes(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs[1:]}, true, 0)
		e.first, e.hasFirst = set, ok && !empty
	}
	if subs[len(subs)-1].Op == syntax.OpEndText {
		set, empty, ok := edgeBytes(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs[:len(subs)-1]}, false, 0)
		e.last, e.hasLast = set, ok && !empty
	}
	return e
}

// admits reports whether s may match, judged by its first and last bytes.
func (e *edges) admits(s string) bool {
	if len(s) == 0 {
		return true
	}
	if e.hasFirst && !e.first.has(s[0]) {
		return false
	}
	return !e.hasLast || e.last.has(s[len(s)-1])
}

// edgeBytes returns the bytes a match of re can begin with (front) or end
// with (!front), whether re can match the empty string, and ok false when it
// cannot tell. Text outside ASCII is allowed all bytes from 0x80 up, which
// also covers invalid UTF-8.
func edgeBytes(re *syntax.Regexp, front bool, depth int) (set byteSet, empty, ok bool) {
	if depth > 20 || re.Flags&syntax.FoldCase != 0 {
		return set, false, false
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true, true
		}
		r := re.Rune[len(re.Rune)-1]
		if front {
			r = re.Rune[0]
		}
		addRunes(&set, r, r)
		return set, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRunes(&set, re.Rune[i], re.Rune[i+1])
		}
		return set, false, true
	case syntax.OpCapture:
		return edgeBytes(re.Sub[0], front, depth+1)
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = edgeBytes(re.Sub[0], front, depth+1)
		return set, true, ok
	case syntax.OpPlus:
		return edgeBytes(re.Sub[0], front, depth+1)
	case syntax.OpRepeat:
		set, empty, ok = edgeBytes(re.Sub[0], front, depth+1)
		return set, empty || re.Min == 0, ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, e, k := edgeBytes(sub, front, depth+1)
			if !k {
				return set, false, false
			}
			set.union(s)
			empty = empty || e
		}
		return set, empty, true
	case syntax.OpConcat:
		return concatEdge(re.Sub, front, depth)
	}
	return set, false, false
}

// concatEdge unions the edge bytes of a sequence from its front (or back)
// up to the first part that cannot match the empty string.
func concatEdge(subs []*syntax.Regexp, front bool, depth int) (set byteSet, empty, ok bool) {
	for i := range subs {
		sub := subs[i]
		if !front {
			sub = subs[len(subs)-1-i]
		}
		s, e, k := edgeBytes(sub, front, depth+1)
		if !k {
			return set, false, false
		}
		set.union(s)
		if !e {
			return set, false, true
		}
	}
	return set, true, true
}

// addRunes adds the bytes that open or close the runes lo..hi.
func addRunes(set *byteSet, lo, hi rune) {
	if lo < 0x80 {
		set.add(int(lo), int(min(hi, 0x7f)))
	}
	if hi >= 0x80 {
		set.add(0x80, 0xff)
	}
}
