package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRoleWithCapitalizedModifier checks a role run before a name that holds
// a place or body in capitals: the name after the role speaks.
func TestRoleWithCapitalizedModifier(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "a place inside the role",
			text: "Officials met on Monday.\n\n\"There has been a lot of talk about the harbour for years,\" said former Vermont governor Ana Ruiz, a port official.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}, {document.GPE, "Vermont", nil}},
			want: want{kinds: k(q), claimant: "Ana Ruiz", contains: "a lot of talk about the harbour"}},
	})
}
