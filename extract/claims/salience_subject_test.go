package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPossessiveAfterOpeningCoordinator checks that a sentence opening with
// "And" or "But" still has its subject as the most salient antecedent of a
// pronoun after it.
func TestPossessiveAfterOpeningCoordinator(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "and before the subject",
			text: "Omar Lind is expected to join the campaign soon.\n\nAnd Peter Sand is lending his support to candidates whose chances are slim.",
			ents: []ent{{document.Person, "Omar Lind", nil}, {document.Person, "Peter Sand", nil}},
			want: want{kinds: k(r), claimant: "Peter Sand", contains: "to candidates whose chances"}},
	})
}

// TestPronounSkipsMentionOfOtherGender checks that a mention whose own title
// tells another gender than the pronoun's is no antecedent, even when the
// entity it was linked to fits.
func TestPronounSkipsMentionOfOtherGender(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "a female title on a male entity's mention",
			text: "Mr. Lind greeted the guests.\n\n''It felt like we had patched it up,'' Mr. Rogan said. But Mrs. Lind was not as friendly. ''There was some iciness there and a bit of a grimace,'' he said.",
			ents: []ent{{document.Person, "James Rogan", []string{"Rogan"}}, {document.Person, "Omar Lind", []string{"Lind"}}},
			want: want{kinds: k(q), claimant: "James Rogan", contains: "some iciness there"}},
	})
}
