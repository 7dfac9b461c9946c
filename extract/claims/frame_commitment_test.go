package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// A modal before "be" and no "-ing" form foretells a state: the words are
// reported, not a promise; an act after the modal is one.
func TestStateIsNoCommitment(t *testing.T) {
	set, f := testFinder(t)
	for text, want := range map[string]string{
		"She said it would be incredibly ugly.":               "reported",
		"The company said it would be launching a new phone.": "commitment",
		"The company said it would build a new plant.":        "commitment",
	} {
		d := runOn(t, set, f, text)
		if len(d.Claims) == 0 || d.Claims[0].Kind != want {
			t.Errorf("%q: claims %+v, want a %s first", text, d.Claims, want)
		}
	}
}

// A modal commitment needs an act: "will be" a state is none.
func TestModalStateIsNoCommitment(t *testing.T) {
	runRuleCases(t, "commitment.will", []ruleCase{
		{"Justice Kennedy will be 80 when the term begins.", "", ""},
		{"Kestrel Mining will probably close the smelter next year.", "", ""},
		{"Kestrel Mining will close the smelter next year.", "will close the smelter next year", "Kestrel Mining"},
	})
}

// "It" in the content commits a body that speaks, never a person: what a
// person says "it" will do is reported.
func TestItCommitsNoPerson(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	union := ent{document.Org, "Holt Campaign", nil}
	for text, want := range map[string]string{
		"Maria Holt said it would close the smelter next year.":        "reported",
		"He said it would close the smelter next year.":                "reported",
		"The company said it would close the smelter next year.":       "commitment",
		"The Holt Campaign said it would close the smelter next year.": "commitment",
	} {
		d := runOn(t, set, f, text, holt, union)
		if len(d.Claims) == 0 || d.Claims[0].Kind != want {
			t.Errorf("%q: claims %+v, want a %s first", text, d.Claims, want)
		}
	}
}

// A present-tense verb of commitment in -s after a name takes an object,
// and any form takes a clause without "that"; after a determiner or a
// quantifier the form in -s is a noun.
func TestPresentCommitment(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Holt", nil}
	wantClaimBy(t, set, f, document.Commitment, "Holt", map[string]string{
		"Holt promises a new harbour wall by the winter.": "a new harbour wall by the winter",
	}, holt)
	if d := runOn(t, set, f, "The candidates promise they will rebuild the harbour wall."); !hasClaimText(d, document.Commitment, "they will rebuild the harbour wall") {
		t.Errorf("no commitment of a clause without \"that\" in %+v", d.Claims)
	}
	wantNoClaimOf(t, set, f, document.Commitment, []string{
		"The promises a candidate makes are often broken.",
		"He broke many promises he made to the voters of the town.",
	}, holt)
}

// An infinitive after a verb of commitment may open with a quotation mark:
// the quoted words are the commitment's content, not a quote of their own.
func TestCommitmentToQuotedVerb(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Holt", nil}
	wantClaimBy(t, set, f, document.Commitment, "Holt", map[string]string{
		`Holt promised to "rebuild the harbour" before the winter.`: `"rebuild the harbour" before the winter`,
		`Holt vowed to “fight” the closure of the mill.`:            `“fight” the closure of the mill`,
	}, holt)
}

// TestThatClauseCommitsOnlyAfterPromise checks that a "that" clause after
// a verb of promise is a commitment, while after "agreed" it reports a view.
func TestThatClauseCommitsOnlyAfterPromise(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Holt", nil}
	wantClaimBy(t, set, f, document.Commitment, "Holt", map[string]string{
		"Holt vowed that the harbour wall would be rebuilt.": "the harbour wall would be rebuilt",
	}, holt)
	wantClaimBy(t, set, f, document.Reported, "Holt", map[string]string{
		"Holt agreed that the harbour wall was too low.": "the harbour wall was too low",
	}, holt)
}

// TestCommitmentOfCoordinatedVerb checks that a verb of commitment after
// "and" is a commitment of the first verb's subject.
func TestCommitmentOfCoordinatedVerb(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "after a frame",
			text: "The union called the cuts unfair and vowed to fight them in court.",
			want: want{kinds: k(document.Commitment), claimant: "The union", contains: "fight them in court"}},
		{name: "after a verb that frames nothing",
			text: "The union met on Monday and vowed to fight the cuts in court.",
			want: want{kinds: k(document.Commitment), claimant: "The union", contains: "fight the cuts in court"}},
	})
}

// TestAmountOpensClause checks that an amount after "reported" is the
// subject of the clause reported when a verb follows it, bound words ("at
// least") and all, and is itself what is reported when none does ("reported
// $2bn in revenue").
func TestAmountOpensClause(t *testing.T) {
	set, f := testFinder(t)
	text := "Police reported at least 20 people were hurt. The port reported $2bn in revenue."
	d := newDoc(set, text)
	at := strings.Index(text, "20 people")
	d.Values = []document.Value{{ID: "v1", Type: document.Quantity, Span: document.Span{Start: at, End: at + 9}, Text: "20 people", Bound: document.BoundAtLeast}}
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			got = append(got, c.Text)
		}
	}
	if len(got) != 2 || got[0] != "at least 20 people were hurt" || got[1] != "$2bn in revenue" {
		t.Errorf("reported claims %q, want the police's clause and the port's revenue", got)
	}
}

// TestNegatedCommitment checks that a verb of commitment before "not to"
// commits its subject, negation included.
func TestNegatedCommitment(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "promised not to",
			text: "The mayor promised not to raise the harbour levy.",
			want: want{kinds: k(document.Commitment), claimant: "The mayor", contains: "not to raise the harbour levy"}},
	})
}
