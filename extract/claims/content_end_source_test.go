package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestContentEndsBeforeSource checks that a claim whose source an
// "according to" phrase names after it takes that source as its via and
// ends before the phrase, also when the claim is a commitment or closes on a
// quotation.
func TestContentEndsBeforeSource(t *testing.T) {
	set, f := testFinder(t)
	for text, keep := range map[string]string{
		"Tom Reyes will close the harbour in May, according to Maria Holt.":                      "close the harbour in May",
		"Tom Reyes called the levy a “tax on fishermen,” according to an account by Maria Holt.": "“tax on fishermen,”",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil}, ent{document.Person, "Tom Reyes", nil})
		checkWant(t, d, want{kinds: k(document.Reported, document.Commitment), via: "Maria Holt", contains: keep})
		if i := claimHolding(d.Claims, "according to"); i >= 0 {
			t.Errorf("the source phrase is inside the claim %q", d.Claims[i].Text)
		}
		if i := claimHolding(d.Claims, keep); i < 0 || !strings.HasSuffix(d.Claims[i].Text, keep) {
			t.Errorf("no claim ends with %q: %+v", keep, d.Claims)
		}
	}
}
