package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAsideBetweenSubjectAndCue checks that a prepositional aside between a
// subject and its cue is no speaker: the subject before it speaks.
func TestAsideBetweenSubjectAndCue(t *testing.T) {
	r := document.Reported
	ents := []ent{{document.Person, "Dana Pell", []string{"Pell"}}}
	runClaimCases(t, []claimCase{
		{name: "after a name", ents: ents,
			text: "The port lost money last year. Pell at the time said she had asked her staff to look into the fees.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "she had asked her staff"}},
		{name: "after an auxiliary", ents: ents,
			text: "The port lost money last year. Dana Pell has in the past described the harbour as a burden on the town.",
			want: want{kinds: k(r), claimant: "Dana Pell", contains: "the harbour as a burden"}},
	})
}

// A quotation inside a dash aside between a subject and its cue leaves the
// subject the speaker.
func TestDashAsideWithQuote(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, `Donald Trump - who previously said he would "bomb the oil fields" of the group - said at a rally that the border should close.`)
	i := claimHolding(d.Claims, "the border should close")
	if i < 0 || d.Claims[i].Claimant == nil || d.Claims[i].Claimant.Name != "Donald Trump" {
		t.Errorf("no claim by Donald Trump over the main clause: %+v", d.Claims)
	}
}
