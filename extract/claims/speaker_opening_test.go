package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestParticipleOpening checks that an opening participial phrase, commas
// of a place inside it included, is not the subject that speaks through a
// participle cue later in the sentence.
func TestParticipleOpening(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a place inside the opening phrase",
			text: "Speaking at a town hall event in Salem, New Hampshire, Dana Pell went after her rival, calling him a total stiff.",
			ents: []ent{{document.Person, "Dana Pell", nil}},
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "him a total stiff"}},
	})
}
