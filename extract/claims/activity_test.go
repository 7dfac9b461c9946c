package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestActivity checks that a verb of the activity-verb lemmas is a cue only
// when a clause, a quotation or a noun for something said follows it.
func TestActivity(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct {
		text  string
		claim bool
	}{
		{"The senator proved adept at dodging questions from reporters.", false},
		{"The campaign avoided the subject during the long debate on Tuesday.", false},
		{"The primary race now moves to Western states this week.", false},
		{"The senator unveiled a plan to cut taxes for working families.", true},
		{"The senator maintained that the tax plan would help working families.", true},
	} {
		d := runOn(t, set, f, tc.text)
		got := false
		for _, c := range d.Claims {
			got = got || c.Kind == document.Reported || c.Kind == document.Commitment
		}
		if got != tc.claim {
			t.Errorf("%q: claim %v, want %v (%+v)", tc.text, got, tc.claim, d.Claims)
		}
	}
}
