package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNounCueBeforeCopula checks that a noun cue followed by a form of
// "be", past adverbs and auxiliaries, and a "that" clause holds the clause:
// its possessor's view, or no one's when none is named.
func TestNounCueBeforeCopula(t *testing.T) {
	runRuleCases(t, "attribution.nominal", []ruleCase{
		{"Holt's message long has been that the harbour wall will hold.", "the harbour wall will hold", "Holt"},
		{"The hope has been that the harbour wall would hold.", "the harbour wall would hold", ""},
		{"His view is that the wall is too low.", "the wall is too low", "his"},
	})
}

// TestSubjectNounContentEnds checks that the clause of a noun cue heading
// the sentence's subject ends before the main clause's verb, and only
// there: a second verb of the clause stays in the content.
func TestSubjectNounContentEnds(t *testing.T) {
	runRuleCases(t, "attribution.nominal", []ruleCase{
		{"The claim that the harbour would close was false.", "the harbour would close", ""},
		{"Holt's claim that the harbour is closing drew criticism.", "the harbour is closing", "Holt"},
		{"Holt's claim that the harbour is closing and will not reopen drew criticism.", "the harbour is closing and will not reopen", "Holt"},
	})
}

// TestNounCueSourceAfter checks that a noun cue's source may follow it
// after "from" when a content follows the source, and that the noun the
// source hangs on is no claimant of its own, nor the subject that faces it.
func TestNounCueSourceAfter(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, cue, claimant, content string }{
		{"Ruiz has faced criticism from rivals that her campaign put the harbour at risk.", "criticism", "rivals", "her campaign put the harbour at risk"},
		{"The council received complaints from residents that the harbour was too loud.", "complaints", "residents", "the harbour was too loud"},
		{"There were calls from the union to close the harbour.", "calls", "the union", "to close the harbour"},
	} {
		d := runOn(t, set, f, tc.text)
		var got []string
		for _, c := range d.Claims {
			if c.Cue == tc.cue && c.Claimant != nil {
				got = append(got, c.Claimant.Name+": "+c.Text)
			}
		}
		if want := tc.claimant + ": " + tc.content; len(got) != 1 || got[0] != want {
			t.Errorf("%q: %q claims %q, want %q", tc.text, tc.cue, got, want)
		}
	}
	d := runOn(t, set, f, "Ana Ruiz has faced criticism from rivals that her campaign put the harbour at risk.", ent{document.Person, "Ana Ruiz", nil})
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name == "Ana Ruiz" {
			t.Errorf("the target of the criticism became its claimant: %s %q", c.Kind, c.Text)
		}
	}
	d = runOn(t, set, f, "The bill drew criticism from lawmakers on Monday.")
	for _, c := range d.Claims {
		if c.Cue == "criticism" {
			t.Errorf("a source with no content after it: %s claim %q", c.Kind, c.Text)
		}
	}
}
