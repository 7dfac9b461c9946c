package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/values"
)

// TestInfinitiveAfterObjectNoun checks the speaker of an agent cue in an
// infinitive after an object noun: the subject when it can hold a stance,
// else the possessor of the noun ("his reluctance to embrace"), and else no
// one: the infinitive tells a purpose ("left enough time to discuss").
func TestInfinitiveAfterObjectNoun(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	lead := "Ana Ruiz runs the harbour board. "
	cases := []struct {
		name, text, cue, claimant string // claimant "" for no claim of the cue
	}{
		{"the subject", "Ruiz used the meeting to defend the budget cuts.", "defend", "Ana Ruiz"},
		{"a possessor", "The vote showed his reluctance to defend the budget cuts.", "defend", "his"},
		{"a purpose", "The delay left enough time to discuss the budget cuts.", "discuss", ""},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			got := ""
			for _, c := range d.Claims {
				if c.Cue == tc.cue && c.Claimant != nil {
					got = c.Claimant.Name
				}
			}
			if got != tc.claimant && !(tc.claimant != "" && got != "" && claimantIs(d, &document.Claimant{Name: got}, tc.claimant)) {
				t.Errorf("claimant of %q: %q, want %q", tc.cue, got, tc.claimant)
			}
		})
	}
}

// TestPlaceModifierIsNoClaimant checks that a place before a noun for
// people modifies it ("Florida elections officials", "The Vermont senator")
// and is not the claimant, while a place alone still speaks ("Russia").
func TestPlaceModifierIsNoClaimant(t *testing.T) {
	ents := []ent{{document.GPE, "Florida", nil}, {document.GPE, "Russia", nil}}
	lead := "Florida held a vote. "
	cases := []struct{ name, text, claimant string }{
		{"officials", "Florida elections officials are expecting a record turnout.", "Florida elections officials"},
		{"a role at the sentence start", "The Florida senator said the vote was fair.", "Florida senator"},
		{"a place alone", "Russia said the attack was a provocation.", "Russia"},
		{"a head that names no speaker", "The Florida attacks highlight the threat the harbour faces.", "Florida attacks"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			if got := claimantNames(d); len(got) != 1 || got[0] != tc.claimant {
				t.Errorf("claimants %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestQuantifierSubjects checks quantifiers standing as subjects: alone
// ("Both fear"), before "of" and a pronoun ("Many of them believe"), but not
// in the idiom "All told, ...".
func TestQuantifierSubjects(t *testing.T) {
	runClaimantCases(t, "The port board met. ", lastName, []claimantCase{
		{"alone", "Both fear the port will close in May.", "Both"},
		{"a partitive", "Many of them believe the port will close in May.", "Many of them"},
		{"after a pronoun", "They all said the port will close in May.", "They"},
		{"an idiom", "All told, the port will close in May.", ""},
	})
}

// TestTheyAfterGroupSubject checks that "they" refers to the group the
// sentence before is about, and not to a name that ends in "s".
func TestTheyAfterGroupSubject(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a group", "Union members walked out of the port on Monday. They said the strike would last a week.", "Union members"},
		{"a name", "Ana Sanders walked out of the port on Monday. They said the strike would last a week.", "They"},
	}, ent{document.Person, "Ana Sanders", []string{"Sanders"}})
}

// TestShareSubjects checks poll shares as speakers: a percent alone, a
// percent of a group with a contact participle, and a base form after a
// percent, also of a verb that needs someone to hold its stance, but not a
// percent of the vote.
func TestShareSubjects(t *testing.T) {
	run := valuesRunner(t)
	cases := []struct{ name, text, claimant string }{
		{"a percent sign", "In the poll, 42% said the port should stay open.", "42%"},
		{"a group polled", "Some 56 percent of residents polled said the port should stay open.", "Some 56 percent of residents polled"},
		{"a base form", "Only 50 percent believe the port will stay open.", "Only 50 percent"},
		{"a share of the vote", "Ruiz won 41 percent of the vote to take the seat.", ""},
		{"a ratio", "About three in 10 said the port should stay open.", "About three in 10"},
		{"a ratio with out of", "Nearly nine out of 10 say the port should stay open.", "Nearly nine out of 10"},
		{"a two-word degree", "At least half of residents say the port should stay open.", "At least half of residents"},
		{"a fraction after an article", "Nearly a third say the port should stay open.", "Nearly a third"},
		{"modifiers the phrase reading stops at", "Seventy-four percent of Democratic registered voters say the port should stay open.", "Seventy-four percent of Democratic registered voters"},
		{"a preposition after a head", "Residents over 60 say the port should stay open.", "Residents over 60"},
		{"a stance verb that needs an agent", "27 percent support Maria Holt.", "27 percent"},
		{"after a modal", "Some 27 percent would vote for the harbour levy.", "Some 27 percent"},
		{"the object of a preposition", "Maria Holt leads the field with 36 percent support, ahead of Tom Ruiz.", ""},
		{"a participle's subject after a preposition", "Voters back the levy, with 42% preferring the harbour plan.", "42%"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "The harbour poll came out. "+tc.text)
			if got := lastName(claimantNames(d)); got != tc.claimant {
				t.Errorf("claimant %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestSubjectPastOpeningPlace checks that the subject of a participle frame
// is read past an opening phrase that ends in a place set off by commas:
// "At an event in Ames, Iowa, on Sunday, Holt ..., saying that ...".
func TestSubjectPastOpeningPlace(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "At an event in Ames, Iowa, on Sunday, Holt walked to the podium, saying that the port would stay open.", []ent{{document.Person, "Maria Holt", []string{"Holt"}}}...)
	if got := claimantNames(d); len(got) == 0 || !claimantIs(d, &document.Claimant{Name: got[len(got)-1]}, "Maria Holt") {
		t.Errorf("claimants %q, want Maria Holt", got)
	}
}

// TestPlaceInAppositiveIsNoName checks that a place set off by commas
// between a speaker and the cue ("Betsy Sharp of Burke County, Georgia,
// knows") is not taken for the speaker's name.
func TestPlaceInAppositiveIsNoName(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Betsy Sharp", nil}, {document.GPE, "Georgia", nil}}
	d := runOn(t, set, f, "Betsy Sharp of Burke County, Georgia, knows the port better than anyone.", ents...)
	if got := claimantNames(d); len(got) == 0 || got[0] != "Betsy Sharp" {
		t.Errorf("claimants %q, want Betsy Sharp", got)
	}
}

// The noun phrase right before an infinitive cue is an earlier verb's
// object or place; the sentence's subject acts the infinitive.
func TestInfinitiveHolder(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a place", "The senators went on Twitter to applaud the decision.", "The senators"},
		{"an object", "Bernie Sanders took the stage to acknowledge the loss.", "Bernie Sanders"},
		{"a speech cue", "Bernie Sanders went out of his way to say that the vote was fair.", "Bernie Sanders"},
		{"an object and a time", "Bernie Sanders took the stage Tuesday night to acknowledge the loss.", "Bernie Sanders"},
		{"in an opening clause", "Before Bernie Sanders took the stage to acknowledge the loss, his aides left.", "Bernie Sanders"},
		{"an object who acts", "The vote prompted Bernie Sanders to acknowledge the loss.", "Bernie Sanders"},
		{"adverbs after to", "Bernie Sanders took an opportunity during the debate to once again address the loss.", "Bernie Sanders"},
	})
}

// A noun phrase after a preposition is the end of the subject, not all of
// it: the whole subject speaks, save for a proxy that speaks for a body.
func TestWholeSubject(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a part of a group", "A majority of the senators said the party has become more hostile.", "A majority of the senators"},
		{"a part of any plural", "Almost half of respondents said the party has become more hostile.", "Almost half of respondents"},
		{"a place", "People in Fort Pierce say the storm was the worst in years.", "People in Fort Pierce"},
		{"a proxy", "A spokesman for the ministry said the state could order arbitration.", "the ministry"},
		{"a share", "The union said 94 per cent of its members at the carrier had backed walkouts.", "94 per cent of its members at the carrier"},
		// A head that holds no view leaves the speaker as it was.
		{"no holder", "A premium for the senators said the plan would fail.", "the senators"},
		{"a time is no group", "In a couple of weeks, analysts say the plan will fail.", "analysts"},
		// "to" before a noun phrase is a preposition, though the parse reads an infinitive's.
		{"an adviser to someone", "A senior adviser to the mayor said the plan would fail.", "A senior adviser to the mayor"},
		{"a body to a body", "The delegation to the talks said the plan would fail.", "The delegation to the talks"},
		{"of phrases before to", "The head of the delegation to the talks said the plan would fail.", "The head of the delegation to the talks"},
	})
}

// Noun phrases joined by commas and a coordinator that open the clause
// speak together; a phrase joined to the object of a preposition does not.
func TestCoordinatedSubject(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a list", "Friends, lobbyists and former foes say that the nominee picked the right man.", "Friends, lobbyists and former foes"},
		{"an adverb after the coordinator", "Politicians and even some technologists say the crackdown has been toothless.", "Politicians and even some technologists"},
		{"after an opening phrase", "On Monday, unions and some employers said the rule would raise costs.", "unions and some employers"},
		{"an appositive is no list", "The union, a large employer, said the rule would raise costs.", "The union"},
	})
}

