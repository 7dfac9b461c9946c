package values

import (
	"slices"
	"strings"
	"testing"
)

// TestBucketOf checks that a bucket's phrases of a class are those of its
// phrases, longest first, whose class is that one or starts with it when it
// ends in a dot, for every bucket of the default lexicon and every class.
func TestBucketOf(t *testing.T) {
	f := newTestFinder(t)
	classes := map[string]bool{"no.such.class": true, "x": true, "number": true}
	for _, b := range f.lex.byFirst {
		for _, c := range b.byClass {
			classes[c.class] = true
		}
	}
	for k, b := range f.lex.byFirst {
		for class := range classes {
			var want []*phrase
			for _, p := range b.ps {
				if p.class == class || (strings.HasSuffix(class, ".") && strings.HasPrefix(p.class, class)) {
					want = append(want, p)
				}
			}
			if got := b.of(class); !slices.Equal(got, want) {
				t.Fatalf("bucket %q, class %q: %d phrases, want %d", k, class, len(got), len(want))
			}
		}
	}
	var none *bucket
	if none.of("number.unit") != nil || none.hasPrefix("number.") {
		t.Error("a nil bucket holds phrases")
	}
}
