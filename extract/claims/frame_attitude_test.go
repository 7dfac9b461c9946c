package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAttitude checks that an adjective of attitude after a copula, past
// adverbs, gives what follows its preposition, or the clause after it, as
// its subject's content, and that the same adjective without a copula or
// before a preposition of no attitude gives nothing.
func TestAttitude(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	wantClaimBy(t, set, f, document.Reported, "Maria Holt", map[string]string{
		"Maria Holt has been sharply critical of the harbour plan.":     "the harbour plan",
		"Maria Holt remains confident that the harbour wall will hold.": "the harbour wall will hold",
		"Maria Holt is confident the harbour wall will hold.":           "the harbour wall will hold",
		"Maria Holt has grown increasingly wary of the harbour plan.":   "the harbour plan",
		"Maria Holt had been a strong supporter of the harbour plan.":   "the harbour plan",
		"Maria Holt remains a longtime backer of the harbour plan.":     "the harbour plan",
	}, holt)
	wantNoClaimOf(t, set, f, document.Reported, []string{
		"The harbour wall is critical to the economy of the town.",
		"A confident Maria Holt opened the harbour on Monday.",
	}, holt)
}
