package clean

import "math/bits"

// patternIndex lists the line patterns in rule-pack order with, for each
// byte, the patterns a line may open (or close) with it and still match: a
// line's first and last bytes rule most patterns out at once.
type patternIndex struct {
	pats    []linePattern
	byFirst [256][]uint64 // bit k: pats[k] admits a line opening with the byte
	byLast  [256][]uint64 // bit k: pats[k] admits a line closing with the byte
}

// linePattern is a pattern and the rule it belongs to.
type linePattern struct {
	g    *gated
	rule *furniture
}

// newPatternIndex indexes the patterns of rules, in order.
func newPatternIndex(rules []*furniture) *patternIndex {
	x := &patternIndex{}
	for _, f := range rules {
		for _, g := range f.pats {
			x.pats = append(x.pats, linePattern{g: g, rule: f})
		}
	}
	words := (len(x.pats) + 63) / 64
	for b := range 256 {
		x.byFirst[b] = make([]uint64, words)
		x.byLast[b] = make([]uint64, words)
		for k, p := range x.pats {
			e := &p.g.edges
			if !e.hasFirst || e.first.has(byte(b)) {
				x.byFirst[b][k/64] |= 1 << (k % 64)
			}
			if !e.hasLast || e.last.has(byte(b)) {
				x.byLast[b][k/64] |= 1 << (k % 64)
			}
		}
	}
	return x
}

// match returns the rule of the first pattern s (lower-cased, its byte
// pairs in bg) matches, or nil.
func (x *patternIndex) match(s string, bg *bigrams) *furniture {
	if s == "" {
		for _, p := range x.pats {
			if p.g.match(s, bg) {
				return p.rule
			}
		}
		return nil
	}
	first, last := x.byFirst[s[0]], x.byLast[s[len(s)-1]]
	for w := range first {
		for m := first[w] & last[w]; m != 0; m &= m - 1 {
			p := x.pats[w*64+bits.TrailingZeros64(m)]
			if p.g.matchInside(s, bg) {
				return p.rule
			}
		}
	}
	return nil
}
