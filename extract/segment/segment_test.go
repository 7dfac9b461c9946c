package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

func newSegmenter(t testing.TB) *Segmenter {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return New(set)
}

func sentences(s *Segmenter, text string) []string {
	var out []string
	for _, p := range Paragraphs(text) {
		for _, sp := range s.Sentences(text, p) {
			out = append(out, text[sp.Start:sp.End])
		}
	}
	return out
}

func TestSentences(t *testing.T) {
	s := newSegmenter(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Huawei has not yet responded. BT declined to comment.",
			[]string{"Huawei has not yet responded.", "BT declined to comment."}},
		{"Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They talked.",
			[]string{"Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They talked."}},
		{"“We oppose those allegations.” Hu said so. “It's an industrywide issue!” he added.",
			[]string{"“We oppose those allegations.”", "Hu said so.", "“It's an industrywide issue!” he added."}},
		{"Prices rose 2.5 per cent. Shares in J. P. Morgan fell.",
			[]string{"Prices rose 2.5 per cent.", "Shares in J. P. Morgan fell."}},
		{"Officials in the U.S. said no. In the U.S. The company grew.",
			[]string{"Officials in the U.S. said no.", "In the U.S.", "The company grew."}},
		{"“No,” said a spokeswoman for Acme Corp. “We stay.” The U.S. “war on drugs” went on.",
			[]string{"“No,” said a spokeswoman for Acme Corp.", "“We stay.”", "The U.S. “war on drugs” went on."}},
		{"Latest in News\nDeepSeek\nOpenAI unveiled a model",
			[]string{"Latest in News", "DeepSeek", "OpenAI unveiled a model"}},
		{"First paragraph ends here.\n\nSecond one? Yes.",
			[]string{"First paragraph ends here.", "Second one?", "Yes."}},
		{"It was the end... and then it wasn't.", []string{"It was the end... and then it wasn't."}},
		{"Visit example.com today. Then leave.", []string{"Visit example.com today.", "Then leave."}},
		{"He said no. Article No. 5 applies.", []string{"He said no.", "Article No. 5 applies."}},
		{"She lost to then-Sen. Barack Obama. It hurt.", []string{"She lost to then-Sen. Barack Obama.", "It hurt."}},
		{"The plan was half-baked. It failed.", []string{"The plan was half-baked.", "It failed."}},
	} {
		got := sentences(s, tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "Huawei's $2bn plan, the U.S. said, won't cost 1,000.5 jobs — self-driving."
	var got []string
	for _, tok := range Tokens(text, document.Span{Start: 0, End: len(text)}, nil) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q at %v", tok.Text, tok.Span)
		}
		got = append(got, tok.Text)
	}
	want := []string{"Huawei", "'s", "$", "2bn", "plan", ",", "the", "U.S.", "said", ",", "won't", "cost", "1,000.5", "jobs", "—", "self-driving", "."}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tokens:\n got %q\nwant %q", got, want)
	}
}

// TestTokensLeftMarkAsApostrophe checks that a left single mark glued to a
// word before "s" is split off as a possessive, as careless typesetting uses
// it, while one that opens a quotation stays a mark.
func TestTokensLeftMarkAsApostrophe(t *testing.T) {
	text := "Trump‘s attack on ‘sanctuary’ cities"
	var got []string
	for _, tok := range Tokens(text, document.Span{Start: 0, End: len(text)}, nil) {
		got = append(got, tok.Text)
	}
	want := []string{"Trump", "‘s", "attack", "on", "‘", "sanctuary", "’", "cities"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens:\n got %q\nwant %q", got, want)
	}
}

// TestTokensDomainName checks that a period between a letter and a
// lower-case letter stays inside its token, as in a domain name, while
// an abbreviation's and a sentence's periods still stand alone.
func TestTokensDomainName(t *testing.T) {
	text := "A screenshot on Outsports.com showed it. Mr. Lee left."
	var got []string
	for _, tok := range Tokens(text, document.Span{Start: 0, End: len(text)}, nil) {
		got = append(got, tok.Text)
	}
	want := []string{"A", "screenshot", "on", "Outsports.com", "showed", "it", ".", "Mr", ".", "Lee", "left", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens:\n got %q\nwant %q", got, want)
	}
}

func TestRun(t *testing.T) {
	s := newSegmenter(t)
	d := &document.Document{Text: "Title line\n\nOne. Two.\n\nThree."}
	s.Run(d)
	if len(d.Paragraphs) != 3 || len(d.Sentences) != 4 {
		t.Fatalf("%d paragraphs, %d sentences", len(d.Paragraphs), len(d.Sentences))
	}
	if d.Sentences[2].Paragraph != 1 || d.Sentences[3].Paragraph != 2 {
		t.Errorf("paragraph indexes %d, %d", d.Sentences[2].Paragraph, d.Sentences[3].Paragraph)
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. A said. B.", "“Q,” he said.\n\nU.S. x", "a\n\n\n\nb", "...!?”’", "\xff\xfe. A"} {
		f.Add(s)
	}
	seg := newSegmenter(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := &document.Document{Text: text}
		seg.Run(d)
		last := 0
		for _, s := range d.Sentences {
			if s.Start < last || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("sentence %v out of order or range (text %d bytes)", s.Span, len(text))
			}
			if !d.Paragraphs[s.Paragraph].Contains(s.Span) {
				t.Fatalf("sentence %v outside its paragraph %v", s.Span, d.Paragraphs[s.Paragraph])
			}
			last = s.End
		}
		for _, tok := range d.Tokens {
			if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
				t.Fatalf("token %v out of range", tok.Span)
			}
			if utf8.ValidString(text) && !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q splits a rune", tok.Text)
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	seg := newSegmenter(b)
	text := strings.Repeat("Huawei has unveiled plans to invest $2bn in cyber security over the next five years, Mr. Hu said. “We oppose those allegations,” he told journalists.\n\n", 200)
	b.SetBytes(int64(len(text)))
	d := &document.Document{}
	for b.Loop() {
		d.Text = text
		seg.Run(d)
	}
}

// TestRunTokensFitted checks that a large text's tokens are not held in a
// slice much larger than they need: they stay live through every stage.
func TestRunTokensFitted(t *testing.T) {
	s := newSegmenter(t)
	text := strings.Repeat("The central bank raised its rate again on Tuesday, officials said. ", 1<<13)
	d := &document.Document{Text: text}
	s.Run(d)
	if n := len(d.Tokens); n <= shrinkTokens {
		t.Fatalf("%d tokens, want over %d for the test to mean anything", n, shrinkTokens)
	}
	if spare := cap(d.Tokens) - len(d.Tokens); spare > len(d.Tokens)/8 {
		t.Errorf("%d tokens held with %d spare, over an eighth", len(d.Tokens), spare)
	}
	want := Tokens(text, document.Span{Start: 0, End: len(text)}, nil)
	if len(want) != len(d.Tokens) || want[len(want)-1] != d.Tokens[len(d.Tokens)-1] {
		t.Errorf("the copied tokens differ from the tokenizer's")
	}
}

// An initialism before a name does not end its sentence; one before a
// word that opens sentences does.
func TestInitialsBeforeName(t *testing.T) {
	seg := newSegmenter(t)
	for text, want := range map[string]int{
		"The study was led by J.M. Berger of the university.": 1,
		"He moved to L.A. The city welcomed him.":             2,
		"U.S. officials said the talks would resume.":         1,
	} {
		if got := sentences(seg, text); len(got) != want {
			t.Errorf("%q: sentences %q, want %d", text, got, want)
		}
	}
}
