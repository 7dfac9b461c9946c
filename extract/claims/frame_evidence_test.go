package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestLeadingEvidence checks a sentence opened by a finding: the finding is
// the source, the clause up to its next comma the content, and a phrase
// with no finding gives no such claim.
func TestLeadingEvidence(t *testing.T) {
	runRuleCases(t, ruleEvidence, []ruleCase{
		{"In a new poll by the university, the senator leads the governor by four points, up from two.", "the senator leads the governor by four points", "a new poll by the university"},
		{"In the survey, conducted in May, most voters live in cities.", "most voters live in cities", "the survey, conducted in May"},
		{"In the morning, the senator flew to the capital.", "", ""},
		{"In response to the filings, the senator flew to the capital.", "", ""},
		{"In emails, on social media and on websites, the senator was praised.", "", ""},
	})
}

// TestTrailingEvidence checks an evidence verb after its content: a source
// headed by a finding gives the claim, and a noun "show" or a speaker that
// names no finding gives none.
func TestTrailingEvidence(t *testing.T) {
	runRuleCases(t, "attribution.evidence", []ruleCase{
		{"The company gave $5,000 to the committee in June, campaign finance records show.", "The company gave $5,000 to the committee in June", "campaign finance records"},
		{"Most voters back the measure, a new poll found.", "Most voters back the measure", "a new poll"},
		{"Most of the money arrived in February, new campaign reports show.", "Most of the money arrived in February", "new campaign reports"},
		{"Most of the money arrived in February, filings show.", "Most of the money arrived in February", "filings"},
		{"She watched every episode, her favorite TV show.", "", ""},
		{"The keys were in the car, the neighbor found.", "", ""},
	})
}

// TestNounBeforeEvidenceVerb checks that a cue word heading an evidence
// verb's subject is read as a noun, not as a cue of its own.
func TestNounBeforeEvidenceVerb(t *testing.T) {
	runRuleCases(t, "attribution.speech-verbs", []ruleCase{
		{"Most of the money arrived in February, new campaign reports show.", "", ""},
		{"Most of the money arrived in February, the agency reports.", "Most of the money arrived in February", "the agency"},
	})
}

// TestLeadingEvidenceVerb checks an evidence verb before its content: after
// a subject the chunks read and a quantifier the chunks miss, after a
// finding set off by a participle phrase, in the participle right after
// the finding's noun and after the noun and a relative "that"; a person who
// found something is no finding.
func TestLeadingEvidenceVerb(t *testing.T) {
	runRuleCases(t, "attribution.evidence", []ruleCase{
		{"A review by the board shows most of the hours were spent on travel.", "most of the hours were spent on travel", "A review by the board"},
		{"A harbour poll, conducted jointly with the university, shows the mayor with 47 percent.", "the mayor with 47 percent", "A harbour poll"},
		{"The mayor campaigned hard, with recent polls showing a tightening of the race.", "a tightening of the race", "recent polls"},
		{"Despite polls showing her well behind, the mayor campaigned hard.", "her well behind", "polls"},
		{"The mayor cites polls that show her well ahead of the field.", "her well ahead of the field", "polls"},
		{"The mayor, back from her trip, found a comfortable voice.", "", ""},
		{"Harbour economists have found, again and again, that tolls do little for trade.", "tolls do little for trade", "Harbour economists"},
	})
}

// TestEvidenceVerbInCompoundIsNoun checks that an evidence cue in its base
// form right after a short subject's singular noun is a noun of a compound
// ("a talk show host"), while after a plural it is the verb.
func TestEvidenceVerbInCompoundIsNoun(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Maria Holt, a talk show host, said the harbour wall would hold.", ent{document.Person, "Maria Holt", nil})
	for _, c := range d.Claims {
		if c.Cue == "show" {
			t.Errorf("claim %q read \"show\" as a verb", c.Text)
		}
	}
	if !hasClaimText(d, document.Reported, "the harbour wall would hold") {
		t.Errorf("the host's claim is lost: %+v", d.Claims)
	}
	d = runOn(t, set, f, "New polls show the harbour wall would hold.")
	if !hasClaimText(d, document.Reported, "the harbour wall would hold") {
		t.Errorf("\"polls show\" gave no claim: %+v", d.Claims)
	}
}

// TestTrailingFindingAgent checks that a trailing evidence verb takes
// someone who found the content out as its speaker, while a passive or a
// base form after a speaker-like phrase stays no frame.
func TestTrailingFindingAgent(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "researchers found", text: "The harbour toll cut traffic by a third, the researchers found.",
			want: want{kinds: k(r), claimant: "the researchers", contains: "cut traffic by a third"}},
		{name: "investigators found", text: "The harbour fund paid for two trips, investigators found.",
			want: want{kinds: k(r), claimant: "investigators", contains: "paid for two trips"}},
	})
	set, f := testFinder(t)
	for _, text := range []string{
		"The mayor said on Monday that toxic waste had been found.",
		"Maria Holt, who hosts a radio show, visited the harbour on Monday.",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
		for _, c := range d.Claims {
			if c.Rule == "attribution.evidence" {
				t.Errorf("%q: no finding, yet evidence claim %q", text, c.Text)
			}
		}
	}
}
