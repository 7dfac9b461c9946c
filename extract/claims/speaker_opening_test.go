package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestParticipleOpening checks that an opening participial phrase, commas
// of a place inside it included, is not the subject that speaks through a
// participle cue later in the sentence.
func TestParticipleOpening(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a place inside the opening phrase",
			text: "Speaking at a town hall event in Salem, New Hampshire, Dana Pell went after her rival, calling him a total stiff.",
			ents: []ent{{document.Person, "Dana Pell", nil}},
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "him a total stiff"}},
	})
}

// TestParticipleSubjectPastOpenings checks that the subject speaking through
// a participle cue is read past a time lead, an adverb and a place set off by
// commas before it, past a coordinator and adverbs opening the sentence,
// and past a wire dateline.
func TestParticipleSubjectPastOpenings(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Dana Pell", nil}}
	runClaimCases(t, []claimCase{
		{name: "a time lead", ents: ents,
			text: "Hours later, Dana Pell returned to the hall, telling reporters that the port would stay open.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would stay open"}},
		{name: "a time lead and a place", ents: ents,
			text: "The day before, at a rally in Salem, Ore., Dana Pell was just as blunt, claiming that the port had lost money for years.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port had lost money"}},
		{name: "an adverb right before a pronoun subject", ents: ents,
			text: "Dana Pell took the stage. Then she broke with the board, pledging that the port would stay open.",
			want: want{kinds: k(document.Commitment), claimant: "Dana Pell", contains: "the port would stay open"}},
		{name: "a comma inside a quotation before the participle", ents: ents,
			text: "Dana Pell went on “Harbour Talk,” saying the port would stay open.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would stay open"}},
		{name: "appositives after the subject", ents: ents,
			text: "Dana Pell, 56, a former mayor, walked out of the hall, saying the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
		{name: "an adverb", ents: ents,
			text: "Instead, Dana Pell is sticking to her message, hoping to avoid any misstep before the vote.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "to avoid any misstep"}},
		{name: "a name and its appositive after an opening phrase", ents: ents,
			text: "During the campaign, Dana Pell, a former mayor, walked out of the hall, saying the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
		{name: "a wire dateline", ents: ents,
			text: "WASHINGTON (AP) — Dana Pell went on the attack, saying the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
		{name: "a coordinator and an adverb", ents: ents,
			text: "And then Dana Pell went on the attack, saying the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
	})
}

// TestSentenceSubjectPastOpenings checks that a participle after a
// preposition is the subject's past a short time lead.
func TestSentenceSubjectPastOpenings(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a time lead", "Hours later, Chris Murphy followed up by lamenting the churn of meaningless tasks.", "Chris Murphy"},
		{"a time lead of four words", "A few minutes later, Chris Murphy followed up by lamenting the churn of meaningless tasks.", "Chris Murphy"},
	}, ent{document.Person, "Chris Murphy", nil})
}

// TestOpeningParticipleCue checks that a participle cue opening the
// sentence speaks for the subject after its phrase, with the phrase's words
// up to its comma as the content, and that the subject is read only up to
// the main clause's verb.
func TestOpeningParticipleCue(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Dana Pell", []string{"Pell"}}}
	runClaimCases(t, []claimCase{
		{name: "a clause after the participle", ents: ents,
			text: "Noting that the port had lost money for years, Pell said she would close it.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port had lost money for years"}},
		{name: "a noun phrase after the participle", ents: ents,
			text: "Citing obligations at home, Dana Pell will skip the harbour meeting.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "obligations at home"}},
		{name: "one preposition before the participle", ents: ents,
			text: "Despite praising the harbour board, Pell said she would close the port.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the harbour board"}},
		{name: "a lead before the preposition", ents: ents,
			text: "Now, after arguing that the port had lost money, Pell is asking for a vote.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port had lost money"}},
	})
	set, f := testFinder(t)
	for _, text := range []string{
		"Citing obligations at home, Dana Pell said she would not attend.",
		// A name in apposition to the main cue's subject speaks for both cues.
		"Saying the dispute was “political theater,” a spokeswoman for the board, Dana Pell, said the port would stay open.",
	} {
		d := runOn(t, set, f, text, ents...)
		for _, c := range d.Claims {
			if c.Claimant != nil && c.Claimant.Name != "Dana Pell" {
				t.Errorf("claim %q by %q, want Dana Pell", c.Text, c.Claimant.Name)
			}
		}
	}
}

