package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRatioSpeaker checks that a share of the people polled ("one in
// three") speaks, with the degree before it ("About 4 in 10").
func TestRatioSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "ratio",
			text: "One in three said the party does not care about the community.",
			want: want{kinds: k(r), claimant: "One in three", contains: "the party does not care"}},
		{name: "numeric ratio",
			text: "About 4 in 10 say they want the next president to have more liberal policies.",
			want: want{kinds: k(r), claimant: "About 4 in 10", contains: "they want the next president"}},
	})
}
