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

// TestNamedPartnerJoinsSpeaker checks that a phrase opened by a determiner
// and joined by "and" to a name before it is read with the name.
func TestNamedPartnerJoinsSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a name and a possessed group",
			text: "Ana Ruiz and her advisers argue that the tunnel will cost too much.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the tunnel will cost too much"}},
		{name: "an object before the coordination",
			text: "The mayor sided with Zorbland and a group of farmers who feared the tunnel would flood.",
			want: want{kinds: k(r), claimant: "a group of farmers", contains: "the tunnel would flood"}},
	})
}

// TestOpeningPrepositionParticiple checks that a participle cue after a
// compound preposition opening the sentence is spoken by the subject after
// the comma, not by the noun inside the preposition.
func TestOpeningPrepositionParticiple(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "in addition to",
			text: "In addition to stating that the levy was unfair, Ana Ruiz has vowed to repeal it.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the levy was unfair"}},
	})
}
