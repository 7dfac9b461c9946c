package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAttitude checks that an adjective of attitude after a copula, past
// adverbs, gives what follows its preposition, or the clause after it, as
// its subject's content, and that the same adjective without a copula or
// before a preposition of no attitude gives nothing.
func TestAttitude(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	for text, want := range map[string]string{
		"Maria Holt has been sharply critical of the harbour plan.":     "the harbour plan",
		"Maria Holt remains confident that the harbour wall will hold.": "the harbour wall will hold",
		"Maria Holt is confident the harbour wall will hold.":           "the harbour wall will hold",
		"Maria Holt has grown increasingly wary of the harbour plan.":   "the harbour plan",
	} {
		d := runOn(t, set, f, text, holt)
		found := false
		for _, c := range d.Claims {
			if c.Kind == document.Reported && c.Text == want {
				found = c.Claimant != nil && c.Claimant.Name == "Maria Holt"
			}
		}
		if !found {
			t.Errorf("%q: no claim %q by Maria Holt in %+v", text, want, d.Claims)
		}
	}
	for _, text := range []string{
		"The harbour wall is critical to the economy of the town.",
		"A confident Maria Holt opened the harbour on Monday.",
	} {
		for _, c := range runOn(t, set, f, text, holt).Claims {
			if c.Kind == document.Reported {
				t.Errorf("%q: an attitude read where there is none: %+v", text, c)
			}
		}
	}
}
