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
