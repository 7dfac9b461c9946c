package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestTrailingFrameAfterQuote checks that a named speaker and cue after a
// quotation speak for it: after one closing on "?" or "!", where the
// segmenter ends a sentence, and with a manner adverb after the cue.
func TestTrailingFrameAfterQuote(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "question",
			text: `"Who will pay for the new harbour wall?" Maria Holt asked on Monday.`,
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(q), claimant: "Maria Holt", contains: "Who will pay"}},
		{name: "exclamation",
			text: `"The harbour wall will never be paid for!" Maria Holt said.`,
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(q), claimant: "Maria Holt", contains: "never be paid for"}},
		{name: "manner adverb after the cue",
			text: `"The harbour wall will never be paid for," Maria Holt said quietly, as the board members left the room.`,
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(q), claimant: "Maria Holt", contains: "never be paid for"}},
		{name: "a verb of sequence that ends the tail",
			text: `"The harbour wall will never be paid for," Maria Holt started.`,
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(q), claimant: "Maria Holt", contains: "never be paid for"}},
	})
}

// TestExclaimedQuoteNextParagraph checks that a speaker opening the next
// paragraph does not take a quotation closing on "!".
func TestExclaimedQuoteNextParagraph(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "\"The harbour wall will never be paid for!\"\n\nMaria Holt said on Monday.", []ent{{document.Person, "Maria Holt", nil}}...)
	for _, c := range d.Claims {
		if c.Kind == document.Quote && c.Claimant != nil {
			t.Errorf("quote %q got claimant %q from the next paragraph", c.Text, c.Claimant.Name)
		}
	}
}

// TestQuotedFrameLongAdverbial checks that a frame after a quotation keeps
// the quotation when a long time and place adverbial follows its cue, and
// that the adverbial is no reported content.
func TestQuotedFrameLongAdverbial(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, `"The harbour wall will be finished before the winter storms," Maria Holt said Tuesday at the town hall after a long meeting with the port board.`, []ent{{document.Person, "Maria Holt", nil}}...)
	checkWant(t, d, want{kinds: k(document.Quote), claimant: "Maria Holt", contains: "harbour wall will be finished"})
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("the adverbial became reported content %q", c.Text)
		}
	}
}

// TestTrailingClauseAfterAdverbialWord checks that content before a trailing
// frame that opens with a word that can open an adverbial ("this", "last")
// is kept when it is a clause of its own, and dropped when it is an opening
// phrase before the speaker.
func TestTrailingClauseAfterAdverbialWord(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a demonstrative subject",
			text: "This has been a persistent problem for the party, Smith said.",
			want: want{kinds: k(r), claimant: "Smith", contains: "a persistent problem"}},
		{name: "a demonstrative with a verb the lexicon lacks",
			text: "This includes a special force to guard the port, Smith said.",
			want: want{kinds: k(r), claimant: "Smith", contains: "a special force"}},
		{name: "last as an adjective of the subject",
			text: "Last year was the hardest the firm has known, Smith said.",
			want: want{kinds: k(r), claimant: "Smith", contains: "the hardest the firm"}},
		{name: "a conjunction before a short clause",
			text: "But the plan was a failure, Smith said.",
			want: want{kinds: k(r), claimant: "Smith", contains: "the plan was a failure"}},
	})
}

// TestPartialQuoteAfterCue checks that a partial quotation continuing the
// clause after a cue makes that clause the content, rather than a trailing
// frame for the phrase before the speaker, while a quoted title after a
// time and place leaves the trailing frame alone.
func TestPartialQuoteAfterCue(t *testing.T) {
	ents := []ent{{document.Person, "Maria Holt", []string{"Holt"}}}
	cases := []struct{ name, text, want string }{
		{"words after the quotation",
			"Downplaying the importance of the harbour wall in a year of storms, Holt said Harbour Co’s business “is so much broader” than the wall.",
			"Harbour Co’s business “is so much broader” than the wall"},
		{"a verb before the quotation",
			"Speaking to reporters after the meeting on Monday, Holt said Mayor Ruiz “has lost her way.”",
			"Mayor Ruiz “has lost her way.”"},
		{"a title after a time and place",
			"The harbour wall will be paid for by the state, Holt said Monday on Radio Harbour’s “Morning Tide.”",
			"The harbour wall will be paid for by the state"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			var got []string
			for _, c := range d.Claims {
				if c.Kind != document.Assertion {
					got = append(got, c.Text)
				}
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("no claim %q; got %q", tc.want, got)
			}
		})
	}
}

