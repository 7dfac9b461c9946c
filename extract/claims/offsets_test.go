package claims

import (
	"sort"
	"testing"
)

// TestOffsetIndex checks that the offset index finds the token and the
// sentence a binary search does, at every offset of a text and past it.
func TestOffsetIndex(t *testing.T) {
	set, f := testFinder(t)
	text := "“Any concerns should be based on evidence,” he told journalists.  \n\n" +
		"Huawei — the company — said: “No.” A  b.\tThe end"
	d := newDoc(set, text)
	r := newRun(f, d)
	for off := -2; off <= len(text)+2; off++ {
		if got, want := r.tokenAt(off), sort.Search(len(r.toks), func(i int) bool { return r.toks[i].End > off }); got != want {
			t.Errorf("tokenAt(%d) = %d, want %d", off, got, want)
		}
		if got, want := r.tokenFrom(off), sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= off }); got != want {
			t.Errorf("tokenFrom(%d) = %d, want %d", off, got, want)
		}
		ss := d.Sentences
		if got, want := r.sentenceAt(off), sort.Search(len(ss), func(i int) bool { return ss[i].End > off }); got != want {
			t.Errorf("sentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

// TestSpellingClass checks that the classes cached per spelling are the
// lexicon's classes of each token's text.
func TestSpellingClass(t *testing.T) {
	set, f := testFinder(t)
	d := newDoc(set, "“It’s said,” Will said. WILL said it's said; will SAID İt.")
	r := newRun(f, d)
	for i, tok := range r.toks {
		if got, want := r.spellingClass(i), f.lex.Class(tok.Text); got != want {
			t.Errorf("spellingClass(%q) = %v, want %v", tok.Text, got, want)
		}
	}
}
