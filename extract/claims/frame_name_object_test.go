package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNameObjectContent checks that a stance verb whose object is one name
// closing the sentence gives that name as the content, and that a speech
// verb with a name after it (a listener, not a stance) does not.
func TestNameObjectContent(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Holt", nil}
	union := ent{document.Org, "Unite", nil}
	for _, text := range []string{
		"Most of the dock workers support Holt.",
		"The Unite union endorsed Holt.",
	} {
		d := runOn(t, set, f, text, holt, union)
		if !hasClaimText(d, document.Reported, "Holt") {
			t.Errorf("%q: no reported claim %q in %+v", text, "Holt", d.Claims)
		}
	}
	text := "The dock workers asked Holt."
	if d := runOn(t, set, f, text, holt); hasClaimText(d, document.Reported, "Holt") {
		t.Errorf("%q: the listener is taken for the content", text)
	}
}

// TestStanceNounObject checks that a noun of stance with an article, as the
// object of the subject's verb, gives what its preposition names as the
// content, said by the subject ("made a forceful case for the plan"), and
// that an unrelated noun phrase after the preposition gives none.
func TestStanceNounObject(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	wantClaimBy(t, set, f, document.Reported, "Maria Holt", map[string]string{
		"Maria Holt made a forceful case for the harbour wall.": "the harbour wall",
	}, holt)
	text := "Maria Holt painted a picture for the harbour wall."
	if d := runOn(t, set, f, text, holt); hasClaimText(d, document.Reported, "the harbour wall") {
		t.Errorf("%q: a noun that is no stance gave a claim", text)
	}
}

// TestNounCueNameContent checks that a noun cue whose preposition names one
// person gives that name as the content: "her endorsement of Trump".
func TestNounCueNameContent(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Trump", nil}}
	text := "Maria Holt withdrew her endorsement of Trump."
	if d := runOn(t, set, f, text, ents...); !hasClaimText(d, document.Reported, "Trump") {
		t.Errorf("%q: no claim of Trump in %+v", text, d.Claims)
	}
}

// TestTimeIsNoContent checks that a time alone after a cue is no content:
// "weighed in with her support on Tuesday evening".
func TestTimeIsNoContent(t *testing.T) {
	set, f := testFinder(t)
	text := "Maria Holt weighed in with her support on Tuesday evening."
	if d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil}); hasClaimText(d, document.Reported, "Tuesday evening") {
		t.Errorf("%q: a time taken for content: %+v", text, d.Claims)
	}
}

// TestListenerPronounIsNoContent checks that a pronoun closing the sentence
// after a verb of speech is its listener, no content, while after a stance
// it is the stance's target.
func TestListenerPronounIsNoContent(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	text := "“Why would the harbour wall fall?” Maria Holt asked him."
	if d := runOn(t, set, f, text, holt); hasClaimText(d, document.Reported, "him") {
		t.Errorf("%q: the listener taken for content: %+v", text, d.Claims)
	}
	wantClaimBy(t, set, f, document.Reported, "Maria Holt", map[string]string{
		"The council backed the plan, and Maria Holt supported it.": "it",
	}, holt)
}

// TestTopicAfterCue checks that a preposition of topic right after a cue
// opens its content ("raised questions about the plan"), which ends before
// a coordinated clause of its own.
func TestTopicAfterCue(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt raised questions about the harbour plan.":                                                               "the harbour plan",
		"Maria Holt raised concerns about traffic on match days, and a petition against the plans has gathered signatures.": "traffic on match days",
	})
}

// TestAgreeAndSideWith checks that agreeing or siding with someone or
// something is a stance toward it.
func TestAgreeAndSideWith(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt agreed with the analysis of the harbour board.": "the analysis of the harbour board",
		"Maria Holt sided with the dock workers.":                   "the dock workers",
	})
}

// TestInFavorOf checks that "in favor of" after a cue, or after "voted",
// opens what the stance supports.
func TestInFavorOf(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt spoke out in favor of the harbour wall.": "the harbour wall",
		"Maria Holt voted in favor of the harbour wall.":     "the harbour wall",
	})
}

// TestStanceNounWithoutArticle checks that a noun of stance right after its
// holder's verb, with no article, gives what its preposition names:
// "expressed support for the harbour wall".
func TestStanceNounWithoutArticle(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt expressed support for the harbour wall.": "the harbour wall",
	})
}