// TestPronounAfterTimePhrase checks that a pronoun after a time phrase
// ("every time he thinks about") opens no trailing frame over the
// quotation before it, which keeps its own speaker.
func TestPronounAfterTimePhrase(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Holt said “it makes me angry” every time he thinks about the wall.", []ent{{document.Person, "Maria Holt", []string{"Holt"}}}...)
	for _, c := range d.Claims {
		if c.Cue == "thinks" && strings.Contains(c.Text, "angry") {
			t.Errorf("claim %q by the cue of a time clause over the quotation", c.Text)
		}
	}
	kept := false
	for _, c := range d.Claims {
		kept = kept || c.Cue == "said" && strings.Contains(c.Text, "angry") && c.Claimant != nil && c.Claimant.Name == "Maria Holt"
	}
	if !kept {
		t.Errorf("the quotation lost its speaker: %+v", d.Claims)
	}
}

// TestInvertedSpeakerIsAgent checks that after prose an inverted cue's
// noun phrase speaks only when it names someone ("wrote the mayor"), not
// when it is the cue's object ("wrote a host of new songs"), while after a
// quotation any noun phrase speaks ("said the designer").
func TestInvertedSpeakerIsAgent(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		name, text string
		claimant   string
		want       bool // a claim by claimant, or none by it
	}{
		{"a role", "The port will close in May, wrote the mayor.", "the mayor", true},
		{"an object", "Holt said the band, with a new singer, wrote a host of new songs for the album.", "a host", false},
		{"after a quotation", "“It is hard to come back to work,” said the designer.", "the designer", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, []ent{{document.Person, "Maria Holt", []string{"Holt"}}}...)
			got := false
			for _, c := range d.Claims {
				got = got || c.Claimant != nil && c.Claimant.Name == tc.claimant
			}
			if got != tc.want {
				t.Errorf("a claim by %q: %v, want %v", tc.claimant, got, tc.want)
			}
		})
	}
}

// TestQuotedTitleInAppositive checks that a quoted title inside an
// appositive, with its comma inside the quotation marks, names no speaker.
func TestQuotedTitleInAppositive(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Jeff Hemsley", []string{"Hemsley"}}, {document.Org, "Going Viral", nil}}
	d := runOn(t, set, f, `Hemsley, the co-author of "Going Viral," about the spread of news, said the days of one story are gone.`, ents...)
	for _, c := range d.Claims {
		if c.Kind == document.Reported && !claimantIs(d, c.Claimant, "Jeff Hemsley") {
			t.Errorf("claim %q by %+v, want Jeff Hemsley", c.Text, c.Claimant)
		}
	}
}

// TestRoleWithOfBeforeName checks that a role holding "of" before a name
// ("said chief of staff Ana Ruiz") names its speaker, while a kinship "of"
// before another name ("mother of victim Sean Smith") does not hand over the
// claim.
func TestRoleWithOfBeforeName(t *testing.T) {
	runClaimantCases(t, "", firstName, []claimantCase{
		{"chief of staff", "“The port is safe,” said chief of staff Ana Ruiz.", "Ana Ruiz"},
		{"master of ceremonies", "“The port is safe,” said master of ceremonies Ana Ruiz, a harbour engineer.", "Ana Ruiz"},
		{"a kinship", "Patricia Smith, mother of Benghazi victim Sean Smith, rejected the claim.", "Patricia Smith"},
	}, ent{document.Person, "Ana Ruiz", nil}, ent{document.Person, "Patricia Smith", nil}, ent{document.Person, "Sean Smith", nil})
}

// TestThatAfterTimePhrase checks that a "that" clause after a phrase of
// time following the cue is the cue's content ("said on Friday that it
// had ..."), while a relative "that" after such a phrase leaves the frame
// to the quotation before it.
func TestThatAfterTimePhrase(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Maria Holt", []string{"Holt"}}}
	cases := []struct{ name, text, want string }{
		{"a complement", "Just days before its report, Holt said on Friday that the port had lost money.", "the port had lost money"},
		{"a relative clause", "“It is like a new port,” Holt said in a film that showed the new cranes.", "It is like a new port"},
		{"an indirect question", "Holt asked on Friday whether the port had lost money.", "whether the port had lost money"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			for _, c := range d.Claims {
				if c.Text == tc.want && claimantIs(d, c.Claimant, "Maria Holt") {
					return
				}
			}
			t.Errorf("no claim %q by Maria Holt; got %+v", tc.want, d.Claims)
		})
	}
}

