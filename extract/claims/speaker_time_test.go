package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestTimeIsNoClaimant checks that a time phrase before a cue gives way to
// the noun phrase it follows, or to no claimant.
func TestTimeIsNoClaimant(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a participle and its time",
			text: "A council report published Friday said the bridge would close for repairs in the spring.",
			want: want{kinds: k(r), claimant: "A council report published Friday", contains: "the bridge would close"}},
		{name: "a name, a preposition and a time",
			text: "Mayor Elena Brandt on Thursday morning said the bridge would close for repairs.",
			ents: []ent{{document.Person, "Elena Brandt", nil}},
			want: want{kinds: k(r), claimant: "Elena Brandt", contains: "the bridge would close"}},
		{name: "a surname that is also a calendar word",
			text: "Ruth Day said the bridge would close for repairs in the spring. Day said the council had known for a year.",
			want: want{kinds: k(r), claimant: "Day", contains: "the council had known"}},
		{name: "a counted duration after its noun phrase",
			text: "Many residents in Leeds over the past two weeks said the bridge was unsafe.",
			ents: []ent{{document.GPE, "Leeds", nil}},
			want: want{kinds: k(r), claimant: "Many residents in Leeds", contains: "the bridge was unsafe"}},
		{name: "a capitalized head, its place and a counted duration",
			text: "Officials in Leeds over the past two weeks have said the bridge was unsafe.",
			ents: []ent{{document.GPE, "Leeds", nil}},
			want: want{kinds: k(r), claimant: "Officials in Leeds", contains: "the bridge was unsafe"}},
		{name: "a year after a preposition",
			text: "An analysis of council votes since 1998 showed the bridge was unsafe.",
			want: want{kinds: k(r), claimant: "An analysis of council votes", contains: "the bridge was unsafe"}},
		{name: "a counted duration and nothing before it",
			text: "Over the last 10 days has said the bridge was unsafe.",
			want: want{kinds: k(r), claimant: "", contains: "the bridge was unsafe"}},
	})
}
