package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPluralSubjectBeforePhrase checks that a base-form cue after a plural
// subject and its prepositional phrases is a verb whose speaker is the
// whole subject, while a plural that names no people or bodies licenses no
// base form.
func TestPluralSubjectBeforePhrase(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "two phrases",
			text: "Many officials on and off the island believe meaningful debt relief is possible only in bankruptcy.",
			want: want{kinds: k(r), claimant: "Many officials on and off the island", contains: "meaningful debt relief"}},
		{name: "name in the phrase",
			text: "His critics in the United States argue that the pope pursues a leftist agenda.",
			want: want{kinds: k(r), claimant: "His critics in the United States", contains: "the pope pursues"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "The extremes of failure and success point to a nationwide upheaval in the sport.")
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("got a reported claim %q", c.Text)
		}
	}
}

// TestPluralSubjectStopsAtAClause checks that a base form after a subject
// pronoun does not reach back over the verb before the pronoun to a plural
// noun in the clause of that verb.
func TestPluralSubjectStopsAtAClause(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Many residents in a recent poll said they believe the port is unsafe.")
	for _, c := range d.Claims {
		if c.Cue == "believe" && c.Claimant != nil && strings.Contains(c.Claimant.Name, "said") {
			t.Errorf("the claimant of %q runs over the verb before it: %q", c.Text, c.Claimant.Name)
		}
	}
}
