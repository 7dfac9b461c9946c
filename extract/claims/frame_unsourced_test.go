package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestUnsourcedPastAdjunct checks that the clause of an unsourced cue
// starts at its subject, past a phrase of time or place that opens the
// sentence, and keeps a clause or a list before the cue.
func TestUnsourcedPastAdjunct(t *testing.T) {
	runRuleCases(t, "attribution.unsourced", []ruleCase{
		{"In some cases, the companies have been criticized for keeping the pages online.", "the companies have been criticized for keeping the pages online", ""},
		{"At this moment, the senator is seen as the strongest candidate in the field.", "the senator is seen as the strongest candidate in the field", ""},
		{"When the vote was held, the delegates reportedly walked out of the hall.", "When the vote was held, the delegates reportedly walked out of the hall", ""},
	})
}

// TestUnsourcedAdverbInCue checks that adverbs or a negation after the
// auxiliary of a cue phrase leave the phrase whole: "is widely believed
// to", "is not expected to", "are also not thought to".
func TestUnsourcedAdverbInCue(t *testing.T) {
	runRuleCases(t, "attribution.unsourced", []ruleCase{
		{"The minister is widely believed to favour a delay of the vote.", "The minister is widely believed to favour a delay of the vote", ""},
		{"The minister is not expected to attend the vote.", "The minister is not expected to attend the vote", ""},
		{"The ministers are also not thought to favour a delay.", "The ministers are also not thought to favour a delay", ""},
	})
}

// TestPerceptionClause checks the frame of "appears to" and "seems": a
// subject that cannot hold a view leaves the claim unsourced, its content
// the clause up to its first comma; someone who can is the claimant, and a
// cue of its own after the perception verb frames the claim instead.
func TestPerceptionClause(t *testing.T) {
	runRuleCases(t, "attribution.perception", []ruleCase{
		{"The statistics appear to be fabricated, which the bureau denies.", "The statistics appear to be fabricated", ""},
		{"The new law appears to have hit the restaurant industry the hardest.", "The new law appears to have hit the restaurant industry the hardest", ""},
		{"He seemed hopeful about the talks with the union.", "hopeful about the talks with the union", "he"},
		{"The new levies seem too high for the restaurants.", "The new levies seem too high for the restaurants", ""},
		{"Cruz seemed to blame the network for the reporting.", "", ""},
		{"Cruz did not seem to be worried about the reporting.", "", ""},
	})
}

// TestCueAfterPerceptionVerb checks that the subject of a perception verb
// holds the view of a cue after it: the perception verb is no part of the
// speaker's phrase.
func TestCueAfterPerceptionVerb(t *testing.T) {
	runRuleCases(t, "attribution.speech-verbs", []ruleCase{
		{"Many voters seem to be hoping that the harbour will reopen.", "the harbour will reopen", "Many voters"},
		{"Investors appeared to agree that the levy was too high.", "the levy was too high", "Investors"},
	})
}

// TestPerceptionNamedHolder checks that a person named as the subject of a
// perception verb holds the view.
func TestPerceptionNamedHolder(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Maria Holt seemed hopeful about the talks with the union.", ent{document.Person, "Maria Holt", nil})
	for _, c := range d.Claims {
		if c.Rule == "attribution.perception" && c.Claimant != nil && c.Claimant.Name == "Maria Holt" && c.Text == "hopeful about the talks with the union" {
			return
		}
	}
	t.Errorf("no perception claim by Maria Holt in %+v", d.Claims)
}

// TestPerceptionHolderAfterAdjunct checks that the holder of a perception
// cue is the subject its verb group follows, past an opening adjunct.
func TestPerceptionHolderAfterAdjunct(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "After the Paris attacks, Maria Holt seemed hopeful that the talks would resume.", ent{document.Person, "Maria Holt", nil})
	for _, c := range d.Claims {
		if c.Rule == "attribution.perception" && c.Claimant != nil && c.Claimant.Name == "Maria Holt" && strings.HasPrefix(c.Text, "hopeful that") {
			return
		}
	}
	t.Errorf("no perception claim by Maria Holt in %+v", d.Claims)
}

// TestUnsourcedInRelativeClause checks that an unsourced cue in a relative
// clause set off by commas speaks for that clause and its noun, not for the
// main clause after it.
func TestUnsourcedInRelativeClause(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "The harbour minister, who has been accused of lying, said the deficit would shrink.")
	for _, c := range d.Claims {
		if c.Cue == "has been accused of" && strings.Contains(c.Text, "deficit") {
			t.Errorf("the relative clause's claim runs into the main clause: %q", c.Text)
		}
	}
}