// TestParticipleAfterDash checks that a participle cue after a dash speaks
// for the main clause's subject, unless a second dash closes an aside.
func TestParticipleAfterDash(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Maria Holt", []string{"Holt"}}}
	cases := []struct {
		name, text string
		want       bool
	}{
		{"after a dash", "Holt changed her mind on the spot – saying the port would stay open.", true},
		{"inside an aside", "Holt and Ruiz -- seeking a quick win in the vote -- faced the board on Monday.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			got := false
			for _, c := range d.Claims {
				got = got || strings.HasSuffix(c.Cue, "ing") && c.Claimant != nil
			}
			if got != tc.want {
				t.Errorf("a participle claim: %v, want %v (%+v)", got, tc.want, d.Claims)
			}
		})
	}
}

// TestApposedNameAfterRolePlace checks that a name set off after a role and
// a phrase of place ("said his best friend at Lehigh, Bruce Turry") is the
// speaker, while a place after such a phrase is not ("a teacher from
// Concord, N.H.").
func TestApposedNameAfterRolePlace(t *testing.T) {
	runClaimantCases(t, "", firstName, []claimantCase{
		{"a name", "“He was always the boss,” said his best friend at Lehigh, Bruce Turry.", "Bruce Turry"},
		{"a place", "“He was always the boss,” said a teacher from Concord, N.H.", "a teacher from Concord"},
	}, ent{document.Person, "Bruce Turry", nil})
}

// Every word of a trailing frame's cue belongs to it: "has said" gives one
// claim, not a second one read from "said".
func TestTrailingCueWordsUsed(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, `"It was great," Bill Clinton has said while stumping for his wife.`, ent{document.Person, "Bill Clinton", nil})
	if len(d.Claims) != 1 || d.Claims[0].Kind != document.Quote {
		t.Errorf("claims %+v, want the quote alone", d.Claims)
	}
}

// TestTrailingFrameSubjects checks two subjects of the content before a
// trailing frame: "that" before a verb group after a conjunction, and two
// modifiers joined before the speaker's head.
func TestTrailingFrameSubjects(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "that as a subject after but",
			text: "But that is not good enough, said Maria Holt, an analyst at Harbour Bank.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "that is not good enough"}},
		{name: "a pronoun and its verb after but",
			text: "But he operates the harbour on a different principle, Maria Holt said.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "he operates the harbour"}},
		{name: "paired modifiers",
			text: "The harbour wall cost twice its budget, current and former officials said.",
			want: want{kinds: k(r), claimant: "current and former officials", contains: "cost twice its budget"}},
		{name: "paired modifiers of an evidence noun",
			text: "The harbour wall cost twice its budget, state and federal records show.",
			want: want{kinds: k(r), claimant: "state and federal records", contains: "cost twice its budget"}},
	})
}

// TestAdjunctBeforeQuotedFrame checks that an adjunct of time opening the
// sentence before a frame and its quotation is no content of the frame,
// that a clause of condition is, and that a participle frame in the adjunct
// still reads its own content.
func TestAdjunctBeforeQuotedFrame(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	d := runOn(t, set, f, `While he was speaking with the press in Leeds on Monday, he said, “The council has not met for 35 days.”`, holt)
	for _, c := range d.Claims {
		if c.Kind == document.Reported && strings.Contains(c.Text, "speaking with the press") {
			t.Errorf("the adjunct became the reported claim %q", c.Text)
		}
	}
	q, r := document.Quote, document.Reported
	runClaimCases(t, []claimCase{
		{name: "quotation after the adjunct",
			text: `While she was speaking in Leeds on Monday, Maria Holt said, "The wall will be finished."`,
			ents: []ent{holt},
			want: want{kinds: k(q), claimant: "Maria Holt", contains: "The wall will be finished"}},
		{name: "condition",
			text: `If the council agrees, Maria Holt said, "the wall will be finished by June."`,
			ents: []ent{holt},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "If the council agrees"}},
		{name: "participle in the adjunct",
			text: `Remarking upon the council's "quiet patience," Maria Holt said, "The wall will be finished."`,
			ents: []ent{holt},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "upon the council's"}},
	})
}

