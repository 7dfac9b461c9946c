package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestWantBaseForm checks that "want" after a plural subject is a stance
// cue, and that a relative clause whose object is the noun before it ("the
// plan they want") gives no claim.
func TestWantBaseForm(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "plural subject",
			text: "Voters want to limit immigration.",
			want: want{kinds: k(r), claimant: "Voters", contains: "to limit immigration"}},
		{name: "quantifier and phrase",
			text: "Most in Miami want to improve the law.",
			want: want{kinds: k(r), claimant: "Most in Miami", contains: "to improve the law"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "The plan they want is costly.")
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("got a reported claim %q", c.Text)
		}
	}
}

// TestIrregularBaseForms checks the base forms of irregular stance verbs
// ("see", "know") after a subject, and that after a modal or "to" they
// foretell an experience and give no claim.
func TestIrregularBaseForms(t *testing.T) {
	runRuleCases(t, "attribution.stance-base", []ruleCase{
		{"Millennials see police violence as a problem.", "police violence as a problem", "Millennials"},
		{"Reporters know they are being spun.", "they are being spun", "Reporters"},
		{"Customers will see their bills rise by 12 percent.", "", ""},
		{"The fans filled the arena to see the band.", "", ""},
		{"Aware of how voters see her, the senator said that it failed.", "", ""},
	})
}

// TestNounBaseForms checks the base forms that are also nouns ("view",
// "call", "feel", "question") after a plural subject, and that as nouns they give no claim.
func TestNounBaseForms(t *testing.T) {
	runRuleCases(t, "attribution.stance-base", []ruleCase{
		{"Many retirees view the new pension plan with suspicion.", "the new pension plan with suspicion", "Many retirees"},
		{"Critics call the harbour levy a tax on fishermen.", "the harbour levy a tax on fishermen", "Critics"},
		{"Most anglers feel the harbour levy is unfair.", "the harbour levy is unfair", "Most anglers"},
		{"Several trustees question whether the levy is legal.", "whether the levy is legal", "Several trustees"},
		{"The fishermen raised a question about the levy.", "", ""},
		{"The view from the harbour wall is worth the climb.", "", ""},
		{"The mayor took a call from the minister.", "", ""},
	})
}

// TestSupportBaseForm checks that "support" after a subject reports a stance
// and that the reader addressed as "you" holds none.
func TestSupportBaseForm(t *testing.T) {
	runRuleCases(t, "attribution.stance-verbs", []ruleCase{
		{"Most Republicans support the replacement bill.", "the replacement bill", "Republicans"},
		{"Do you support Donald Trump?", "", ""},
	})
}
