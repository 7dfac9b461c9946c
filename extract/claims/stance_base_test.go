package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestWantBaseForm checks that "want" after a plural subject is a stance
// cue, and that a relative clause whose object is the noun before it ("the
// plan they want") gives no claim.
func TestWantBaseForm(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "plural subject",
			text: "Voters want to limit immigration.",
			want: want{kinds: k(r), claimant: "Voters", contains: "to limit immigration"}},
		{name: "quantifier and phrase",
			text: "Most in Miami want to improve the law.",
			want: want{kinds: k(r), claimant: "Most in Miami", contains: "to improve the law"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "The plan they want is costly.")
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("got a reported claim %q", c.Text)
		}
	}
}
