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
	for k, b := range f.lex.byFirst {
		for id, class := range f.lex.classes.names {
			var want []*phrase
			for _, p := range b.ps {
				if p.class == class || (strings.HasSuffix(class, ".") && strings.HasPrefix(p.class, class)) {
					want = append(want, p)
				}
			}
			if got := b.of(classID(id)); !slices.Equal(got, want) {
				t.Fatalf("bucket %q, class %q: %d phrases, want %d", k, class, len(got), len(want))
			}
		}
	}
	var none *bucket
	if none.of(cNumberUnit) != nil || none.hasPrefix(cAnyNumber) {
		t.Error("a nil bucket holds phrases")
	}
}

// TestAskedClasses checks that every class a recognizer asks for is a class
// of the default word lists, or begins one when it ends in a dot, and keeps
// the number it was given, so that a misspelt name cannot go unnoticed.
func TestAskedClasses(t *testing.T) {
	f := newTestFinder(t)
	held := map[classID]bool{}
	for _, b := range f.lex.byFirst {
		for _, c := range b.byClass {
			held[c.id] = true
		}
	}
	for i, name := range askedClasses {
		if id := f.lex.classes.ids[name]; id != classID(i) {
			t.Errorf("%q numbered %d, want %d", name, id, i)
		}
		if !held[classID(i)] {
			t.Errorf("no phrase of class %q", name)
		}
	}
	if len(f.lex.classes.names) <= len(askedClasses) {
		t.Errorf("%d classes, no more than the %d asked for", len(f.lex.classes.names), len(askedClasses))
	}
}