// A speaker phrase read back from its cue opens with no joiner, where a
// cue word inside the subject stops the reading.
func TestSpeakerOpensWithNoJoiner(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a cue word before the joiner", "Though media reports and party sources described the push as futile, the delegates made their point.", "party sources"},
	})
}

// A subject that a determiner opens is read as the phrase layer chunks it,
// so the holder of an infinitive after a place is that whole phrase.
func TestDeterminedSubject(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"an infinitive after a place", "On Thursday, a dozen factory workers gathered at Sully's Bar & Grill to talk about the decades they had spent at the plant.", "a dozen factory workers"},
	})
}

// TestTimeBeforeBareClause checks that a date or period the values stage
// found between the cue and a bare clause is not content: "said Monday the
// port would close" claims "the port would close".
func TestTimeBeforeBareClause(t *testing.T) {
	run := valuesRunner(t, ent{document.Person, "Ana Ruiz", []string{"Ruiz"}})
	cases := []struct{ name, text, want string }{
		{"a weekday", "Ruiz said Monday the port would close.", "the port would close"},
		{"a preposition and a weekday", "Ruiz said on Friday the port would close.", "the port would close"},
		{"a relative day", "Ruiz says tonight she is ready to go.", "she is ready to go"},
		{"no clause after the time", "Ruiz said Monday was a hard day for the port.", "Monday was a hard day for the port"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "The harbour board met. "+tc.text)
			var got []string
			for _, c := range d.Claims {
				if c.Kind != document.Assertion {
					got = append(got, c.Text)
				}
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPlaceOfPlaceInSpeaker checks that a place of a place after a name
// ("Roanoke, Va.") is walked over to the person: before a relative clause
// ("who voted") and before an appositive clause, while a place that opens
// the sentence as its subject still speaks.
func TestPlaceOfPlaceInSpeaker(t *testing.T) {
	ents := []ent{{document.Person, "Harry Bond", []string{"Bond"}}, {document.GPE, "Roanoke", nil}, {document.GPE, "Va", nil}, {document.GPE, "Texas", nil}}
	runClaimCases(t, []claimCase{{name: "before a relative clause",
		text: "“It will close,” said Harry Bond, a porter in Roanoke, Va., who voted for the harbour plan.", ents: ents,
		want: want{kinds: k(document.Reported), claimant: "Harry Bond", contains: "the harbour plan"}}})
	runClaimantCases(t, "", lastName, []claimantCase{
		{"before an appositive clause", "Harry Bond, 30, of Roanoke, Va., who was polled, said the port should close.", "Harry Bond"},
		{"a place as the subject", "On Friday, Texas, leading a group of states, asked a judge to close the port.", "Texas"},
		{"a named place after a preposition", "At Roanoke Harbour, Harry Bond, the harbour master, said the port should close.", "Harry Bond"},
	}, append(ents, ent{document.Org, "Roanoke Harbour", nil})...)
}

// TestSuffixAfterName checks that a name ending in an abbreviated suffix
// ("Jr.") is read as the speaker before the cue and after the content.
func TestSuffixAfterName(t *testing.T) {
	ents := []ent{{document.Person, "Harry Bond Jr", []string{"Bond"}}}
	runClaimantCases(t, "", lastName, []claimantCase{
		{"before the cue", "Harry Bond Jr. said the port should close.", "Harry Bond Jr"},
		{"after the content", "The port should close, Harry Bond Jr. said.", "Harry Bond Jr"},
	}, ents...)
}

// valuesRunner returns a function that runs the values stage and then the
// claims stage on a text with the entities ents, for cases that read
// values: percents, dates.
func valuesRunner(t *testing.T, ents ...ent) func(*testing.T, string) *document.Document {
	set, f := testFinder(t)
	vf, err := values.New(set)
	if err != nil {
		t.Fatal(err)
	}
	return func(t *testing.T, text string) *document.Document {
		t.Helper()
		d := newDoc(set, text)
		withEntities(d, ents)
		if err := vf.Run(d); err != nil {
			t.Fatal(err)
		}
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		return d
	}
}

// TestGerundAfterSetting checks that a gerund cue right after the object of
// a preposition of setting or medium is the sentence subject's ("was on
// the radio talking about"), while after "with" the object is the gerund's
// own subject ("with Holt saying ...").
func TestGerundAfterSetting(t *testing.T) {
	ents := []ent{{document.Person, "Maria Holt", []string{"Holt"}}, {document.Org, "Radio Kent", nil}, {document.Person, "Omar Lind", nil}, {document.GPE, "Dover", nil}}
	runClaimantCases(t, "", lastName, []claimantCase{
		{"after a medium", "Maria Holt was on Radio Kent talking about the harbour wall.", "Maria Holt"},
		{"after a place", "Maria Holt spoke at the harbour warning that the wall would fail.", "Maria Holt"},
		{"an absolute phrase", "The board was quick to reply, with Omar Lind saying the wall would hold.", "Omar Lind"},
		{"a verb of effort after a place", "Maria Holt spent the week in Dover trying to underscore the contrast.", "Maria Holt"},
		{"a medium before an infinitive cue", "Maria Holt took to Radio Kent to say that the wall would fail.", "Maria Holt"},
	}, ents...)
}

// TestSubjectTakesOfPhrases checks that the subject a participle's claim
// goes to keeps the "of" phrases on its head ("A number of the families").
func TestSubjectTakesOfPhrases(t *testing.T) {
	runClaimantCases(t, "", lastName, []claimantCase{
		{"a group and its members", "A number of the families of the crew have filed a lawsuit, alleging that the port was unsafe.", "A number of the families of the crew"},
		{"an office and its state", "The attorney general of the state of Kent has filed a lawsuit, alleging that the port was unsafe.", "The attorney general of the state of Kent"},
	})
}

// TestSpeakerPhraseShapes checks three shapes of a speaker's phrase: a
// possessor before a quantifier ("Holt's many supporters"), a party tag in
// parentheses between a name and the comma before its cue, and a name set
// off after a role, which speaks for an opening participle too.
func TestSpeakerPhraseShapes(t *testing.T) {
	r := document.Reported
	holt := ent{document.Person, "Maria Holt", nil}
	runClaimCases(t, []claimCase{
		{name: "possessor before a quantifier",
			text: "Since June, Holt's most loyal supporters claim that the vote was rigged.",
			ents: []ent{holt},
			want: want{kinds: k(r), claimant: "Holt's most loyal supporters", contains: "the vote was rigged"}},
		{name: "participle aside with a typed double quotation mark",
			text: "Maria Holt, citing ''the council's patience,'' said the wall would be finished.",
			ents: []ent{holt},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
		{name: "party tag before the comma",
			text: "After winning the county, Sen. Maria Holt (D-Leeds), said the vote was fair.",
			ents: []ent{holt},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the vote was fair"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "In opposing the request, her personal lawyer, Maria Holt, wrote in a court filing that the vote was fair.", holt)
	for _, c := range d.Claims {
		if c.Cue == "opposing" && (c.Claimant == nil || c.Claimant.Name != "Maria Holt") {
			t.Errorf("the participle's claim %q has claimant %+v, want the name after the role", c.Text, c.Claimant)
		}
	}
}

// TestParentheticalBeforeCue checks that an aside in parentheses between a
// subject and its cue is skipped, and that the subject opens no assertion of
// its own.
func TestParentheticalBeforeCue(t *testing.T) {
	set, f := testFinder(t)
	text := "Sen. Maria Holt (a Leeds Democrat so young she has been taken for a staffer) says she was adrift after the election."
	d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
	found := false
	for _, c := range d.Claims {
		switch {
		case c.Kind == document.Reported && c.Claimant != nil && c.Claimant.Name == "Maria Holt" && strings.HasPrefix(c.Text, "she was adrift"):
			found = true
		case c.Kind == document.Assertion:
			t.Errorf("got the assertion %q", c.Text)
		}
	}
	if !found {
		t.Errorf("no reported claim by Maria Holt past the parenthetical: %+v", d.Claims)
	}
}

// TestPossessedSubject checks that a subject whose head a possessor names
// ("Holt's campaign") speaks for a participle frame after the main clause.
func TestPossessedSubject(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "participle after the main clause",
			text: "Holt's campaign shrugged off the criticism, telling reporters that nobody had asked for an endorsement.",
			ents: []ent{{document.Person, "Maria Holt", []string{"Holt"}}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "nobody had asked for an endorsement"}},
	})
}

// TestAdverbAfterAuxiliary checks that an adverb between an auxiliary and
// the cue is read past to the subject.
func TestAdverbAfterAuxiliary(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt can't quite say why the port will close.":      "why the port will close",
		"Maria Holt will probably argue that the port will close.": "the port will close",
	})
}

// TestClaimantLeavesOpenerOut checks that a person's claimant name does not
// take in the capitalized word that opens the sentence before the name.
func TestClaimantLeavesOpenerOut(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Moderator Maria Holt’s team says the port will close.", mariaHolt)
	if got := claimantNames(d); len(got) == 0 || got[0] != mariaHolt.name {
		t.Errorf("want the claim by %s, got %v", mariaHolt.name, got)
	}
}

// TestWordThatHoldsNoView checks that a lone lower-case word before a cue
// that can hold no view hands the claim to the subject of its clause, and
// that a subject across a clause boundary does not take it.
func TestWordThatHoldsNoView(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt spent more time mocking the board.": "the board",
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "Maria Holt praised the plan, but multiple reports reveal that it failed.", mariaHolt)
	for _, c := range d.Claims {
		if c.Cue == "reveal" && c.Claimant != nil && c.Claimant.Name == mariaHolt.name {
			t.Errorf("the reports' finding went to the first clause's subject: %+v", c)
		}
	}
}

// TestRelativeSubjectOfLaterVerb checks that "who" as the subject of a
// later verb of its relative clause speaks as its antecedent: the name
// before an appositive, or the name before it.
func TestRelativeSubjectOfLaterVerb(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a name and its appositive",
			text: "\"It can work,\" said Ana Ruiz, a former aide to the mayor, who was at the meeting and recalled the mayor's tendency to storm out.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "tendency to storm out"}},
		{name: "a name",
			text: "Tom Holt, who has not read the report but knows its gist, spoke on Monday.",
			ents: []ent{{document.Person, "Tom Holt", nil}},
			want: want{kinds: k(r), claimant: "Tom Holt", contains: "its gist"}},
	})
}

