package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteTailNamesSpeaker checks that a quote closed by a comma and
// followed by a named person and a verb outside the cue lists is that
// person's, not the previous speaker's.
func TestQuoteTailNamesSpeaker(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "an unlisted verb after the name",
			text: "Ana Ruiz said the budget was tight.\n\n\"If they were serious about this, they would have asked us first,\" Marta Vidal fumed on Tuesday.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(q), claimant: "Marta Vidal", contains: "they would have asked us first"}},
		{name: "a question then a new sentence keeps the chain",
			text: "\"We will not sell the port, whatever the offers,\" Ana Ruiz said.\n\n\"Who would buy a port that loses money every year?\" Marta Vidal owns the other one.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(q), claimant: "Ana Ruiz", contains: "Who would buy a port"}},
	})
}

// TestQuoteTailDoubledMarks checks the tail after a quote in doubled
// apostrophes, and that the next quote of the paragraph goes on with it.
func TestQuoteTailDoubledMarks(t *testing.T) {
	q := document.Quote
	text := "Ana Ruiz said the budget was tight.\n\n''Who would pay for a port that loses money every year?'' Marta Vidal asked. ''Nobody in this town, and nobody in the capital either.''"
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}}
	runClaimCases(t, []claimCase{
		{name: "the question", text: text, ents: ents,
			want: want{kinds: k(q), claimant: "Marta Vidal", contains: "Who would pay for a port"}},
		{name: "the quote after it", text: text, ents: ents,
			want: want{kinds: k(q), claimant: "Marta Vidal", contains: "Nobody in this town"}},
	})
}

// TestQuoteTailInvertedAndFullStop checks a cue, or any past form, before
// the name after a comma, and a cue after a quote ending on a full stop.
func TestQuoteTailInvertedAndFullStop(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}}
	runClaimCases(t, []claimCase{
		{name: "cue before the name",
			text: "Ana Ruiz said the budget was tight.\n\n\"The port will not be sold to anyone this year,\" said Marta Vidal, a councillor.",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "The port will not be sold"}},
		{name: "full stop then a cue",
			text: "Ana Ruiz said the budget was tight.\n\n\"The port will not be sold to anyone this year.\" Marta Vidal said.",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "The port will not be sold"}},
		{name: "a past form outside the cue lists before the name",
			text: "Ana Ruiz said the budget was tight.\n\n\"Silly people acting like they have never seen a port before,\" scoffed Marta Vidal, a councillor.",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "Silly people"}},
	})
}

// TestQuoteLeadInParagraph checks that a paragraph ending on a verb and a
// colon gives the quote opening the next paragraph to its subject.
func TestQuoteLeadInParagraph(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "a verb and a colon",
			text: "The senator then turned to the moderators, and Marta Vidal continued:\n\n\"You look at the questions, and none of them is about the issues people care about.\"",
			ents: []ent{{document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(document.Quote), claimant: "Marta Vidal", contains: "You look at the questions"}},
	})
}

// TestQuoteTailNewSentence checks that after a full stop a name and a cue
// opening a clause of their own are a new sentence, not the quote's tail.
func TestQuoteTailNewSentence(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "a new frame after the quote",
			text: "\"It is a sad development for the city,\" Ana Ruiz told reporters. \"This is what happens when nobody listens.\" Marta Vidal said she would have closed the port.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(document.Quote), claimant: "Ana Ruiz", contains: "This is what happens"}},
	})
}

// TestQuoteTailAppositive checks that a quote's speaker named after it keeps
// the quote across an appositive before the cue: an age, or a role with a
// relative clause.
func TestQuoteTailAppositive(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "an age",
			text: "\"We each have our own opinion, but we are friends,\" Jim Bennett, 57, told a voter passing by.",
			ents: []ent{{document.Person, "Jim Bennett", nil}},
			want: want{kinds: k(q), claimant: "Jim Bennett", contains: "we are friends"}},
		{name: "a role with a relative clause",
			text: "\"It's plagiarism, flat-out plagiarism,\" Dana Pell, the strategist who ran the campaign, said on CNN.",
			ents: []ent{{document.Person, "Dana Pell", nil}},
			want: want{kinds: k(q), claimant: "Dana Pell", contains: "flat-out plagiarism"}},
	})
}

