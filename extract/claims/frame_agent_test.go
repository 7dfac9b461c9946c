package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPassiveAgent checks that a passive cue whose agent is named after it
// gives the claim to the agent: its content is the subject of the passive,
// the noun phrase a participle follows, the sentence after an opening "As",
// or the question asked.
func TestPassiveAgent(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Org, "Valencia Herald", nil}}
	runClaimCases(t, []claimCase{
		{name: "the subject of a passive",
			text: "The mayor's new budget plan was criticized by Ana Ruiz, who leads the opposition.",
			ents: ents, want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "new budget plan"}},
		{name: "a participle after a noun phrase",
			text: "The nationwide campaign, first reported by the Valencia Herald, is a key element of the plan.",
			ents: ents, want: want{kinds: k(r), claimant: "Valencia Herald", contains: "The nationwide campaign"}},
		{name: "the sentence after an opening subordinator",
			text: "As reported by the Valencia Herald, the council had been warned about the costs in March.",
			ents: ents, want: want{kinds: k(r), claimant: "Valencia Herald", contains: "the council had been warned"}},
		{name: "the one who asks a question",
			text: "When asked by a reporter whether the port would be sold, the mayor declined to answer.",
			want: want{kinds: k(r), claimant: "a reporter", contains: "whether the port would be sold"}},
	})
}

// TestPassiveAgentNeedsSpeechCue checks that a passive of a verb of acts
// ("released", "sponsored") with an agent is no claim of the agent's.
func TestPassiveAgentNeedsSpeechCue(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "The full report was released by the ministry on Monday afternoon.")
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("claim %q by %v from a verb of acts", c.Text, c.Claimant)
		}
	}
}

// The subject of a passive cue with an agent is its whole noun phrase,
// past a preposition inside it.
func TestPassiveSubjectWhole(t *testing.T) {
	runRuleCases(t, "attribution.speech-verbs", []ruleCase{
		{"The ban of Ms. Gedrich was first reported by BuzzFeed.", "The ban of Ms. Gedrich", "BuzzFeed"},
	})
}

// TestPassiveOfAgentVerb checks that a verb whose active subject must be
// able to speak still gives the by-agent of its passive the claim, but
// not when it modifies a noun without "be".
func TestPassiveOfAgentVerb(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a passive after be",
			text: "The harbour plan was also applauded by the dock workers' union.",
			want: want{kinds: k(r), claimant: "the dock workers' union", contains: "The harbour plan"}},
	})
}
