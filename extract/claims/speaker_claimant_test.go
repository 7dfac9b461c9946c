package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestClaimantHeadBeforePreposition checks that the name heading a speaker
// phrase speaks, not a name in a phrase after it, even when both are read
// as the same type; and that a title before a body is a role in it, while
// a title before a person is the person's own.
func TestClaimantHeadBeforePreposition(t *testing.T) {
	runClaimantCases(t, "The harbour board met on Monday. ", firstName, []claimantCase{
		{"a name of a body read as a person", "As Joel Pollak of Harbour Watch Daily observed, the port is losing money.", "Joel Pollak"},
		{"a role in a body", "“The port is losing money,” the former CEO of Acme Ports said.", "the former CEO of Acme Ports"},
		{"a person's title", "Secretary of State Ana Ruiz said the port is losing money.", "Ana Ruiz"},
	},
		ent{document.Person, "Joel Pollak", nil}, ent{document.Person, "Harbour Watch Daily", nil},
		ent{document.Org, "Acme Ports", nil}, ent{document.Person, "Ana Ruiz", nil})
}

// TestRelativeAfterAppositive checks that "who" after an appositive is the
// person the appositive names, not the body inside it, and "which" the
// organization it names, and that a clause with a verb group before the
// relative's phrase is no appositive.
func TestRelativeAfterAppositive(t *testing.T) {
	runClaimantCases(t, "The harbour board met on Monday. ", lastName, []claimantCase{
		{"a role in a body", "“The port is losing money,” said Ana Ruiz, head of the harbour union, who called for a strike vote.", "Ana Ruiz"},
		{"no comma before who", "The harbour board met Ana Ruiz, a former pilot who writes fiction on the side.", "Ana Ruiz"},
		{"a name and its verb are no appositive", "In an interview on Monday, Ana Ruiz said any candidate who wants the seat must campaign.", "any candidate"},
		{"a clause is no appositive", "For Ana Ruiz, the pilots can report the ships to harbour staff members around the world, who review the cargo.", "harbour staff members around the world"},
		{"which after an organization", "The suit was brought by Holt Harbour, a local charity, which argued that the toll was unlawful.", "Holt Harbour"},
	}, ent{document.Person, "Ana Ruiz", nil}, ent{document.Org, "Holt Harbour", nil})
}

// TestTimeAfterName checks that an adverb and a bare time between a name
// and its cue do not hide the name: "Ruiz later Thursday told".
func TestTimeAfterName(t *testing.T) {
	runClaimantCases(t, "The harbour board met on Monday. ", firstName, []claimantCase{
		{"an adverb and a day", "Ana Ruiz later Thursday told reporters that the port would close.", "Ana Ruiz"},
	}, ent{document.Person, "Ana Ruiz", nil})
}

// TestNameInAppositiveBeforePreposition checks that a person's name that
// opens an appositive after a role speaks, with a phrase on it ("One
// pilot, Ana Ruiz of the harbour board, said"), while a party with a place
// does not ("Republican of Maine").
func TestNameInAppositiveBeforePreposition(t *testing.T) {
	runClaimantCases(t, "The harbour board met on Monday. ", firstName, []claimantCase{
		{"a name and its body", "One pilot, Ana Ruiz of the harbour board, said the port would close.", "Ana Ruiz"},
		{"a party and its state", "Senator Ana Ruiz, Republican of Maine, said the port would close.", "Ana Ruiz"},
	}, ent{document.Person, "Ana Ruiz", nil})
}
