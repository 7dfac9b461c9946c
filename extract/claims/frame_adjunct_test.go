package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAdjunctBeforeClause checks that a bare clause after the adjuncts of a
// cue is its content, and that a clause whose object is a noun before it
// (a relative clause without a pronoun) is not.
func TestAdjunctBeforeClause(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "statement and time",
			text: "United Gun Group said in a statement Thursday night they pulled the listing from the site.",
			ents: []ent{{document.Org, "United Gun Group", nil}},
			want: want{kinds: k(r), claimant: "United Gun Group", contains: "they pulled the listing"}},
		{name: "clause first",
			text: "The economists think this meeting is too little too late.",
			want: want{kinds: k(r), claimant: "The economists", contains: "this meeting is too little"}},
	})
}

// TestAdjunctGappedClause checks that a clause missing its object after an
// adjunct gives no claim.
func TestAdjunctGappedClause(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Will Estrada said of the encounter he had last week with Trump at a rally.",
		ent{document.Person, "Will Estrada", nil})
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("got a reported claim %q", c.Text)
		}
	}
}
