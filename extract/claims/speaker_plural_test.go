package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestGroupPronounSpeaker checks that "they" as a speaker refers to the
// latest group that spoke, and not to one person.
func TestGroupPronounSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "the group that spoke before",
			text: "Several senators said the bill was dead. They said the vote would fail next week.",
			want: want{kinds: k(r, r), claimant: "Several senators", contains: "the vote would fail"}},
		{name: "one person is no group",
			text: "Senator Ana Ruiz said the bill was dead. They said the vote would fail next week.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r, r), claimant: "They", contains: "the vote would fail"}},
		{name: "a time is no group",
			text: "Over the last couple of weeks the mood changed. They said the vote would fail next week.",
			want: want{kinds: k(r), claimant: "They", contains: "the vote would fail"}},
	})
}