// TestQuoteSignatureLine checks that a quote filling its paragraph takes
// its speaker from a signature line after it, a dash and a name, rather than
// going on with the speaker before it; and that a dash line that is no
// signature (a subhead, or a quote that shares its paragraph) leaves the
// quote alone.
func TestQuoteSignatureLine(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}}
	runClaimCases(t, []claimCase{
		{name: "a dash and a surname",
			text: "\"The port will be sold by the end of the year,\" Ana Ruiz said.\n\n\"We went to the bankers before the crash and told them what was coming.\"\n\n- Vidal.\n\nVidal tends to overstate her role.",
			ents: ents, want: want{kinds: k(q), claimant: "Vidal", contains: "We went to the bankers"}},
		{name: "a dash, a name and a place",
			text: "\"The port will be sold by the end of the year,\" Ana Ruiz said.\n\n\"The whole idea is something that we hear about all the time, and it needs to stop.\"\n\n-Marta Vidal, Valencia.",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "The whole idea"}},
		{name: "a subhead is no signature",
			text: "\"The port will be sold by the end of the year,\" Ana Ruiz said.\n\n\"We went to the bankers before the crash and told them what was coming.\"\n\n– Old hands –\n\nThe council met on Monday.",
			ents: ents, want: want{kinds: k(q), claimant: "Ana Ruiz", contains: "We went to the bankers"}},
	})
}

// TestQuoteAfterColon checks that a quote a colon brings in within its
// sentence is the subject's when the clause before the colon has someone
// who can speak as its subject, whatever the verb; and that a subject that
// cannot speak gives no speaker.
func TestQuoteAfterColon(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}, {document.Person, "Marta Vidal", []string{"Vidal"}}}
	runClaimCases(t, []claimCase{
		{name: "a verb outside the cue lists",
			text: "Ana Ruiz spoke first. Marta Vidal interjected: \"So you are saying there will be some flexibility in the plan?\"",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "some flexibility"}},
		{name: "a predicate of several words",
			text: "Ana Ruiz spoke first. The senator went even further: \"This port will be sold over my dead body, and everyone here knows it.\"",
			ents: ents, want: want{kinds: k(q), claimant: "The senator", contains: "over my dead body"}},
	})
	runClaimantCases(t, "Ana Ruiz spoke first. ", lastName, []claimantCase{
		{"a subject after a conjunction", "And Marta Vidal gloated: \"I told you she would not be ready for the debate.\"", "Marta Vidal"},
		{"a finding", "A footnote in the report makes that clear: \"These assessments do not apply to the system used by the ministers.\"", "A footnote in the report"},
		{"an appositive after the subject", "Mayor Marta Vidal, D-Ore., delivered a blunt message: \"I told you she would not be ready for the debate.\"", "Marta Vidal"},
	}, ents...)
	// A sign's words are kept as a quote, with no speaker.
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz spoke first. The banner on the wall read: \"This port will be sold over our dead bodies, and everyone here knows it.\"", ents...)
	kept := false
	for _, c := range d.Claims {
		if !strings.Contains(c.Text, "dead bodies") {
			continue
		}
		kept = c.Kind == q
		if c.Claimant != nil {
			t.Errorf("a sign's words %q went to %q", c.Text, c.Claimant.Name)
		}
	}
	if !kept {
		t.Error("a quote after a colon with no speaker was lost")
	}
}

// TestQuoteAfterComma checks that a quotation brought in by a comma after
// a subject who can speak and a verb outside the cue lists is the
// subject's, that a passive subject heard the words and does not speak
// them, and that a short quoted title after a comma takes no speaker.
func TestQuoteAfterComma(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}, {document.Person, "Marta Vidal", []string{"Vidal"}}}
	runClaimCases(t, []claimCase{
		{name: "a verb and a particle",
			text: "Ana Ruiz spoke first. Marta Vidal shot back, \"So you are saying there will be some flexibility in the plan?\"",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "some flexibility"}},
	})
	set, f := testFinder(t)
	for _, text := range []string{
		"Ana Ruiz spoke first. Marta Vidal was asked, \"Will there be some flexibility in the plan?\"",
		"Ana Ruiz spoke first. Marta Vidal wrote a book, \"Ports\", last year.",
	} {
		d := runOn(t, set, f, text, ents...)
		for _, c := range d.Claims {
			if c.Kind == q && c.Claimant != nil && c.Claimant.Name == "Marta Vidal" {
				t.Errorf("%q: quote %q went to Marta Vidal", text, c.Text)
			}
		}
	}
}

