package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestComplementFrame checks evidence verbs read as "subject, verb group,
// complement": a subject noun phrase speaks the clause or noun phrase after
// the verb, and a verb used as a noun or with no complement gives nothing.
func TestComplementFrame(t *testing.T) {
	set, f := testFinder(t)
	r := document.Reported
	cases := []struct {
		text string
		want []want
		none []string
	}{
		{text: "A new poll of likely voters shows Trump far ahead of his rivals in the state.",
			want: []want{{kinds: k(r), claimant: "A new poll of likely voters", contains: "Trump far ahead of his rivals"}}},
		{text: "The study found that wages rose faster in the cities last year.",
			want: []want{{kinds: k(r), claimant: "The study", contains: "wages rose faster"}}},
		{text: "Federal records show the senator has donated to both parties since 2010.",
			want: []want{{kinds: k(r), claimant: "Federal records", contains: "the senator has donated"}}},
		{text: "Intelligence officials, in a briefing for senators on Tuesday, argued data manipulation is a disturbing possibility.",
			want: []want{{kinds: k(r), claimant: "Intelligence officials", contains: "data manipulation is a disturbing"}}},
		{text: "Her father, a retired teacher from the town, worried that too many voters limit the news they read.",
			want: []want{{kinds: k(r), claimant: "Her father", contains: "too many voters limit"}}},
		{text: "At the heart of the trouble, according to the envoy, was a dispute over the borders.",
			want: []want{{kinds: k(r), claimant: "the envoy", contains: "was a dispute over the borders"}}},
		{text: "The company hired a new chief executive and said its sales had doubled in the spring.",
			want: []want{{kinds: k(r), claimant: "The company", contains: "its sales had doubled"}}},
		{text: "More than half of those surveyed said the economy was their top issue.",
			want: []want{{kinds: k(r), contains: "the economy was their top issue"}}},
		{text: "The firm has found it increasingly difficult to sell its equipment abroad.", none: []string{"difficult"}},
		{text: "The governor found himself in an awkward position on the issue.", none: []string{"awkward position"}},
		{text: "His worst showing in the survey came in the autumn of that year.", none: []string{"the survey"}},
		{text: "The senator is increasingly showing up on television in swing states.", none: []string{"television"}},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text)
		for _, w := range tc.want {
			checkWant(t, d, w)
		}
		for _, n := range tc.none {
			for _, c := range d.Claims {
				if c.Kind == r && strings.Contains(c.Text, n) {
					t.Errorf("%s: unexpected claim %q by rule %s", tc.text, c.Text, c.Rule)
				}
			}
		}
	}
}

// TestCoordinatedVerbSubject checks that a cue joined by "and" or "but" to
// an earlier verb that opened no frame takes the sentence's subject as its
// speaker.
func TestCoordinatedVerbSubject(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "and",
			text: "Maria Holt visited the harbour on Monday and said the wall would be finished by May.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
		{name: "but",
			text: "She cut the budget to $4,000 in two years, but said the board would not approve more cuts.",
			want: want{kinds: k(r), claimant: "She", contains: "the board would not approve"}},
	})
}

// TestHeadlineVerbGroup checks that a title-case headline's verbs are read
// as verbs, not names, so that an evidence cue in it frames its content.
func TestHeadlineVerbGroup(t *testing.T) {
	set, f := testFinder(t)
	text := "New Polls Show Double-Digit Gaps in Harbour Contest\n\nThe vote was close on Tuesday in the town."
	d := runOn(t, set, f, text)
	if !hasClaimText(d, document.Reported, "Double-Digit Gaps in Harbour Contest") {
		t.Errorf("no claim of the headline's finding in %+v", d.Claims)
	}
}
