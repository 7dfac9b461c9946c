package values

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

// segmentTexts are texts whose segmenter tokens join runs in every way the
// segmenter joins them.
var segmentTexts = []string{
	"", " ", "Huawei will invest $2bn (£1.5bn) over 5 years, by 2023.\n\nSales rose 12.5%.",
	"B2B 4G a1b2 10,000 -- ... don't Huawei's Trump‘s the U.S. U.S.A. U.S.x AT&T e-mail 1.000,5",
	"\t\v\f\r x\n \n\ny \r\n\r\nz\u00a0w\u2028v", "café crème 100元 ½ 10½ ١٢٣ ٣rd", "naïve\u00a0résumé",
	"日本語のテキスト", "e\u0301t\u0301e\u0301 \u0301a", "\xff\xfe bad utf-8 a\xffb 1\xe2\x82",
	"\n\nstarts with a blank line", "ends with space  ", "'s 's's s's ’s ‘s",
}

// sameTokens fails t unless fromSegments reads from the segmenter's tokens of
// text what tokenize finds in it.
func sameTokens(t *testing.T, seg *segment.Segmenter, text string) {
	t.Helper()
	d := &document.Document{Text: text}
	seg.Run(d)
	want := tokenize(text)
	if len(d.Tokens) == 0 {
		if len(want) != 0 {
			t.Fatalf("%q: no segmenter tokens, tokenize finds %d", text, len(want))
		}
		return
	}
	if !segmented(d) {
		t.Fatalf("%q: the segmenter's tokens are not marked", text)
	}
	got := fromSegments(text, d.Tokens, d.Compound, d.Spelling, d.Forms)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens from the segmenter's, tokenize finds %d", text, len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.s != w.s || g.e != w.e || g.raw != w.raw || g.kind != w.kind || g.space != w.space || g.nl != w.nl || g.lower() != w.lower() {
			t.Fatalf("%q: token %d is %+v (%q), tokenize's %+v (%q)", text, i, g, g.lower(), w, w.lower())
		}
	}
}

func newTestSegmenter(t testing.TB) *segment.Segmenter {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return segment.New(set)
}

// TestFromSegments checks that the tokens read from the segmenter's are
// tokenize's, on hand-made texts and on the articles of the test corpus.
func TestFromSegments(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, text := range segmentTexts {
		sameTokens(t, seg, text)
	}
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		sameTokens(t, seg, string(raw))
	}
}

// TestRunReadsSegments checks that Run finds the same values with the
// segmenter's tokens as on the text alone.
func TestRunReadsSegments(t *testing.T) {
	f, seg := newTestFinder(t), newTestSegmenter(t)
	text := benchText(t)
	plain := &document.Document{Text: text}
	if err := f.Run(plain); err != nil {
		t.Fatal(err)
	}
	d := &document.Document{Text: text}
	seg.Run(d)
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Values) != len(plain.Values) || len(d.Values) == 0 {
		t.Fatalf("%d values with the segmenter's tokens, %d without", len(d.Values), len(plain.Values))
	}
	for i := range d.Values {
		if g, w := d.Values[i], plain.Values[i]; g.Span != w.Span || g.Type != w.Type || g.Text != w.Text {
			t.Errorf("value %d: %+v with the segmenter's tokens, %+v without", i, g, w)
		}
	}
}

// FuzzFromSegments checks fromSegments against tokenize on arbitrary text.
func FuzzFromSegments(f *testing.F) {
	for _, s := range segmentTexts {
		f.Add(s)
	}
	seg := newTestSegmenter(f)
	f.Fuzz(func(t *testing.T, text string) { sameTokens(t, seg, text) })
}
