package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNounCompoundIsNoCue checks that the -s form of a stance cue after a
// lower-case noun that cannot be its subject, with no complement after it,
// is a plural noun ("terror attacks,"), while one after a subject stays a cue.
func TestNounCompoundIsNoCue(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "After the harbour terror attacks, Maria Holt moved the company to a new office in the north.", []ent{{document.Person, "Maria Holt", nil}}...)
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("a plural noun became a cue: reported %q", c.Text)
		}
	}
	runClaimCases(t, []claimCase{{name: "a subject before the cue",
		text: "The union attacks the harbour plan as reckless and costly.",
		want: want{kinds: k(document.Reported), contains: "the harbour plan"}}})
}

// TestCompoundHeadBeforeItsVerb checks that the -s form of a cue whose own
// verb follows it is the head of its subject, after a lower-case noun or a
// common word opening the sentence, and no cue of its own.
func TestCompoundHeadBeforeItsVerb(t *testing.T) {
	wantNoClaimWithCue(t, []string{
		"The council met on Monday. Tenant advocates disputed the harbour figures.",
		"The council met on Monday. Many tenant advocates said the harbour cap was too low.",
		"The council met on Monday. Ana Ruiz, whose legal challenges led to the harbour case, said she was pleased.",
	}, []string{"advocates", "challenges"})
	runClaimCases(t, []claimCase{{name: "a subject before the cue",
		text: "The council met on Monday. The union advocates a harbour toll for freight.",
		want: want{kinds: k(document.Reported), contains: "a harbour toll"}}})
}

// TestNamingParticipleIsNoCue checks that "called" between a common noun
// and the name it gives is no stance cue, while a verb with an object and
// a complement stays one.
func TestNamingParticipleIsNoCue(t *testing.T) {
	wantNoClaimWithCue(t, []string{
		"The harbour plan was opposed by a group called Save The Bay, which filed suit.",
		"Maria Holt founded a company called Harbour Tide.",
	}, []string{"called"}, ent{document.Person, "Maria Holt", nil})
	runClaimCases(t, []claimCase{{name: "a verb with its complement",
		text: "One harbour pilot called Maria Holt “a menace to the port.”",
		ents: []ent{{document.Person, "Maria Holt", nil}},
		want: want{kinds: k(document.Reported), contains: "a menace to the port"}}})
}

// TestAnonymityIsNoContent checks that "spoke on condition of anonymity"
// and "asking not to be identified" hedge the source's claim and are no
// claim of their own.
func TestAnonymityIsNoContent(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "One official, who spoke on condition of anonymity because the talks were private, said the harbour deal was close.")
	yes := true
	checkWant(t, d, want{kinds: k(document.Reported), claimant: "One official", contains: "the harbour deal was close", hedged: &yes})
	for _, c := range d.Claims {
		if c.Kind == document.Reported && strings.Contains(c.Text, "anonymity") {
			t.Errorf("the anonymity phrase became content %q", c.Text)
		}
	}
	d = runOn(t, set, f, "The harbour deal was close, the officials said, asking not to be identified because the talks were private.")
	checkWant(t, d, want{kinds: k(document.Reported), claimant: "the officials", contains: "The harbour deal was close", hedged: &yes})
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "identified") || strings.Contains(c.Text, "the talks were private") {
			t.Errorf("the request for anonymity became content %q", c.Text)
		}
	}
}

// TestCueAfterArticle checks that a cue word right after an article or a
// possessive pronoun is a noun or an adjective, not a verb, while a
// pronoun such as "one" may still be a cue's subject.
func TestCueAfterArticle(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{"The remarks drew criticism from the senator.", "The tweets originated from the campaign's account.",
		"A newly released email shows up in the archive."} {
		d := runOn(t, set, f, text)
		for _, c := range d.Claims {
			if c.Kind != document.Assertion {
				t.Errorf("%q: %s claim %q by %+v", text, c.Kind, c.Text, c.Claimant)
			}
		}
	}
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a pronoun", "One says the plant will close next year.", "One"},
		{"a noun in -ly", "A member of the family suggested that the plant will close next year.", "A member of the family"},
	})
}

// TestCueAfterModifier checks that a cue word after an article or a
// possessive and one modifier heads that noun phrase when it cannot agree
// as a verb (a base form after a singular word, or after an "-ing" word),
// while a plural or a noun for people before it is still its subject.
func TestCueAfterModifier(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, noun string }{
		{"A later report in the local paper said the plant will close next year.", "report"},
		{"In her closing remarks, Ana Ruiz said the plant will close next year.", "remarks"},
		{"Ana Ruiz struck a hopeful note about the plant and its workers.", "note"},
	} {
		d := runOn(t, set, f, tc.text)
		for _, c := range d.Claims {
			if strings.EqualFold(c.Cue, tc.noun) {
				t.Errorf("%q: the noun %q became the cue of %s %q by %+v", tc.text, tc.noun, c.Kind, c.Text, c.Claimant)
			}
		}
	}
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a plural subject", "The workers hope the plant will stay open next year.", "The workers"},
		{"a noun for people", "The police say the plant will close next year.", "The police"},
		{"inside a subject's phrase", "Supporters of the plan hope the plant will stay open next year.", "Supporters of the plan"},
	})
}

// TestStanceVerbsOfAttack checks verbs of complaint and attack that take a
// noun-phrase object as stance cues: "bemoaned", "assailed", "railed
// against", "retweeted", and "deemed" that judges it.
func TestStanceVerbsOfAttack(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "bemoan", text: "Ana Ruiz bemoaned the lack of progress on the harbour plan.",
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the lack of progress"}},
		{name: "assail", text: "Ana Ruiz assailed the harbour plan as reckless.",
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the harbour plan as reckless"}},
		{name: "rail against", text: "Ana Ruiz has railed against the harbour plan for months.",
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the harbour plan"}},
		{name: "retweet", text: "Ana Ruiz retweeted a post calling the harbour plan a scam.",
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "a post calling the harbour plan a scam"}},
		{name: "deem", text: "The council has deemed the harbour plan too costly.",
			want: want{kinds: k(r), claimant: "The council", contains: "the harbour plan too costly"}},
	})
}

// TestParticipleBeforeItsNoun checks that a past participle between a
// number or a preposition and its noun is no cue: "300 pledged delegates".
func TestParticipleBeforeItsNoun(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Ruiz came into Tuesday with a lead of more than 300 pledged delegates.",
		"Holt trails among pledged delegates in the north.",
	} {
		d := runOn(t, set, f, text)
		for _, c := range d.Claims {
			if c.Cue == "pledged" {
				t.Errorf("%q: a claim of %q: %q", text, c.Cue, c.Text)
			}
		}
	}
	d := runOn(t, set, f, "More than 4 in 10 said Maria Holt would be best at handling the economy.")
	if claimWith(d, document.Reported, "Maria Holt would be best at handling the economy") == nil {
		t.Errorf("a share before its verb lost its claim: %+v", d.Claims)
	}
}

// TestPerfectOfWrite checks that "write" speaks in its perfect forms as
// "say" does, so that a quotation after "had written" has its writer.
func TestPerfectOfWrite(t *testing.T) {
	runClaimCases(t, []claimCase{{name: "a quotation after had written",
		text: `As Maria Holt had written, "The harbour will never close."`,
		want: want{kinds: k(document.Quote), claimant: "Maria Holt", contains: "The harbour will never close"}}})
}