// TestCoordinatorOpensSentence checks that a coordinator opening the
// sentence is passed over to its subject, so that a coordinated subject is
// read whole: Ward speaks, not only "other digital security experts".
func TestCoordinatorOpensSentence(t *testing.T) {
	set, f := testFinder(t)
	ward := ent{document.Person, "Jim Ward", nil}
	text := "But Ward and other digital security experts acknowledge that the harbour wall would be safe."
	d := runOn(t, set, f, text, ward)
	c := claimWith(d, document.Reported, "the harbour wall would be safe")
	if c == nil || c.Claimant == nil || !strings.Contains(c.Claimant.Name, "Ward") {
		t.Errorf("%q: want a claim by Ward, got %+v", text, c)
	}
}

// TestPrepositionalOpening checks that a short prepositional phrase with no
// comma before a subject pronoun is read past, and that a title holding a
// capitalized pronoun is not.
func TestPrepositionalOpening(t *testing.T) {
	set, f := testFinder(t)
	wantReportedByHolt(t, map[string]string{
		"Maria Holt arrived late. By Sunday afternoon she had canceled the rally, citing the storm.": "the storm",
		"Maria Holt arrived late. In 2014 she wrote to the board, saying the port would close.":      "the port would close",
	})
	wantClaimBy(t, set, f, document.Quote, mariaHolt.name, map[string]string{
		`In Only the Way You Were, Maria Holt sings, "Nothing will change to please me."`: "Nothing will change to please me.",
	}, mariaHolt)
}

// TestParticipleAfterSubordinateClause checks that a participle after a
// subordinate clause speaks for that clause's subject when the main subject
// cannot hold a view.
func TestParticipleAfterSubordinateClause(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"The vote came after Maria Holt rallied the board, saying the port would close.":          "the port would close",
		"The uproar grows as Maria Holt is relying on the board, insisting the port would close.": "the port would close",
	})
}

// TestPrepositionOpening checks that a preposition less common than "in" or
// "after" opens an adjunct, not the subject, of a participle cue's clause.
func TestPrepositionOpening(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Dana Pell", nil}}
	runClaimCases(t, []claimCase{
		{name: "throughout", ents: ents,
			text: "Throughout the winter, Dana Pell toured the coast, warning that the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
		{name: "besides", ents: ents,
			text: "Besides the budget, Dana Pell spoke about the harbour, insisting that the port would stay open.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would stay open"}},
	})
}

// TestParticipleForms checks the participles of speech and stance verbs
// whose other forms the rules list ("wrote", "reminded", "refused") as cues
// after a comma, spoken by the sentence's subject.
func TestParticipleForms(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Dana Pell", nil}}
	runClaimCases(t, []claimCase{
		{name: "writing", ents: ents,
			text: "Dana Pell left the board, writing that the port would close.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port would close"}},
		{name: "refusing", ents: ents,
			text: "Dana Pell stayed on the board, refusing to back the new levy.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "to back the new levy"}},
		{name: "reminding", ents: ents,
			text: "Dana Pell spoke for an hour, reminding voters that the port had lost money.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the port had lost money"}},
	})
}

// TestBaseStances checks base forms of stance verbs after a plural
// subject: "voters favor", "critics doubt".
func TestBaseStances(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "favor after a plural subject",
			text: "Most harbour workers favor a shorter working week.",
			want: want{kinds: k(r), claimant: "Most harbour workers", contains: "a shorter working week"}},
		{name: "an infinitive of be",
			text: "Most harbour workers want to be heard before the vote.",
			want: want{kinds: k(document.Reported), claimant: "Most harbour workers", contains: "to be heard"}},
		{name: "a quantifier after an opening coordinator",
			text: "But few believe that the harbour will reopen this year.",
			want: want{kinds: k(document.Reported), claimant: "few", contains: "the harbour will reopen"}},
		{name: "doubt after a plural subject",
			text: "Some engineers doubt that the wall will hold.",
			want: want{kinds: k(r), claimant: "Some engineers", contains: "the wall will hold"}},
	})
}

// TestParticipleAfterNounCue checks that a noun cue before a participle
// does not hold it when it lies inside another frame's content or a name
// possesses it ("took a swipe at Holt's stance, saying" is the subject's),
// while a possessive pronoun stands for the subject.
func TestParticipleAfterNounCue(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, cue, claimant string }{
		{"Dana Pell defended the board's plan to close the port, telling reporters that it had lost money for years.", "telling", "Dana Pell"},
		{"Dana Pell took a swipe at Tom Holt's stance on the port, saying that his comments did more harm than good.", "saying", "Dana Pell"},
	} {
		d := runOn(t, set, f, tc.text, ent{document.Person, "Dana Pell", nil}, ent{document.Person, "Tom Holt", nil})
		if got, found := cueClaimant(d, tc.cue); !found || got != tc.claimant {
			t.Errorf("%q: %s held by %q (found %v), want %q", tc.text, tc.cue, got, found, tc.claimant)
		}
	}
}
