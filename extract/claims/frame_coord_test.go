package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestCoordinatedSharedSubject checks that a coordinated speech verb takes
// the noun phrase opening the sentence as its speaker when an apposition
// sets that subject off from the first verb, or a clause stands between,
// and the name set off after a role that opens the sentence.
func TestCoordinatedSharedSubject(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "apposition",
			text: "Maria Holt, a former party chairman, became a delegate and said the wall would be finished by May.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
		{name: "clause between",
			text: "Holt recalled her years growing up near the harbour, and said the town had changed since the war.",
			want: want{kinds: k(r), claimant: "Holt", contains: "the town had changed"}},
		{name: "name after an opening role",
			text: "Her lawyer, Ana Ruiz, had served on the harbour board and said the closure was unlawful.",
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the closure was unlawful"}},
	})
}

// TestCoordinatedObject checks that a coordinated stance verb whose object
// is a noun phrase, not a clause, gives the object as the content, said by
// the subject of the first verb.
func TestCoordinatedObject(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Last year, Maria Holt changed course and decided to keep the harbour open.": "to keep the harbour open",
		"Maria Holt knocked the council on trade and called it a failure.":           "it a failure",
	})
}

// TestVerbSeries checks that each verb of a series joined by commas and a
// last "and" shares the subject, and the first verb's content ends at the
// comma.
func TestVerbSeries(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt defended the plan as a sound investment, mocked the harbour council and praised the workers.": "the harbour council",
	})
}

// TestCoordinatedVerbAfterTime checks that a second verb of the same
// subject after "but" or "and" and a time speaks as that subject.
func TestCoordinatedVerbAfterTime(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Ana Ruiz has been critical of the harbour plan but on Tuesday wrote that she agreed with the mayor.",
		"Ana Ruiz has been critical of the harbour plan but last week wrote that she agreed with the mayor.",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Ana Ruiz", nil})
		c := claimWith(d, document.Reported, "she agreed with the mayor")
		if c == nil || c.Claimant == nil || c.Claimant.Name != "Ana Ruiz" {
			t.Errorf("%q: no claim by Ana Ruiz: %+v", text, d.Claims)
		}
	}
}
