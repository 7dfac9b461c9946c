package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func warned(d *document.Document, code string) bool {
	for _, w := range d.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}

const prose = "The council voted on Monday to build protected cycling lanes along Main Street, officials said. "

func TestUnclosedTitleIsRepaired(t *testing.T) {
	c := newCleaner(t)
	page := `<html><head><title>Council backs cycling lanes<script>var x = "<p>";</script></head><body>` +
		`<div><p>` + strings.Repeat(prose, 8) + `</p></div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	if m := markupIn(d.Meta.Title, ""); m != "" || d.Meta.Title != "Council backs cycling lanes" {
		t.Errorf("title = %q", d.Meta.Title)
	}
	if m := markupIn(d.Text, ""); m != "" || !strings.Contains(d.Text, "protected cycling lanes") {
		t.Errorf("text = %q", d.Text)
	}
	if !warned(d, document.WarnMarkupRepair) {
		t.Errorf("no markup-repaired warning: %v", d.Warnings)
	}
}

func TestUnclosedTextareaIsRepaired(t *testing.T) {
	c := newCleaner(t)
	page := `<html><head><title>Council backs cycling lanes</title></head><body><form><textarea name="c"></form>` +
		`<div><p>` + strings.Repeat(prose, 8) + `</p></div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	if !strings.Contains(d.Text, "protected cycling lanes") || markupIn(d.Text, "") != "" {
		t.Errorf("text = %q", d.Text)
	}
	if !warned(d, document.WarnMarkupRepair) {
		t.Errorf("no markup-repaired warning: %v", d.Warnings)
	}
}

func TestWarnings(t *testing.T) {
	c := newCleaner(t)
	short := run(t, c, document.FormatHTML, `<html lang="en"><title>Lanes</title><body><p>`+prose+`</p></body></html>`)
	if !warned(short, document.WarnShortBody) {
		t.Errorf("short body not warned: %v", short.Warnings)
	}
	long := run(t, c, document.FormatHTML, `<html lang="en"><title>Lanes</title><body><p>`+strings.Repeat(prose, 8)+`</p></body></html>`)
	if len(long.Warnings) != 0 {
		t.Errorf("a clean article is warned: %v", long.Warnings)
	}
	de := run(t, c, document.FormatHTML, `<html lang="de-DE"><title>Radwege</title><body><p>`+strings.Repeat(prose, 8)+`</p></body></html>`)
	if !warned(de, document.WarnLanguage) {
		t.Errorf("uncovered language not warned: %v", de.Warnings)
	}
	// The article's own container carries a sidebar word: the rule loses.
	guarded := run(t, c, document.FormatHTML, `<html lang="en"><title>Lanes</title><body><div class="sidebar-layout"><p>`+
		strings.Repeat(prose, 8)+`</p></div><div><a href="/a">Home</a></div></body></html>`)
	if !strings.Contains(guarded.Text, "protected cycling lanes") || !warned(guarded, document.WarnRuleOverruled) {
		t.Errorf("main text lost or not warned: %q %v", guarded.Text, guarded.Warnings)
	}
}

func TestHasTag(t *testing.T) {
	for s, want := range map[string]bool{"a <b> c": true, "</div>": true, "x < y": false, "1<2": false, "<": false} {
		if got := hasTag(s); got != want {
			t.Errorf("hasTag(%q) = %v, want %v", s, got, want)
		}
	}
}
