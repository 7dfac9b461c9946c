package values

import "testing"

// TestPhraseAt checks matching at a token of a phrase's bucket: a
// case-sensitive phrase needs its first token as written, a case-blind one
// takes any case, and the later tokens must match, and follow tightly where
// the phrase writes them tight. Later tokens are compared by the
// lexicon's word IDs, whether the word starts a phrase of its own or not.
func TestPhraseAt(t *testing.T) {
	l := newLexicon()
	l.add("US", true, entry{class: "t.cs"})
	l.add("per cent", false, entry{class: "t.two"})
	l.add("a.m.", false, entry{class: "t.tight"})
	l.add("cent", false, entry{class: "t.one"}) // a later word that starts a phrase too
	l.sort()
	for _, c := range []struct {
		text, class string
		want        bool
	}{
		{"US", "t.cs", true},
		{"us", "t.cs", false},
		{"Us", "t.cs", false},
		{"Per Cent", "t.two", true},
		{"per cents", "t.two", false},
		{"per\n\ncent", "t.two", false},
		{"per", "t.two", false},
		{"per dollar", "t.two", false}, // a word of no phrase
		{"cent", "t.one", true},
		{"a.m.", "t.tight", true},
		{"a. m.", "t.tight", false},
		{"a.n.", "t.tight", false},
	} {
		ts := tokenize(c.text)
		l.prepare(ts)
		id, ok := l.classes.ids[c.class]
		if !ok {
			t.Fatalf("class %q not numbered", c.class)
		}
		if got := l.has(ts, 0, id); got != c.want {
			t.Errorf("%q in %s: %v, want %v", c.text, c.class, got, c.want)
		}
	}
}
