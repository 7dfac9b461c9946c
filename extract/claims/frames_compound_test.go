package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNamedNounCompound checks that a plural noun after a name that a
// determiner opens ("the Kestrel attacks,") is no cue with the name as its
// speaker, while the same word with a complement after it stays a verb.
func TestNamedNounCompound(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "After the Kestrel attacks, Maria Holt said the port would stay closed.", ent{document.Person, "Maria Holt", nil})
	checkWant(t, d, want{kinds: k(document.Reported), claimant: "Maria Holt", contains: "the port would stay closed"})
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name == "Kestrel" {
			t.Errorf("the name before a noun became a speaker: %q", c.Text)
		}
	}
	d = runOn(t, set, f, "Last week the Daily Ledger reports that the port would stay closed.")
	checkWant(t, d, want{kinds: k(document.Reported), claimant: "Daily Ledger", contains: "the port would stay closed"})
}
