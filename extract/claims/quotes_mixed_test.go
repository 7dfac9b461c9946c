package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestMixedQuoteMarks checks that a quotation ends where a text that mixes
// or mistypes its marks closes it, so that the frame after it is not quoted
// text: a curly closing mark after a straight opening one, and an opening
// curly mark typed where the closing one belongs (after a word, before a
// space).
func TestMixedQuoteMarks(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"\"The harbour wall will never be paid for by this council,” Maria Holt said on Monday.",
		"“The harbour wall will never be paid for by this council,“ Maria Holt said on Monday. “We need a plan.”",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
		checkWant(t, d, want{kinds: k(document.Quote), claimant: "Maria Holt", contains: "never be paid for"})
		for _, c := range d.Claims {
			if strings.Contains(c.Text, "Holt said") {
				t.Errorf("the frame is inside the claim %q", c.Text)
			}
		}
	}
}
