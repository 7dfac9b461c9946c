package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRoleBeforeName checks that a speaker after an inverted cue keeps the
// person named after lower-case role words, and that a cue verb or a verb
// form between two names ends the phrase at the first.
func TestRoleBeforeName(t *testing.T) {
	q, r := document.Quote, document.Reported
	runClaimCases(t, []claimCase{
		{name: "role words alone",
			text: `"The harbour will stay open all winter," said former port executive Lena Marsh.`,
			ents: []ent{{document.Person, "Lena Marsh", nil}},
			want: want{kinds: k(q), claimant: "Lena Marsh", contains: "harbour will stay open"}},
		{name: "place and role words",
			text: `"The harbour will stay open all winter," said Oslo harbour spokesman Per Lund.`,
			ents: []ent{{document.GPE, "Oslo", nil}, {document.Person, "Per Lund", nil}},
			want: want{kinds: k(q), claimant: "Per Lund", contains: "harbour will stay open"}},
		{name: "party tag after the name",
			text: `"The harbour will stay open all winter," said Sen. Ann Cole (D-Maine), who chairs the panel.`,
			ents: []ent{{document.Person, "Ann Cole", nil}},
			want: want{kinds: k(q), claimant: "Ann Cole", contains: "harbour will stay open"}},
		{name: "a cue verb between two names",
			text: "Maria Holt said Peter Lund was wrong about the harbour.",
			ents: []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Peter Lund", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "Peter Lund was wrong"}},
		{name: "an irregular verb between two names",
			text: "Maria Holt met Peter Lund on Friday, saying the harbour would stay open.",
			ents: []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Peter Lund", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the harbour would stay open"}},
	})
}

// TestDashAside checks that an aside set off by dashes between a subject
// and its cue leaves the subject the speaker.
func TestDashAside(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "relative clause",
			text: "Maria Holt - who has led the port board since 2010 - said on Monday that the wall would be finished by May.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
		{name: "appositive",
			text: "Maria Holt — the port board chair — said on Monday that the wall would be finished by May.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
	})
}

// TestRoledNameAppositive checks that a person named after a role in an
// appositive is the speaker, and that a name after a verb or a preposition
// in the appositive is not.
func TestRoledNameAppositive(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a role and a name",
			text: "But one prominent conservative, syndicated radio host Dana Pell, says the plan is wrong.",
			ents: []ent{{document.Person, "Dana Pell", nil}},
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the plan is wrong"}},
		{name: "a name after a participle",
			text: "The aides, led by campaign manager Dana Pell, said the plan was wrong.",
			ents: []ent{{document.Person, "Dana Pell", nil}},
			want: want{kinds: k(r), claimant: "The aides", contains: "the plan was wrong"}},
	})
}

// TestNameModifiesSpeakerNoun checks that a person's name before a speaker
// noun modifies it: the aides speak, not the person, before the cue and
// after an inverted one.
func TestNameModifiesSpeakerNoun(t *testing.T) {
	r, q := document.Reported, document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	runClaimCases(t, []claimCase{
		{name: "before the cue",
			text: "Ana Ruiz spoke in Valencia on Monday. Ruiz aides said the campaign would not give up the state.",
			ents: ents, want: want{kinds: k(r), claimant: "Ruiz aides", contains: "would not give up"}},
		{name: "after an inverted cue",
			text: "Ana Ruiz spoke in Valencia on Monday.\n\n\"We will not give up on this state before the vote,\" said Ruiz campaign officials.",
			ents: ents, want: want{kinds: k(q), claimant: "Ruiz campaign officials", contains: "We will not give up"}},
	})
}

// TestPossessedPeopleSpeak checks that a person's own people, named with a
// possessive, speak for themselves, while a proxy or a body the person
// leads speaks for the person.
func TestPossessedPeopleSpeak(t *testing.T) {
	runClaimantCases(t, "Ana Ruiz spoke in Valencia on Monday. Later, ", lastName, []claimantCase{
		{"people", "Ana Ruiz's lawyers said the ruling would be appealed.", "Ana Ruiz's lawyers"},
		{"a proxy", "Ana Ruiz's spokeswoman said the ruling would be appealed.", "Ana Ruiz"},
		{"a body", "Ana Ruiz's government said the ruling would be appealed.", "Ana Ruiz"},
	}, ent{document.Person, "Ana Ruiz", nil})
}

// TestPostModifiedSpeaker checks that a speaker, after an inverted cue or
// before the cue, keeps the phrase of a preposition that modifies its head
// ("a longtime adviser to Ana Ruiz") and is not claimed by the name inside
// it, while a time or a message after the head is no part of it, and a
// name is whole.
func TestPostModifiedSpeaker(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}, {document.Org, "Harbour Report", nil}, {document.Person, "Stu Rothenberg", nil}}
	cases := []struct{ name, text, claimant string }{
		{"a role and a person", "“The port will close,” said a longtime adviser to Ana Ruiz.", "a longtime adviser to Ana Ruiz"},
		{"an adjective and a person", "“The port will close,” said a person close to Ana Ruiz.", "a person close to Ana Ruiz"},
		{"a share of a group", "The port will close, said a handful of Democrats.", "a handful of Democrats"},
		{"a time", "The port will close, said a spokesman on Monday.", "a spokesman"},
		{"a message", "The port will close, said a spokesman in a statement.", "a spokesman"},
		{"a name in apposition", "The port will close, said a former spokesman for the harbour board, Ana Ruiz.", "Ana Ruiz"},
		{"a name is whole", "“The port will close,” says Stu Rothenberg of the Harbour Report.", "Stu Rothenberg"},
		{"before the cue", "A longtime adviser to Ana Ruiz said the port would close.", "A longtime adviser to Ana Ruiz"},
		{"a partitive before the cue", "After the vote, most of them said the port would close.", "most of them"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			if got := claimantNames(d); len(got) != 1 || got[0] != tc.claimant {
				t.Errorf("claimants %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestInvertedCueBeforeClause checks that a noun phrase after a cue that
// a verb group follows is the subject of the content, not an inverted
// speaker: "..., Ana Ruiz, said the council should wait".
func TestInvertedCueBeforeClause(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a modal after the phrase", "The head of the harbour board, Ana Ruiz, said the United States should wait.", "Ana Ruiz"},
		{"an inverted speaker", "The harbour will stay open, said the head of the board.", "the head of the board"},
	}, ent{document.Person, "Ana Ruiz", nil}, ent{document.GPE, "United States", nil})
}
