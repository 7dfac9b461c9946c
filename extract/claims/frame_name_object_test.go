package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNameObjectContent checks that a stance verb whose object is one name
// closing the sentence gives that name as the content, and that a speech
// verb with a name after it (a listener, not a stance) does not.
func TestNameObjectContent(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Holt", nil}
	union := ent{document.Org, "Unite", nil}
	for _, text := range []string{
		"Most of the dock workers support Holt.",
		"The Unite union endorsed Holt.",
	} {
		d := runOn(t, set, f, text, holt, union)
		if !hasClaimText(d, document.Reported, "Holt") {
			t.Errorf("%q: no reported claim %q in %+v", text, "Holt", d.Claims)
		}
	}
	text := "The dock workers asked Holt."
	if d := runOn(t, set, f, text, holt); hasClaimText(d, document.Reported, "Holt") {
		t.Errorf("%q: the listener is taken for the content", text)
	}
}
