package clean

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// gated is a pattern with the literals one of which every match contains
// and the bytes an anchored match starts or ends with: a few byte and
// substring tests spare most texts the regular expression, and most
// patterns are never compiled, as no text passes those tests.
type gated struct {
	re    func() *regexp.Regexp // compiled on first use
	any   []string              // nil: no literal is known, always run re
	edges edges
	need  []byteSet // a match holds a byte of each set
}

// newGated parses expr, failing as regexp.Compile would, and defers
// compiling it: a pattern that parses compiles.
func newGated(expr string) (*gated, error) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	simple := tree.Simplify()
	g := &gated{any: required(simple, 0), edges: newEdges(simple), need: neededBytes(simple)}
	g.re = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	return g, nil
}

// bigrams is the set of byte pairs of a text, to rule out literals
// quickly, and the set of its bytes.
type bigrams struct {
	pairs [1 << 16 / 64]uint64
	bytes byteSet
}

func (b *bigrams) fill(s string) {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		b.pairs[k/64] |= 1 << (k % 64)
	}
	for i := 0; i < len(s); i++ {
		b.bytes[s[i]/64] |= 1 << (s[i] % 64)
	}
}

// has reports whether the text holds every byte pair of lit: only then
// can it hold lit, and most texts that hold the outer pairs lack an inner one.
func (b *bigrams) has(lit string) bool {
	for i := 0; i+1 < len(lit); i++ {
		k := uint16(lit[i])<<8 | uint16(lit[i+1])
		if b.pairs[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return true
}

// match reports whether s (lower-cased, its byte pairs in bg) matches.
func (g *gated) match(s string, bg *bigrams) bool {
	return g.edges.admits(s) && g.matchInside(s, bg)
}

// matchInside is match for an s whose first and last bytes g admits.
func (g *gated) matchInside(s string, bg *bigrams) bool {
	for i := range g.need {
		if !g.need[i].meets(&bg.bytes) {
			return false
		}
	}
	if g.any != nil {
		found := false
		for _, lit := range g.any {
			if len(lit) >= 2 && !bg.has(lit) {
				continue
			}
			if strings.Contains(s, lit) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return g.re().MatchString(s)
}

// required returns strings one of which any match of re contains, or nil
// when it cannot tell. Single characters are too common to help.
func required(re *syntax.Regexp, depth int) []string {
	if depth > 20 {
		return nil
	}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		if s := string(re.Rune); utf8.RuneCountInString(s) >= 2 {
			return []string{s}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0], depth+1)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0], depth+1)
		}
	case syntax.OpConcat:
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			r := required(sub, depth+1)
			if r == nil {
				continue
			}
			if l := shortest(r); l > bestLen {
				best, bestLen = r, l
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			r := required(sub, depth+1)
			if r == nil {
				return nil
			}
			out = append(out, r...)
		}
		return out
	}
	return nil
}

func shortest(s []string) int {
	m := -1
	for _, v := range s {
		if m < 0 || len(v) < m {
			m = len(v)
		}
	}
	return m
}

// neededBytes returns, for each part of a sequence that cannot match the
// empty string, the bytes its matches open with: a text missing all the
// bytes of one set cannot match ("@" of an address, a digit of a date).
func neededBytes(re *syntax.Regexp) []byteSet {
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	var need []byteSet
	for _, sub := range subs {
		if set, empty, ok := edgeBytes(sub, true, 0); ok && !empty {
			need = append(need, set)
		}
	}
	return need
}