// TestTimeSpanBeforeContent checks that a span back from the time of
// writing between a cue and its content is no part of the content.
func TestTimeSpanBeforeContent(t *testing.T) {
	run := valuesRunner(t, mariaHolt)
	for text, want := range map[string]string{
		"Maria Holt wrote a few years earlier that the port would close.":                        "the port would close",
		"Maria Holt argued two days ago that the port would close.":                              "the port would close",
		"As Maria Holt wrote a few years earlier, ''We just could not run a port without him.''": "We just could not run a port without him.",
	} {
		d := run(t, text)
		c := claimWith(d, document.Reported, want)
		if c == nil {
			c = claimWith(d, document.Quote, want)
		}
		if c == nil || c.Claimant == nil || c.Claimant.Name != mariaHolt.name {
			t.Errorf("%q: no claim %q by Maria Holt in %+v", text, want, d.Claims)
		}
	}
}

// TestParticipleAfterCommaAndAdverb checks that an adverb between the comma
// and a participle cue leaves the main clause's subject the speaker, past a
// relative clause that names places and people.
func TestParticipleAfterCommaAndAdverb(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Maria Holt", []string{"Holt"}}}
	text := "Maria Holt of Ohio, who leads in many towns, stuck to policy, eventually saying the port would close."
	d := runOn(t, set, f, text, ents...)
	for _, c := range d.Claims {
		if c.Cue == "saying" {
			if c.Claimant == nil || c.Claimant.Name != "Maria Holt" {
				t.Errorf("the participle's claimant is %+v, want Maria Holt", c.Claimant)
			}
			return
		}
	}
	t.Errorf("no claim of the participle in %+v", d.Claims)
}

// TestClauseAfterCueIsNoTrailingFrame checks that a cue followed by a
// clause of its own frames that clause, not the words before its speaker.
func TestClauseAfterCueIsNoTrailingFrame(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Saying the plan was dead, the mayor said Congress had failed the city.", ent{document.Org, "Congress", nil})
	found := false
	for _, c := range d.Claims {
		if c.Cue != "said" {
			continue
		}
		if strings.Contains(c.Text, "Saying") {
			t.Errorf("the opening phrase became the content of \"said\": %q", c.Text)
		}
		found = found || strings.Contains(c.Text, "Congress had failed the city")
	}
	if !found {
		t.Errorf("no claim of \"said\" holds the clause after it: %+v", d.Claims)
	}
}

// TestTrailingFrameAfterOpeningPhrase checks that an opening phrase set off
// by a comma stays in the content of a frame after the clause it opens,
// when that clause's verb is a past form with an object or an amount.
func TestTrailingFrameAfterOpeningPhrase(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "an object", text: "In May, the harbour committee raised new funds, council records show.",
			want: want{kinds: k(r), claimant: "council records", contains: "the harbour committee raised new funds"}},
		{name: "an amount", text: "In May, the harbour committee raised $57 million, council records show.",
			want: want{kinds: k(r), claimant: "council records", contains: "the harbour committee raised $57 million"}},
	})
}

// TestTrailingBaseForm checks that the base form of a speech verb that
// only lists other forms ("points out", "stressed") reads a trailing
// frame after a plural subject, as "say" and "argue" do.
func TestTrailingBaseForm(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "as critics point out",
			text: "The harbour wall will cost more than planned, as critics point out.",
			want: want{kinds: k(r), claimant: "critics", contains: "will cost more"}},
		{name: "engineers stress",
			text: "The harbour wall will cost more than planned, engineers stress.",
			want: want{kinds: k(r), claimant: "engineers", contains: "will cost more"}},
	})
}

// TestTrailingListenerThenClause checks that a trailing listener cue ends
// its frame at the listener when a subordinate clause follows, however
// long: the clause before the frame stays the content.
func TestTrailingListenerThenClause(t *testing.T) {
	set, f := testFinder(t)
	text := "The port will stay open, Maria Holt told her closest aides as she worked late on one of the longest speeches of her time as mayor."
	d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
	if !claimThrough(d, "told", "The port will stay open", "Maria Holt") {
		t.Errorf("no claim of the port by Maria Holt through told: %+v", d.Claims)
	}
}

// TestTrailingFrameBeforeDash checks that a dash after a trailing frame
// ends it when a noun phrase follows, and that the clause before the frame
// stays its content.
func TestTrailingFrameBeforeDash(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Such a levy could drive off the shippers, harbour pilots believe — shippers the port will need next year.")
	if !claimThrough(d, "believe", "Such a levy could drive off the shippers", "harbour pilots") {
		t.Errorf("no claim of the levy by the pilots: %+v", d.Claims)
	}
}

