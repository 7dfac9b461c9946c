package claims

import (
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// TestVerbGroupOneClaim checks that a cue verb governing the infinitive of
// another cue verb gives one claim, not one for each verb.
func TestVerbGroupOneClaim(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Kestrel's chief executive, Rachel Whitford, declined to confirm the talks at a conference on Wednesday.",
		"The governor sought to reassure investors about the state's finances.",
	} {
		d := runOn(t, set, f, text)
		n := 0
		for _, c := range d.Claims {
			if c.Kind == document.Reported {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d reported claims, want 1: %+v", text, n, d.Claims)
		}
	}
}

// TestCoordinatedCut checks that no claim's content runs into the next
// coordinated frame of its sentence.
func TestCoordinatedCut(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, across string }{
		{"The Danish government said it would not step in for now, but a spokesman for the labour ministry noted that the state could order arbitration.", "but a spokesman"},
		{"Ryo Tanaka claimed the package was a giveaway and said his party would push for a tax cut instead.", "and said"},
		{"The government has pledged £50m to repair flood defences, in a move ministers hope will calm voters.", "in a move"},
	} {
		d := runOn(t, set, f, tc.text)
		for _, c := range d.Claims {
			if c.Kind != document.Assertion && strings.Contains(c.Text, tc.across) {
				t.Errorf("%s claim %q runs across %q", c.Kind, c.Text, tc.across)
			}
		}
	}
}

// TestNoCommitment checks sentences that commit no one.
func TestNoCommitment(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.",
		"Construction will begin in the summer, officials at Norvik Energy said.",
		"The charges relate to threatening to assault a federal official.",
		"If you plan to retire early, you will need savings.",
	} {
		d := runOn(t, set, f, text, []ent{{document.Org, "Norvik Energy", nil}}...)
		for _, c := range d.Claims {
			if c.Kind == document.Commitment {
				t.Errorf("%q: unexpected commitment %q", text, c.Text)
			}
		}
	}
}

// TestNameRun checks the claimant's name when the speaker phrase holds more
// than the entity's mention.
func TestNameRun(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		text string
		ents []ent
		want string
	}{
		{"Chinese President Li Wen and Mr. Obama said they would sign the accord.",
			[]ent{{document.Person, "Li Wen", nil}, {document.NORP, "Chinese", nil}}, "Li Wen"},
		{"Former Halden Trust said the fund would sell its stake.",
			[]ent{{document.Org, "Halden Trust", nil}}, "Halden Trust"},
		{"The Baltic Dockers' Union said the strike would go ahead.",
			[]ent{{document.Org, "Baltic Dockers", nil}}, "Baltic Dockers' Union"},
		{"According to the Society of Indian Carmakers (SIC), sales fell for a year.",
			[]ent{{document.NORP, "Indian", nil}, {document.Org, "SIC", nil}}, "Society of Indian Carmakers"},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text, tc.ents...)
		var got []string
		for _, c := range d.Claims {
			if c.Claimant != nil {
				got = append(got, c.Claimant.Name)
			}
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q: claimants %q, want %q first", tc.text, got, tc.want)
		}
	}
}

