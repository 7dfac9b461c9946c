package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRebuttalSpeakerPastAuxiliaries checks that the auxiliaries and
// adverbs between a denial's speaker and its cue are no part of the
// speaker: "accusations that it has consistently denied" is denied by "it".
func TestRebuttalSpeakerPastAuxiliaries(t *testing.T) {
	runClaimantCases(t, "Huawei opened a lab in Banbury on Monday. ", lastName, []claimantCase{
		{"an auxiliary and an adverb", "The company hopes the lab will ease concerns that its equipment is used for spying, accusations that it has consistently denied.", "Huawei"},
	}, ent{document.Org, "Huawei", nil})
}
