package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestTranscriptAnswers checks that an interview's answers go to the person
// the introduction is about, and that "I" inside them is that person too.
func TestTranscriptAnswers(t *testing.T) {
	q, r := document.Quote, document.Reported
	text := "Talking ports with Maria Lopez.\n\n" +
		"Maria Lopez has run the harbour board for ten years. Lopez spoke with reporter Tom Weir about the strike.\n\n" +
		"Q: What happens to the harbour now?\n\n" +
		"A: The harbour will be rebuilt with money from the state. I think the cranes will work again by spring.\n\n" +
		"Q: And the workers?\n\n" +
		"A: They will be paid for every week of the strike, and nobody loses a job."
	ents := []ent{{document.Person, "Maria Lopez", []string{"Lopez"}}, {document.Person, "Tom Weir", nil}}
	runClaimCases(t, []claimCase{
		{name: "an answer", text: text, ents: ents,
			want: want{kinds: k(q), claimant: "Maria Lopez", contains: "harbour will be rebuilt"}},
		{name: "the second answer", text: text, ents: ents,
			want: want{kinds: k(q), claimant: "Maria Lopez", contains: "nobody loses a job"}},
		{name: "I inside an answer", text: text, ents: ents,
			want: want{kinds: k(r), claimant: "Maria Lopez", contains: "the cranes will work again"}},
	})
}

// TestTranscriptUnderLabelledTitle checks that a title opening with a label
// of its own ("Q&A:") neither starts the transcript, so the answers still
// go to the person the introduction is about, nor speaks.
func TestTranscriptUnderLabelledTitle(t *testing.T) {
	text := "Q&A: The pilot who saw the harbour strike coming\n\n" +
		"Maria Lopez has run the harbour board for ten years. Lopez spoke with us about the strike.\n\n" +
		"Q: What happens to the harbour now?\n\n" +
		"A: The harbour will be rebuilt with money from the state.\n\n" +
		"Q: And the workers?\n\n" +
		"A: They will be paid for every week of the strike."
	ents := []ent{{document.Person, "Maria Lopez", []string{"Lopez"}}, {document.Org, "Q&A", nil}}
	runClaimCases(t, []claimCase{{name: "an answer", text: text, ents: ents,
		want: want{kinds: k(document.Quote), claimant: "Maria Lopez", contains: "harbour will be rebuilt"}}})
	set, f := testFinder(t)
	d := runOn(t, set, f, text, ents...)
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name == "Q&A" {
			t.Errorf("the title's label speaks: %q", c.Text)
		}
	}
}

// TestSelfPronounInQuote checks that a speaker who says "I" inside a
// transcript speaker's turn is that speaker, and stays "I" outside any quote.
func TestSelfPronounInQuote(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Ana Ruiz", nil}}
	runClaimCases(t, []claimCase{
		{name: "inside a quote", ents: ents,
			text: "RUIZ: The port is safe. I believe the losses will end this year.\n\nWEIR: Thank you.\n\nRUIZ: Thank you all for coming.",
			want: want{kinds: k(r), claimant: "RUIZ", contains: "the losses will end this year"}},
		{name: "outside a quote", ents: ents,
			text: "Ana Ruiz runs the port. I believe the losses will end this year.",
			want: want{kinds: k(r), claimant: "I", contains: "the losses will end this year"}},
	})
}

// TestContractedPronouns checks that a contracted pronoun speaks as its
// pronoun: "They’re saying" refers to the group before it.
func TestContractedPronouns(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Union members walked out of the port on Monday. They’re saying the strike will last a week.")
	if got := lastName(claimantNames(d)); got != "Union members" {
		t.Errorf("claimant %q, want Union members", got)
	}
}
