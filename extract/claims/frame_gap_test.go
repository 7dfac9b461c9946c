package claims

import "testing"

// TestRelativeGap checks that a cue inside a relative clause whose pronoun
// is the subject of the reported clause speaks for the clause from its verb
// group to the comma that closes it, while a clause of its own after the
// cue is read as ever.
func TestRelativeGap(t *testing.T) {
	runRuleCases(t, "attribution.speech", []ruleCase{
		{"The board closed the pool, which critics said was unfair to swimmers.", "was unfair to swimmers", "critics"},
		{"The attacks, which officials have said were planned abroad, shook the city.", "were planned abroad", "officials"},
		{"The board closed the pool, which critics said it would regret.", "it would regret", "critics"},
	})
}

// TestThatPastAside checks that a "that" clause after an aside set off by
// commas after the cue is the cue's content, the aside left out.
func TestThatPastAside(t *testing.T) {
	runRuleCases(t, "attribution.speech", []ruleCase{
		{"Holt said on Monday in Leeds, England, that the wall would hold.", "the wall would hold", "Holt"},
		{"Holt said on the radio, where she is a regular guest, that the wall would hold.", "the wall would hold", "Holt"},
	})
}
