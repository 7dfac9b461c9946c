package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteBeforeParticipleCue checks that a quotation opening a content
// ends it when a participle cue follows, which frames a claim of its own.
func TestQuoteBeforeParticipleCue(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz said, \"We will win the vote,\" adding that the polls were wrong.", ent{document.Person, "Ana Ruiz", nil})
	c := claimWith(d, document.Quote, "We will win the vote")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "Ana Ruiz" {
		t.Errorf("no quotation by Ana Ruiz alone: %+v", d.Claims)
	}
}
