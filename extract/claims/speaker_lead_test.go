package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPredicateLeadIsNoSpeaker checks that an adjective or verb form before
// an infinitive cue, or a focus adverb before the cue, is walked past to the
// subject rather than read as the speaker.
func TestPredicateLeadIsNoSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "adjective before an infinitive",
			text: "Local farmers were eager to argue that the new dam had ruined the river.",
			want: want{kinds: k(r), claimant: "Local farmers", contains: "the new dam had ruined"}},
		{name: "gerund before an infinitive",
			text: "The inspectors are trying to determine whether the bridge was safe.",
			want: want{kinds: k(r), claimant: "The inspectors", contains: "whether the bridge was safe"}},
		{name: "focus adverb after a modal",
			text: "Ana Ruiz, the mayor, would only say that the budget was under review.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the budget was under review"}},
		{name: "degree word before an adjective",
			text: "Younger voters were more likely to say that the economy was improving.",
			want: want{kinds: k(r), claimant: "Younger voters", contains: "the economy was improving"}},
	})
}
