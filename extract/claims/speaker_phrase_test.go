package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestContractedSubject checks that a subject pronoun written with its
// auxiliary ("She's said", "He'd argued", curly or straight) is the speaker
// of the cue after it, resolved like the pronoun alone.
func TestContractedSubject(t *testing.T) {
	lead := "Maria Holt chairs the harbour board.\n\n"
	runClaimantCases(t, lead, lastName, []claimantCase{
		{"straight", "She's said the harbour wall will be rebuilt by the winter.", "Maria Holt"},
		{"curly", "She’s said the harbour wall will be rebuilt by the winter.", "Maria Holt"},
		{"would", "She'd argued the harbour wall would be rebuilt by the winter.", "Maria Holt"},
	}, ent{document.Person, "Maria Holt", nil})
}