// TestOneWordSubjectBeforeLead checks that a one-word subject before a
// lead of effort and "to" holds the base-form cue after them.
func TestOneWordSubjectBeforeLead(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "a lead of failure",
			text: "However, Holt failed to mention the harbour plan at all.",
			ents: []ent{{document.Person, "Holt", nil}},
			want: want{kinds: k(document.Reported), claimant: "Holt", contains: "the harbour plan"}},
	})
}

// TestFocusOpensSubject checks that a word of focus or degree opening a
// subject is part of the claimant, "Not everyone" being no "everyone",
// also where a complementizer opens the clause, and that a partitive
// subject is the part, "None of his rivals" being none of them.
func TestFocusOpensSubject(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	cases := []struct{ name, text, claimant string }{
		{"negation", "Not everyone is convinced the harbour will reopen.", "Not everyone"},
		{"a count", "Only three senators said the harbour would reopen.", "Only three senators"},
		{"degree and quantifier", "Virtually all analysts expect the harbour to reopen.", "Virtually all analysts"},
		{"a predeterminer", "All three candidates said the harbour would reopen.", "All three candidates"},
		{"after a complementizer", "The vote showed that nearly all analysts expect the harbour to reopen.", "nearly all analysts"},
		{"a part of a group", "None of his rivals said the harbour would reopen.", "None of his rivals"},
		{"a part of a possessed group", "Some of Ruiz's allies said the harbour would reopen.", "Some of Ruiz's allies"},
		{"a count of a part", "More than half of the respondents say the harbour should reopen.", "More than half of the respondents"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, "Ana Ruiz runs the harbour board. "+tc.text, ents...)
			if got := claimantNames(d); !slices.Contains(got, tc.claimant) {
				t.Errorf("claimants %q, want %q", got, tc.claimant)
			}
		})
	}
}

// TestDatedParticipleInClaimant checks that a participle and its day after
// the subject's noun stay in the claimant, which they tell apart from
// others of its kind, while the cue after them is still read.
func TestDatedParticipleInClaimant(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, claimant string }{
		{"A report published Tuesday found that the harbour was unsafe.", "A report published Tuesday"},
		{"A harbour audit released Friday accuses the board of waste.", "A harbour audit released Friday"},
	} {
		d := runOn(t, set, f, tc.text)
		if got := claimantNames(d); !slices.Contains(got, tc.claimant) {
			t.Errorf("%q: claimants %q, want %q", tc.text, got, tc.claimant)
		}
	}
}
