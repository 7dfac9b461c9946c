package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestHeadlineAdverbIsNoName checks that a title-case headline does not
// glue a capitalized adverb to the claimant's name.
func TestHeadlineAdverbIsNoName(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Mayor Elena Brandt Just Announced The Bridge Will Close For Repairs.", []ent{{document.Person, "Elena Brandt", nil}}...)
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name != "Elena Brandt" {
			t.Errorf("claimant %q, want Elena Brandt", c.Claimant.Name)
		}
	}
	if len(d.Claims) == 0 {
		t.Error("no claim in the headline")
	}
}