// TestTrailingSpeakerWithPrepositions checks that a speaker after the
// content keeps the prepositional phrases of its head: someone tied to a
// place or body, or a finding and its author ("a study by the council").
func TestTrailingSpeakerWithPrepositions(t *testing.T) {
	runClaimantCases(t, "The harbour board met on Monday. ", firstName, []claimantCase{
		{"a place", "The port will close in May, an official in Brussels said.", "an official in Brussels"},
		{"a finding and its author", "The port will close in May, a report by the harbour board said.", "a report by the harbour board"},
		{"a chain of phrases", "The port loses money every year, a study by the Council of Harbour Towns found.", "a study by the Council of Harbour Towns"},
	})
}

// TestParticipleAfterTrailingFrame checks that a participle after a
// trailing frame's comma is no more of the content, whether a cue or an
// adjunct of the whole sentence, while "including" goes on with it.
func TestParticipleAfterTrailingFrame(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct{ text, not, keep string }{
		{"Waiting lists have reached a record, the board said, prompting calls for the minister to resign.", "prompting calls", ""},
		{"The harbour will close in May, the board said, including the north dock.", "", "including the north dock"},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text)
		keep := tc.keep == ""
		for _, c := range d.Claims {
			if c.Cue == "said" && tc.not != "" && strings.Contains(c.Text, tc.not) {
				t.Errorf("%q: the adjunct %q read as content: %q", tc.text, tc.not, c.Text)
			}
			keep = keep || strings.Contains(c.Text, tc.keep)
		}
		if !keep {
			t.Errorf("%q: no claim holds %q", tc.text, tc.keep)
		}
	}
}

// TestTrailingSpeakerWithPrepositionalPhrases checks that a trailing
// speaker may carry prepositional phrases whose first head is the one who
// speaks ("two people with knowledge of the matter"), and that a role in
// apposition to a name before it is no speaker of the words before the name.
func TestTrailingSpeakerWithPrepositionalPhrases(t *testing.T) {
	set, f := testFinder(t)
	text := "The port could reopen next week, two people with knowledge of the talks said."
	d := runOn(t, set, f, text)
	if !claimThrough(d, "said", "The port could reopen next week", "two people with knowledge of the talks") {
		t.Errorf("%q: no claim by the people with knowledge in %+v", text, d.Claims)
	}
	text = "Just last week, Ana Ruiz, editor at large of the Gazette, a paper catering to the city, wrote, “The port is finished.”"
	d = runOn(t, set, f, text, ent{document.Person, "Ana Ruiz", nil})
	for _, c := range d.Claims {
		if c.Text == "Just last week, Ana Ruiz" {
			t.Errorf("%q: the name before its role is read as content: %+v", text, c)
		}
	}
}

// TestTrailingSpeakerWithVerbalModifier checks that a trailing speaker may
// carry a participle or a relative clause ("the union representing them",
// "officials who attended the talks").
func TestTrailingSpeakerWithVerbalModifier(t *testing.T) {
	set, f := testFinder(t)
	content := "Workers at the port could walk out next month"
	for _, who := range []string{"the union representing them", "officials who attended the talks"} {
		text := content + ", " + who + " said on Friday."
		d := runOn(t, set, f, text)
		if !claimThrough(d, "said", content, who) {
			t.Errorf("%q: no claim by %q in %+v", text, who, d.Claims)
		}
	}
}

// TestGerundIsNoTrailingSpeaker checks that a verb in "-ing" after a comma,
// with a cue word as its object, is no speaker of the clause before it.
func TestGerundIsNoTrailingSpeaker(t *testing.T) {
	wantNoClaimWithCue(t, []string{"The harbour toll cut traffic by a third, raising hopes of a cleaner bay."}, []string{"hopes"})
}

// TestTrailingJoinedSpeakers checks that two speakers joined by "and" after
// the content's comma speak together, each a phrase of its own, while one
// person's two roles make no pair.
func TestTrailingJoinedSpeakers(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "two bodies", text: "The harbour will reopen in May, the company and the union said.",
			want: want{kinds: k(r), claimant: "the company and the union", contains: "The harbour will reopen in May"}},
		{name: "a body and a plural", text: "The harbour will reopen in May, the company and state officials said.",
			want: want{kinds: k(r), claimant: "the company and state officials", contains: "The harbour will reopen in May"}},
	})
}
