package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestParticleVerb checks that a cue followed by a particle that changes
// its sense gives no claim, while the cue without it, or a particle before
// "to" and an amount, still does.
func TestParticleVerb(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		text string
		want bool
	}{
		{"The company called off a merger after the rules changed.", false},
		{"Smith was not backing down from the controversial proposal.", false},
		{"Smith called the merger a disaster for workers.", true},
		{"Smith expected up to 250 people at the rally.", true},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text, ent{document.Person, "Smith", nil})
		got := false
		for _, c := range d.Claims {
			got = got || c.Kind == document.Reported
		}
		if got != tc.want {
			t.Errorf("%q: reported claim %v, want %v (%+v)", tc.text, got, tc.want, d.Claims)
		}
	}
}
