package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// withPack builds a Cleaner from the default rules and a user pack.
func withPack(t *testing.T, pack string) *Cleaner {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Merge("site.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	c, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// removedWith returns the removed blocks with reason.
func removedWith(d *document.Document, reason string) []string {
	var out []string
	for _, rm := range d.Removed {
		if rm.Reason == reason {
			out = append(out, rm.Text)
		}
	}
	return out
}

// The story sits in a "promo-feature" box, which the built-in rules read as
// a promotion, beside a longer run of readers' comments in prose.
func TestSelectorRecoversBody(t *testing.T) {
	raw, err := os.ReadFile("testdata/selector-tram.html")
	if err != nil {
		t.Fatal(err)
	}
	const story, comment = "The city council voted on Tuesday to spend $40m", "I have lived near the harbour for thirty years"

	d := run(t, newCleaner(t), document.FormatHTML, string(raw))
	if strings.Contains(d.Text, story) || !strings.Contains(d.Text, comment) {
		t.Fatalf("the built-in rules no longer drop this story; the test needs a page they get wrong:\n%s", d.Text)
	}

	d = run(t, withPack(t, "kind: furniture\nrules:\n  - id: herald-story\n    selector: div.promo-feature\n    content: true\n"), document.FormatHTML, string(raw))
	for _, want := range []string{story, "the council said in a statement", "told reporters outside the chamber", "Opponents argued"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("content selector: text lacks %q:\n%s", want, d.Text)
		}
	}
	if strings.Contains(d.Text, comment) || strings.Contains(d.Text, "Home News") {
		t.Errorf("content selector kept what lies outside it:\n%s", d.Text)
	}

	d = run(t, withPack(t, "kind: furniture\nrules:\n  - id: herald-readers\n    selector: section.reader-voices\n    reason: comments\n"), document.FormatHTML, string(raw))
	if got := removedWith(d, "comments"); len(got) != 1 || !strings.Contains(got[0], comment) || strings.Contains(d.Text, comment) {
		t.Errorf("removal selector: removed as comments %q; text:\n%s", got, d.Text)
	}
}

// A removal selector beats a content cue: the element goes even inside the
// container the scores chose.
func TestSelectorRemovesInsideBody(t *testing.T) {
	para := "<p>Acme Corp has promised to invest $2bn in new factories over the next five years, the company said on Tuesday in a statement.</p>"
	page := "<html><body><div class='article-body'>" + para + para +
		"<div class='article-body note'>Editor's note: an earlier version of this story misspelled the name of the plant.</div>" + para + "</div></body></html>"
	d := run(t, withPack(t, "kind: furniture\nrules:\n  - id: notes\n    selector: .article-body > div.note\n    reason: editor-note\n"), document.FormatHTML, page)
	if got := removedWith(d, "editor-note"); len(got) != 1 || strings.Contains(d.Text, "Editor's note") || !strings.Contains(d.Text, "Acme Corp has promised") {
		t.Errorf("removed %q; text:\n%s", got, d.Text)
	}
}
