package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestBodyPronounIsTheReporter checks that "it" opening the content of a
// body's words is that body, named or not, rather than the organization
// named last; a person's words leave "it" to the organization.
func TestBodyPronounIsTheReporter(t *testing.T) {
	ents := []ent{{document.Org, "Harbour Board", nil}, {document.Org, "Quayside Holdings", nil}}
	lead := "The Harbour Board approved the plan. "
	cases := []struct{ name, text, claimant string }{
		{"a body no entity names", "The regional agency said it welcomed the decision.", "The regional agency"},
		{"a named body", "Quayside Holdings said it welcomed the decision.", "Quayside Holdings"},
		{"a person", "The mayor said it welcomed the decision.", "Harbour Board"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			if got, _ := cueClaimant(d, "welcomed"); got != tc.claimant {
				t.Errorf("claimant of welcomed: %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestRoleSubjectIsAntecedent checks that a role opening the sentence
// before a pronoun is its antecedent, ahead of a person named earlier, and
// stands for the person who holds that title when one does.
func TestRoleSubjectIsAntecedent(t *testing.T) {
	cases := []struct {
		name, text, claimant string
		ents                 []ent
	}{
		{"a role no one holds", "Eva Lind said the plan was wrong. The prime minister has not commented. She told the radio she would speak on Friday.",
			"The prime minister", []ent{{document.Person, "Eva Lind", []string{"Lind"}}}},
		{"a titled person", "Ana Ruiz, the senator, spoke first. Eva Lind said the plan was wrong. The senator has not commented. She told the radio she would speak on Friday.",
			"Ana Ruiz", []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Eva Lind", nil}}},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(set, tc.text)
			withEntities(d, tc.ents)
			for i := range d.Entities {
				if d.Entities[i].Name == "Ana Ruiz" {
					d.Entities[i].Titles = []string{"senator"}
				}
			}
			if err := f.Run(d); err != nil {
				t.Fatal(err)
			}
			if got, _ := cueClaimant(d, "told"); got != tc.claimant {
				t.Errorf("claimant of told: %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestCoordinatedVerbPastReducedRelative checks that a verb joined by "and"
// after an object with a participle on it ("the people killed on
// Thursday") shares the clause's subject, not the object's.
func TestCoordinatedVerbPastReducedRelative(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "PORTLAND, Maine (Reuters) - Mayor Ana Ruiz met survivors of a harbour fire and relatives of the 49 people killed on Thursday and said the board must act.",
		ent{document.Person, "Ana Ruiz", nil})
	if got, found := cueClaimant(d, "said"); !found || got != "Ana Ruiz" {
		t.Errorf("said held by %q (found %v), want Ana Ruiz", got, found)
	}
}

// TestTheyAfterCoordinatedSubject checks that "they" opening a sentence
// after one whose subject joins names by "and" is that group.
func TestTheyAfterCoordinatedSubject(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz and other harbour officials met on Sunday. They blasted what they called the board's failure to act.",
		ent{document.Person, "Ana Ruiz", nil})
	if got, found := cueClaimant(d, "blasted"); !found || got != "Ana Ruiz and other harbour officials" {
		t.Errorf("blasted held by %q (found %v), want the group", got, found)
	}
}

// TestPossessedProxySpeaksForPerson checks that "her spokesman" speaks for
// the person "her" refers to, not for the latest organization.
func TestPossessedProxySpeaksForPerson(t *testing.T) {
	ents := []ent{{document.Org, "Skyline Air", nil}, {document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	runClaimantCases(t, "Skyline Air pilots walked out on Monday. Transport Secretary Ana Ruiz urged both sides to talk. ", lastName, []claimantCase{
		{"a proxy of a person", "The government will not step in, her spokesman said.", "Ana Ruiz"},
	}, ents...)
}

// TestProxyAfterSpeakingBody checks that a proxy speaks for the body that
// made a claim just before it, not for a body named more often earlier.
func TestProxyAfterSpeakingBody(t *testing.T) {
	ents := []ent{{document.Org, "Harbour Workers Union", []string{"the union"}}, {document.Org, "Holt Shipping", nil}}
	lead := "The Harbour Workers Union called a strike. The Harbour Workers Union said pay had fallen. The Harbour Workers Union wants talks. " +
		"Holt Shipping said in a statement that the changes were needed. "
	runClaimantCases(t, lead, lastName, []claimantCase{
		{"a proxy after the body", "A spokesman said talks would continue.", "Holt Shipping"},
	}, ents...)
}

// TestSubjectAfterOpeningPlace checks that a place set off by commas in a
// sentence's opening phrase ("in Leeds, Yorkshire,") is not read as the
// sentence's subject, so "he" in the sentence is the subject after it
// rather than the speaker of the paragraph before.
func TestSubjectAfterOpeningPlace(t *testing.T) {
	ents := []ent{{document.Person, "John Ortiz", nil}, {document.Person, "Tom Holt", nil},
		{document.GPE, "Leeds", nil}, {document.GPE, "Yorkshire", nil}}
	text := "“The harbour plan is a disgrace,” Tom Holt said on Monday.\n\n" +
		"At a rally in Leeds, Yorkshire, on Thursday, John Ortiz named the ports he said had lost money."
	set, f := testFinder(t)
	d := runOn(t, set, f, text, ents...)
	c := claimWith(d, document.Reported, "had lost money")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "John Ortiz" {
		t.Errorf("\"he\" after the opening phrase is not its subject: %+v", c)
	}
}
