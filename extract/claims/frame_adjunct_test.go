package claims

import (
	"strings"
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

// TestAdjunctOpensContent checks that an adverbial set off by a comma after
// a cue opens the content's clause when a subject and a verb follow it, and
// that in a sentence opened by a subordinate clause, the clause after its
// comma is the main clause, not the content of a cue inside it.
func TestAdjunctOpensContent(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a prepositional phrase before the clause",
			text: "The minister said after the vote, the government would table a new offer.",
			want: want{kinds: k(r), claimant: "The minister", contains: "the government would table"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "While the mayor hinted at what the plans might include, the governor is not having any of it.")
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "the governor is not having") {
			t.Errorf("the main clause %q was read as the content of a cue in the opening clause", c.Text)
		}
	}
}

// TestCopularClauseAfterCue checks that a bare clause ending on a copula and
// its complement is content (a form of "be" misses no object), that an
// adverb on the subject's first word opens it, and that a clause whose verb
// misses its object still gives none.
func TestCopularClauseAfterCue(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "degree adverb before the subject",
			text: "Maria Holt says too many harbour workers are tired.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "too many harbour workers are tired"}},
		{name: "passive closing the clause",
			text: "Maria Holt said the harbour wall was finished.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the harbour wall was finished"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "Maria Holt said of the wall she built.", ent{document.Person, "Maria Holt", nil})
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "she built") && c.Kind == r {
			t.Errorf("a clause missing its object gave the reported claim %q", c.Text)
		}
	}
}

// TestNamedObjectContent checks that a one-word name is the content of a
// stance on it: "who has endorsed Ruiz" claims "Ruiz".
func TestNamedObjectContent(t *testing.T) {
	set, f := testFinder(t)
	wantClaimBy(t, set, f, document.Reported, "Maria Holt",
		map[string]string{"Ana Ruiz won the vote. Maria Holt, who has endorsed Ruiz, said the vote was fair.": "Ruiz"},
		mariaHolt, ent{document.Person, "Ana Ruiz", []string{"Ruiz"}})
}

// TestContentInOpeningAdjunctEndsAtItsComma checks that the content of a
// frame inside an adjunct opening the sentence ends at the comma that
// closes the adjunct when a main clause follows, and that a frame after
// the adjunct keeps a comma inside its own content.
func TestContentInOpeningAdjunctEndsAtItsComma(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "When Tom Holt criticized the harbour plan, the mayor left the room.", ent{document.Person, "Tom Holt", nil})
	if c := claimWith(d, document.Reported, "the harbour plan"); c == nil {
		t.Errorf("the adjunct's content runs on: %+v", d.Claims)
	}
	d = runOn(t, set, f, "On the radio, Ana Ruiz said that by refusing to say the words, the council was hiding the truth.", ent{document.Person, "Ana Ruiz", nil})
	found := false
	for _, c := range d.Claims {
		found = found || c.Cue == "said" && strings.Contains(c.Text, "the council was hiding the truth")
	}
	if !found {
		t.Errorf("the content after the adjunct lost its main clause: %+v", d.Claims)
	}
}
