package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestMixedQuoteMarks checks that a curly closing mark ends a quotation that
// a straight mark opened, so that the frame after it is not quoted text.
func TestMixedQuoteMarks(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "\"The harbour wall will never be paid for by this council,” Maria Holt said on Monday.", ent{document.Person, "Maria Holt", nil})
	checkWant(t, d, want{kinds: k(document.Quote), claimant: "Maria Holt", contains: "never be paid for"})
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "Holt said") {
			t.Errorf("the frame is inside the claim %q", c.Text)
		}
	}
}