// checkClaims checks the invariants every claim keeps.
func checkClaims(t *testing.T, d *document.Document) {
	t.Helper()
	prev := -1
	for i, c := range d.Claims {
		if c.ID != "c"+itoa(i+1) {
			t.Errorf("claim %d has id %q", i, c.ID)
		}
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
			t.Fatalf("claim %s span %v outside text of %d bytes", c.ID, c.Span, len(d.Text))
		}
		if c.Sentence.Start < 0 || c.Sentence.End > len(d.Text) || c.Sentence.Start > c.Sentence.End {
			t.Fatalf("claim %s sentence %v outside text", c.ID, c.Sentence)
		}
		if c.Text != d.Text[c.Start:c.End] || !utf8.ValidString(c.Text) {
			t.Errorf("claim %s text %q is not its span", c.ID, c.Text)
		}
		if c.Start < prev {
			t.Errorf("claim %s out of text order", c.ID)
		}
		prev = c.Start
		switch c.Kind {
		case document.Quote, document.Reported, document.Commitment, document.Assertion:
		default:
			t.Errorf("claim %s has kind %q", c.ID, c.Kind)
		}
		if c.Kind == document.Assertion && c.Claimant != nil {
			t.Errorf("assertion %s has a claimant", c.ID)
		}
		if c.Rule == "" {
			t.Errorf("claim %s has no rule", c.ID)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestEntitiesAndValues(t *testing.T) {
	set, f := testFinder(t)
	text := "Huawei has promised to invest $2bn in cyber security in the UK, Ken Hu said."
	d := newDoc(set, text)
	withEntities(d, []ent{{document.Org, "Huawei", nil}, {document.GPE, "UK", nil}, {document.Person, "Ken Hu", nil}})
	at := strings.Index(text, "$2bn")
	d.Values = []document.Value{{ID: "v1", Type: document.Money, Span: document.Span{Start: at, End: at + 4}, Text: "$2bn"}}
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	var commit, said *document.Claim
	for i := range d.Claims {
		switch d.Claims[i].Kind {
		case document.Commitment:
			commit = &d.Claims[i]
		case document.Reported:
			said = &d.Claims[i]
		}
	}
	if commit == nil || said == nil {
		t.Fatalf("want a commitment and a reported claim, got %+v", d.Claims)
	}
	if commit.Claimant == nil || commit.Claimant.Entity != "e1" || strings.Join(commit.Values, ",") != "v1" || strings.Join(commit.Entities, ",") != "e2" {
		t.Errorf("commitment: claimant %+v, entities %v, values %v", commit.Claimant, commit.Entities, commit.Values)
	}
	if said.Claimant == nil || said.Claimant.Name != "Ken Hu" || said.Claimant.Entity != "e3" || strings.Join(said.Entities, ",") != "e1,e2" {
		t.Errorf("reported: claimant %+v, entities %v", said.Claimant, said.Entities)
	}
}

func TestNew(t *testing.T) {
	set := testSet(t).Clone()
	if err := set.Merge("user.yaml", []byte("kind: attribution\nrules:\n  - id: speech\n    disabled: true\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := New(set); err != nil {
		t.Fatalf("a set with some cues left should build: %v", err)
	}
	empty, err := rules.LoadFS(fstest.MapFS{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(empty); err == nil {
		t.Error("a set without attribution cues should not build")
	}
}

// TestConcurrent runs one Finder on several documents at once; run it with
// -race to check that Run keeps no state in the Finder.
func TestConcurrent(t *testing.T) {
	set, f := testFinder(t)
	data, err := os.ReadFile("testdata/huawei-cybersecurity-push.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := newDoc(set, string(data))
	if err := f.Run(want); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDoc(set, string(data))
			if err := f.Run(d); err != nil {
				t.Error(err)
				return
			}
			if len(d.Claims) != len(want.Claims) {
				t.Errorf("got %d claims, want %d", len(d.Claims), len(want.Claims))
			}
		}()
	}
	wg.Wait()
}

func FuzzClaims(f *testing.F) {
	set := testSet(f)
	finder, err := New(set)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(`"We believe," Hu said, "it's global." He added that it was fine.`)
	f.Add("“Open quote never closed\n\n“Next paragraph, said Smith")
	f.Add("''x'' said Y. According to Z, w. It was reported that q will, a source said.")
	f.Add("Huawei has promised to invest $2bn. ” “ ‘ ’ \"")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := newDoc(set, text)
		// An entity on every capitalized word, to exercise claimant resolution.
		for i, tk := range d.Tokens {
			if tk.Text != "" && tk.Text[0] >= 'A' && tk.Text[0] <= 'Z' {
				typ := []string{document.Person, document.Org, document.GPE}[i%3]
				d.Entities = append(d.Entities, document.Entity{ID: "e" + itoa(i), Type: typ, Name: tk.Text, Mentions: []document.Span{tk.Span}})
			}
		}
		if err := finder.Run(d); err != nil {
			t.Fatal(err)
		}
		checkClaims(t, d)
	})
}

// TestLinear checks that a text without sentence breaks, full of cues and
// quotation marks, costs work in proportion to its length. The work is the
// number of token tests the run makes, so the check does not depend on the
// load of the machine.
func TestLinear(t *testing.T) {
	set := testSet(t)
	finder, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	units := []string{
		"Hu said the plan works, a source said, according to Reuters, “and it will” he told them, saying that ",
		"Hu said after the plan works and Trump's claims about the deal will pass and ",
		"The company paid $5m to settle, a claim the firm denied, and Hu, its director, Joanna Pike, said ",
		"He said it would not step in, but a spokesman noted that it could act and argued that it may, in a move officials hope ",
	}
	steps := func(unit string, n int) int {
		r := newRun(finder, newDoc(set, strings.Repeat(unit, n)))
		r.claims()
		return r.steps
	}
	for _, u := range units {
		small, large := steps(u, 500), steps(u, 4000)
		t.Logf("%d steps, then %d for 8x the text", small, large)
		// Eight times the text: linear work takes about 8x, quadratic work 64x.
		if small == 0 || large > 12*small {
			t.Errorf("%q: 8x the text took %d steps against %d", u, large, small)
		}
	}
}

func BenchmarkClaims(b *testing.B) {
	set := testSet(b)
	finder, err := New(set)
	if err != nil {
		b.Fatal(err)
	}
	para := "“Any concerns or allegations on security at Huawei should be based on factual evidence,” he told journalists, according to Reuters. " +
		"Huawei has repeatedly insisted it operates independently of Beijing, a company statement added. " +
		"The government is expected to publish a telecoms review early next year, sources said.\n\n"
	text := strings.Repeat(para, 200)
	d := newDoc(set, text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		if err := finder.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}