// TestQuoteAfterCommaNoFrame checks the quotation a comma brings in when
// no frame names its speaker: the second half of a quotation split by its
// attribution goes with the first, an inverted cue before the comma names
// the speaker, the sentence's subject speaks after a clause of its own, and
// a passive subject, who heard the words, leaves the quote with no one.
func TestQuoteAfterCommaNoFrame(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}, {document.Person, "Marta Vidal", []string{"Vidal"}}}
	runClaimCases(t, []claimCase{
		{name: "a split quotation",
			text: "Ana Ruiz spoke first.\n\n\"The risk,\" said Marta Vidal, a councillor who chairs the board, \"is that the port will lose its ships.\"",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "the port will lose its ships"}},
		{name: "an inverted cue at the sentence start",
			text: "Ana Ruiz spoke first.\n\nSaid Marta Vidal, \"The port will lose its ships this winter.\"",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "The port will lose its ships"}},
		{name: "the subject of a clause before the comma",
			text: "Ana Ruiz spoke first.\n\nMarta Vidal shrugged off the report, telling reporters, \"The port will lose its ships this winter.\"",
			ents: ents, want: want{kinds: k(q), claimant: "Marta Vidal", contains: "The port will lose its ships"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz spoke first.\n\nMarta Vidal was asked, \"Will the port lose its ships this winter?\"", ents...)
	c := claimWith(d, q, "Will the port lose its ships this winter?")
	if c == nil {
		t.Fatalf("the question was lost: %+v", d.Claims)
	}
	if c.Claimant != nil {
		t.Errorf("the question went to %q, who heard it", c.Claimant.Name)
	}
}

// TestColonFrameLeadsNextQuote checks that a frame whose colon brings in a
// quotation is not also the tail of the quotation before it, which stays
// with the speaker of the chain.
func TestColonFrameLeadsNextQuote(t *testing.T) {
	set, f := testFinder(t)
	text := `"We are neighbours," Ms. Holt said. "We are not rivals." Ms. Ruiz said: "The harbour is for everyone."`
	d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", []string{"Holt"}}, ent{document.Person, "Ana Ruiz", []string{"Ruiz"}})
	want := map[string]string{"We are neighbours": "Holt", "We are not rivals.": "Holt", "The harbour is for everyone.": "Ruiz"}
	for _, c := range d.Claims {
		w, ok := want[c.Text]
		if !ok {
			continue
		}
		if c.Claimant == nil || !strings.Contains(c.Claimant.Name, w) {
			t.Errorf("quote %q: claimant %+v, want %s", c.Text, c.Claimant, w)
		}
		delete(want, c.Text)
	}
	if len(want) > 0 {
		t.Errorf("quotes not found: %v", want)
	}
}

// TestPlaceInTailAppositive checks that the comma between a place and its
// region does not end an appositive between a quote's speaker and the verb,
// and that a determiner after a first appositive opens a second one.
func TestPlaceInTailAppositive(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{mariaHolt, {document.GPE, "Dayton", nil}, {document.GPE, "Ohio", nil}, {document.GPE, "Elmira", nil}}
	wantClaimBy(t, set, f, document.Quote, mariaHolt.name, map[string]string{
		`"The port will stay open," Maria Holt, a teacher in Dayton, Ohio, said.`:                       "The port will stay open",
		`''The port will stay open,'' Maria Holt, 67, a retired nurse in Elmira, Ohio, said on Monday.`: "The port will stay open",
		`"The port will stay open," Maria Holt, 67, a retired nurse, told reporters.`:                   "The port will stay open",
	}, ents...)
	wantReportedByHolt(t, map[string]string{
		"Maria Holt, a teacher in Dayton, Ohio, said the port would stay open.": "the port would stay open",
	})
}

// TestQuoteAfterOpeningPhrase checks that a quotation brought in by a comma
// after opening phrases only goes on in the words of the paragraph's last
// quote.
func TestQuoteAfterOpeningPhrase(t *testing.T) {
	set, f := testFinder(t)
	wantClaimBy(t, set, f, document.Quote, mariaHolt.name, map[string]string{
		`"The port is losing money," said Maria Holt. Unless the board acts, "it will close before the summer."`: "it will close before the summer.",
		`"The port is losing money," Maria Holt said. Instead, "the board keeps spending on the new terminal."`:  "the board keeps spending on the new terminal.",
	}, mariaHolt)
}

// TestQuoteTailDocument checks that a document headed by a message noun
// speaks for the quote before it, with any verb that ends the tail.
func TestQuoteTailDocument(t *testing.T) {
	set, f := testFinder(t)
	for text, want := range map[string]string{
		`"The port will close before the summer," the statement read.`:            "the statement",
		`"The port will close before the summer," the suit reads.`:                "the suit",
		`"The port will close before the summer," a voice-over in the ad states.`: "a voice-over",
	} {
		c := claimWith(runOn(t, set, f, text), document.Quote, "The port will close before the summer")
		if c == nil || c.Claimant == nil || c.Claimant.Name != want {
			t.Errorf("%q: want the quote by %q, got %+v", text, want, c)
		}
	}
	d := runOn(t, set, f, `"The port will close before the summer," the banner read.`)
	if c := claimWith(d, document.Quote, "The port will close before the summer"); c == nil || c.Claimant != nil {
		t.Errorf("a banner is no message noun: %+v", d.Claims)
	}
}

