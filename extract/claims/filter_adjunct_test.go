package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAdjunctBeforeFrame checks that a phrase of time or place opening the
// sentence before a frame whose words follow its cue is no claim, while a
// clause before the frame, or a frame set off inside a clause, keeps it
// (a condition with the main clause after the frame, as one claim).
func TestAdjunctBeforeFrame(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		text, adjunct string
		want          bool
	}{
		{"At a rally for the senator at the state fair yesterday, Smith said, \"We were driving in and he was laughing.\"", "At a rally for the senator at the state fair yesterday", false},
		{"Since then, Germany has responded by helping to build a rapid response force in Eastern Europe.", "Since then", false},
		{"If the plan passes, Smith said, most families would pay less.", "If the plan passes", true},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text, ent{document.Person, "Smith", nil})
		got := false
		for _, c := range d.Claims {
			got = got || strings.HasPrefix(c.Text, tc.adjunct) && c.Kind == document.Reported
		}
		if got != tc.want {
			t.Errorf("%q: claim %q given %v, want %v", tc.text, tc.adjunct, got, tc.want)
		}
	}
}
