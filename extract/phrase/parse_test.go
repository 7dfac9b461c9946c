package phrase

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

func newLexicon(t testing.TB) *Lexicon {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return New(set)
}

func parse(l *Lexicon, text string, p *Parse) {
	toks := segment.Tokens(text, document.Span{End: len(text)}, nil)
	l.Parse(toks, p)
}

func TestParse(t *testing.T) {
	l := newLexicon(t)
	cases := []struct{ in, want string }{
		{"The company's spokesman has repeatedly insisted that it paid.",
			"[NP The company 's *spokesman] [VG has repeatedly *insisted] | that [NP *it] [VG *paid] | ."},
		{"It was reported that the talks failed.",
			"[NP *It] [VG was *reported] | that [NP the *talks] [VG *failed] | ."},
		{"Smith is widely believed to have left.",
			"[NP *Smith] [VG is widely *believed to have *left] | ."},
		{"Smith denied the report.",
			"[NP *Smith] [VG *denied] [NP the *report] | ."},
		{"The poll also showed the weakness of the label.",
			"[NP The *poll] [VG also *showed] [NP the *weakness] of [NP the *label] | ."},
		{"The newly elected president said no.",
			"[NP The newly elected *president] [VG *said] no | ."},
		{"The union fought the plan and began a strike.",
			"[NP The *union] [VG *fought] [NP the *plan] | and [VG *began] [NP a *strike] | ."},
		{"A new poll shows support falling.",
			"[NP A new *poll] [VG *shows] [NP support *falling] | ."},
		{"The study found no link.",
			"[NP The *study] [VG *found] [NP no *link] | ."},
		{"Jones, a former minister, did not say.",
			"[NP *Jones] | , [NP a former *minister] | , [VG did not *say] | ."},
		{"The firm hired Lee and said it will grow.",
			"[NP The *firm] [VG *hired] [NP *Lee] | and [VG *said] [NP *it] [VG will *grow] | ."},
		{"The newly elected mayor, who spoke on Monday, could resign.",
			"[NP The newly elected *mayor] | , | [NP *who] [VG *spoke] on [NP *Monday] | , [VG could *resign] | ."},
		{"As Brown puts it, prices climbed.",
			"As [NP *Brown] [VG *puts] [NP *it] | , [NP *prices] [VG *climbed] | ."},
		{"Ms. Malik raised less suspicion.",
			"[NP Ms . *Malik] [VG *raised] [NP less *suspicion] | ."},
		{"Ms. Malik quickly raised less suspicion.",
			"[NP Ms . *Malik] [VG quickly *raised] [NP less *suspicion] | ."},
		{"The ban was first reported by a website.",
			"[NP The *ban] [VG was first *reported] by [NP a *website] | ."},
		{"Ms. Malik likely raised less suspicion.",
			"[NP Ms . Malik *likely] [VG *raised] [NP less *suspicion] | ."},
		{"Obama administration officials raised concerns.",
			"[NP Obama administration *officials] [VG *raised] [NP *concerns] | ."},
		{"A revised estimate came.",
			"[NP A revised *estimate] [VG *came] | ."},
		{"The committee raised funds.",
			"[NP The *committee] [VG *raised] [NP *funds] | ."},
		{"The committee raised $57 million.",
			"[NP The *committee] [VG *raised] $ [NP 57 *million] | ."},
		{"Will Smith said he was a star.",
			"[NP Will *Smith] [VG *said] [NP *he] [VG *was] [NP a *star] | ."},
		{"Smith, citing ''the magic,'' said he won.",
			"[NP *Smith] | , [NP *citing] | ' ' [NP the *magic] | , | ' ' [VG *said] [NP *he] [VG *won] | ."},
	}
	wantParses(t, l, cases)
}