// TestClosingMarkOpensParagraphQuote checks that a closing mark that opens
// a paragraph, past a direction mark, opens a quotation that the same mark
// closes: ”...,” said X.
func TestClosingMarkOpensParagraphQuote(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "\u202a\u201dThe harbour plan will fail. It is far too costly,\u201d said Tom Holt.", ent{document.Person, "Tom Holt", nil})
	c := claimWith(d, document.Quote, "The harbour plan will fail. It is far too costly")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "Tom Holt" {
		t.Errorf("no quotation by Tom Holt: %+v", d.Claims)
	}
}

// TestNarratorIsTheAuthor checks that "I" outside quotation marks speaks
// as the page's one author, and inside them as the quoted speaker.
func TestNarratorIsTheAuthor(t *testing.T) {
	set, f := testFinder(t)
	d := newDoc(set, "I believe the harbour plan will fail. \"I think it will work,\" said Tom Holt.")
	d.Meta.Authors = []string{"Jane Doe"}
	withEntities(d, []ent{{document.Person, "Tom Holt", nil}})
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Claims {
		switch {
		case c.Cue == "believe" && (c.Claimant == nil || c.Claimant.Name != "Jane Doe"):
			t.Errorf("%q by %+v, want the author", c.Text, c.Claimant)
		case c.Cue == "think" && (c.Claimant == nil || c.Claimant.Name != "Tom Holt"):
			t.Errorf("%q by %+v, want the quoted speaker", c.Text, c.Claimant)
		}
	}
}

// TestNameOpeningSentence checks that a capitalized word opening a
// sentence speaks when the text writes it capitalized inside a sentence
// too, though the entity stage did not find it, while a common noun that
// only a sentence's start capitalizes does not.
func TestNameOpeningSentence(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", nil}}
	runClaimantCases(t, "Ana Ruiz met the board on Monday, when Holt spoke first. ", lastName, []claimantCase{
		{"a name written inside a sentence", "Holt leaned in and boomed: “The harbour will close next year.”", "Holt"},
		{"a common noun", "Thunder rolled in and boomed: “The harbour will close next year.”", ""},
	}, ents...)
}

// TestQuoteAfterNarration checks that a standalone quotation goes to the
// person the sentence before it is about, not to the chain's earlier
// speaker: the speaker of a frame with nothing after its cue but an
// adverbial, in the quotation's paragraph or the one before, or the person
// subject of a sentence of its paragraph; and that a sentence with a claim
// of its own keeps its speaker for the quotation.
func TestQuoteAfterNarration(t *testing.T) {
	q := document.Quote
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}}
	wall := want{kinds: k(q), claimant: "Marta Vidal", contains: "no money left for the new wall"}
	believes := want{kinds: k(q), claimant: "Marta Vidal", contains: "Nobody here believes"}
	runClaimCases(t, []claimCase{
		{name: "said in a statement",
			text: "Ana Ruiz said the budget was tight. Marta Vidal, the harbour master, said in a statement. “There is no money left for the new wall.”",
			ents: ents, want: wall},
		{name: "agreed, in the next paragraph",
			text: "Ana Ruiz said the budget was tight.\n\nMarta Vidal agreed.\n\n“There is no money left for the new wall.”",
			ents: ents, want: wall},
		{name: "a gesture, then words",
			text: "“The wall will hold,” Ana Ruiz said.\n\nMarta Vidal shook her head. “Nobody here believes that any more.”",
			ents: ents, want: believes},
		{name: "a sentence with a claim keeps the chain",
			text: "“The wall will hold,” Ana Ruiz said.\n\nMarta Vidal said the wall was old. “Nobody here believes that any more.”",
			ents: ents, want: believes},
	})
}

// TestQuoteInProseAfterAside checks that a quotation inside a sentence of
// prose is its subject's when an aside set off by commas stands between the
// subject and its verb ("Ana Ruiz, for her part, finds ...").
func TestQuoteInProseAfterAside(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "for her part",
			text: "Ana Ruiz, for her part, finds the plan “a blatant abuse of power.”",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(document.Quote), claimant: "Ana Ruiz", contains: "a blatant abuse of power"}},
	})
}