// TestParseLinear checks that a parse reuses its slices: no allocation once
// they have grown, so the cost is linear in the tokens.
func TestParseLinear(t *testing.T) {
	l := newLexicon(t)
	text := strings.Repeat("The company’s spokesman, who spoke on Monday, has repeatedly insisted that it was reported. ", 50)
	toks := segment.Tokens(text, document.Span{End: len(text)}, nil)
	var p Parse
	l.Parse(toks, &p)
	if allocs := testing.AllocsPerRun(10, func() { l.Parse(toks, &p) }); allocs != 0 {
		t.Errorf("Parse allocated %v times per run", allocs)
	}
	if len(p.Clauses) < 150 || len(p.Chunks) < 300 {
		t.Errorf("%d clauses, %d chunks over 50 sentences", len(p.Clauses), len(p.Chunks))
	}
}

// TestAddVerbs checks that a caller's verbs start verb groups.
func TestAddVerbs(t *testing.T) {
	l := newLexicon(t)
	var p Parse
	parse(l, "Officials touted the plan.", &p)
	if got := p.String(); got != "[NP Officials *touted] [NP the *plan] | ." && got != "[NP *Officials] [VG *touted] [NP the *plan] | ." {
		t.Fatalf("before AddVerbs: %s", got)
	}
	l.AddVerbs([]string{"Trumpets", "blows up"})
	parse(l, "The band trumpets the plan.", &p)
	if got, want := p.String(), "[NP The *band] [VG *trumpets] [NP the *plan] | ."; got != want {
		t.Errorf("after AddVerbs: %s, want %s", got, want)
	}
}

func BenchmarkParse(b *testing.B) {
	l := newLexicon(b)
	text := strings.Repeat("The company’s spokesman, who spoke on Monday, has repeatedly insisted that it was reported. "+
		"Smith is widely believed to have left, and a new poll shows support falling as Brown puts it. ", 200)
	toks := segment.Tokens(text, document.Span{End: len(text)}, nil)
	var p Parse
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.Parse(toks, &p)
	}
}

func TestInfinitiveAndPossessive(t *testing.T) {
	l := newLexicon(t)
	l.AddVerbs([]string{"attacks", "downplay"})
	cases := []struct{ in, want string }{
		{"Gingrich tried to downplay it.", "[NP *Gingrich] [VG *tried to *downplay] [NP *it] | ."},
		{"He went to Iowa to campaign.", "[NP *He] [VG *went] to [NP *Iowa] [VG to *campaign] | ."},
		{"Mr. Trump said Gov. Haley left.", "[NP Mr . *Trump] [VG *said] [NP Gov . *Haley] [VG *left] | ."},
		{"Trump's attacks on Cruz worried aides.", "[NP Trump 's *attacks] on [NP *Cruz] [VG *worried] [NP *aides] | ."},
	}
	wantParses(t, l, cases)
}

// TestBareApostrophePossessive checks that an apostrophe alone after a word
// in s joins the noun phrase as "'s" does, and that one closing a single
// quotation does not.
func TestBareApostrophePossessive(t *testing.T) {
	l := newLexicon(t)
	cases := []struct{ in, want string }{
		{"Sanders' allies are eager.", "[NP Sanders ' *allies] [VG are *eager] | ."},
		{"Sanders’ allies are eager.", "[NP Sanders ’ *allies] [VG are *eager] | ."},
	}
	wantParses(t, l, cases)
	var p Parse
	parse(l, "He called them ‘crooks’ allies of the mayor.", &p)
	if got := p.String(); strings.Contains(got, "’ *allies") {
		t.Errorf("a closing quotation mark read as a possessive: %s", got)
	}
}

// parseCase is a text and the parse it must print.
type parseCase = struct{ in, want string }

// wantParses checks that each case's text parses as its want prints.
func wantParses(t *testing.T, l *Lexicon, cases []parseCase) {
	t.Helper()
	var p Parse
	for _, tc := range cases {
		parse(l, tc.in, &p)
		if got := p.String(); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
